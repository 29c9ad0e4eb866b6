/**
 * The real clients the interop tests read exports with: NetworkX (python3, Debian's python3-networkx) and the
 * Neo4j tools run from Maven-resolved jars (neo4j-admin, cypher-shell; java and mvn). Like test/support/neo4j.ts:
 * a missing client makes its tests skip with a message, except under CI=true, where it fails the run.
 */
import { spawnSync } from "node:child_process";
import { CYPHER_SHELL, NEO4J_ADMIN, ensureJars, type JavaTool } from "../../queries/index.ts";

export type Client = { available: true } | { available: false; reason: string };

function missing(what: string, reason: string): Client {
  if (process.env.CI === "true") throw new Error(`CI=true requires ${what}, but ${reason} (.ci/run installs it)`);
  console.warn(`${what} tests skipped: ${reason}`);
  return { available: false, reason };
}

/** python3 with networkx importable. */
export function networkxClient(): Client {
  const run = spawnSync("python3", ["-c", "import networkx"], { encoding: "utf8" });
  if (run.error) return missing("NetworkX", `python3 not found (${run.error.message})`);
  if (run.status !== 0) return missing("NetworkX", "python3 cannot import networkx (apt-get install python3-networkx)");
  return { available: true };
}

/** A Neo4j tool's jars (resolved with Maven when missing) and java. */
export function javaToolClient(tool: JavaTool): Client {
  const name = tool === CYPHER_SHELL ? "cypher-shell" : tool === NEO4J_ADMIN ? "neo4j-admin" : tool.mainClass;
  if (spawnSync("java", ["-version"]).error) return missing(name, "java not found");
  try {
    ensureJars(tool);
  } catch (error) {
    return missing(name, error instanceof Error ? error.message : String(error));
  }
  return { available: true };
}

/** Runs a Python snippet with `args` as sys.argv[1:], returning its stdout parsed as JSON. */
export function runPythonJson(code: string, args: readonly string[]): unknown {
  const run = spawnSync("python3", ["-c", code, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`python3 failed (exit ${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout);
}

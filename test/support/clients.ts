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

/**
 * The Python that imports networkx: Debian's /usr/bin/python3 first (where python3-networkx installs it, even when
 * another python3, e.g. pyenv's, comes first on PATH), then python3 on PATH; $BRIEFGRAPH_PYTHON overrides both.
 */
function findPython(): string | undefined {
  const candidates = process.env.BRIEFGRAPH_PYTHON ? [process.env.BRIEFGRAPH_PYTHON] : ["/usr/bin/python3", "python3"];
  return candidates.find((python) => spawnSync(python, ["-c", "import networkx"], { encoding: "utf8" }).status === 0);
}

const PYTHON = findPython();

/** A python3 with networkx importable. */
export function networkxClient(): Client {
  if (PYTHON === undefined) return missing("NetworkX", "no python3 can import networkx (apt-get install python3-networkx)");
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
  const run = spawnSync(PYTHON ?? "python3", ["-c", code, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${PYTHON ?? "python3"} failed (exit ${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout);
}

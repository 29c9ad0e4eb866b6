/**
 * The Neo4j tools run from the Maven-resolved jars (no Neo4j installation needed): `neo4j-admin` is
 * org.neo4j.cli.AdminTool in the server's jars (.neo4j/lib, what `npm run neo4j:start` resolves), and
 * cypher-shell is org.neo4j.shell.Main (.neo4j/cypher-shell). Both are resolved by scripts/neo4j.mjs with
 * Maven (cached in ~/.m2) when missing. Node only.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { BriefgraphError } from "../graph/errors.ts";
import { packageRoot } from "../graph/package-root.ts";

const ROOT = packageRoot(import.meta.url);
const NEO4J_DIR = join(ROOT, ".neo4j");

export interface JavaTool {
  /** The folder whose jars make the class path. */
  lib: string;
  mainClass: string;
}

export const NEO4J_ADMIN: JavaTool = { lib: join(NEO4J_DIR, "lib"), mainClass: "org.neo4j.cli.AdminTool" };
export const CYPHER_SHELL: JavaTool = { lib: join(NEO4J_DIR, "cypher-shell"), mainClass: "org.neo4j.shell.Main" };

const MARKER_JAR: ReadonlyMap<JavaTool, RegExp> = new Map([
  [NEO4J_ADMIN, /^neo4j-import-tool-5\.26\.\d+\.jar$/],
  [CYPHER_SHELL, /^cypher-shell-5\.26\.\d+\.jar$/],
]);

function resolved(tool: JavaTool): boolean {
  const marker = MARKER_JAR.get(tool);
  return existsSync(tool.lib) && readdirSync(tool.lib).some((f) => marker?.test(f) ?? false);
}

/** Resolves the tool's jars with Maven (through scripts/neo4j.mjs) unless they are there; throws one line when it cannot. */
export function ensureJars(tool: JavaTool): void {
  if (resolved(tool)) return;
  const what = tool === CYPHER_SHELL ? "cypher-shell-jars" : "jars";
  const run = spawnSync(process.execPath, [join(ROOT, "scripts", "neo4j.mjs"), what], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  if (run.status !== 0 || !resolved(tool)) {
    const reason = (run.stderr || run.error?.message || "").trim().split("\n").pop() ?? "";
    throw new BriefgraphError("NEO4J_IMPORT_FAILED", `could not resolve ${tool.mainClass} with Maven (java and mvn needed): ${reason}`);
  }
}

export interface JavaRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a tool's main class with `args`; resolves when it exits, whatever the code. */
export function runJavaTool(
  tool: JavaTool,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; heap?: string; input?: string; jvmArgs?: readonly string[] } = {},
): Promise<JavaRun> {
  ensureJars(tool);
  return new Promise((resolve, reject) => {
    const child = spawn("java", [`-Xmx${options.heap ?? "1g"}`, ...(options.jvmArgs ?? []), "-cp", `${tool.lib}/*`, tool.mainClass, ...args], {
      env: { ...process.env, ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", (error) => reject(new BriefgraphError("NEO4J_IMPORT_FAILED", `could not run java: ${error.message}`)));
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}

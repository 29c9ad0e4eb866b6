/** Shared by the corrections tests: the CLI run in-process, and a fresh store of named statements in its own folder. */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BriefGraph } from "../../graph/index.ts";
import { decodeStore } from "../../graph/store-records.ts";
import { runCli, type CliRun } from "../support/run-cli.ts";

const ROOT = new URL("../..", import.meta.url).pathname;

/** The statements the tests ingest, by what they are. */
export const STATEMENTS = {
  kidd25: join(ROOT, "corpus/kidd-25-joint-press-statement.txt"),
  kidd26: join(ROOT, "test/fixtures/genre-statements/kidd-26.txt"),
} as const;
export const KIDD25_TITLE = "Joint Press Statement for the 25th Korea-U.S. Integrated Defense Dialogue";

export type Run = CliRun;

/** Runs `briefgraph ARGS` in this process, capturing what it prints (the shared runner of test/support). */
export const cli = runCli;

/** A new folder holding copies of the statements (so their paths are the folder's own) and where its store goes. */
export function workspace(): { dir: string; store: string; statement: (name: keyof typeof STATEMENTS) => string } {
  const dir = mkdtempSync(join(tmpdir(), "briefgraph-corrections-"));
  mkdirSync(join(dir, "statements"));
  const statement = (name: keyof typeof STATEMENTS): string => {
    const path = join(dir, "statements", `${name}.txt`);
    copyFileSync(STATEMENTS[name], path);
    return path;
  };
  return { dir, store: join(dir, "graph.json"), statement };
}

export function readGraph(path: string): BriefGraph {
  return decodeStore(JSON.parse(readFileSync(path, "utf8")), path);
}

/** Runs the CLI and fails the test with its stderr when it does not succeed. */
export async function ok(...args: string[]): Promise<Run> {
  const run = await cli(...args);
  if (run.code !== 0) throw new Error(`briefgraph ${args.join(" ")} exited ${run.code}: ${run.stderr}`);
  return run;
}

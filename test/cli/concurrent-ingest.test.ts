/**
 * Two `briefgraph ingest` processes into one store at the same moment: the store lock makes the read-merge-write of
 * each one whole, so both statements end up in the store (or a run that cannot get the lock says so and exits ≠ 0).
 * Real processes, started together; no sleeps, no timing assumption about which one wins.
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readStore } from "../../graph/index.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
const BIN = join(ROOT, "bin/briefgraph.mjs");
const STATEMENTS = join(ROOT, "test/fixtures/genre-statements");

interface Exit {
  code: number | null;
  stderr: string;
}

function ingest(file: string, store: string): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, "ingest", join(STATEMENTS, file), "--store", store], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

async function statementSources(store: string): Promise<string[]> {
  const graph = await readStore(store);
  return graph
    .mapNodes((_key, a) => (a.type === "Statement" ? a.source : ""))
    .filter((source) => source !== "")
    .sort();
}

const PAIRS = [
  ["kidd-26.txt", "kidd-27.txt"],
  ["scm-communique.txt", "us-japan-2plus2.txt"],
  ["kidd-27.txt", "scm-communique.txt"],
] as const;

describe("two ingest runs into one store at the same moment", () => {
  it.each(PAIRS)("keeps both %s and %s, or one says it could not lock the store", async (a, b) => {
    const store = join(mkdtempSync(join(tmpdir(), "briefgraph-concurrent-")), "graph.json");
    const [ra, rb] = await Promise.all([ingest(a, store), ingest(b, store)]);
    const sources = await statementSources(store);
    for (const [file, result] of [
      [a, ra],
      [b, rb],
    ] as const) {
      if (result.code === 0) expect(sources.some((s) => s.endsWith(file))).toBe(true);
      else expect(result.stderr).toMatch(/^briefgraph: .*graph\.json: .*locked by another briefgraph process.*\n$/);
    }
    expect([ra.code, rb.code]).toContain(0);
  }, 120_000);
});

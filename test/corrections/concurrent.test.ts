import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseLog, readLog, withCorrectionsLock } from "../../corrections/index.ts";
import { correctionsPathFor } from "../../corrections/paths.ts";
import { findNodes } from "../../graph/index.ts";
import { ok, readGraph, workspace } from "./support.ts";

const BIN = join(new URL("../..", import.meta.url).pathname, "bin/briefgraph.mjs");

function briefgraph(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr }));
  });
}

const ALIASES = [
  ["CMWG", "missile group one"],
  ["CCWG", "cyber group two"],
  ["SCM", "consultative meeting three"],
  ["KIDD", "integrated dialogue four"],
] as const;

describe("two processes writing corrections at once", () => {
  it("four processes adding aliases at the same moment each keep their entry or fail with one clear line, and the log stays valid", async () => {
    const w = workspace();
    await ok("ingest", w.statement("kidd25"), "--store", w.store);
    const runs = await Promise.all(ALIASES.map(([name, alias]) => briefgraph(["correct", "alias", name, alias, "--store", w.store, "--by", alias])));
    const log = parseLog(JSON.parse(readFileSync(correctionsPathFor(w.store), "utf8")), "log");
    const kept = new Set(log.corrections.map((c) => c.author));
    const graph = readGraph(w.store);
    runs.forEach((run, i) => {
      const [name, alias] = ALIASES[i] ?? ["", ""];
      if (run.code === 0) {
        expect(kept.has(alias)).toBe(true);
        expect(findNodes(graph, alias)).toEqual(findNodes(graph, name));
      } else {
        expect(run.stderr).toMatch(/^briefgraph: .*corrections\.json: another briefgraph process is writing corrections; try again \[CORRECTIONS_LOCKED\]\n$/);
        expect(kept.has(alias)).toBe(false);
      }
    });
    // Ids are given under the lock: one each, in order.
    expect(log.corrections.map((c) => c.id)).toEqual(log.corrections.map((_c, i) => `c${i + 1}`));
    expect(log.corrections.length).toBe(runs.filter((r) => r.code === 0).length);
  });

  it("a writer that finds the log locked and may not wait fails with one clear line and leaves the log as it was", async () => {
    const w = workspace();
    await ok("ingest", w.statement("kidd25"), "--store", w.store);
    await ok("correct", "alias", "CMWG", "first", "--store", w.store);
    const logPath = correctionsPathFor(w.store);
    const before = readFileSync(logPath, "utf8");
    await withCorrectionsLock(logPath, async () => {
      await expect(withCorrectionsLock(logPath, async () => "wrote", { retries: 0 })).rejects.toThrow(
        `${logPath}: another briefgraph process is writing corrections; try again`,
      );
    });
    expect(readFileSync(logPath, "utf8")).toBe(before);
    expect((await readLog(logPath)).corrections).toHaveLength(1);
  });
});

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createGraph, writeStore } from "../../graph/index.ts";

const dir = mkdtempSync(join(tmpdir(), "briefgraph-temp-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The pid of a process that has exited (a writer killed mid-write leaves its temp file under such a pid). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", ""]);
  if (child.pid === undefined) throw new Error("could not start a process");
  return child.pid;
}

describe("writing the store next to temp files left by other writers", () => {
  it("removes the temp files of writers that are gone and keeps those of a live writer and of other files", async () => {
    const store = join(dir, "graph.json");
    const dead = deadPid();
    const stale = [`graph.json.${dead}.1764600000000.tmp`, `graph.json.idx.${dead}.1764600000001.tmp`];
    const kept = [`graph.json.${process.ppid}.1764600000002.tmp`, `other.json.${dead}.1764600000003.tmp`, `graph.json.${dead}.notes`];
    for (const name of [...stale, ...kept]) writeFileSync(join(dir, name), "half a store");
    await writeStore(store, createGraph());
    for (const name of stale) expect(existsSync(join(dir, name)), name).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(["graph.json", "graph.json.idx", ...kept].sort());
  });
});

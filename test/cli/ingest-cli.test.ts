import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, copyFileSync, existsSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { GraphStatsSchema, SerializedGraphSchema } from "../../graph/index.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
const BIN = join(ROOT, "bin/briefgraph.mjs");
const SEED = join(ROOT, "corpus/kidd-25-joint-press-statement.txt");
const GOLD = join(ROOT, "test/fixtures/kidd-25-joint-press-statement.gold.json");

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
let store: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "briefgraph-cli-"));
  store = join(dir, "store.json");
  writeFileSync(join(dir, "binary.txt"), Buffer.from([0x4a, 0x00, 0x01, 0x02, 0xff]));
  writeFileSync(join(dir, "empty.txt"), "  \n\t\n");
  writeFileSync(join(dir, "garbage.json"), "{ not json");
  writeFileSync(join(dir, "wrong-shape.json"), JSON.stringify({ nodes: 3 }));
  mkdirSync(join(dir, "no-statements"));
  writeFileSync(join(dir, "no-statements", "notes.csv"), "a,b\n");
  mkdirSync(join(dir, "mixed"));
  copyFileSync(SEED, join(dir, "mixed", "a.txt"));
  writeFileSync(join(dir, "mixed", "b.txt"), Buffer.from([0x00, 0x00]));
});

describe("briefgraph CLI on good input", () => {
  it("prints byte-identical JSON for the same input", () => {
    const a = run(["extract", SEED]);
    const b = run(["extract", SEED]);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(SerializedGraphSchema.safeParse(JSON.parse(a.stdout)).success).toBe(true);
  });

  it("ingests into the store, reports a summary, and stats reads it back as JSON", () => {
    const ingest = run(["ingest", SEED, "--store", store]);
    expect(ingest.code).toBe(0);
    expect(ingest.stdout).toMatch(/statements: 1/);
    expect(ingest.stdout).toMatch(/Threat\s+\d+/);
    const stats = run(["stats", "--store", store, "--format", "json"]);
    expect(stats.code).toBe(0);
    const parsed = GraphStatsSchema.parse(JSON.parse(stats.stdout));
    expect(parsed.statements).toBe(1);
    expect(parsed.byType.Body).toBeGreaterThan(5);
    expect(parsed.byEdgeType.CONDEMNS).toBeGreaterThan(0);
  });

  it("re-ingesting the same statement leaves the store's counts unchanged", () => {
    const before = run(["stats", "--store", store, "--format", "json"]).stdout;
    expect(run(["ingest", SEED, "--store", store]).code).toBe(0);
    expect(run(["stats", "--store", store, "--format", "json"]).stdout).toBe(before);
  });

  it("re-ingesting the same statement leaves the store byte-identical", () => {
    const own = join(dir, "twice", "store.json");
    expect(run(["ingest", SEED, "--store", own]).code).toBe(0);
    const first = readFileSync(own);
    expect(run(["ingest", SEED, "--store", own]).code).toBe(0);
    expect(readFileSync(own).equals(first)).toBe(true);
  });

  it("ingests statements a folder links to and names on stderr the links it skipped", () => {
    const folder = join(dir, "linked");
    mkdirSync(folder);
    symlinkSync(SEED, join(folder, "seed.txt"));
    symlinkSync(folder, join(folder, "loop"));
    const r = run(["ingest", folder, "--store", join(dir, "linked-store.json")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/statements: 1/);
    expect(r.stderr).toBe(`skipped ${join(folder, "loop")}: a link back to a folder already being read (${folder})\n`);
  });

  it("start ingests the bundled corpus and prints the summary (without serving when told not to)", () => {
    const own = join(dir, "start", "store.json");
    const r = run(["start", "--no-serve", "--store", own]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/statements: 1/);
    expect(existsSync(own)).toBe(true);
  });

  it("scores a statement against gold annotations", () => {
    const r = run(["eval", "--gold", GOLD, SEED, "--format", "json"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.entities.f1).toBeGreaterThanOrEqual(0.9);
    expect(report.relations.f1).toBeGreaterThanOrEqual(0.75);
  });
});

describe("briefgraph CLI on bad input", () => {
  it.each([
    ["a missing path", () => ["extract", join(dir, "nope.txt")], "nope.txt", /no such file/],
    ["a binary file", () => ["extract", join(dir, "binary.txt")], "binary.txt", /binary/],
    ["an empty statement", () => ["extract", join(dir, "empty.txt")], "empty.txt", /empty/],
    ["a folder with no statements", () => ["ingest", join(dir, "no-statements"), "--store", store], "no-statements", /no statements/],
    ["a store that is not JSON", () => ["stats", "--store", join(dir, "garbage.json")], "garbage.json", /not valid JSON/],
    ["a store of the wrong shape", () => ["stats", "--store", join(dir, "wrong-shape.json")], "wrong-shape.json", /not a briefgraph graph/],
    ["a gold file of the wrong shape", () => ["eval", "--gold", join(dir, "wrong-shape.json"), SEED], "wrong-shape.json", /not a gold annotation file/],
    ["an unknown output format", () => ["stats", "--store", store, "--format", "xml"], "--format xml", /expected one of/],
    ["a statement above --max-statement-bytes", () => ["ingest", SEED, "--max-statement-bytes", "1000", "--store", store], "kidd-25-joint-press-statement.txt", /bytes, more than the 1000 a statement may have \(raise it with --max-statement-bytes\)/],
    ["a --max-statement-bytes that is not a number of bytes", () => ["extract", SEED, "--max-statement-bytes", "lots"], "--max-statement-bytes lots", /expected a positive number of bytes/],
  ])("rejects %s with one clear line and a non-zero exit", (_name, args, names, problem) => {
    const r = run(args());
    expect(r.code).not.toBe(0);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(names);
    expect(lines[0]).toMatch(problem);
    expect(r.stdout).toBe("");
  });

  it("leaves the store unchanged when one statement of a folder is bad", () => {
    const before = readFileSync(store);
    const r = run(["ingest", join(dir, "mixed"), "--store", store]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("b.txt");
    expect(readFileSync(store).equals(before)).toBe(true);
  });

  it("start refuses a bad port before it ingests or writes anything", () => {
    const own = join(dir, "bad-port", "store.json");
    const r = run(["start", "--port", "99999", "--store", own]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("--port 99999");
    expect(existsSync(own)).toBe(false);
  });

  it("does not create a store when ingest fails", () => {
    const fresh = join(dir, "fresh", "store.json");
    expect(run(["ingest", join(dir, "empty.txt"), "--store", fresh]).code).not.toBe(0);
    expect(existsSync(fresh)).toBe(false);
  });
});

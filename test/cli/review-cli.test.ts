/** `briefgraph review` through the real CLI: JSON that validates, Markdown by kind, and one line for bad input. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ReviewReportSchema } from "../../ingest/review/index.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
const BIN = join(ROOT, "bin/briefgraph.mjs");
const GAPS = join(ROOT, "test/fixtures/review-gaps.txt");

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: ROOT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
let store: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "briefgraph-review-"));
  store = join(dir, "store.json");
  writeFileSync(join(dir, "empty.txt"), "  \n\t\n");
  writeFileSync(join(dir, "garbage.json"), "{ not json");
  writeFileSync(join(dir, "wrong-shape.json"), JSON.stringify({ nodes: 3 }));
  expect(run(["ingest", GAPS, "--store", store]).code).toBe(0);
});

describe("briefgraph review on good input", () => {
  it("prints a JSON report of a statement that validates against the report schema", () => {
    const r = run(["review", GAPS, "--format", "json"]);
    expect(r.code).toBe(0);
    const report = ReviewReportSchema.parse(JSON.parse(r.stdout));
    expect(report.input).toBe("files");
    expect(report.items.some((i) => i.kind === "unresolved-name" && i.name === "Brennock Harbor" && i.at.sentence === 7)).toBe(true);
  });

  it("prints the same report for the same input", () => {
    expect(run(["review", GAPS, "--format", "json"]).stdout).toBe(run(["review", GAPS, "--format", "json"]).stdout);
  });

  it("prints a Markdown report grouped by kind, with counts and quoted sentences", () => {
    const r = run(["review", GAPS]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Review/);
    expect(r.stdout).toMatch(/\| Names that resolved to no entity \| 1 \|/);
    expect(r.stdout).toMatch(/## Entities in no relation \(\d+\)\n\n- \*\*/);
    expect(r.stdout).toMatch(/\*\*Brennock Harbor\*\* — Joint Press Statement for the 3rd Aldermoor Defense Dialogue, sentence 7\n {2}> Both sides praised the crews of Brennock Harbor for their hospitality\./);
  });

  it("reviews a store: entities in no relation and people without a state, quoting the sentences the store keeps", () => {
    const r = run(["review", "--store", store, "--format", "json"]);
    expect(r.code).toBe(0);
    const report = ReviewReportSchema.parse(JSON.parse(r.stdout));
    expect(report.input).toBe("store");
    expect(report.statements).toHaveLength(1);
    expect(report.counts["unresolved-name"]).toBe(0);
    const committee = report.items.find((i) => i.kind === "entity-without-relation" && i.entity.name === "Tidewater Sustainment Committee");
    // The store keeps only sentences that state a relation: this one is quoted by number.
    expect(committee?.at).toMatchObject({ sentence: 6, text: null });
    const envoy = report.items.find((i) => i.kind === "person-without-office-or-state" && i.entity.name === "Orla Penhallow");
    expect(envoy?.at).toMatchObject({ sentence: 4, text: "Special Envoy Orla Penhallow also attended the dialogue." });
  });
});

describe("briefgraph review on bad input: one line naming it, exit ≠ 0", () => {
  const CASES: readonly (readonly [string, () => string[], RegExp])[] = [
    ["a missing file", () => ["review", join(dir, "missing.txt")], /missing\.txt: no such file/],
    ["an empty statement", () => ["review", join(dir, "empty.txt")], /empty\.txt: empty statement/],
    ["a store that is not JSON", () => ["review", "--store", join(dir, "garbage.json")], /garbage\.json: store is not valid JSON/],
    ["a store that is not a graph", () => ["review", "--store", join(dir, "wrong-shape.json")], /wrong-shape\.json: not a briefgraph graph/],
    ["a missing store", () => ["review", "--store", join(dir, "none.json")], /none\.json: no store here/],
    ["both files and a store", () => ["review", GAPS, "--store", store], /give statement files or --store PATH/],
    ["an unknown format", () => ["review", GAPS, "--format", "xml"], /--format xml/],
  ];
  it.each(CASES)("%s", (_what, args, message) => {
    const r = run(args());
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe("");
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });
});

/** `briefgraph statements|diff|timeline` and `ingest --date` as a user runs them: output, files, and one-line refusals. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DiffReportSchema } from "../../history/index.ts";
import { SERIES } from "./series.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
const BIN = join(ROOT, "bin/briefgraph.mjs");
const env = { ...process.env, NEO4J_URI: "" };

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: ROOT, env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
let store: string;
let undated: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "briefgraph-history-"));
  store = join(dir, "graph.json");
  expect(run(["ingest", ...SERIES, "--store", store]).code).toBe(0);
  undated = join(dir, "undated.json");
  const text = "Joint Statement of the Harbour Talks\n\nThe Republic of Korea and Japan held the Harbour Talks (HT) in Busan.\n\nBoth sides condemned the DPRK's missile launches.\n";
  writeFileSync(join(dir, "harbour-1.txt"), text);
  writeFileSync(join(dir, "harbour-2.txt"), text.replace("missile launches", "cyber attacks"));
  expect(run(["ingest", join(dir, "harbour-1.txt"), join(dir, "harbour-2.txt"), "--store", undated]).code).toBe(0);
});

describe("briefgraph statements, diff and timeline", () => {
  it("lists the statements by date as CSV", () => {
    const r = run(["statements", "--store", store, "--format", "csv"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\r\n");
    expect(lines[0]).toBe("id,date,title,source,entities,relations");
    expect(lines.slice(1).map((l) => l.split(",")[1])).toEqual(["2022-03-10", "2023-04-12", "2024-05-20"]);
  });

  it("writes a diff brief to a file atomically and prints JSON that validates", () => {
    const out = join(dir, "what-changed.md");
    const md = run(["diff", "2022-03-10", "2023-04-12", "--store", store, "-o", out]);
    expect(md.code).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("## Dropped");
    const json = run(["diff", "--from", "2022", "--to", "2024", "--store", store, "--format", "json"]);
    expect(json.code).toBe(0);
    expect(DiffReportSchema.safeParse(JSON.parse(json.stdout)).success).toBe(true);
  });

  it("prints a timeline with first and last quotes", () => {
    const r = run(["timeline", "CCWG", "--store", store]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("# Timeline: Cyber Cooperation Working Group (Body)");
    expect(r.stdout).toMatch(/- first: “.*” \(.*2023-04-12, sentence \d+\)/);
    expect(r.stdout).toMatch(/- last: “.*” \(.*2024-05-20, sentence \d+\)/);
  });

  it("dates undated statements with ingest --date, and refuses a date that is no day", () => {
    const dated = join(dir, "dated.json");
    expect(run(["ingest", join(dir, "harbour-1.txt"), "--store", dated, "--date", "2021-06-30"]).code).toBe(0);
    expect(run(["statements", "--store", dated, "--format", "csv"]).stdout).toContain(",2021-06-30,");
    const bad = run(["ingest", join(dir, "harbour-2.txt"), "--store", join(dir, "never.json"), "--date", "2021-02-30"]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stderr).toContain("--date 2021-02-30");
    expect(existsSync(join(dir, "never.json"))).toBe(false);
  });

  it.each([
    ["an unknown statement", () => ["diff", "1999-01-01", "2023-04-12", "--store", store], "STATEMENT_UNKNOWN"],
    ["A equal to B", () => ["diff", "2023-04-12", "2023-04-12", "--store", store], "DIFF_SAME"],
    ["periods on a store without dates", () => ["diff", "--from", "2023", "--to", "2024", "--store", undated], "STATEMENT_UNDATED"],
    ["a date on a store without dates", () => ["diff", "2023-01-01", "2024-01-01", "--store", undated], "STATEMENT_UNDATED"],
    ["one statement and one period", () => ["diff", "2023-04-12", "--to", "2024", "--store", store], "USAGE"],
    ["a timeline of an unknown name", () => ["timeline", "Nowhere Council", "--store", store], "NAME_NOT_FOUND"],
    ["a missing store", () => ["statements", "--store", join(dir, "missing.json")], "STORE_INVALID|INPUT_NOT_FOUND"],
  ])("refuses %s with one line naming the problem and a non-zero exit", (_name, args, code) => {
    const r = run(args());
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(new RegExp(`\\[(${code})\\]`));
  });
});

/**
 * The diff brief's picture (issue 11, item 2): `briefgraph diff -o brief.md` writes the changed subgraph beside the
 * brief, drawn by export's slide renderer, every changed entity and relation in its change's colour, with a legend;
 * the HTML brief inlines the same picture. On the dialogue series.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeStore } from "../../graph/index.ts";
import { CHANGE_COLORS } from "../../export/formats/palette.ts";
import { svgToPng } from "../../export/png.ts";
import { CHANGES, DiffReportSchema, PICTURE_RELATIONS, diffPicture, type DiffReport } from "../../history/index.ts";
import { runCli } from "../support/run-cli.ts";
import { DATES, seriesGraph } from "./series.ts";

const ARTIFACTS = join(import.meta.dirname, "../../test-artifacts/history");
let dir: string;
let store: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "briefgraph-diff-picture-"));
  store = join(dir, "graph.json");
  await writeStore(store, await seriesGraph());
});

/** The drawn nodes, relations and legend rows of a slide SVG (one element per line, attributes in toSVG's order). */
function drawn(svg: string) {
  const all = (re: RegExp) => [...svg.matchAll(re)].map((m) => m.slice(1));
  return {
    nodes: new Map(all(/<g class="node[^"]*" data-id="([^"]*)" data-type="[^"]*"(?: data-status="([^"]*)")?>(?:<title>[^<]*<\/title>)?<circle [^>]*fill="([^"]*)"/g).map(([id, status, fill]) => [id, { status, fill }] as const)),
    edges: all(/<path class="edge" data-type="([^"]*)" data-status="([^"]*)" data-source="([^"]*)" data-target="([^"]*)" d="[^"]*" stroke="([^"]*)"/g),
    legend: all(/<g class="legend-status" data-status="([^"]*)"><circle [^>]*fill="([^"]*)"/g),
  };
}

describe("the diff brief's picture", () => {
  it.each([
    { pair: "20th → 21st", a: DATES.nsdd20, b: DATES.nsdd21 },
    { pair: "21st → 22nd", a: DATES.nsdd21, b: DATES.nsdd22 },
  ])("$pair: the Markdown brief's picture holds every changed entity and relation in its change's colour, and the legend names the three", async ({ a, b }) => {
    const json = await runCli("diff", a, b, "--store", store, "--format", "json");
    expect(json.code).toBe(0);
    const report: DiffReport = DiffReportSchema.parse(JSON.parse(json.stdout));
    const brief = join(dir, `${a}-${b}.md`);
    expect((await runCli("diff", a, b, "--store", store, "-o", brief)).code).toBe(0);
    const md = readFileSync(brief, "utf8");
    expect(md).toContain(`](${a}-${b}.svg)`);
    const svg = readFileSync(join(dir, `${a}-${b}.svg`), "utf8");

    const picture = drawn(svg);
    for (const e of report.entities.filter((x) => x.type !== "Statement")) {
      const node = picture.nodes.get(e.id);
      // Every entity of a drawn relation is drawn; one in no relation only when new or dropped (room permitting).
      if (node === undefined && e.change === "continued") continue;
      expect(node, e.name).toEqual({ status: e.change, fill: CHANGE_COLORS[e.change] });
    }
    expect(report.relations.length).toBeLessThanOrEqual(PICTURE_RELATIONS);
    expect(picture.edges.sort()).toEqual(report.relations.map((r) => [r.type, r.change, r.source, r.target, CHANGE_COLORS[r.change]]).sort());
    for (const c of CHANGES) expect(report.relations.some((r) => r.change === c), c).toBe(true);
    expect(picture.legend).toEqual(CHANGES.map((c) => [c, CHANGE_COLORS[c]]));
    expect(svg).toContain(">Change</text>");

    const html = await runCli("diff", a, b, "--store", store, "--format", "html");
    expect(html.stdout).toContain(svg.trim());
    if (a === DATES.nsdd20) {
      mkdirSync(ARTIFACTS, { recursive: true });
      writeFileSync(join(ARTIFACTS, "diff-picture.png"), svgToPng(svg, 1200));
    }
  });

  it("a diff too big for a slide draws the new and dropped relations first, up to the limit, and says so", () => {
    const quote = { statement: "s", title: "S", date: "2024-01-01", sentence: 1, cue: "noted", text: "x" };
    const relation = (i: number, change: "new" | "dropped" | "continued") => ({
      change,
      source: `actor:a${i}`,
      sourceName: `A${i}`,
      type: "COOPERATES_WITH" as const,
      target: `actor:b${i}`,
      targetName: `B${i}`,
      a: change === "new" ? [] : [quote],
      b: change === "dropped" ? [] : [quote],
      changedWording: false,
    });
    const relations = [...Array.from({ length: 50 }, (_, i) => relation(i, "continued")), ...Array.from({ length: 40 }, (_, i) => relation(100 + i, "new"))];
    const picture = diffPicture({ a: { label: "A", statements: [] }, b: { label: "B", statements: [] }, entities: [], relations }, 60);
    expect([picture.shown, picture.total]).toEqual([60, 90]);
    expect([...picture.edges.values()].filter((c) => c === "new")).toHaveLength(40);
  });
});

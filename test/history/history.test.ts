/**
 * diff, timeline and statements on a series of three dated statements of one meeting series whose changes are
 * known from their text (test/fixtures/dialogue-series): a working group added and one dropped each year, a new
 * threat condemned, a framework newly committed to, and a condemnation whose wording changed.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { graphToJson, type BriefGraph } from "../../graph/index.ts";
import { diffEmbedded, statementsEmbedded, timelineEmbedded } from "../../queries/history.ts";
import { diffHtml, diffJson, diffMarkdown, DiffReportSchema, parsePeriod, timelineCsv, type DiffReport } from "../../history/index.ts";
import { isBriefgraphError } from "../../graph/index.ts";
import { DATES, SERIES, seriesGraph } from "./series.ts";

let graph: BriefGraph;
beforeAll(async () => {
  graph = await seriesGraph();
});

const ROK = "Republic of Korea";
const US = "United States";
const NSDD = "Northern Shield Defense Dialogue";

type Known = [change: "new" | "dropped", source: string, type: string, target: string];
const changes = (report: DiffReport) =>
  report.relations
    .filter((r) => r.change !== "continued")
    .map((r): Known => [r.change === "new" ? "new" : "dropped", r.sourceName, r.type, r.targetName])
    .sort();
const entityChanges = (report: DiffReport) => report.entities.filter((e) => e.change !== "continued").map((e) => `${e.change} ${e.name}`).sort();

const CASES: { name: string; a: string; b: string; relations: Known[]; entities: string[]; reworded: [string, string, string][] }[] = [
  {
    name: "the 20th to the 21st dialogue: a cyber group added, the space group dropped, a new threat condemned, a condemnation reworded",
    a: DATES.nsdd20,
    b: DATES.nsdd21,
    relations: [
      ["new", "Cyber Cooperation Working Group", "PART_OF", NSDD],
      ["new", "Democratic People's Republic of Korea", "POSES", "DPRK-Russia military cooperation"],
      ["new", ROK, "CONDEMNS", "DPRK-Russia military cooperation"],
      ["new", ROK, "PARTICIPATES_IN", "Cyber Cooperation Working Group"],
      ["new", "Russia", "POSES", "DPRK-Russia military cooperation"],
      ["new", US, "CONDEMNS", "DPRK-Russia military cooperation"],
      ["new", US, "PARTICIPATES_IN", "Cyber Cooperation Working Group"],
      ["dropped", ROK, "PARTICIPATES_IN", "Space Cooperation Working Group"],
      ["dropped", "Space Cooperation Working Group", "PART_OF", NSDD],
      ["dropped", US, "PARTICIPATES_IN", "Space Cooperation Working Group"],
    ],
    entities: ["dropped Space Cooperation Working Group", "new Cyber Cooperation Working Group", "new DPRK-Russia military cooperation", "new Russia"],
    reworded: [
      [ROK, "CONDEMNS", "ballistic missile launches"],
      [US, "CONDEMNS", "ballistic missile launches"],
    ],
  },
  {
    name: "the 21st to the 22nd dialogue: the counter-missile group dropped, a space framework committed to",
    a: DATES.nsdd21,
    b: DATES.nsdd22,
    relations: [
      ["new", ROK, "COMMITS_TO", "Alliance Space Framework"],
      ["new", US, "COMMITS_TO", "Alliance Space Framework"],
      ["dropped", "Counter-Missile Working Group", "PART_OF", NSDD],
      ["dropped", ROK, "PARTICIPATES_IN", "Counter-Missile Working Group"],
      ["dropped", US, "PARTICIPATES_IN", "Counter-Missile Working Group"],
    ],
    entities: ["dropped Counter-Missile Working Group", "new Alliance Space Framework"],
    reworded: [],
  },
];

describe("diff between two statements of a series", () => {
  it.each(CASES)("reports exactly the known changes from $name", ({ a, b, relations, entities, reworded }) => {
    const report = diffEmbedded(graph, { a, b });
    expect(changes(report)).toEqual([...relations].sort());
    expect(entityChanges(report)).toEqual([...entities].sort());
    const marked = report.relations.filter((r) => r.changedWording).map((r) => [r.sourceName, r.type, r.targetName]);
    expect(marked).toEqual(reworded);
  });

  it("quotes each side of a continued relation from its own statement, with 1-based sentence numbers", () => {
    const report = diffEmbedded(graph, { a: DATES.nsdd20, b: DATES.nsdd21 });
    const condemn = report.relations.find((r) => r.sourceName === ROK && r.type === "CONDEMNS" && r.targetName === "ballistic missile launches");
    expect(condemn?.a.map((q) => [q.date, q.cue, q.sentence])).toEqual([[DATES.nsdd20, "strongly condemned", 4]]);
    expect(condemn?.b.map((q) => [q.date, q.cue, q.sentence])).toEqual([[DATES.nsdd21, "expressed grave concern over", 4]]);
    expect(condemn?.b[0]?.text).toContain("expressed grave concern over the DPRK's ballistic missile launches");
  });

  it("names statements by id, title or date alike", () => {
    const rows = statementsEmbedded(graph);
    const [first, second] = rows;
    const byDate = diffEmbedded(graph, { a: DATES.nsdd20, b: DATES.nsdd21 });
    expect(diffEmbedded(graph, { a: first?.id ?? "", b: second?.id ?? "" })).toEqual(byDate);
    expect(diffEmbedded(graph, { a: (first?.title ?? "").toUpperCase(), b: second?.title ?? "" })).toEqual(byDate);
  });

  it("compares two periods: everything stated in 2022-2023 against 2024", () => {
    const report = diffEmbedded(graph, { from: "2022..2023", to: "2024" });
    expect(report.a.statements.map((s) => s.date)).toEqual([DATES.nsdd20, DATES.nsdd21]);
    expect(report.b.statements.map((s) => s.date)).toEqual([DATES.nsdd22]);
    expect(changes(report)).toEqual(
      (
        [
          ["new", ROK, "COMMITS_TO", "Alliance Space Framework"],
          ["new", US, "COMMITS_TO", "Alliance Space Framework"],
          ["dropped", "Counter-Missile Working Group", "PART_OF", NSDD],
          ["dropped", ROK, "PARTICIPATES_IN", "Counter-Missile Working Group"],
          ["dropped", US, "PARTICIPATES_IN", "Counter-Missile Working Group"],
          ["dropped", ROK, "PARTICIPATES_IN", "Space Cooperation Working Group"],
          ["dropped", "Space Cooperation Working Group", "PART_OF", NSDD],
          ["dropped", US, "PARTICIPATES_IN", "Space Cooperation Working Group"],
        ] satisfies Known[]
      ).sort(),
    );
  });

  it("writes Markdown, HTML and JSON that carry every change and quote", () => {
    const report = diffEmbedded(graph, { a: DATES.nsdd20, b: DATES.nsdd21 });
    const md = diffMarkdown(report);
    expect(md).toMatch(/^# What changed: /);
    expect(md).toContain("changed wording: \"strongly condemned\" → \"expressed grave concern over\"");
    expect(md).toContain("- New: 3 entities, 7 relations");
    expect(md).toContain("- Dropped: 1 entity, 3 relations");
    const html = diffHtml(report);
    expect(html).toContain("<h2 class=\"new\">New</h2>");
    expect(html).not.toContain("<script");
    expect(DiffReportSchema.parse(JSON.parse(diffJson(report)))).toEqual(report);
  });

  it.each([
    ["an unknown statement", { a: "2019-01-01", b: DATES.nsdd21 }, "STATEMENT_UNKNOWN"],
    ["A equal to B", { a: DATES.nsdd21, b: DATES.nsdd21 }, "DIFF_SAME"],
    ["the same period twice", { from: "2023", to: "2023-04" }, "DIFF_SAME"],
    ["a period with no statement", { from: "2019", to: "2024" }, "STATEMENT_UNKNOWN"],
  ])("refuses %s with one clear error", (_name, params, code) => {
    let error: unknown;
    try {
      diffEmbedded(graph, params);
    } catch (e) {
      error = e;
    }
    expect(isBriefgraphError(error) && error.code).toBe(code);
  });
});

describe("timeline of an entity", () => {
  it("gives the first and the last statement of each relation, by date", () => {
    const report = timelineEmbedded(graph, "NSDD");
    const span = Object.fromEntries(report.relations.map((r) => [`${r.sourceName} ${r.type}`, [r.first.date, r.last.date, r.statements]]));
    expect(span).toMatchObject({
      "Counter-Missile Working Group PART_OF": [DATES.nsdd20, DATES.nsdd21, 2],
      "Space Cooperation Working Group PART_OF": [DATES.nsdd20, DATES.nsdd20, 1],
      "Cyber Cooperation Working Group PART_OF": [DATES.nsdd21, DATES.nsdd22, 2],
      "Ministry of National Defense PARTICIPATES_IN": [DATES.nsdd20, DATES.nsdd22, 3],
    });
    expect(report.mentions.map((m) => m.date)).toEqual([DATES.nsdd20, DATES.nsdd21, DATES.nsdd22]);
  });

  it("lists its rows as CSV with both quotes", () => {
    const csv = timelineCsv(timelineEmbedded(graph, "Cyber Cooperation Working Group"));
    expect(csv.split("\r\n")[0]).toBe("source,relation,target,statements,firstDate,firstStatement,firstQuote,lastDate,lastStatement,lastQuote");
    expect(csv).toContain(DATES.nsdd22);
  });
});

describe("statements", () => {
  it("lists the statements by date with the entities and relations each states", () => {
    const rows = statementsEmbedded(graph);
    expect(rows.map((r) => r.date)).toEqual([DATES.nsdd20, DATES.nsdd21, DATES.nsdd22]);
    for (const r of rows) {
      expect(r.entities).toBeGreaterThan(5);
      expect(r.relations).toBeGreaterThan(10);
    }
  });

  it("gives the same store, statements, diff and timeline whatever order the statements are ingested in", async () => {
    const reversed = await seriesGraph([...SERIES].reverse());
    const shuffled = await seriesGraph([SERIES[1] ?? "", SERIES[2] ?? "", SERIES[0] ?? ""]);
    for (const other of [reversed, shuffled]) {
      expect(graphToJson(other)).toBe(graphToJson(graph));
      expect(diffJson(diffEmbedded(other, { a: DATES.nsdd20, b: DATES.nsdd22 }))).toBe(diffJson(diffEmbedded(graph, { a: DATES.nsdd20, b: DATES.nsdd22 })));
      expect(timelineCsv(timelineEmbedded(other, NSDD))).toBe(timelineCsv(timelineEmbedded(graph, NSDD)));
    }
  });
});

describe("periods", () => {
  it.each([
    ["2024", { from: "2024-01-01", to: "2024-12-31" }],
    ["2024-02", { from: "2024-02-01", to: "2024-02-29" }],
    ["2023-02-28", { from: "2023-02-28", to: "2023-02-28" }],
    ["2022..2023-06", { from: "2022-01-01", to: "2023-06-30" }],
  ])("reads %s as a closed range of days", (text, period) => {
    expect(parsePeriod(text)).toEqual(period);
  });

  it.each(["2023-02-29", "2024-13", "24", "2024..2023", "last year"])("refuses %s", (text) => {
    expect(parsePeriod(text)).toBeUndefined();
  });
});

/**
 * The viewer across statements (issue 11, item 5), in headless Debian Chromium over a store ingested from the
 * Northern Shield Defense Dialogue series (20th, 21st, 22nd) plus one undated statement: the statement list by
 * date, unchecking a statement, the statement panel, and the compare mode checked against history/'s computeDiff.
 * Screenshots go to test-artifacts/viewer/.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BriefGraph } from "../../graph/index.ts";
import { ingestPaths } from "../../ingest/index.ts";
import { computeDiff, embeddedFacts, embeddedStatements, type Change, type DiffReport, type StatementInfo } from "../../history/index.ts";
import type { ViewerServer } from "../../viewer/server/index.ts";
import { CHANGE_COLORS, FADED_EDGE, FADED_NODE } from "../../viewer/src/model/palette.ts";
import { decodeState } from "../../viewer/src/model/state.ts";
import { ARTIFACTS, chromiumAvailable, nextFrames, startViewerSession, type ViewerSession } from "./browser.ts";

const SERIES = ["nsdd-20.txt", "nsdd-21.txt", "nsdd-22.txt"].map((f) => new URL(`../fixtures/dialogue-series/${f}`, import.meta.url).pathname);

let graph: BriefGraph;
let session: ViewerSession;
let server: ViewerServer;
const hasChromium = chromiumAvailable();
const byDate = new Map<string, StatementInfo>();

beforeAll(async () => {
  if (!hasChromium) return;
  session = await startViewerSession("history", { width: 1440, height: 900 });
  const undated = join(session.dir, "undated-note.txt");
  writeFileSync(undated, "Joint Note on Northern Shield Cooperation\n\nThe Republic of Korea and the United States agreed to continue the Counter-Missile Working Group.\n");
  graph = (await ingestPaths([...SERIES, undated])).graph;
  for (const s of embeddedStatements(graph)) byDate.set(s.date ?? "undated", s);
  server = await session.serveGraph("series", graph);
}, 120_000);
afterAll(async () => {
  await session?.close();
});

const load = (hash = ""): Promise<Page> => session.open(`${server.url}${hash}`);
const statement = (date: string): StatementInfo => {
  const s = byDate.get(date);
  if (!s) throw new Error(`no statement dated ${date}: ${[...byDate.keys()].join(", ")}`);
  return s;
};
const hashState = async (page: Page) => decodeState(await page.evaluate(() => location.hash));

/** The colour the page draws each visible node and relation edge with. */
async function drawnColours(page: Page): Promise<{ nodes: Map<string, string>; edges: Map<string, string> }> {
  const relationEdges = graph.filterEdges((_e, a) => a.type !== "MENTIONED_IN");
  const drawn = await page.evaluate(
    ([nodes, edges]) => {
      const probe = window.__briefgraph;
      const pick = (keys: string[], colour: (k: string) => string | undefined) =>
        keys.flatMap((k): [string, string][] => {
          const c = colour(k);
          return c === undefined ? [] : [[k, c]];
        });
      return { nodes: pick(nodes, (k) => probe?.nodeColor(k)), edges: pick(edges, (k) => probe?.edgeColor(k)) };
    },
    [graph.nodes(), relationEdges] as const,
  );
  return { nodes: new Map(drawn.nodes), edges: new Map(drawn.edges) };
}

/** The colours computeDiff's report implies for the drawn nodes and edges: its change's colour, else faded. */
function expectedColours(report: DiffReport, drawn: { nodes: Map<string, string>; edges: Map<string, string> }) {
  const nodeChange = new Map(report.entities.map((e) => [e.id, e.change] as const));
  const edgeChange = new Map<string, Change>(report.relations.map((r) => [`${r.source}|${r.type}|${r.target}`, r.change] as const));
  const nodes = new Map([...drawn.nodes.keys()].map((k) => [k, ((c) => (c ? CHANGE_COLORS[c] : FADED_NODE))(nodeChange.get(k))] as const));
  const edges = new Map([...drawn.edges.keys()].map((k) => [k, ((c) => (c ? CHANGE_COLORS[c] : FADED_EDGE))(edgeChange.get(k))] as const));
  return { nodes, edges };
}

describe.skipIf(!hasChromium)("the viewer across the Northern Shield Defense Dialogue statements", () => {
  it("lists the statements by date, undated last, each checked", async () => {
    const page = await load();
    const rows = await page.locator("#statement-list li").evaluateAll((els) =>
      els.map((el) => [el.getAttribute("data-statement"), el.querySelector(".date")?.textContent, el.querySelector("input")?.checked]),
    );
    expect(rows).toEqual(["2022-03-10", "2023-04-12", "2024-05-20", "undated"].map((d) => [statement(d).id, d, true]));
    await page.close();
  });

  it("the statement panel shows the date and the source of the selected statement and the relations it states", async () => {
    const page = await load();
    await page.locator(`#statement-list li[data-statement="${statement("2023-04-12").id}"] button`).click();
    await expect(page.locator("#panel-name").textContent()).resolves.toBe(statement("2023-04-12").title);
    await expect(page.locator("#panel-date").textContent()).resolves.toBe("2023-04-12");
    await expect(page.locator("#panel-source").textContent()).resolves.toContain("nsdd-21.txt");
    const stated = graph.filterEdges((_e, a) => a.type !== "MENTIONED_IN" && a.evidence.some((e) => e.statement === statement("2023-04-12").id));
    expect(stated.length).toBeGreaterThan(0);
    const listed = await page.locator("#panel-stated > li").evaluateAll((els) => els.map((el) => el.getAttribute("data-edge") ?? ""));
    expect(listed.sort()).toEqual([...stated].sort());
    await page.screenshot({ path: join(ARTIFACTS, "statement-panel.png") });
    await page.locator(`#statement-list li[data-statement="${statement("undated").id}"] button`).click();
    await expect(page.locator("#panel-date").textContent()).resolves.toBe("undated");
    await expect(page.locator("#panel-source").textContent()).resolves.toContain("undated-note.txt");
    await page.close();
  });

  it("unchecking the 22nd hides exactly the relations only it states and the entities only it mentions, and the URL keeps it", async () => {
    const off = statement("2024-05-20").id;
    const page = await load();
    const before = new Set(await page.evaluate(() => window.__briefgraph?.visibleNodes() ?? []));
    await page.locator(`#statement-list input[data-statement="${off}"]`).uncheck();
    const after = new Set(await page.evaluate(() => window.__briefgraph?.visibleNodes() ?? []));
    // Independently of the viewer: entities all of whose mentions are in the 22nd.
    const mentions = new Map<string, string[]>();
    graph.forEachEdge((_e, a, source, target) => {
      if (a.type === "MENTIONED_IN") mentions.set(source, [...(mentions.get(source) ?? []), target]);
    });
    const onlyThere = [...mentions].filter(([, ss]) => ss.every((s) => s === off)).map(([k]) => k);
    expect(onlyThere.length).toBeGreaterThan(0);
    expect([...before].filter((k) => !after.has(k)).sort()).toEqual(onlyThere.filter((k) => before.has(k)).sort());
    const onlyStated = graph.filterEdges((_e, a) => a.type !== "MENTIONED_IN" && a.evidence.every((e) => e.statement === off));
    expect(onlyStated.length).toBeGreaterThan(0);
    const drawn = await page.evaluate((keys) => keys.filter((k) => window.__briefgraph?.edgeColor(k) !== undefined), onlyStated);
    expect(drawn).toEqual([]);
    expect((await hashState(page)).offStatements).toEqual([off]);
    const reopened = await load(await page.evaluate(() => location.hash));
    await expect(reopened.locator(`#statement-list input[data-statement="${off}"]`).isChecked()).resolves.toBe(false);
    expect(new Set(await reopened.evaluate(() => window.__briefgraph?.visibleNodes() ?? []))).toEqual(after);
    await page.close();
    await reopened.close();
  });

  it("comparing the 20th with the 21st colours exactly the nodes and edges computeDiff reports, lists the changes with quotes, and round-trips through the URL", async () => {
    const a = statement("2022-03-10");
    const b = statement("2023-04-12");
    const report = computeDiff(embeddedFacts(graph), { label: "A", statements: [a] }, { label: "B", statements: [b] });
    expect(report.entities.some((e) => e.change === "new")).toBe(true);
    expect(report.entities.some((e) => e.change === "dropped")).toBe(true);
    expect(report.relations.some((r) => r.change === "new")).toBe(true);
    expect(report.relations.some((r) => r.change === "dropped")).toBe(true);

    const page = await load();
    await page.locator("#compare-a").selectOption(a.id);
    await page.locator("#compare-b").selectOption(b.id);
    await nextFrames(page);
    const drawn = await drawnColours(page);
    // Every entity and relation of the report is drawn, in its change's colour; everything else is faded.
    for (const e of report.entities) expect(drawn.nodes.has(e.id), e.id).toBe(true);
    for (const r of report.relations) expect(drawn.edges.has(`${r.source}|${r.type}|${r.target}`)).toBe(true);
    const expected = expectedColours(report, drawn);
    expect(drawn.nodes).toEqual(expected.nodes);
    expect(drawn.edges).toEqual(expected.edges);
    await expect(page.locator("#compare-legend li").evaluateAll((els) => els.map((el) => el.getAttribute("data-change")))).resolves.toEqual(["new", "dropped", "continued"]);
    // The changes panel: one item per changed relation, with the quote from its side.
    for (const change of ["new", "dropped"] as const) {
      const relations = report.relations.filter((r) => r.change === change);
      const items = page.locator(`#changes section[data-change="${change}"] .changed-relations > li`);
      await expect(items.count()).resolves.toBe(relations.length);
      const first = relations[0];
      const quote = change === "new" ? first?.b[0]?.text : first?.a[0]?.text;
      await expect(items.first().locator("blockquote").first().textContent()).resolves.toBe(quote);
    }
    // The camera frames the changed nodes inside the stage, clear of the side panel that lists the changes.
    const framing = await page.evaluate((keys) => {
      const stage = document.getElementById("sigma")?.getBoundingClientRect();
      const right = document.getElementById("right")?.getBoundingClientRect();
      const at = keys.map((k) => window.__briefgraph?.nodePosition(k));
      return { stage: stage && { width: stage.width, height: stage.height, right: stage.right }, panelLeft: right?.left, at };
    }, [...new Set(report.entities.map((e) => e.id))].filter((k) => graph.getNodeAttribute(k, "type") !== "Statement"));
    expect(framing.stage && framing.panelLeft !== undefined && framing.stage.right <= framing.panelLeft + 1).toBe(true);
    for (const p of framing.at) {
      expect(p).toBeDefined();
      expect(p && p.x >= 0 && p.y >= 0 && p.x <= (framing.stage?.width ?? 0) && p.y <= (framing.stage?.height ?? 0)).toBe(true);
    }
    // …and fills it: the changed nodes span at least half the stage one way or the other.
    const xs = framing.at.map((p) => p?.x ?? 0);
    const ys = framing.at.map((p) => p?.y ?? 0);
    const span = Math.max((Math.max(...xs) - Math.min(...xs)) / (framing.stage?.width ?? 1), (Math.max(...ys) - Math.min(...ys)) / (framing.stage?.height ?? 1));
    expect(span).toBeGreaterThan(0.5);
    await page.locator("#statements-box").screenshot({ path: join(ARTIFACTS, "compare-statements.png") });
    await page.screenshot({ path: join(ARTIFACTS, "compare-20-21.png") });

    const hash = await page.evaluate(() => location.hash);
    expect(await hashState(page)).toMatchObject({ compareA: a.id, compareB: b.id });
    const reopened = await load(hash);
    await expect(reopened.locator("#compare-a").inputValue()).resolves.toBe(a.id);
    await expect(reopened.locator("#compare-b").inputValue()).resolves.toBe(b.id);
    const again = await drawnColours(reopened);
    expect(again.nodes).toEqual(drawn.nodes);
    expect(again.edges).toEqual(drawn.edges);
    await page.close();
    await reopened.close();
  });

  it.each([
    { range: "from 2023 on", since: "2023-01-01", until: undefined, dates: ["2023-04-12", "2024-05-20"] },
    { range: "up to the 21st", since: undefined, until: "2023-04-12", dates: ["2022-03-10", "2023-04-12"] },
    { range: "the 21st alone", since: "2023-04-01", until: "2023-04-30", dates: ["2023-04-12"] },
  ])("the date range $range shows exactly the relations the statements dated in it state and their endpoints, and the URL keeps it", async ({ since, until, dates }) => {
    const active = new Set(dates.map((d) => statement(d).id));
    // Independently of the viewer: relations (shown by default) quoting an active statement, and their endpoints.
    const edges = graph.filterEdges((_e, a) => a.type !== "MENTIONED_IN" && a.evidence.some((e) => active.has(e.statement)));
    const nodes = new Set(edges.flatMap((e) => graph.extremities(e)));
    expect(edges.length).toBeGreaterThan(0);
    expect(nodes.size).toBeLessThan(graph.filterNodes((_k, a) => a.type !== "Statement").length);

    const page = await load();
    if (since) await page.locator("#range-since").fill(since);
    if (until) await page.locator("#range-until").fill(until);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const shown = await page.evaluate(() => window.__briefgraph?.visibleNodes() ?? []);
    expect(shown.sort()).toEqual([...nodes].sort());
    const relationEdges = graph.filterEdges((_e, a) => a.type !== "MENTIONED_IN");
    const drawn = await page.evaluate((keys) => keys.filter((k) => window.__briefgraph?.edgeColor(k) !== undefined), relationEdges);
    expect(drawn.sort()).toEqual([...edges].sort());
    await expect(page.locator("#range-count").textContent()).resolves.toBe(`${dates.length} of 4 statements in range`);
    const inRange = await page.locator("#statement-list li").evaluateAll((els) => els.map((el) => [el.getAttribute("data-statement"), el.getAttribute("data-in-range")]));
    expect(inRange).toEqual(["2022-03-10", "2023-04-12", "2024-05-20", "undated"].map((d) => [statement(d).id, String(dates.includes(d))]));
    expect(await hashState(page)).toMatchObject({ ...(since ? { since } : {}), ...(until ? { until } : {}) });
    if (since === "2023-01-01") await page.screenshot({ path: join(ARTIFACTS, "date-range.png") });

    const reopened = await load(await page.evaluate(() => location.hash));
    expect((await reopened.evaluate(() => window.__briefgraph?.visibleNodes() ?? [])).sort()).toEqual([...nodes].sort());
    await expect(reopened.locator("#range-since").inputValue()).resolves.toBe(since ?? "");
    await page.close();
    await reopened.close();
  });

  it("with a date range, unchecking a statement in it leaves only what the other checked statements in range state", async () => {
    const keep = statement("2023-04-12").id;
    const off = statement("2024-05-20").id;
    const edges = graph.filterEdges((_e, a) => a.type !== "MENTIONED_IN" && a.evidence.some((e) => e.statement === keep));
    const nodes = new Set(edges.flatMap((e) => graph.extremities(e)));
    const page = await load("#since=2023-01-01");
    await page.locator(`#statement-list input[data-statement="${off}"]`).uncheck();
    const shown = await page.evaluate(() => window.__briefgraph?.visibleNodes() ?? []);
    expect(shown.sort()).toEqual([...nodes].sort());
    await expect(page.locator("#range-count").textContent()).resolves.toBe("2 of 4 statements in range, 1 checked");
    await page.locator("#range-clear").click();
    expect((await hashState(page)).since).toBeUndefined();
    await expect(page.locator("#range-count").textContent()).resolves.toBe("all 4 statements");
    await page.close();
  });

  it("raised no page errors", () => {
    expect(session.errors).toEqual([]);
  });
});

/**
 * The statement reader in headless Chromium: the seed statement's text with every mention in its type's colour
 * (clicking one selects its node) and its relation sentences marked; under `serve --edit`, a merge, a relation
 * added from a sentence of the reader and its undo leave exactly those corrections in the log and give back the
 * merged store byte for byte; removing a relation from its sentence; a <script> name stays text; without --edit the
 * reader has no edit controls. Screenshots go to test-artifacts/viewer/.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { correctionsPathFor, readLog } from "../../corrections/index.ts";
import { entityId, isEntity, readStore, writeStore, type BriefGraph } from "../../graph/index.ts";
import { TYPE_COLORS } from "../../export/formats/palette.ts";
import { allowedRelations, readStatement, sentenceEntities } from "../../viewer/src/model/reader.ts";
import { ARTIFACTS, chromiumAvailable, clickAndReload, selectNode, startViewerSession, type ViewerSession } from "./browser.ts";
import { seedGraph, XSS_SCRIPT } from "./fixtures.ts";

const CMWG = entityId("Body", "Counter-Missile Working Group");
const SCM = entityId("Body", "Security Consultative Meeting");
const ROK = entityId("Actor", "Republic of Korea");
/** Each of these tests reloads the page several times: room for a machine shared by many (not a speed check). */
const SLOW = 180_000;

let session: ViewerSession;
let seed: BriefGraph;
let statement: string;
const hasChromium = chromiumAvailable();

beforeAll(async () => {
  if (!hasChromium) return;
  session = await startViewerSession("reader-e2e");
  seed = await seedGraph();
  statement = seed.filterNodes((_k, a) => a.type === "Statement")[0] ?? "";
});
afterAll(async () => {
  await session?.close();
});

/** A fresh store of the seed statement, served (with --edit when `edit`). */
async function serve(name: string, edit: boolean): Promise<{ store: string; url: string }> {
  const store = join(session.dir, name, "graph.json");
  await writeStore(store, seed);
  const server = await session.serve({ storePath: store, edit });
  return { store, url: server.url };
}

const open = (url: string): Promise<Page> => session.open(url, { settled: false });

async function openReader(page: Page): Promise<void> {
  await selectNode(page, statement);
  await page.click("#panel-read");
  await page.waitForSelector("#reader .sentence");
}

/** "#rrggbb" as the rgb() a computed style gives. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

describe.skipIf(!hasChromium)("the statement reader, in headless Chromium", () => {
  it("shows every sentence with every mention the store keeps, in its type's colour and titled with its type; relation sentences are marked; a click on a mention selects its node", async () => {
    const { url } = await serve("read", false);
    const page = await open(url);
    await openReader(page);
    const attributes = seed.getNodeAttributes(statement);
    const text = attributes.type === "Statement" ? (attributes.text ?? "") : "";
    expect(await page.locator("#reader .sentence").count()).toBe(attributes.type === "Statement" ? attributes.sentences : 0);

    const expected: string[] = [];
    seed.forEachInEdge(statement, (_e, a, source) => {
      if (a.type === "MENTIONED_IN") for (const [start, end] of a.spans ?? []) expected.push(`${source} ${text.slice(start, end)}`);
    });
    const shown = await page.$$eval("#reader .mention[data-node]", (els) => els.map((el) => `${el.getAttribute("data-node")} ${el.textContent}`));
    expect(shown.sort()).toEqual(expected.sort());

    const cmwg = page.locator(`#reader .mention[data-node="${CMWG}"]`).first();
    expect(await cmwg.getAttribute("title")).toBe("Body: Counter-Missile Working Group — select");
    expect(await cmwg.evaluate((el) => getComputedStyle(el).textDecorationColor)).toBe(rgb(TYPE_COLORS.Body));
    expect(await cmwg.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe("underline");

    const stating = new Set<number>();
    seed.forEachEdge((_e, a) => {
      if (a.type !== "MENTIONED_IN") for (const e of a.evidence) if (e.statement === statement) stating.add(e.sentence);
    });
    const marked = await page.$$eval("#reader .sentence.states", (els) => els.map((el) => Number(el.getAttribute("data-sentence"))));
    expect(marked.sort((a, b) => a - b)).toEqual([...stating].sort((a, b) => a - b));
    await page.screenshot({ path: join(ARTIFACTS, "reader-mentions.png") });

    await cmwg.click();
    await page.waitForFunction((k) => window.__briefgraph?.state().selected === k, CMWG);
    expect(await page.locator(`#reader .mention.current[data-node="${CMWG}"]`).count()).toBeGreaterThan(0);

    // From the node's "Mentioned in" link: the reader opens at the first sentence that names it.
    await page.click(`#panel .read[data-read="${statement}"]`);
    const first = readStatement(seed, statement)?.sentences.find((s) => s.mentions.some((m) => m.node === CMWG))?.index;
    await page.waitForSelector(`#reader [data-sentence="${first}"] .sentence-no[aria-pressed="true"]`);

    // By keyboard: Enter on a mention selects its node, Enter on a sentence's number selects the sentence.
    await page.locator(`#reader .mention[data-node="${ROK}"]`).first().focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction((k) => window.__briefgraph?.state().selected === k, ROK);
    await page.locator(`#reader [data-sentence="1"] .sentence-no`).focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector(`#reader [data-sentence="1"] .sentence-no[aria-pressed="true"]`);
    expect(await page.locator("#reader-relations li").count()).toBe(readStatement(seed, statement)?.sentences[1]?.relations.length);
    expect(await page.locator("#reader-add").count()).toBe(0);
    expect(await page.locator("#reader .remove").count()).toBe(0);
    await page.close();
  }, SLOW);

  it("merges two nodes, adds a relation from a sentence in the reader and undoes it: the log holds exactly those three and the store is the merged one byte for byte", async () => {
    const { store, url } = await serve("edit", true);
    const page = await open(url);
    await selectNode(page, CMWG);
    await page.click("#edit-mark");
    await selectNode(page, SCM);
    await clickAndReload(page, "#edit-merge");
    const merged = readFileSync(store, "utf8");

    // A sentence naming an Actor and a Body the Actor does not yet take part in.
    const graph = await readStore(store);
    const doc = readStatement(graph, statement);
    const pick = doc?.sentences
      .map((s) => {
        const names = sentenceEntities(s);
        const actor = names.find((m) => m.type === "Actor");
        const body = names.find((m) => m.type === "Body" && actor !== undefined && !graph.hasEdge(`${actor.node}|PARTICIPATES_IN|${m.node}`));
        return actor && body ? { sentence: s, actor, body } : undefined;
      })
      .find((x) => x !== undefined);
    if (!pick) throw new Error("fixture: no sentence names an Actor and a Body without PARTICIPATES_IN");
    expect(allowedRelations(pick.actor.type, pick.body.type)).toContain("PARTICIPATES_IN");

    await openReader(page);
    await page.click(`#reader [data-sentence="${pick.sentence.index}"] .sentence-no`);
    await page.selectOption("#reader-from", pick.actor.node);
    await page.selectOption("#reader-to", pick.body.node);
    await page.selectOption("#reader-type", "PARTICIPATES_IN");
    const cue = pick.sentence.text.slice(pick.actor.start, pick.actor.end);
    await page.fill("#reader-cue", cue);
    await page.locator(`#reader [data-sentence="${pick.sentence.index}"]`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, "reader-sentence-selected.png") });
    await clickAndReload(page, "#reader-add-button");
    // The reader comes back where it was, with the analyst's relation listed under its sentence.
    const edge = `${pick.actor.node}|PARTICIPATES_IN|${pick.body.node}`;
    await page.waitForSelector(`#reader-relations li[data-edge="${edge}"]`);
    expect(await page.locator(`#reader-relations li[data-edge="${edge}"]`).textContent()).toContain("analyst c2");
    await page.screenshot({ path: join(ARTIFACTS, "reader-relation-added.png") });
    const related = await readStore(store);
    const evidence = { statement, sentence: pick.sentence.index, start: pick.sentence.start, end: pick.sentence.end, text: pick.sentence.text, cue };
    expect(related.getEdgeAttributes(edge)).toMatchObject({ type: "PARTICIPATES_IN", origin: "analyst", corrections: ["c2"], evidence: [evidence] });

    await selectNode(page, SCM);
    expect(await page.locator("#edit-undo").textContent()).toBe("Undo c2");
    await clickAndReload(page, "#edit-undo");

    const log = await readLog(correctionsPathFor(store));
    expect(log.corrections.map(({ id, time: _time, author: _author, ...op }) => ({ id, ...op }))).toEqual([
      { id: "c1", op: "merge", from: CMWG, into: SCM },
      { id: "c2", op: "relate", source: pick.actor.node, type: "PARTICIPATES_IN", target: pick.body.node, evidence },
      { id: "c3", op: "undo", target: "c2" },
    ]);
    expect(readFileSync(store, "utf8")).toBe(merged);
    await page.close();
  }, SLOW);

  it("removes a relation from its sentence in the reader (an unrelate in the log, the edge gone from the store)", async () => {
    const { store, url } = await serve("unrelate", true);
    const page = await open(url);
    await openReader(page);
    const doc = readStatement(seed, statement);
    const sentence = doc?.sentences.find((s) => s.relations.length > 0);
    const relation = sentence?.relations[0];
    if (!sentence || !relation) throw new Error("fixture: the seed statement states no relation");
    await page.click(`#reader [data-sentence="${sentence.index}"] .sentence-no`);
    await clickAndReload(page, `#reader-relations button.remove[data-edge="${relation.edge}"]`);
    const log = await readLog(correctionsPathFor(store));
    expect(log.corrections).toMatchObject([{ id: "c1", op: "unrelate", source: relation.source, type: relation.type, target: relation.target }]);
    expect((await readStore(store)).hasEdge(relation.edge)).toBe(false);
    await page.waitForSelector(`#reader [data-sentence="${sentence.index}"] .sentence-no[aria-pressed="true"]`);
    expect(await page.locator(`#reader-relations li[data-edge="${relation.edge}"]`).count()).toBe(0);
    await page.close();
  }, SLOW);

  it("shows a name with <script> typed into rename as text in the reader's mentions and choices, and runs nothing", async () => {
    const { store, url } = await serve("xss", true);
    const page = await open(url);
    await selectNode(page, SCM);
    await page.fill("#edit-name", XSS_SCRIPT);
    await clickAndReload(page, "#edit-rename");
    const renamed = (await readStore(store)).getNodeAttributes(SCM);
    expect(isEntity(renamed) && renamed.name).toBe(XSS_SCRIPT);
    await openReader(page);
    expect(await page.locator(`#reader .mention[data-node="${SCM}"]`).first().getAttribute("title")).toBe(`Body: ${XSS_SCRIPT} — select`);
    const sentence = readStatement(seed, statement)?.sentences.find((s) => s.mentions.some((m) => m.node === SCM) && sentenceEntities(s).length > 1);
    await page.click(`#reader [data-sentence="${sentence?.index}"] .sentence-no`);
    expect(await page.locator(`#reader-from option[value="${SCM}"]`).textContent()).toBe(`${XSS_SCRIPT} (Body)`);
    expect(await page.evaluate(() => "__pwned" in window)).toBe(false);
    expect(await page.locator("script").count()).toBe(1);
    await page.close();
  }, SLOW);

  it("logs no page errors", () => {
    expect(session.errors).toEqual([]);
  });
});

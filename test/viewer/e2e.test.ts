/**
 * End to end in headless Debian Chromium: the built viewer, served by `serveViewer`, over the seed graph
 * and over a hostile one. Screenshots go to test-artifacts/viewer/.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SerializedGraphSchema, entityId, writeStore, type BriefGraph } from "../../graph/index.ts";
import { buildViewer, serveViewer, type ViewerServer } from "../../viewer/server/index.ts";
import { chromiumAvailable, launchChromium, inkOf, type Browser } from "./browser.ts";
import { openViewer } from "./pages.ts";
import { hostileGraph, neighbourhood, seedGraph } from "./fixtures.ts";

const ARTIFACTS = join(import.meta.dirname, "../../test-artifacts/viewer");
const dir = mkdtempSync(join(tmpdir(), "briefgraph-viewer-e2e-"));
const SCM = entityId("Body", "Security Consultative Meeting");
const DSTEC = entityId("Body", "Defense Science and Technology Executive Committee");
const CMWG = entityId("Body", "Counter-Missile Working Group");

let graph: BriefGraph;
let browser: Browser;
let seed: ViewerServer;
let hostile: ViewerServer;
const pageErrors: string[] = [];

const hasChromium = chromiumAvailable();

beforeAll(async () => {
  if (!hasChromium) return;
  mkdirSync(ARTIFACTS, { recursive: true });
  const dist = join(dir, "dist");
  await buildViewer(dist);
  graph = await seedGraph();
  await writeStore(join(dir, "seed.json"), graph);
  await writeStore(join(dir, "hostile.json"), hostileGraph());
  seed = await serveViewer({ storePath: join(dir, "seed.json"), port: 0, distDir: dist });
  hostile = await serveViewer({ storePath: join(dir, "hostile.json"), port: 0, distDir: dist });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await seed?.close();
  await hostile?.close();
});

async function open(url: string): Promise<Page> {
  const page = await openViewer(browser, url, pageErrors);
  await page.waitForFunction(() => window.__briefgraph?.layout().running === false);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page;
}

const visible = (page: Page) => page.evaluate(() => window.__briefgraph?.visibleNodes().sort() ?? []);
const state = (page: Page) => page.evaluate(() => window.__briefgraph?.state());

async function shot(page: Page, name: string): Promise<Buffer> {
  await page.waitForTimeout(150);
  const png = await page.locator("#sigma").screenshot();
  writeFileSync(join(ARTIFACTS, `${name}.png`), png);
  await page.screenshot({ path: join(ARTIFACTS, `${name}-page.png`) });
  return png;
}

async function searchAndEnter(page: Page, text: string): Promise<void> {
  await page.keyboard.press("/");
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

describe.skipIf(!hasChromium)("viewer in headless Chromium", () => {
  it("loads the seed graph and draws a canvas that is not blank, in the type colours", async () => {
    const page = await open(seed.url);
    const ink = inkOf(await shot(page, "seed"));
    expect(ink.share).toBeGreaterThan(0.005);
    expect(ink.colours).toBeGreaterThan(20);
    const bodies = graph.filterNodes((_k, a) => a.type === "Body").length;
    await expect(page.locator("#legend [data-type=Body] .count").textContent()).resolves.toBe(String(bodies));
    await page.close();
  });

  it("searching CMWG selects the Counter-Missile Working Group and the panel quotes its evidence with the cue marked", async () => {
    const page = await open(seed.url);
    await page.keyboard.press("/");
    await page.keyboard.type("CMWG");
    await expect(page.locator("#suggestions li").first().textContent()).resolves.toContain("Counter-Missile Working Group");
    await page.keyboard.press("Enter");
    await expect(page.locator("#panel-name").textContent()).resolves.toBe("Counter-Missile Working Group");
    const panel = (await page.locator("#panel").textContent()) ?? "";
    expect(panel).toContain("through the Counter-Missile Working Group (CMWG).");
    expect(panel).toContain("Also: CMWG");
    await expect(page.locator("#panel [data-relation=PARTICIPATES_IN] mark").first().textContent()).resolves.toMatch(/^through/);
    expect((await state(page))?.selected).toBe(CMWG);
    expect(page.url()).toContain(`sel=${encodeURIComponent(CMWG)}`);
    await shot(page, "cmwg-selected");
    await page.close();
  });

  it("hiding the Threat type in the legend removes the threat nodes, and showing it brings them back", async () => {
    const page = await open(seed.url);
    const before = await visible(page);
    expect(before.some((k) => k.startsWith("threat:"))).toBe(true);
    await page.click("#legend [data-type=Threat]");
    const after = await visible(page);
    expect(after.filter((k) => k.startsWith("threat:"))).toEqual([]);
    expect(after).toEqual(before.filter((k) => !k.startsWith("threat:")));
    await expect(page.locator("#legend [data-type=Threat]").getAttribute("aria-pressed")).resolves.toBe("false");
    await shot(page, "threats-hidden");
    await page.click("#legend [data-type=Threat]");
    expect(await visible(page)).toEqual(before);
    await page.close();
  });

  it("focus on the SCM shows the Defense Science and Technology Executive Committee and nothing unrelated", async () => {
    const page = await open(seed.url);
    await searchAndEnter(page, "SCM");
    await page.click("#panel-focus");
    const shown = await visible(page);
    expect(shown).toContain(DSTEC);
    expect(shown).toEqual(neighbourhood(graph, SCM).filter((k) => !k.startsWith("statement:")));
    await shot(page, "scm-focus");
    await page.close();
  });

  it("a copied URL reproduces the view: selection, filters, focus and view", async () => {
    const page = await open(seed.url);
    await searchAndEnter(page, "CMWG");
    await page.click("#legend [data-type=Threat]");
    await page.locator("[data-edge-type=PARTICIPATES_IN]").uncheck();
    await page.selectOption("#focus", "2");
    const url = page.url();
    const expectedState = await state(page);
    const expectedVisible = await visible(page);
    expect(expectedState).toMatchObject({ selected: CMWG, focus: 2, hiddenTypes: ["Statement", "Threat"], hiddenEdgeTypes: ["MENTIONED_IN", "PARTICIPATES_IN"] });
    const copy = await open(url);
    expect(await state(copy)).toEqual(expectedState);
    expect(await visible(copy)).toEqual(expectedVisible);
    await expect(copy.locator("#focus").inputValue()).resolves.toBe("2");
    await expect(copy.locator("[data-edge-type=PARTICIPATES_IN]").isChecked()).resolves.toBe(false);
    await expect(copy.locator("#panel-name").textContent()).resolves.toBe("Counter-Missile Working Group");
    await page.close();
    await copy.close();
  });

  it("/ focuses the search box and Esc clears the selection", async () => {
    const page = await open(`${seed.url}#sel=${encodeURIComponent(SCM)}&focus=1`);
    await expect(page.locator("#panel").isVisible()).resolves.toBe(true);
    await page.keyboard.press("/");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("search");
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    expect(await state(page)).toMatchObject({ focus: 0 });
    expect((await state(page))?.selected).toBeUndefined();
    await expect(page.locator("#panel").isVisible()).resolves.toBe(false);
    await page.close();
  });

  it("clicking a node on the canvas selects it", async () => {
    const page = await open(seed.url);
    const at = await page.evaluate((key) => window.__briefgraph?.nodePosition(key), SCM);
    expect(at).toBeDefined();
    const box = await page.locator("#sigma").boundingBox();
    await page.mouse.click((box?.x ?? 0) + (at?.x ?? 0), (box?.y ?? 0) + (at?.y ?? 0));
    expect((await state(page))?.selected).toBe(SCM);
    await page.close();
  });

  it("PNG export of the view gives a non-blank image", async () => {
    const page = await open(seed.url);
    await page.click("#export-menu summary");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-export=png]")]);
    const file = join(ARTIFACTS, "export.png");
    await download.saveAs(file);
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    const ink = inkOf(png);
    expect(ink.share).toBeGreaterThan(0.002);
    expect(ink.colours).toBeGreaterThan(20);
    await page.close();
  });

  it.each([
    ["svg", (text: string, nodes: string[]) => expect([...text.matchAll(/<g class="node[^"]*" data-id="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual(nodes)],
    ["json", (text: string, nodes: string[]) => expect(SerializedGraphSchema.parse(JSON.parse(text)).nodes.map((n) => n.key).sort()).toEqual(nodes)],
    ["graphml", (text: string, nodes: string[]) => expect(text.match(/<node /g)?.length).toBe(nodes.length)],
    ["gexf", (text: string, nodes: string[]) => expect(text.match(/<node /g)?.length).toBe(nodes.length)],
  ] as const)("%s export of the focused view carries exactly the visible nodes", async (kind, check) => {
    const page = await open(`${seed.url}#sel=${encodeURIComponent(SCM)}&focus=1`);
    await page.click("#export-menu summary");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click(`[data-export=${kind}]`)]);
    const file = join(ARTIFACTS, `export.${kind}`);
    await download.saveAs(file);
    check(readFileSync(file, "utf8"), neighbourhood(graph, SCM).filter((k) => !k.startsWith("statement:")));
    await page.close();
  });

  it("a store with <img onerror> and <script> in names, aliases, titles and sentences executes nothing", async () => {
    const page = await open(hostile.url);
    await page.click("#legend [data-type=Statement]");
    for (const query of ["<img", "<script", "State"]) {
      await page.fill("#search", "");
      await searchAndEnter(page, query);
      const name = (await page.locator("#panel-name").textContent()) ?? "";
      expect(name).toMatch(/<img src=x onerror="window.__pwned=1">|<script>window.__pwned=2<\/script>/);
      const key = (await state(page))?.selected ?? "";
      const at = await page.evaluate((k) => window.__briefgraph?.nodePosition(k), key);
      const box = await page.locator("#sigma").boundingBox();
      await page.mouse.move((box?.x ?? 0) + (at?.x ?? 0), (box?.y ?? 0) + (at?.y ?? 0));
      await page.waitForTimeout(100);
    }
    await page.keyboard.press("/");
    await page.keyboard.type("<");
    await page.waitForTimeout(200);
    await shot(page, "hostile");
    expect(await page.evaluate(() => "__pwned" in window)).toBe(false);
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator("script").count()).toBe(1);
    expect(await page.locator("#panel").textContent()).toContain("<script>window.__pwned=2</script>");
    await page.close();
  });

  it("logs no page errors", () => {
    expect(pageErrors).toEqual([]);
  });
});

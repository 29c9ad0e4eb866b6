/**
 * Editing in headless Chromium (`serve --edit`): rename to a name with <script>, merge two selected nodes, undo both
 * from the panel; the log holds exactly those corrections and the store is back byte for byte. Without --edit the
 * panel has no edit controls. Screenshots go to test-artifacts/viewer/.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { correctionsPathFor, readLog } from "../../corrections/index.ts";
import { entityId, readStore, writeStore } from "../../graph/index.ts";
import type { ViewerServer } from "../../viewer/server/index.ts";
import { ARTIFACTS, chromiumAvailable, clickAndReload, selectNode, startViewerSession, type ViewerSession } from "./browser.ts";
import { seedGraph, XSS_SCRIPT } from "./fixtures.ts";

const CMWG = entityId("Body", "Counter-Missile Working Group");
const SCM = entityId("Body", "Security Consultative Meeting");

let session: ViewerSession;
let editStore: string;
let edit: ViewerServer;
let plain: ViewerServer;
const hasChromium = chromiumAvailable();

beforeAll(async () => {
  if (!hasChromium) return;
  session = await startViewerSession("edit-e2e");
  const graph = await seedGraph();
  editStore = join(session.dir, "edit", "graph.json");
  await writeStore(editStore, graph);
  edit = await session.serve({ storePath: editStore, edit: true });
  plain = await session.serveGraph("plain", graph);
});
afterAll(async () => {
  await session?.close();
});

const open = (url: string): Promise<Page> => session.open(url, { settled: false });

describe.skipIf(!hasChromium)("editing in the viewer (serve --edit), in headless Chromium", () => {
  it("renames to a name with <script> (shown as text, nothing runs), merges two selected nodes, undoes both: the store is back byte for byte", async () => {
    const before = readFileSync(editStore, "utf8");
    const page = await open(edit.url);
    await selectNode(page, CMWG);
    await page.fill("#edit-name", XSS_SCRIPT);
    await clickAndReload(page, "#edit-rename");
    await page.waitForFunction((name) => document.getElementById("panel-name")?.textContent === name, XSS_SCRIPT);
    expect(await page.evaluate(() => "__pwned" in window)).toBe(false);
    expect(await page.locator("script").count()).toBe(1);
    expect((await readStore(editStore)).getNodeAttribute(CMWG, "name")).toBe(XSS_SCRIPT);
    await page.screenshot({ path: join(ARTIFACTS, "edit-renamed-page.png") });

    await page.click("#edit-mark");
    await selectNode(page, SCM);
    expect(await page.locator("#edit-merge").textContent()).toBe(`Merge “${XSS_SCRIPT}” into this`);
    await clickAndReload(page, "#edit-merge");
    expect((await readStore(editStore)).hasNode(CMWG)).toBe(false);
    await selectNode(page, SCM);
    await page.screenshot({ path: join(ARTIFACTS, "edit-merged-page.png") });

    await clickAndReload(page, "#edit-undo");
    expect((await readStore(editStore)).hasNode(CMWG)).toBe(true);
    await selectNode(page, SCM);
    expect(await page.locator("#edit-undo").textContent()).toBe("Undo c1");
    await clickAndReload(page, "#edit-undo");
    await selectNode(page, SCM);
    expect(await page.locator("#edit-undo").count()).toBe(0);

    const log = await readLog(correctionsPathFor(editStore));
    expect(log.corrections.map((c) => (c.op === "undo" ? `undo ${c.target}` : c.op))).toEqual(["rename", "merge", "undo c2", "undo c1"]);
    expect(log.corrections[0]).toMatchObject({ op: "rename", node: CMWG, name: XSS_SCRIPT });
    expect(log.corrections[1]).toMatchObject({ op: "merge", from: CMWG, into: SCM });
    expect(readFileSync(editStore, "utf8")).toBe(before);
    expect(await page.evaluate(() => "__pwned" in window)).toBe(false);
    await page.close();
  });

  it("retypes an entity to an Actor with its kind and adds then removes an alias from the panel: the log holds the three and the store shows each", async () => {
    const store = join(session.dir, "retype", "graph.json");
    await writeStore(store, await seedGraph());
    const server = await session.serve({ storePath: store, edit: true });
    const page = await open(server.url);
    await selectNode(page, CMWG);
    await page.selectOption("#edit-type", "Actor");
    await page.selectOption("#edit-kind", "group");
    await clickAndReload(page, "#edit-retype");
    const retyped = (await readStore(store)).getNodeAttributes(CMWG);
    expect(retyped).toMatchObject({ type: "Actor", kind: "group" });
    await selectNode(page, CMWG);
    await page.fill("#edit-alias", "missile group");
    await clickAndReload(page, "#edit-alias-add");
    expect((await readStore(store)).getNodeAttributes(CMWG)).toMatchObject({ aliases: expect.arrayContaining(["missile group"]) });
    await selectNode(page, CMWG);
    await page.selectOption("#edit-alias-which", "missile group");
    await clickAndReload(page, "#edit-alias-remove");
    expect((await readStore(store)).getNodeAttributes(CMWG)).toMatchObject({ aliases: expect.not.arrayContaining(["missile group"]) });
    const log = await readLog(correctionsPathFor(store));
    expect(log.corrections).toMatchObject([
      { id: "c1", op: "retype", node: CMWG, type: "Actor", kind: "group" },
      { id: "c2", op: "alias", node: CMWG, action: "add", alias: "missile group" },
      { id: "c3", op: "alias", node: CMWG, action: "remove", alias: "missile group" },
    ]);
    await page.close();
  }, 180_000);

  it("shows no edit controls on a server started without --edit", async () => {
    const page = await open(plain.url);
    await selectNode(page, CMWG);
    expect(await page.locator("#panel-name").textContent()).toBe("Counter-Missile Working Group");
    expect(await page.locator("#edit").count()).toBe(0);
    await page.close();
  });

  it("logs no page errors", () => {
    expect(session.errors).toEqual([]);
  });
});

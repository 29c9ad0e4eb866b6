/**
 * Canvas labels: placed clear of other labels and of node circles (model/labels.ts), names that ellipsise alike
 * told apart; checked on the placement rules and on the labels the renderer drew in headless Chromium.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shortLabel } from "../../export/formats/label.ts";
import { entityId, type BriefGraph } from "../../graph/index.ts";
import { distinctLabels, hitsCircle, LabelSpace, leaderLine, overlaps, placeLabel, textBox, type Box, type Circle } from "../../viewer/src/model/labels.ts";
import type { LabelFrame } from "../../viewer/src/ui/renderer.ts";
import type { ViewerServer } from "../../viewer/server/index.ts";
import { chromiumAvailable, startViewerSession, visibleNodes, type ViewerSession } from "./browser.ts";
import { FixtureBuilder, seedGraph } from "./fixtures.ts";

const NORTH = "Joint Working Group on Maritime Security Cooperation in the Northern Sea";
const SOUTH = "Joint Working Group on Maritime Security Cooperation in the Southern Sea";
const NCG = "Nuclear Consultative Group";

/** Two bodies whose names ellipsise alike, and one name that is both a body and an actor. */
function lookalikeGraph(): BriefGraph {
  const text = `The ${NORTH} met. The ${SOUTH} met. The ${NCG} met. The Republic of Korea joined the ${NCG}. The United States joined the ${NORTH} and the ${SOUTH}.`;
  const f = new FixtureBuilder(text, "Lookalike names");
  const rok = { type: "Actor", name: "Republic of Korea", kind: "state" } as const;
  const us = { type: "Actor", name: "United States", kind: "state" } as const;
  f.relate(rok, "PARTICIPATES_IN", { type: "Body", name: NCG }, "Republic of Korea joined", "joined");
  f.relate({ type: "Actor", name: NCG, kind: "organization" }, "COOPERATES_WITH", rok, "Republic of Korea joined", "joined");
  f.relate(us, "PARTICIPATES_IN", { type: "Body", name: NORTH }, "United States joined", "joined");
  f.relate(us, "PARTICIPATES_IN", { type: "Body", name: SOUTH }, "United States joined", "joined");
  return f.graph;
}

const circle = (key: string, x: number, y: number, r: number): Circle => ({ key, x, y, r });

describe("label placement", () => {
  it.each([
    ["a box left of a circle", { x1: 0, y1: 0, x2: 10, y2: 10 }, circle("c", 20, 5, 5), false],
    ["a box touching a circle's edge", { x1: 0, y1: 0, x2: 16, y2: 10 }, circle("c", 20, 5, 5), true],
    ["a box around a circle", { x1: 0, y1: 0, x2: 40, y2: 40 }, circle("c", 20, 20, 3), true],
    ["a box diagonal to a circle, corners apart", { x1: 0, y1: 0, x2: 10, y2: 10 }, circle("c", 16, 16, 6), false],
  ])("tells whether %s is hit", (_name, box: Box, c: Circle, hit) => {
    expect(hitsCircle(box, c)).toBe(hit);
  });

  it("puts a label left of its node when another node's circle sits on its right", () => {
    const space = new LabelSpace();
    space.addCircle(circle("self", 100, 100, 5));
    space.addCircle(circle("other", 130, 100, 8));
    const { at } = placeLabel(space, { key: "self", x: 100, y: 100, r: 5, width: 60, fontSize: 13 });
    expect(at[0] + 60).toBeLessThan(100);
  });

  it("puts a second label where it overlaps neither the first label nor any circle", () => {
    const space = new LabelSpace();
    const nodes = [circle("a", 100, 100, 5), circle("b", 100, 110, 5)];
    for (const c of nodes) space.addCircle(c);
    const [a, b] = nodes.map((c) => ({ key: c.key, box: placeLabel(space, { key: c.key, x: c.x, y: c.y, r: c.r, width: 80, fontSize: 13 }).box }));
    expect(a && b && overlaps(a.box, b.box)).toBe(false);
    for (const label of [a, b]) for (const c of nodes) if (label && c.key !== label.key) expect(hitsCircle(label.box, c)).toBe(false);
  });

  it("draws no leader line for a label beside its node, and one from the circle's edge to the box for a label pushed away", () => {
    const request = { key: "self", x: 100, y: 100, r: 5, width: 60, fontSize: 13 };
    const space = new LabelSpace();
    space.addCircle(circle("self", 100, 100, 5));
    const beside = placeLabel(space, request);
    expect(beside.leader).toBeUndefined();
    expect(leaderLine(request, beside.box)).toBeUndefined();

    // A crowd: every place near the node is taken by other labels, so the label goes to a far ring.
    const crowded = new LabelSpace();
    crowded.addCircle(circle("self", 100, 100, 5));
    crowded.addBox({ x1: -40, y1: 20, x2: 240, y2: 180 });
    const placed = placeLabel(crowded, request);
    const far = placed.box;
    expect(far).toEqual(textBox(placed.at[0], placed.at[1], 60, 13));
    expect(overlaps(far, { x1: -40, y1: 20, x2: 240, y2: 180 })).toBe(false);
    const leader = placed.leader;
    expect(leader).toEqual(leaderLine(request, far));
    expect(leader).toBeDefined();
    if (!leader) return;
    const [x1, y1, x2, y2] = leader;
    expect(Math.hypot(x1 - 100, y1 - 100)).toBeCloseTo(6, 5);
    expect(x2 >= far.x1 && x2 <= far.x2 && y2 >= far.y1 && y2 <= far.y2).toBe(true);
    expect(Math.hypot(x2 - 100, y2 - 100)).toBeGreaterThan(30);
  });

  it("places a pushed-away label where its leader line runs through no other node", () => {
    const request = { key: "self", x: 100, y: 100, r: 5, width: 60, fontSize: 13 };
    const space = new LabelSpace();
    space.addCircle(circle("self", 100, 100, 5));
    space.addBox({ x1: -40, y1: 20, x2: 240, y2: 180 });
    const { box: first, leader: firstLeader } = placeLabel(space, request);
    expect(firstLeader).toBeDefined();
    if (!firstLeader) return;

    // The same crowd with a node sitting on that first leader's way: the label goes elsewhere.
    const blocked = new LabelSpace();
    blocked.addCircle(circle("self", 100, 100, 5));
    blocked.addBox({ x1: -40, y1: 20, x2: 240, y2: 180 });
    const [x1, y1, x2, y2] = firstLeader;
    const onTheWay = circle("other", (x1 + x2) / 2, (y1 + y2) / 2, 4);
    blocked.addCircle(onTheWay);
    const { box: second, leader: secondLeader } = placeLabel(blocked, { ...request });
    expect(second).not.toEqual(first);
    expect(blocked.crossesCircle(secondLeader ?? [100, 100, 100, 100], "self")).toBe(false);
    expect(hitsCircle(second, onTheWay)).toBe(false);
  });

  it("finds the labels placed in far cells as fast as near ones: a thousand labels in a row all fit", () => {
    const space = new LabelSpace();
    const fits = Array.from({ length: 1000 }, (_, i) => {
      const box = { x1: i * 100, y1: 0, x2: i * 100 + 90, y2: 16 };
      const ok = space.fits(box);
      space.addBox(box);
      return ok;
    });
    expect(fits.every(Boolean)).toBe(true);
    expect(space.fits({ x1: 50, y1: 5, x2: 60, y2: 10 })).toBe(false);
  });
});

describe("distinct labels", () => {
  const n = (key: string, name: string, type = "Body") => ({ key, name, type });
  it.each([
    ["short names", [n("a", "SCM"), n("b", "KIDD")], ["SCM", "KIDD"]],
    ["one long name", [n("a", NORTH)], [shortLabel(NORTH)]],
    ["two long names that ellipsise alike", [n("a", NORTH), n("b", SOUTH)], ["Joint Working Group … Northern Sea", "Joint Working Group … Southern Sea"]],
    ["two names whose first word is long", [n("a", "Conditions-based OPCON Transition Working Group"), n("b", "Conditions-based OPCON Transition Plan")], ["Conditions-based … Working Group", "Conditions-based OPCON … Plan"]],
    ["one name as two types", [n("a", NCG), n("b", NCG, "Actor")], [`${NCG} (Body)`, `${NCG} (Actor)`]],
    ["one name twice as one type", [n("b", NCG), n("a", NCG)], [`${NCG} (Body) 2`, `${NCG} (Body) 1`]],
  ])("labels %s apart", (_name, nodes, labels) => {
    const out = distinctLabels(nodes);
    expect(nodes.map((node) => out.get(node.key))).toEqual(labels);
  });
});

const hasChromium = chromiumAvailable();

describe.skipIf(!hasChromium)("the labels the renderer draws", () => {
  let session: ViewerSession;
  let seed: ViewerServer;
  let lookalike: ViewerServer;
  beforeAll(async () => {
    session = await startViewerSession("labels", { width: 1440, height: 900 });
    seed = await session.serveGraph("seed", await seedGraph());
    lookalike = await session.serveGraph("lookalike", lookalikeGraph());
  });
  afterAll(async () => {
    await session?.close();
  });

  const frameOf = (page: Page): Promise<LabelFrame> => page.evaluate(() => window.__briefgraph?.labelFrame() ?? { labels: [], circles: [] });
  /** Labels whose box overlaps another label's, or another node's circle. */
  const clashes = (frame: LabelFrame) =>
    frame.labels.flatMap((l, i) => [
      ...frame.labels.slice(i + 1).flatMap((m) => (overlaps(l.box, m.box) ? [`${l.key} × ${m.key}`] : [])),
      ...frame.circles.flatMap((c) => (c.key !== l.key && hitsCircle(l.box, c) ? [`${l.key} × circle ${c.key}`] : [])),
    ]);

  it("draws every label of lookalike names, each text apart, clear of other labels and circles, the full name on hover", async () => {
    const page = await session.open(lookalike.url);
    const frame = await frameOf(page);
    expect(frame.labels.map((l) => l.key).sort()).toEqual(await visibleNodes(page));
    const text = new Map(frame.labels.map((l) => [l.key, l.text]));
    expect(new Set(text.values()).size).toBe(text.size);
    const north = entityId("Body", NORTH);
    expect(text.get(north)).toBe("Joint Working Group … Northern Sea");
    expect(text.get(entityId("Body", SOUTH))).toBe("Joint Working Group … Southern Sea");
    expect(text.get(entityId("Actor", NCG))).toBe(`${NCG} (Actor)`);
    expect(clashes(frame)).toEqual([]);
    const at = await page.evaluate((k) => window.__briefgraph?.nodePosition(k), north);
    const box = await page.locator("#sigma").boundingBox();
    await page.mouse.move((box?.x ?? 0) + (at?.x ?? 0), (box?.y ?? 0) + (at?.y ?? 0));
    await expect(page.locator("#tooltip").textContent()).resolves.toContain(NORTH);
    await page.close();
  });

  it("places the landing view's labels of the bundled statement clear of each other and of the node circles", async () => {
    const page = await session.open(seed.url);
    const frame = await frameOf(page);
    expect(frame.labels.map((l) => l.key).sort()).toEqual(await visibleNodes(page));
    expect(frame.circles.length).toBe(frame.labels.length);
    expect(clashes(frame)).toEqual([]);
    // A label pushed away from its node (more than a line and a half past its circle) has a leader line from the
    // circle's edge to its box; a label beside its node has none.
    const circles = new Map(frame.circles.map((c) => [c.key, c]));
    const far = frame.labels.flatMap((l) => {
      const c = circles.get(l.key);
      if (!c) return [];
      const d = Math.hypot(Math.max(l.box.x1, Math.min(c.x, l.box.x2)) - c.x, Math.max(l.box.y1, Math.min(c.y, l.box.y2)) - c.y);
      return d > c.r + 3 + 1.5 * 13 ? [{ label: l, c }] : [];
    });
    for (const { label, c } of far) {
      const [x1, y1, x2, y2] = label.leader ?? [Number.NaN, Number.NaN, Number.NaN, Number.NaN];
      expect(Math.hypot(x1 - c.x, y1 - c.y), label.key).toBeLessThan(c.r + 6);
      expect(x2 >= label.box.x1 && x2 <= label.box.x2 && y2 >= label.box.y1 && y2 <= label.box.y2, label.key).toBe(true);
    }
    expect(frame.labels.filter((l) => l.leader).length).toBe(far.length);
    await page.close();
  });

  it("logs no page errors", () => {
    expect(session.errors).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { entityId } from "../../graph/index.ts";
import { computeVisible } from "../../viewer/src/model/visible.ts";
import { defaultState } from "../../viewer/src/model/state.ts";
import { buildHierarchy, type OutlineItem } from "../../viewer/src/model/hierarchy.ts";
import { buildThreatTable } from "../../viewer/src/model/threats.ts";
import { DAGRE_VIEW_LIMIT, emptyStats, labelHeight, labelWidth, layeredLayout, MAX_DAGRE_PART, type LayeredInput, type LayeredLayout } from "../../viewer/src/model/layered.ts";
import { wrapLabel } from "../../export/formats/label.ts";
import { seedGraph } from "./fixtures.ts";

const graph = await seedGraph();
const SCM = entityId("Body", "Security Consultative Meeting");
const DSTEC = entityId("Body", "Defense Science and Technology Executive Committee");
const CCWG = entityId("Body", "Cyber Cooperation Working Group");
const CYBER_FLAG = entityId("Exercise", "Cyber Flag");
const GPS = entityId("Threat", "GPS jamming");
const UFS = entityId("Exercise", "Ulchi Freedom Shield 24");

const US = entityId("Actor", "United States");

/** Width / height of a layered picture with its labels (left of first-rank nodes, right of the others). */
function shapeOf(input: LayeredInput, layout: LayeredLayout): number {
  const label = new Map(input.nodes.map((n) => [n.key, n.label] as const));
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const [k, p] of layout.positions) {
    const w = labelWidth(label.get(k) ?? "");
    const half = labelHeight(label.get(k) ?? "") / 2;
    minX = Math.min(minX, layout.labelsLeft.has(k) ? p.x - w : p.x);
    maxX = Math.max(maxX, layout.labelsLeft.has(k) ? p.x : p.x + w);
    minY = Math.min(minY, p.y - half);
    maxY = Math.max(maxY, p.y + half);
  }
  return (maxX - minX) / (maxY - minY);
}

const find = (items: readonly OutlineItem[], key: string): OutlineItem | undefined => {
  for (const item of items) {
    if (item.key === key) return item;
    const inner = find(item.children, key);
    if (inner) return inner;
  }
  return undefined;
};

describe("the working-group hierarchy of the bundled statement", () => {
  const v = computeVisible(graph, { ...defaultState(), view: "groups" });
  const h = buildHierarchy(graph, v.nodes, v.edges);

  it.each([
    [SCM, DSTEC, "part of"],
    [CCWG, CYBER_FLAG, "part of"],
  ])("puts %s above %s in the outline", (parent, child, relation) => {
    const item = h.roots.find((r) => r.key === parent);
    expect(item?.children.map((c) => [c.key, c.relation])).toContainEqual([child, relation]);
  });

  it("names who takes part in each body", () => {
    expect(find(h.roots, CCWG)?.participants).toEqual(["Republic of Korea", "United States"]);
  });

  it("lays parents left of their children and participants left of their bodies, every node at its own place", () => {
    const layout = layeredLayout(h.layout);
    expect([...layout.positions.keys()].sort()).toEqual([...v.nodes].sort());
    for (const [from, to] of h.layout.links) expect(layout.positions.get(from)?.x ?? 0).toBeLessThan(layout.positions.get(to)?.x ?? 0);
    const places = new Set([...layout.positions.values()].map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(places.size).toBe(layout.positions.size);
  });
});

describe("the hierarchy picture takes the shape of its frame", () => {
  const v = computeVisible(graph, { ...defaultState(), view: "groups" });
  const input = buildHierarchy(graph, v.nodes, v.edges).layout;

  it.each([0.75, 0.95, 1.6])("laid out for a frame %s times as wide as high, it comes within a fifth of that shape", (aspect) => {
    const shape = shapeOf(input, layeredLayout(input, undefined, { aspect }));
    expect(Math.abs(Math.log(shape / aspect))).toBeLessThan(Math.log(1.2));
  });

  it("puts the labels of nodes that links only leave (participants) left of them, and the others right", () => {
    const layout = layeredLayout(input, undefined, { aspect: 1 });
    expect(layout.labelsLeft.has(US)).toBe(true);
    expect(layout.labelsLeft.has(SCM)).toBe(false);
    expect(layout.labelsLeft.has(DSTEC)).toBe(false);
  });

  it("gives each wrapped label the rows it needs: no two nodes of a column closer than their labels' half heights", () => {
    const layout = layeredLayout(input, undefined, { aspect: 0.9 });
    const label = new Map(input.nodes.map((n) => [n.key, n.label] as const));
    const byColumn = new Map<number, [string, { x: number; y: number }][]>();
    for (const [k, p] of layout.positions) byColumn.set(Math.round(p.x), [...(byColumn.get(Math.round(p.x)) ?? []), [k, p]]);
    for (const column of byColumn.values()) {
      column.sort((a, b) => a[1].y - b[1].y);
      for (let i = 1; i < column.length; i++) {
        const [ka, a] = column[i - 1] ?? ["", { x: 0, y: 0 }];
        const [kb, b] = column[i] ?? ["", { x: 0, y: 0 }];
        expect(b.y - a.y).toBeGreaterThanOrEqual((labelHeight(label.get(ka) ?? "") + labelHeight(label.get(kb) ?? "")) / 2 - 1);
      }
    }
  });
});

describe("wrapped labels", () => {
  it.each([
    ["United States", ["United States"]],
    ["Defense Science and Technology Executive Committee", ["Defense Science", "and Technology", "Executive Committee"]],
    ["Democratic People's Republic of Korea", ["Democratic", "People's Republic", "of Korea"]],
    ["an exceedingly long name of a working group that runs on and on", ["an exceedingly", "long name of a", "working group that runs…"]],
  ])("wraps %j between words on up to three lines", (name, lines) => {
    expect(wrapLabel(name)).toEqual(lines);
  });
});

describe("layered layout", () => {
  it("draws nodes linked to nothing in a block under the linked ones", () => {
    const layout = layeredLayout({
      nodes: ["a", "b", "c", "lone1", "lone2"].map((key) => ({ key, label: key })),
      links: [["a", "b"], ["b", "c"]],
    });
    expect(layout.unlinked).toEqual(["lone1", "lone2"]);
    const linkedBottom = Math.max(...["a", "b", "c"].map((k) => layout.positions.get(k)?.y ?? 0));
    for (const k of layout.unlinked) expect(layout.positions.get(k)?.y ?? 0).toBeGreaterThan(linkedBottom);
  });

  it("keeps parents left of children in a part too big for dagre (linear-time layering)", () => {
    const n = MAX_DAGRE_PART * 4;
    const nodes = Array.from({ length: n }, (_, i) => ({ key: `n${i}`, label: `node ${i}` }));
    const links: [string, string][] = nodes.slice(1).map((_, i) => [`n${Math.floor(i / 3)}`, `n${i + 1}`]);
    const layout = layeredLayout({ nodes, links });
    for (const [from, to] of links) expect(layout.positions.get(from)?.x ?? 0).toBeLessThan(layout.positions.get(to)?.x ?? 0);
    const places = new Set([...layout.positions.values()].map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(places.size).toBe(n);
  });
});

describe("dagre or the linear-time layering", () => {
  /** `count` chains of 8 nodes (parent left of child): parts big enough for dagre, small enough for one call each. */
  const chains = (count: number) => {
    const nodes = Array.from({ length: count * 8 }, (_, i) => ({ key: `n${i}`, label: `node ${i}` }));
    const links = nodes.flatMap((n, i): [string, string][] => (i % 8 === 7 ? [] : [[n.key, `n${i + 1}`]]));
    return { nodes, links };
  };

  it.each([
    ["a view within the limit gives its parts to dagre", Math.floor(DAGRE_VIEW_LIMIT / 8), "dagre"],
    ["a view above the limit lays every part out by the linear-time layering", Math.ceil(DAGRE_VIEW_LIMIT / 8) + 1, "quick"],
  ] as const)("%s, parents left of children", (_name, count, method) => {
    const input = chains(count);
    const stats = emptyStats();
    const layout = layeredLayout(input, stats);
    expect(stats[method].parts).toBe(count);
    for (const [from, to] of input.links) expect(layout.positions.get(from)?.x ?? 0).toBeLessThan(layout.positions.get(to)?.x ?? 0);
  });
});

describe("the threat table of the bundled statement", () => {
  const v = computeVisible(graph, { ...defaultState(), view: "threats" });
  const table = buildThreatTable(graph, v.nodes, v.edges);

  it("lists GPS jamming as simulated by Ulchi Freedom Shield 24, with the edge that carries the evidence", () => {
    const row = table.rows.find((r) => r.key === GPS);
    expect(row?.cells.simulates.map((c) => c.key)).toEqual([UFS]);
    const edge = row?.cells.simulates[0]?.edge ?? "";
    expect(graph.getEdgeAttribute(edge, "type")).toBe("SIMULATES");
  });
});

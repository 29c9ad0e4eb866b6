/**
 * Layered (hierarchical) layout by dagre (@dagrejs/dagre: Sugiyama-style ranking, crossing reduction and placement;
 * synchronous, so the same code runs in the page and in the benchmark). Ranks run left to right, so long labels sit
 * in their column instead of colliding in a row; nodes linked to nothing go in a labelled block below.
 */
import dagre from "@dagrejs/dagre";

export interface LayeredInput {
  nodes: readonly { key: string; label: string }[];
  /** [from, to]: `from` is drawn one rank before (left of) `to`. */
  links: readonly (readonly [string, string])[];
}

export interface LayeredLayout {
  /** Centre of each node, y pointing down, in label pixels (13 px font). */
  positions: Map<string, { x: number; y: number }>;
  /** Nodes with no link, drawn as a block under the layered part. */
  unlinked: string[];
  /** Where the unlinked block starts (its top left), when there is one. */
  unlinkedAt?: { x: number; y: number };
}

const CHAR = 7.2;
const ROW = 26;

export function labelWidth(label: string): number {
  return 28 + label.length * CHAR;
}

export function layeredLayout(input: LayeredInput): LayeredLayout {
  const linked = new Set<string>();
  for (const [a, b] of input.links) {
    if (a === b) continue;
    linked.add(a);
    linked.add(b);
  }
  const g = new dagre.graphlib.Graph({ multigraph: false });
  g.setGraph({ rankdir: "LR", nodesep: 6, ranksep: 60, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  const width = new Map<string, number>();
  for (const { key, label } of input.nodes) {
    width.set(key, labelWidth(label));
    if (linked.has(key)) g.setNode(key, { width: labelWidth(label), height: ROW });
  }
  for (const [a, b] of input.links) if (a !== b && g.hasNode(a) && g.hasNode(b)) g.setEdge(a, b);
  const positions = new Map<string, { x: number; y: number }>();
  let maxY = 0;
  if (g.nodeCount() > 0) {
    dagre.layout(g);
    for (const key of g.nodes()) {
      const n = g.node(key);
      // The circle sits at the left of the node's box; its label runs to the right inside the box.
      positions.set(key, { x: n.x - n.width / 2 + 10, y: n.y });
      maxY = Math.max(maxY, n.y + ROW);
    }
  }
  const unlinked = input.nodes.filter((n) => !linked.has(n.key)).map((n) => n.key);
  const out: LayeredLayout = { positions, unlinked };
  if (unlinked.length > 0) {
    // A block of columns under the drawing, as wide as the drawing (at least three columns).
    let minX = Infinity;
    let maxX = -Infinity;
    for (const p of positions.values()) {
      minX = Math.min(minX, p.x);
      maxX = Math.max(maxX, p.x + 200);
    }
    if (!Number.isFinite(minX)) {
      minX = 0;
      maxX = 0;
    }
    const colWidth = Math.max(...unlinked.map((k) => width.get(k) ?? 100)) + 20;
    const columns = Math.max(3, Math.floor((maxX - minX) / colWidth));
    const top = positions.size > 0 ? maxY + 3 * ROW : 0;
    out.unlinkedAt = { x: minX - 10, y: top - ROW };
    unlinked.forEach((key, i) => {
      positions.set(key, { x: minX + (i % columns) * colWidth, y: top + Math.floor(i / columns) * ROW });
    });
  }
  return out;
}

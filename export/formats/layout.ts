/** A deterministic layout: seeded start positions, then a fixed number of ForceAtlas2 iterations. */
import { UndirectedGraph } from "graphology";
import fa2 from "graphology-layout-forceatlas2";
import type { BriefGraph } from "../../graph/model.ts";
import { seededRandom } from "../../graph/synthetic.ts";

export interface Point {
  x: number;
  y: number;
}

export interface LayoutOptions {
  seed?: number;
  /** Lay out only the nodes this accepts (the picture leaves Statement nodes out). */
  include?: (node: string) => boolean;
}

/**
 * The package is CommonJS with a default-export typing: under NodeNext TypeScript sees the module object,
 * while Node and bundlers hand over the function itself. Take whichever is callable.
 */
const forceAtlas2: typeof fa2.default = typeof fa2 === "function" ? fa2 : fa2.default;

/** ForceAtlas2 iterations by size; above 5,000 nodes the seeded start positions stand (Gephi re-lays out anyway). */
export const MAX_LAYOUT_NODES = 5000;

function iterationsFor(order: number): number {
  if (order <= 200) return 300;
  if (order <= 2000) return 60;
  return 15;
}

/** Positions for the nodes of `graph` (edge direction ignored); the same graph and seed give the same positions. */
export function layoutPositions(graph: BriefGraph, options: LayoutOptions = {}): Map<string, Point> {
  const random = seededRandom(options.seed ?? 7);
  const include = options.include ?? (() => true);
  const nodes = graph.nodes().filter(include).sort();
  const positions = new Map<string, Point>();
  if (nodes.length > MAX_LAYOUT_NODES) {
    for (const node of nodes) positions.set(node, { x: random() * 100, y: random() * 100 });
    return positions;
  }
  const simple = new UndirectedGraph({ allowSelfLoops: false });
  for (const node of nodes) simple.addNode(node, { x: random() * 100, y: random() * 100 });
  // Edges in a canonical order: the float sums of the layout, and so the positions, must not depend on insertion order.
  const pairs = graph
    .mapEdges((_key, _attrs, source, target): [string, string] => (source < target ? [source, target] : [target, source]))
    .sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1));
  for (const [a, b] of pairs) {
    if (simple.hasNode(a) && simple.hasNode(b) && !simple.hasEdge(a, b)) simple.addEdge(a, b);
  }
  if (simple.order === 0) return positions;
  const mapping = forceAtlas2(simple, {
    iterations: iterationsFor(simple.order),
    settings:
      simple.order <= 200
        ? // Small pictures: dissuade hubs from pulling everything into one knot, so labels have room.
          { ...forceAtlas2.inferSettings(simple), scalingRatio: 40, gravity: 1, outboundAttractionDistribution: true }
        : { ...forceAtlas2.inferSettings(simple), barnesHutOptimize: simple.order > 500 },
  });
  for (const node of nodes) {
    const p = mapping[node];
    positions.set(node, { x: p?.x ?? 0, y: p?.y ?? 0 });
  }
  return positions;
}

/** Flat ForceAtlas2 matrices (graphology-layout-forceatlas2's layout: 10 floats per node, 3 per edge), pure. */
export const PPN = 10;
export const PPE = 3;

export interface LayoutInput {
  /** Node keys in matrix order. */
  keys: readonly string[];
  positions: ReadonlyMap<string, { x: number; y: number }>;
  /** Pairs of node keys that attract each other. */
  links: readonly (readonly [string, string])[];
}

export interface Matrices {
  nodes: Float32Array<ArrayBuffer>;
  edges: Float32Array<ArrayBuffer>;
}

export function buildMatrices(input: LayoutInput): Matrices {
  const index = new Map(input.keys.map((k, i) => [k, i * PPN]));
  const nodes = new Float32Array(input.keys.length * PPN);
  input.keys.forEach((key, i) => {
    const p = input.positions.get(key) ?? { x: 0, y: 0 };
    const j = i * PPN;
    nodes[j] = p.x;
    nodes[j + 1] = p.y;
    nodes[j + 6] = 1; // mass: 1 + degree, below
    nodes[j + 7] = 1; // convergence
    nodes[j + 8] = 1; // size
  });
  const pairs = input.links.flatMap(([s, t]) => {
    const sj = index.get(s);
    const tj = index.get(t);
    return sj === undefined || tj === undefined || sj === tj ? [] : [[sj, tj] as const];
  });
  const edges = new Float32Array(pairs.length * PPE);
  pairs.forEach(([sj, tj], i) => {
    edges[i * PPE] = sj;
    edges[i * PPE + 1] = tj;
    edges[i * PPE + 2] = 1;
    nodes[sj + 6] = (nodes[sj + 6] ?? 1) + 1;
    nodes[tj + 6] = (nodes[tj + 6] ?? 1) + 1;
  });
  return { nodes, edges };
}

/**
 * ForceAtlas2 settings for a graph of `order` nodes: graphology's inferSettings, and for small pictures the
 * exports' choice (scaling 40, gravity 1, hubs dissuaded) so hubs do not knot and labels have room.
 */
export function layoutSettings(order: number): Record<string, number | boolean> {
  const small = order <= 300;
  return {
    linLogMode: false,
    outboundAttractionDistribution: small,
    adjustSizes: false,
    edgeWeightInfluence: 1,
    scalingRatio: small ? 40 : 10,
    strongGravityMode: true,
    gravity: small ? 1 : 0.05,
    slowDown: 1 + Math.log(Math.max(order, 1)),
    barnesHutOptimize: order > 2000,
    barnesHutTheta: 0.5,
  };
}

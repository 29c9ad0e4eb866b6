/**
 * The working-group hierarchy's layered layout (dagre) on a synthetic store with about 2,000 bodies, timed in Node on
 * the same code the viewer runs when "Working-group hierarchy" is chosen: the visible set, the outline, the layout.
 * Target: < 2 s. Usage: node bench/run.mjs viewer-hierarchy (also run by `node bench/run.mjs viewer`).
 */
import { performance } from "node:perf_hooks";
import { syntheticGraph } from "../graph/index.ts";
import { computeVisible } from "../viewer/src/model/visible.ts";
import { defaultState } from "../viewer/src/model/state.ts";
import { buildHierarchy } from "../viewer/src/model/hierarchy.ts";
import { layeredLayout } from "../viewer/src/model/layered.ts";

const RUNS = Number(process.env.HIERARCHY_BENCH_RUNS ?? 3);
const graph = syntheticGraph({ nodes: 10_000, edges: 25_000, seed: 42 });
const bodies = graph.filterNodes((_k, a) => a.type === "Body").length;
const times: number[] = [];
let shown = { nodes: 0, edges: 0, roots: 0 };
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  const visible = computeVisible(graph, { ...defaultState(), view: "groups" });
  const hierarchy = buildHierarchy(graph, visible.nodes, visible.edges);
  const layout = layeredLayout(hierarchy.layout);
  times.push(performance.now() - start);
  shown = { nodes: layout.positions.size, edges: visible.edges.size, roots: hierarchy.roots.length };
}
const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? Number.NaN;
const ok = median < 2000;
console.log(
  `hierarchy layout, ${bodies} bodies (${shown.nodes} nodes, ${shown.edges} edges in the view, ${shown.roots} top-level items): ` +
    `${Math.round(median)} ms median of ${times.map((t) => Math.round(t)).join(", ")}  (target < 2000 ms: ${ok ? "ok" : "MISSED"})`,
);
if (!ok) process.exitCode = 1;

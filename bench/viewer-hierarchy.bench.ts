/**
 * The working-group hierarchy's layered layout (dagre) on a synthetic store with about 2,000 bodies, timed in Node on
 * the same code the viewer runs when "Working-group hierarchy" is chosen: the visible set, the outline, the layout.
 * Target: < 2 s. Also reported: each phase, and within the layout the parts dagre laid out against those the
 * linear-time layering took (count, nodes, time). The layout is asked for the viewer's stage at 1440×900 (its side
 * panel open), as the page asks: parts packed and rows spread to that shape. Usage: node bench/run.mjs viewer-hierarchy.
 */
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { syntheticGraph } from "../graph/index.ts";
import { computeVisible } from "../viewer/src/model/visible.ts";
import { defaultState } from "../viewer/src/model/state.ts";
import { buildHierarchy } from "../viewer/src/model/hierarchy.ts";
import { emptyStats, layeredLayout, type LayeredStats } from "../viewer/src/model/layered.ts";

const RUNS = Number(process.env.HIERARCHY_BENCH_RUNS ?? 3);
/** Width / height of the stage at 1440×900 with the outline open, less sigma's padding (760 × 820 - 80 each way). */
const STAGE_ASPECT = 680 / 740;
console.log(`load average at start: ${loadavg().map((x) => x.toFixed(1)).join(" ")} (2 cores)`);
const graph = syntheticGraph({ nodes: 10_000, edges: 25_000, seed: 42 });
const bodies = graph.filterNodes((_k, a) => a.type === "Body").length;
const runs: { total: number; visible: number; outline: number; layout: number; stats: LayeredStats }[] = [];
let shown = { nodes: 0, edges: 0, roots: 0 };
for (let i = 0; i < RUNS; i++) {
  const stats = emptyStats();
  const t0 = performance.now();
  const visible = computeVisible(graph, { ...defaultState(), view: "groups" });
  const t1 = performance.now();
  const hierarchy = buildHierarchy(graph, visible.nodes, visible.edges);
  const t2 = performance.now();
  const layout = layeredLayout(hierarchy.layout, stats, { aspect: STAGE_ASPECT });
  const t3 = performance.now();
  runs.push({ total: t3 - t0, visible: t1 - t0, outline: t2 - t1, layout: t3 - t2, stats });
  shown = { nodes: layout.positions.size, edges: visible.edges.size, roots: hierarchy.roots.length };
}
const ms = (x: number) => `${Math.round(x)} ms`;
const sorted = [...runs].sort((a, b) => a.total - b.total);
const mid = sorted[Math.floor(sorted.length / 2)];
const ok = mid !== undefined && mid.total < 2000;
console.log(
  `hierarchy layout, ${bodies} bodies (${shown.nodes} nodes, ${shown.edges} edges in the view, ${shown.roots} top-level items): ` +
    `${ms(mid?.total ?? Number.NaN)} median of ${runs.map((r) => ms(r.total)).join(", ")}  (target < 2000 ms: ${ok ? "ok" : "MISSED"})`,
);
if (mid) {
  const s = mid.stats;
  console.log(`  phases of the median run: visible set ${ms(mid.visible)}, outline ${ms(mid.outline)}, layout ${ms(mid.layout)}`);
  console.log(
    `  layout: dagre ${s.dagre.parts} parts / ${s.dagre.nodes} nodes in ${ms(s.dagre.ms)}; linear layering ${s.quick.parts} parts / ${s.quick.nodes} nodes in ${ms(s.quick.ms)}; ` +
      `grid ${s.grid.parts} / ${s.grid.nodes} nodes in ${ms(s.grid.ms)}; parts, packing and the unlinked block ${ms(s.rest.ms)}`,
  );
}
console.log(`load average at end: ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
if (!ok) process.exitCode = 1;

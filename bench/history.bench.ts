/**
 * History speed on a synthetic store of BENCH_STATEMENTS (default 5,000) dated statements, 100,000 entities and
 * BENCH_EDGES (default 250,000) relations: `diff` between two periods (the first and the second half of the
 * year the statements fall in) and `timeline` of the biggest hub, each timed on the graph in memory (facts,
 * answer) as the named queries run it, median of BENCH_RUNS. Reading the store itself is timed apart: the CLI
 * pays it once per command. Targets: diff < 2 s, timeline < 1 s.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readStore, syntheticGraph, writeStore } from "../graph/index.ts";
import { diffEmbedded, timelineEmbedded } from "../queries/history.ts";

const NODES = Number(process.env.BENCH_NODES ?? 100_000);
const EDGES = Number(process.env.BENCH_EDGES ?? 250_000);
const STATEMENTS = Number(process.env.BENCH_STATEMENTS ?? 5_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

function median(run: () => unknown): { ms: number } {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  return { ms: times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0 };
}

const graph = syntheticGraph({ nodes: NODES, edges: EDGES, statements: STATEMENTS, seed: 7 });
console.log(`synthetic store: ${fmt(graph.order)} nodes (${fmt(STATEMENTS)} statements), ${fmt(graph.size)} edges`);

let hub = "";
let degree = -1;
graph.forEachNode((id, a) => {
  if (a.type === "Statement") return;
  const d = graph.degree(id);
  if (d > degree) [hub, degree] = [id, d];
});

let report = diffEmbedded(graph, { from: "2024-01..2024-06", to: "2024-07..2024-12" });
const diff = median(() => (report = diffEmbedded(graph, { from: "2024-01..2024-06", to: "2024-07..2024-12" })));
const count = (c: string) => report.relations.filter((r) => r.change === c).length;
console.log(
  `diff --from 2024-01..2024-06 --to 2024-07..2024-12 (${fmt(report.a.statements.length)} vs ${fmt(report.b.statements.length)} statements; ` +
    `${fmt(count("new"))} new, ${fmt(count("dropped"))} dropped, ${fmt(count("continued"))} continued relations): ${fmt(diff.ms)} ms median of ${RUNS} (target < 2,000 ms) ${diff.ms < 2000 ? "✓" : "✗"}`,
);

let relations = 0;
const timeline = median(() => (relations = timelineEmbedded(graph, hub).relations.length));
console.log(`timeline of the biggest hub (${graph.getNodeAttribute(hub, "name")}, ${fmt(degree)} edges, ${fmt(relations)} relations): ${fmt(timeline.ms)} ms median of ${RUNS} (target < 1,000 ms) ${timeline.ms < 1000 ? "✓" : "✗"}`);

const dir = mkdtempSync(join(tmpdir(), "briefgraph-history-bench-"));
try {
  const path = join(dir, "graph.json");
  await writeStore(path, graph);
  const t = performance.now();
  await readStore(path);
  console.log(`reading that store (JSON + zod, paid once per CLI command): ${fmt(performance.now() - t)} ms`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Export speed: a 2-hop export around a hub of a synthetic store of 100,000 entities and 300,000 relations
 * (plus 100 statements and their MENTIONED_IN edges), written to a temporary store file first.
 * Times, each the median of RUNS runs: reading the store (JSON parse + zod validation), the selection, and
 * each writer (json, graphml, gexf, csv, cypher, md) including the atomic write of its file(s), around the
 * biggest hub and around the 100th biggest. Target: each step < 1 s.
 * Env: BENCH_NODES, BENCH_EDGES, BENCH_HOPS, BENCH_RUNS.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readStore, syntheticGraph, writeStore, type BriefGraph } from "../graph/index.ts";
import { FORMATS_WITH_STATEMENTS, renderExport, selectSubgraph, writeArtifacts, type ExportFormat } from "../export/index.ts";

const NODES = Number(process.env.BENCH_NODES ?? 100_000);
const EDGES = Number(process.env.BENCH_EDGES ?? 300_000);
const HOPS = Number(process.env.BENCH_HOPS ?? 2);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TARGET_MS = 1000;
const FORMATS: ExportFormat[] = ["json", "graphml", "gexf", "csv", "cypher", "md"];

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const ms = (n: number) => `${fmt(n)} ms`;

/** A full collection before each timed run (run.mjs starts benchmarks with --expose-gc). */
function collectGarbage(): void {
  const gc: unknown = Reflect.get(globalThis, "gc");
  if (typeof gc === "function") gc();
}

async function median<T>(run: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const times: number[] = [];
  let value: T | undefined;
  for (let i = 0; i < RUNS; i++) {
    collectGarbage();
    const t = performance.now();
    value = await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  if (value === undefined) throw new Error("no run");
  return { ms: times[Math.floor(times.length / 2)] ?? NaN, value };
}

/** Entities by number of relations (MENTIONED_IN not counted), most first. */
function hubs(graph: BriefGraph): [string, number][] {
  const degrees: [string, number][] = [];
  graph.forEachNode((node, a) => {
    if (a.type === "Statement") return;
    let degree = 0;
    graph.forEachEdge(node, (_k, e) => {
      if (e.type !== "MENTIONED_IN") degree++;
    });
    degrees.push([node, degree]);
  });
  return degrees.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

const dir = mkdtempSync(join(tmpdir(), "briefgraph-export-bench-"));
try {
  const store = join(dir, "store.json");
  const ranked = await (async () => {
    // The generated graph goes out of scope here, so it does not weigh on the timings below.
    const t = performance.now();
    const built = syntheticGraph({ nodes: NODES, edges: EDGES, statements: Math.ceil(NODES / 1000) });
    await writeStore(store, built);
    console.log(
      `store: ${fmt(built.order)} nodes, ${fmt(built.size)} edges, ${(statSync(store).size / 1e6).toFixed(1)} MB, built and written in ${ms(performance.now() - t)}`,
    );
    return hubs(built);
  })();
  const read = await median(() => readStore(store));
  const graph = read.value;
  console.log(`read store (JSON parse + zod validation, graph/store.ts): ${ms(read.ms)} (median of ${RUNS})`);
  let failures = 0;
  // The biggest hub, and the 100th biggest: a preferential-attachment hub's 2-hop neighbourhood is a large share of the graph.
  for (const rank of [1, 100]) {
    const [center, relations] = ranked[rank - 1] ?? ["", 0];
    const select = await median(() => selectSubgraph(graph, { around: center, hops: HOPS }));
    const sub = select.value;
    const withStatements = selectSubgraph(graph, { around: center, hops: HOPS, withStatements: true });
    console.log(
      `\nhub #${rank}: ${center} (${relations} relations); ${HOPS}-hop selection: ${fmt(sub.order)} nodes, ${fmt(sub.size)} edges ` +
        `(${((100 * sub.order) / graph.order).toFixed(1)}% of the nodes); select: ${ms(select.ms)}`,
    );
    console.log("format    write (render + atomic write)   select + write   output");
    for (const format of FORMATS) {
      const input = FORMATS_WITH_STATEMENTS.has(format) ? withStatements : sub;
      const out = join(dir, format === "csv" ? "csv" : `export.${format}`);
      const write = await median(async () => {
        const artifacts = renderExport(input, format, { title: "bench", ...(format === "md" ? { pictureName: "export.svg" } : {}) });
        return writeArtifacts(artifacts, out);
      });
      const bytes = write.value.reduce((sum, f) => sum + statSync(f).size, 0);
      const total = select.ms + write.ms;
      const ok = write.ms < TARGET_MS;
      if (!ok) failures++;
      console.log(`${format.padEnd(9)} ${ms(write.ms).padStart(10)} ${ok ? "✓" : "✗"}                    ${ms(total).padStart(9)}   ${(bytes / 1e6).toFixed(2)} MB`);
    }
  }
  console.log(`\ntarget: each step (read, select, each format) < ${TARGET_MS} ms; formats over it: ${failures}; read ${read.ms < TARGET_MS ? "under" : "over"} it`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

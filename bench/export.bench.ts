/**
 * Export speed: a 2-hop export around a hub of a synthetic store of 100,000 entities and 300,000 relations
 * (plus 100 statements and their MENTIONED_IN edges), written with writeStore (store + sidecar index).
 * For hubs of rank 1, 10, 100 and 1,000 (by relations) and each format (json, graphml, gexf, csv, cypher, md),
 * times the whole export as `briefgraph export --store S --around "HUB NAME" --hops 2 --format F -o OUT` runs it, in this
 * process (runExport: index, records read and validated, selection, rendering, atomic write), median of RUNS.
 * Also: the same export as a fresh CLI process (node start-up, module loading, cold JIT), and reading the whole
 * store, which exports without --around (and stores without an index) pay. Target: each export < 1 s.
 * Env: BENCH_NODES, BENCH_EDGES, BENCH_HOPS, BENCH_RUNS, BENCH_RANKS (e.g. "1,100").
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readStore, readStoreNeighbourhood, syntheticGraph, writeStore, type BriefGraph } from "../graph/index.ts";
import { runExport, type ExportFormat, type ExportResult } from "../export/index.ts";
import { freshBundle } from "../bin/fresh-bundle.mjs";

const NODES = Number(process.env.BENCH_NODES ?? 100_000);
const EDGES = Number(process.env.BENCH_EDGES ?? 300_000);
const HOPS = Number(process.env.BENCH_HOPS ?? 2);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const RANKS = (process.env.BENCH_RANKS ?? "1,10,100,1000").split(",").map(Number);
const TARGET_MS = 1000;
const FORMATS: ExportFormat[] = ["json", "graphml", "gexf", "csv", "cypher", "md"];
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(ROOT, "bin", "briefgraph.mjs");

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

/** Entities by number of relations (MENTIONED_IN not counted), most first, by name (as a user names them). */
function hubs(graph: BriefGraph): [string, number][] {
  const degrees: [string, number][] = [];
  graph.forEachNode((node, a) => {
    if (a.type === "Statement") return;
    let degree = 0;
    graph.forEachEdge(node, (_k, e) => {
      if (e.type !== "MENTIONED_IN") degree++;
    });
    degrees.push([a.name, degree]);
  });
  return degrees.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

const sink = { write: () => true };

const dir = mkdtempSync(join(tmpdir(), "briefgraph-export-bench-"));
try {
  const store = join(dir, "store.json");
  const ranked = await (async () => {
    // The generated graph goes out of scope here, so it does not weigh on the timings below.
    const t = performance.now();
    const built = syntheticGraph({ nodes: NODES, edges: EDGES, statements: Math.ceil(NODES / 1000) });
    await writeStore(store, built);
    console.log(
      `store: ${fmt(built.order)} nodes, ${fmt(built.size)} edges, ${(statSync(store).size / 1e6).toFixed(1)} MB ` +
        `+ index ${(statSync(`${store}.idx`).size / 1e6).toFixed(1)} MB, built and written in ${ms(performance.now() - t)}`,
    );
    return hubs(built);
  })();
  const whole = await median(() => readStore(store));
  console.log(`reading the whole store (JSON parse + zod, no index): ${ms(whole.ms)} (median of ${RUNS})`);
  whole.value.clear();

  let failures = 0;
  let measured = 0;
  for (const rank of RANKS) {
    const [center, relations] = ranked[rank - 1] ?? ["", 0];
    const part = await median(() => readStoreNeighbourhood(store, { around: center, hops: HOPS }));
    const entities = part.value?.graph.filterNodes((_k, a) => a.type !== "Statement").length ?? 0;
    console.log(
      `\nhub #${rank}: ${center} (${relations} relations); ${HOPS}-hop neighbourhood: ${fmt(entities)} entities ` +
        `(${((100 * entities) / NODES).toFixed(1)}% of them); read through the index: ${ms(part.ms)}`,
    );
    console.log("format    export (read + select + render + write)   nodes / edges exported   output");
    for (const format of FORMATS) {
      const out = join(dir, format === "csv" ? "csv" : `export.${format}`);
      const run = await median(
        (): Promise<ExportResult> =>
          runExport({ source: { kind: "store", path: store }, selection: { around: center, hops: HOPS }, format, output: out }, { stdout: sink }),
      );
      const bytes = run.value.files.reduce((sum, f) => sum + statSync(f).size, 0);
      const ok = run.ms < TARGET_MS;
      measured++;
      if (!ok) failures++;
      console.log(
        `${format.padEnd(9)} ${ms(run.ms).padStart(10)} ${ok ? "✓" : "✗"}                           ` +
          `${`${fmt(run.value.nodes)} / ${fmt(run.value.edges)}`.padStart(17)}   ${(bytes / 1e6).toFixed(2)} MB`,
      );
    }
  }

  // Fresh processes per format for the 100th hub (or the last rank asked for): what a user waits for.
  const cliRank = RANKS.includes(100) ? 100 : (RANKS.at(-1) ?? 1);
  const [cliCenter] = ranked[cliRank - 1] ?? [""];
  const runner = freshBundle(ROOT) === undefined ? "the sources through tsx (no fresh bundle: npm run build)" : "the bundle dist/cli.mjs";
  console.log(`\nas a CLI process running ${runner}, hub #${cliRank}, median of ${RUNS} (node start-up, module loading, cold JIT included):`);
  for (const format of FORMATS) {
    const out = join(dir, format === "csv" ? "csv-cli" : `cli.${format}`);
    let status = "";
    const run = await median(() => {
      const args = [CLI, "export", "--store", store, "--around", cliCenter, "--hops", String(HOPS), "--format", format, "-o", out];
      const child = spawnSync(process.execPath, args, { encoding: "utf8" });
      status = child.status === 0 ? "" : `FAILED: ${child.stderr.trim()}`;
      return child.status;
    });
    console.log(`${format.padEnd(9)} ${ms(run.ms).padStart(10)} ${run.ms < TARGET_MS ? "✓" : "✗"} ${status}`);
  }
  console.log(`\ntarget: each export < ${TARGET_MS} ms; ${measured - failures} of ${measured} under it`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

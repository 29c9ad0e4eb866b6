/**
 * Neo4j load and query speed on a synthetic graph of 100,000 nodes and 300,000 relations
 * (plus 100 statements and 100,000 MENTIONED_IN edges), on the server at NEO4J_URI
 * (default bolt://127.0.0.1:7687, e.g. `npm run neo4j:start`):
 *   1. `loadGraph` (batched UNWIND … CREATE in executeWrite, as the database holds no model node) into an emptied graph: elements/s;
 *   2. the same plan as CSV in the server's import dir, `LOAD CSV … CALL { } IN TRANSACTIONS`: elements/s and the ratio;
 *   3. the `neighbourhood` named query, 2 hops, over 25 hubs and 25 random entities: p50 and p95 latency.
 * Also printed: the machine's load average and the server's CPU seconds (a shared 2-core machine skews wall time).
 * Targets: ≥ 50,000 elements/s, ≥ 0.5× LOAD CSV, p50 < 50 ms. Env: BENCH_NODES, BENCH_EDGES, BENCH_BATCH, BENCH_CONCURRENCY, NEO4J_IMPORT_DIR.
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { graphStats, syntheticGraph } from "../graph/index.ts";
import {
  DEFAULT_BATCH_SIZE,
  connectionOptions,
  loadGraph,
  neo4jCounts,
  neo4jReader,
  openNeo4j,
  planLoad,
  removeLoaded,
  runNamedQuery,
  type Neo4jConnection,
} from "../queries/index.ts";
import { lockNeo4jUri } from "../test/support/neo4j.ts";
import { writeCsvPlan } from "./neo4j-csv.ts";

const NODES = Number(process.env.BENCH_NODES ?? 100_000);
const EDGES = Number(process.env.BENCH_EDGES ?? 300_000);
const BATCH = Number(process.env.BENCH_BATCH ?? DEFAULT_BATCH_SIZE);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 2);
const options = connectionOptions({ uri: process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687" });
const port = /:(\d+)/.exec(options.uri.replace(/^[a-z+]+:\/\//, ""))?.[1] ?? "7687";
const importDir = resolve(process.env.NEO4J_IMPORT_DIR ?? join(".neo4j", "instances", `bolt-${port}`, "import"));

/** CPU seconds the local server process has used (scripts/neo4j.mjs records its pid), when it is local. */
const pidFile = join(".neo4j", "instances", `bolt-${port}`, "neo4j.pid");
function serverCpu(): number | undefined {
  try {
    if (!existsSync(pidFile)) return undefined;
    const stat = readFileSync(`/proc/${readFileSync(pidFile, "utf8").trim()}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}
const cpuNote = (before: number | undefined, elements: number) => {
  const after = serverCpu();
  return before === undefined || after === undefined ? "" : `; server CPU ${(after - before).toFixed(1)} s (${fmt(elements / (after - before))} elements per server CPU-second)`;
};
const load1 = () => readFileSync("/proc/loadavg", "utf8").split(" ")[0] ?? "?";

let conn: Neo4jConnection;
try {
  conn = await openNeo4j(options);
} catch (error) {
  console.log(`neo4j bench skipped: ${error instanceof Error ? error.message : String(error)} (start one with \`npm run neo4j:start\`)`);
  process.exit(0);
}
let release = async (): Promise<void> => undefined;
const pct = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

try {
  let t = performance.now();
  const graph = syntheticGraph({ nodes: NODES, edges: EDGES });
  const stats = graphStats(graph);
  release = await lockNeo4jUri(options.uri); // after the build: a busy event loop must not look like a dead lock holder
  const elements = graph.order + graph.size;
  console.log(`graph: ${fmt(graph.order)} nodes, ${fmt(graph.size)} relationships (${fmt(elements)} elements), built in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const expected = { byLabel: stats.byType, byType: stats.byEdgeType };
  const same = (c: unknown) => JSON.stringify(c) === JSON.stringify(expected);

  // 1. the loader
  await removeLoaded(conn);
  await loadGraph(conn, syntheticGraph({ nodes: 10, edges: 10 })); // schema and warm-up
  await removeLoaded(conn);
  console.log(`machine load average (1 min) before the load: ${load1()} on ${(await import("node:os")).cpus().length} cores`);
  let cpu0 = serverCpu();
  t = performance.now();
  const summary = await loadGraph(conn, graph, { batchSize: BATCH, concurrency: CONCURRENCY });
  const loaderSeconds = (performance.now() - t) / 1000;
  const loaderRate = elements / loaderSeconds;
  console.log(`loader (UNWIND CREATE into an empty database, batch ${BATCH}, ${CONCURRENCY} transactions in flight): ${loaderSeconds.toFixed(2)} s, ${fmt(loaderRate)} elements/s; counts ${same({ byLabel: summary.byLabel, byType: summary.byType }) ? "equal the store's" : "DIFFER"}${cpuNote(cpu0, elements)}`);

  // 3. neighbourhood latency on the loaded graph
  const entities = graph.filterNodes((_id, a) => a.type !== "Statement");
  const hubs = [...entities].sort((a, b) => graph.degree(b) - graph.degree(a)).slice(0, 25);
  const names = [...hubs, ...Array.from({ length: 25 }, (_, i) => entities[(i * 7919 + 13) % entities.length] ?? hubs[0] ?? "")].map((id) =>
    graph.getNodeAttribute(id, "name"),
  );
  const read = neo4jReader(conn);
  for (const name of names.slice(0, 5)) await runNamedQuery({ kind: "neo4j", read }, "neighbourhood", { name, hops: 2 });
  const timed = async (limit: number) => {
    const ms: number[] = [];
    const sizes: number[] = [];
    for (const name of names) {
      const q = performance.now();
      const rows = await runNamedQuery({ kind: "neo4j", read }, "neighbourhood", { name, hops: 2, limit });
      ms.push(performance.now() - q);
      sizes.push(rows.length);
    }
    return { ms: ms.sort((a, b) => a - b), sizes };
  };
  const { ms: latencies, sizes } = await timed(100);
  const unlimited = await timed(100_000);
  const embedded: number[] = [];
  for (const name of names) {
    const q = performance.now();
    await runNamedQuery({ kind: "embedded", graph }, "neighbourhood", { name, hops: 2, limit: 100 });
    embedded.push(performance.now() - q);
  }
  embedded.sort((a, b) => a - b);
  console.log(
    `neighbourhood hops=2 (default limit 100) on Neo4j over ${names.length} names (25 hubs, 25 random; ${Math.min(...sizes)}–${Math.max(...sizes)} rows): ` +
      `p50 ${pct(latencies, 50).toFixed(1)} ms, p95 ${pct(latencies, 95).toFixed(1)} ms (embedded: p50 ${pct(embedded, 50).toFixed(1)} ms, p95 ${pct(embedded, 95).toFixed(1)} ms)`,
  );
  console.log(
    `neighbourhood hops=2 limit=100000 (every entity; ${Math.min(...unlimited.sizes)}–${Math.max(...unlimited.sizes)} rows): ` +
      `p50 ${pct(unlimited.ms, 50).toFixed(1)} ms, p95 ${pct(unlimited.ms, 95).toFixed(1)} ms`,
  );

  // 2. LOAD CSV of the same plan on the same, emptied server
  await removeLoaded(conn);
  mkdirSync(importDir, { recursive: true });
  const loads = await writeCsvPlan(planLoad(graph), importDir, BATCH);
  const session = conn.driver.session();
  cpu0 = serverCpu();
  t = performance.now();
  try {
    for (const load of loads) await session.run(load.cypher);
  } finally {
    await session.close();
  }
  const csvSeconds = (performance.now() - t) / 1000;
  const csvRate = elements / csvSeconds;
  console.log(`LOAD CSV (CALL { MERGE } IN TRANSACTIONS OF ${BATCH} ROWS): ${csvSeconds.toFixed(2)} s, ${fmt(csvRate)} elements/s; counts ${same(await neo4jCounts(conn)) ? "equal the store's" : "DIFFER"}${cpuNote(cpu0, elements)}`);
  await removeLoaded(conn);

  const ratio = loaderRate / csvRate;
  const p50 = pct(latencies, 50);
  console.log(`targets: loader ≥ 50,000 elements/s: ${fmt(loaderRate)} ${loaderRate >= 50_000 ? "ok" : "MISSED"}`);
  console.log(`         loader ≥ 0.5× LOAD CSV: ${ratio.toFixed(2)}× ${ratio >= 0.5 ? "ok" : "MISSED"}`);
  console.log(`         neighbourhood p50 < 50 ms: ${p50.toFixed(1)} ms ${p50 < 50 ? "ok" : "MISSED"}`);
} finally {
  await release();
  await conn.close();
}

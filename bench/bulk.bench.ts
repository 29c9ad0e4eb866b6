/**
 * Bulk load vs online load on the synthetic store (100,000 nodes and 300,000 relations, plus 100 statements and
 * 100,000 MENTIONED_IN edges: 100,100 nodes, 400,000 relationships), side by side:
 *   1. `bulkLoad` (CSV + `neo4j-admin database import full`, Maven jars) into a fresh temporary Neo4j home:
 *      the import step's elements/s as the importer reports it (IMPORT DONE, from its start of work to its end),
 *      the neo4j-admin process's wall time (the JVM's start and the importer's set-up included), and the whole
 *      command's (the CSV written too);
 *   2. `loadGraph` (the online load) into the server at NEO4J_URI, emptied first (skipped when none answers).
 * Target: ≥ 500,000 elements/s for the import step. Env: BENCH_NODES, BENCH_EDGES, BENCH_IMPORT_HEAP.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { syntheticGraph } from "../graph/index.ts";
import { bulkLoad, connectionOptions, loadGraph, openNeo4j, removeLoaded } from "../queries/index.ts";
import { lockNeo4jUri } from "../test/support/neo4j.ts";

const NODES = Number(process.env.BENCH_NODES ?? 100_000);
const EDGES = Number(process.env.BENCH_EDGES ?? 300_000);
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

const graph = syntheticGraph({ nodes: NODES, edges: EDGES });
const elements = graph.order + graph.size;
console.log(`graph: ${fmt(graph.order)} nodes, ${fmt(graph.size)} relationships (${fmt(elements)} elements); load average ${loadavg()[0]?.toFixed(2)}`);

const home = mkdtempSync(join(tmpdir(), "briefgraph-bulk-bench-"));
let bulkRate = 0;
try {
  const bulk = await bulkLoad(graph, { home, heap: process.env.BENCH_IMPORT_HEAP ?? "1g" });
  bulkRate = bulk.elementsPerSecond;
  const rate = (seconds: number) => `${seconds.toFixed(2)} s, ${fmt(elements / seconds)} elements/s`;
  console.log(`bulk  (neo4j-admin database import full): import step as the importer reports it (IMPORT DONE): ${rate(bulk.importSeconds)}`);
  console.log(`      neo4j-admin process, JVM start to exit: ${rate(bulk.processSeconds)}`);
  console.log(`      whole command (CSV ${bulk.csvSeconds.toFixed(2)} s, then neo4j-admin): ${rate(bulk.seconds)}`);
  console.log(`      import stages: ${Object.entries(bulk.stages).map(([stage, seconds]) => `${stage} ${seconds.toFixed(2)} s`).join(", ")}`);
} finally {
  rmSync(home, { recursive: true, force: true });
}

const options = connectionOptions({ uri: process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687" });
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
let conn: Awaited<ReturnType<typeof openNeo4j>> | undefined;
try {
  conn = await openNeo4j(options);
} catch (error) {
  console.log(`online load skipped: ${message(error)} (start one with \`npm run neo4j:start\`)`);
}
if (conn) {
  const release = await lockNeo4jUri(options.uri);
  try {
    await removeLoaded(conn);
    const online = await loadGraph(conn, graph);
    console.log(`online (briefgraph load into ${options.uri}): ${online.seconds.toFixed(2)} s, ${fmt(online.elementsPerSecond)} elements/s`);
    console.log(`bulk import step / online: ${(bulkRate / online.elementsPerSecond).toFixed(1)}×`);
    // 500,000 elements to delete: give the server the heap for it (NEO4J_HEAP ≥ 1g).
    await removeLoaded(conn).catch((error: unknown) => console.log(`clean-up after the online load failed: ${message(error)}`));
  } catch (error) {
    console.log(`online load failed: ${message(error)}`);
  } finally {
    await release();
    await conn.close();
  }
}
console.log(`target: bulk import step ≥ 500,000 elements/s: ${fmt(bulkRate)} ${bulkRate >= 500_000 ? "ok" : "MISSED"}`);

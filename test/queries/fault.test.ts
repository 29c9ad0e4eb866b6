/**
 * Neo4j killed during a large load, restarted, load rerun → the same counts as a clean load.
 * Runs on its own server instance (port NEO4J_FAULT_PORT, default 7688, its own data dir under
 * .neo4j/instances/) started by scripts/neo4j.mjs, so it never disturbs the shared test server.
 */
import { execFile, spawnSync } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphStats, isBriefgraphError, syntheticGraph } from "../../graph/index.ts";
import { connectionOptions, loadGraph, neo4jCounts, openNeo4j, type Neo4jConnection } from "../../queries/index.ts";

const PORT = process.env.NEO4J_FAULT_PORT ?? "7688";
const URI = `bolt://127.0.0.1:${PORT}`;
const javaFound = spawnSync("java", ["-version"]).status === 0;
if (!javaFound && process.env.CI === "true") throw new Error("CI=true requires Java 17 for the Neo4j fault test, but `java` was not found");
if (!javaFound) console.warn("Neo4j fault test skipped: `java` was not found (it starts its own Neo4j with scripts/neo4j.mjs)");

/** SIGKILL by pid, asynchronously: it lands while the loader's next transactions are in flight. */
function killLater(): Promise<string> {
  return promisify(execFile)(process.execPath, ["scripts/neo4j.mjs", "kill", "--port", PORT], { encoding: "utf8" }).then((r) => r.stdout);
}

function server(command: "start" | "stop" | "kill" | "wipe"): string {
  const run = spawnSync(process.execPath, ["scripts/neo4j.mjs", command, "--port", PORT], {
    encoding: "utf8",
    timeout: 240_000,
    env: { ...process.env, NEO4J_HEAP: process.env.NEO4J_HEAP ?? "1g", NEO4J_PAGECACHE: "256m" },
  });
  if (run.status !== 0) throw new Error(`scripts/neo4j.mjs ${command} --port ${PORT} failed: ${run.stdout}${run.stderr}`);
  return run.stdout;
}

describe.skipIf(!javaFound)(`a Neo4j killed mid-load (own server on ${URI})`, () => {
  const graph = syntheticGraph({ nodes: 20_000, edges: 60_000, seed: 5 });
  const stats = graphStats(graph);
  const expected = { byLabel: stats.byType, byType: stats.byEdgeType };
  const total = graph.order + graph.size;
  let conn: Neo4jConnection | undefined;

  beforeAll(() => {
    server("wipe");
    server("start");
  }, 300_000);
  afterAll(async () => {
    await conn?.close();
    server("wipe");
  }, 120_000);

  it("loading again after a kill and a restart gives the same counts as a clean load", async () => {
    conn = await openNeo4j(connectionOptions({ uri: URI }));
    let killedAt = -1;
    let killing: Promise<string> | undefined;
    const failure = await loadGraph(conn, graph, { batchSize: 1_000 }, ({ done }) => {
      if (killedAt < 0 && done >= total * 0.4) {
        killedAt = done;
        killing = killLater();
      }
    }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(killedAt).toBeGreaterThan(0);
    expect(await killing).toContain("killed");
    expect(isBriefgraphError(failure) && failure.code === "NEO4J_UNAVAILABLE" ? failure.message : String(failure)).toContain(URI);
    await conn.close();

    server("start");
    conn = await openNeo4j(connectionOptions({ uri: URI }));
    const partial = await neo4jCounts(conn);
    expect(partial).not.toEqual(expected);

    await loadGraph(conn, graph, { batchSize: 5_000 });
    const rerun = await neo4jCounts(conn);
    expect(rerun).toEqual(expected);

    await loadGraph(conn, graph, { replace: true, batchSize: 5_000 });
    expect(await neo4jCounts(conn)).toEqual(rerun);
  }, 600_000);
});

/**
 * Neo4j killed during a large load, restarted, load rerun → the same counts as a clean load.
 * Runs on its own server instance (port NEO4J_FAULT_PORT, default 7688, its own data dir under
 * .neo4j/instances/) started by scripts/neo4j.mjs, so it never disturbs the shared test server.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphStats, isBriefgraphError, syntheticGraph } from "../../graph/index.ts";
import { connectionOptions, loadGraph, neo4jCounts, openNeo4j, type Neo4jConnection } from "../../queries/index.ts";
import { waitUntil } from "../support/neo4j.ts";

const PORT = process.env.NEO4J_FAULT_PORT ?? "7688";
const URI = `bolt://127.0.0.1:${PORT}`;
const ROOT = new URL("../..", import.meta.url).pathname;
const javaFound = spawnSync("java", ["-version"]).status === 0;
if (!javaFound && process.env.CI === "true") throw new Error("CI=true requires Java 17 for the Neo4j fault test, but `java` was not found");
if (!javaFound) console.warn("Neo4j fault test skipped: `java` was not found (it starts its own Neo4j with scripts/neo4j.mjs)");

/**
 * SIGKILL by pid (the pid file scripts/neo4j.mjs wrote), at once: it lands while the loader's next transactions are
 * in flight, whatever the machine's load (a kill left to a child process to send could come after the load's end).
 */
function killNow(): number {
  const pid = Number(readFileSync(join(ROOT, ".neo4j", "instances", `bolt-${PORT}`, "neo4j.pid"), "utf8").trim());
  process.kill(pid, "SIGKILL");
  return pid;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function server(command: "start" | "stop" | "kill" | "wipe"): string {
  const run = spawnSync(process.execPath, ["scripts/neo4j.mjs", command, "--port", PORT], {
    encoding: "utf8",
    // Above scripts/neo4j.mjs's own bounds (start waits up to 300 s for Bolt, stop 60 s before SIGKILL): it fails
    // with the server's log before this kills it.
    timeout: 420_000,
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
  }, 900_000);
  afterAll(async () => {
    await conn?.close();
    server("wipe");
  }, 120_000);

  it("loading again after a kill and a restart gives the same counts as a clean load", async () => {
    conn = await openNeo4j(connectionOptions({ uri: URI }));
    let killedAt = -1;
    let killed = 0;
    const failure = await loadGraph(conn, graph, { batchSize: 1_000 }, ({ done }) => {
      if (killedAt < 0 && done >= total * 0.4) {
        killedAt = done;
        killed = killNow();
      }
    }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(killedAt).toBeGreaterThan(0);
    expect(killedAt).toBeLessThan(total);
    expect(await waitUntil(async () => alive(killed), (up) => !up, 60_000)).toBe(false);
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
  }, 900_000);
});

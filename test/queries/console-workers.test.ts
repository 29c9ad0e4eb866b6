/**
 * The console's worker thread is long-lived: a second query runs on the worker the first one started (same thread,
 * its run count up by one, no new thread started), a refused query or a server error leaves it in use, and a query
 * cut at its deadline ends it, the next query starting a new one that answers. Against the real server; read-only.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isBriefgraphError } from "../../graph/index.ts";
import { consoleWorkersStarted, runReadOnlyCypher, stopConsoleWorkers, type Neo4jConnection } from "../../queries/index.ts";
import { connectTestNeo4j, testNeo4j } from "../support/neo4j.ts";

const neo4j = await testNeo4j();

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    return isBriefgraphError(error) ? error.code : `not a BriefgraphError: ${String(error)}`;
  }
  return "no error";
}

describe.skipIf(!neo4j.available)("the console's long-lived worker", () => {
  let conn: Neo4jConnection;
  beforeAll(async () => {
    conn = await connectTestNeo4j(neo4j);
    await stopConsoleWorkers();
  });
  afterAll(async () => {
    await stopConsoleWorkers();
    await conn?.close();
  });

  it("runs a second query on the worker the first one started, without starting another", async () => {
    const first = await runReadOnlyCypher(conn, "RETURN 1 AS one");
    const started = consoleWorkersStarted();
    const second = await runReadOnlyCypher(conn, "UNWIND range(1, 3) AS i RETURN i");
    expect(second.rows).toEqual([{ i: 1 }, { i: 2 }, { i: 3 }]);
    expect(second.worker).toEqual({ thread: first.worker.thread, runs: first.worker.runs + 1 });
    expect(consoleWorkersStarted()).toBe(started);
  });

  it.each([
    ["a refused write", "CREATE (x:Intruder) RETURN x", "CYPHER_REFUSED"],
    ["a syntax error", "MATCH (n RETURN n", "NEO4J_QUERY_FAILED"],
  ])("keeps the worker after %s, and the next query runs on it", async (_name, query, code) => {
    const before = await runReadOnlyCypher(conn, "RETURN 1 AS one");
    expect(await codeOf(runReadOnlyCypher(conn, query))).toBe(code);
    const after = await runReadOnlyCypher(conn, "RETURN 2 AS two");
    expect(after.rows).toEqual([{ two: 2 }]);
    expect(after.worker).toEqual({ thread: before.worker.thread, runs: before.worker.runs + 2 });
  });

  it("ends the worker at a deadline, and the next query answers on a new worker", async () => {
    const before = await runReadOnlyCypher(conn, "RETURN 1 AS one");
    const started = consoleWorkersStarted();
    expect(await codeOf(runReadOnlyCypher(conn, "RETURN range(1,10000000)", {}, { timeoutMs: 2_000, rowLimit: 1 }))).toBe("CYPHER_TIMEOUT");
    const after = await runReadOnlyCypher(conn, "RETURN 3 AS three");
    expect(after.rows).toEqual([{ three: 3 }]);
    expect(after.worker.thread).not.toBe(before.worker.thread);
    expect(after.worker.runs).toBe(1);
    expect(consoleWorkersStarted()).toBe(started + 1);
  }, 120_000);

  it("gives overlapping queries a worker each, each with its own answer", async () => {
    const answers = await Promise.all([1, 2, 3].map((n) => runReadOnlyCypher(conn, "RETURN $n AS n", { n })));
    expect(answers.map((a) => a.rows)).toEqual([[{ n: 1 }], [{ n: 2 }], [{ n: 3 }]]);
    expect(new Set(answers.map((a) => a.worker.thread)).size).toBe(3);
  });
});

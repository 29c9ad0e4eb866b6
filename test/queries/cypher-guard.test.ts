/**
 * The console's guard: decided on Neo4j's plan (EXPLAIN), an allow-list of read procedures, no LOAD CSV, no
 * commands; its deadline, which holds even when one row is huge (the query runs in a worker thread that is terminated
 * at the deadline, and its transaction stopped on the server); its byte cap. Pure cases on plan shapes, then the real server.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isBriefgraphError } from "../../graph/index.ts";
import { READ_PROCEDURES, refusalReason, runReadOnlyCypher, type Neo4jConnection, type PlanNode } from "../../queries/index.ts";
import { connectTestNeo4j, cypherTimeoutMessage, testNeo4j, waitUntil } from "../support/neo4j.ts";

const neo4j = await testNeo4j();

function op(operatorType: string, children: PlanNode[] = [], details?: string): PlanNode {
  return { operatorType, arguments: details === undefined ? {} : { Details: details }, children };
}
const results = (child: PlanNode) => op("ProduceResults@neo4j", [child]);

async function errorOf(work: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await work;
  } catch (error) {
    return isBriefgraphError(error) ? { code: error.code, message: error.message } : { code: "not a BriefgraphError", message: String(error) };
  }
  return { code: "no error", message: "" };
}

describe("refusalReason on a plan", () => {
  it.each([
    ["a label scan", "r", results(op("NodeByLabelScan@neo4j"))],
    ["a call to db.labels", "r", results(op("ProcedureCall@neo4j", [], "db.labels() :: (label :: STRING)"))],
    ["a full-text query after a scan", "r", results(op("ProcedureCall@neo4j", [op("AllNodesScan@neo4j")], "db.index.fulltext.queryNodes($autostring_0, $autostring_1) :: (node :: NODE, score :: FLOAT)"))],
  ])("lets %s through", (_name, queryType, plan) => {
    expect(refusalReason(queryType, plan)).toBeUndefined();
  });

  it.each([
    ["LOAD CSV under a projection", "r", results(op("Projection@neo4j", [op("LoadCSV@neo4j")])), /LOAD CSV is not allowed/],
    ["TERMINATE TRANSACTIONS", "r", results(op("TerminateTransactions@neo4j")), /TerminateTransactions/],
    ["SHOW TRANSACTIONS", "r", results(op("ShowTransactions@neo4j")), /ShowTransactions/],
    ["a DBMS procedure", "s", results(op("ProcedureCall@neo4j", [], "dbms.listConfig() :: (name :: STRING)")), /procedure dbms\.listConfig is not allowed/],
    ["a read-mode procedure not on the list", "r", results(op("ProcedureCall@neo4j", [], "db.ping() :: (success :: BOOLEAN)")), /procedure db\.ping is not allowed/],
    ["a procedure whose name the plan does not give", "r", results(op("ProcedureCall@neo4j")), /an unknown procedure is not allowed/],
    ["a write", "rw", results(op("Create@neo4j")), /query type "rw"/],
  ])("refuses %s", (_name, queryType, plan, reason) => {
    expect(refusalReason(queryType, plan)).toMatch(reason);
  });
});

describe.skipIf(!neo4j.available)("the console against Neo4j", () => {
  let conn: Neo4jConnection;
  beforeAll(async () => {
    conn = await connectTestNeo4j(neo4j);
  });
  afterAll(async () => {
    await conn?.close();
  });

  it.each([
    ["LOAD CSV from a URL", "LOAD CSV FROM 'http://127.0.0.1:9/leak?x=1' AS row RETURN row", /LOAD CSV/],
    ["LOAD CSV inside a subquery", "CALL () { LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row } RETURN row", /LOAD CSV/],
    ["TERMINATE TRANSACTIONS", "TERMINATE TRANSACTIONS 'neo4j-transaction-999999999'", /TerminateTransactions/],
    ["SHOW TRANSACTIONS", "SHOW TRANSACTIONS", /ShowTransactions/],
    ["db.clearQueryCaches()", "CALL db.clearQueryCaches()", /db\.clearQueryCaches/],
    ["dbms.listConfig()", "CALL dbms.listConfig()", /dbms\.listConfig/],
    ["a procedure after a MATCH", "MATCH (n) WITH n LIMIT 1 CALL db.createLabel('Intruder') RETURN n", /db\.createLabel/],
    ["a write", "CREATE (x:Intruder) RETURN x", /not read-only/],
  ])("refuses %s with CYPHER_REFUSED, in one line", async (_name, query, reason) => {
    const error = await errorOf(runReadOnlyCypher(conn, query));
    expect(error.code).toBe("CYPHER_REFUSED");
    expect(error.message).toMatch(reason);
    expect(error.message).not.toContain("\n");
  });

  it.each([["db.labels", "CALL db.labels() YIELD label RETURN count(label) >= 0 AS ok"], ["db.propertyKeys", "CALL db.propertyKeys() YIELD propertyKey RETURN count(*) >= 0 AS ok"], ["a plain read", "MATCH (n) RETURN count(n) >= 0 AS ok"]])(
    "runs %s",
    async (_name, query) => {
      expect((await runReadOnlyCypher(conn, query)).rows).toEqual([{ ok: true }]);
    },
  );

  it("every allow-listed procedure exists on the server in read mode", async () => {
    const rows = await conn.driver.executeQuery("SHOW PROCEDURES YIELD name, mode WHERE name IN $names RETURN name, mode", { names: [...READ_PROCEDURES] });
    expect(rows.records.map((r) => [r.get("name"), r.get("mode")]).sort()).toEqual([...READ_PROCEDURES].sort().map((name) => [name, "READ"]));
  });

  /** The transactions the server still lists whose query contains `text` (this check's own SHOW excluded). */
  async function running(text: string): Promise<string[]> {
    const result = await conn.driver.executeQuery(
      "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $text AND NOT currentQuery STARTS WITH 'SHOW' RETURN currentQuery",
      { text },
    );
    return result.records.map((r) => String(r.get("currentQuery")));
  }

  // Two ways to miss a deadline: a query the server is still working on (10^10 rows to filter), and one row so big
  // that decoding it blocks the event loop of the thread that reads it (10^7 integers: about 80 s in the driver).
  // Each query's column is named for this run, so the server's list shows this test's transaction and no other's
  // (another test file, or another checkout's tests on the same server, may run the same query).
  const run = `r${process.pid}x${Date.now().toString(36)}`;
  it.each([
    ["a query the server is still running at the deadline", `UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b WITH a, b WHERE a = -b RETURN a AS still_${run}`, `still_${run}`],
    ["a single row too big to decode before the deadline", `RETURN range(1,10000000) AS huge_${run}`, `huge_${run}`],
  ])("cancels %s with CYPHER_TIMEOUT, and the server runs it no more", async (_name, query, marker) => {
    const error = await errorOf(runReadOnlyCypher(conn, query, {}, { timeoutMs: 2_000, rowLimit: 1 }));
    expect(error.code).toBe("CYPHER_TIMEOUT");
    expect(error.message).toMatch(cypherTimeoutMessage(2_000));
    // Terminated, the transaction may stay listed a while on a busy server; it is gone well within the bound, while
    // one left running stays (the first query alone would run for hours).
    expect(await waitUntil(() => running(marker), (left) => left.length === 0, 60_000)).toEqual([]);
  }, 120_000);

  it("keeps rows while they fit the byte cap, and says the cap stopped it", async () => {
    // Each row {"i":N,"s":"xxxxxxxxxx"} is 24 to 26 bytes: 100 bytes hold 4 of them, not 5.
    const result = await runReadOnlyCypher(conn, "UNWIND range(1, 100) AS i RETURN i, 'xxxxxxxxxx' AS s", {}, { maxBytes: 100 });
    expect(result.rows).toEqual([1, 2, 3, 4].map((i) => ({ i, s: "xxxxxxxxxx" })));
    expect([result.truncated, result.stoppedBy]).toEqual([true, "bytes"]);
  });

  it("refuses, with CYPHER_TOO_BIG in one line, an answer whose first row is over the byte cap", async () => {
    const error = await errorOf(runReadOnlyCypher(conn, "RETURN range(1, 1000) AS r", {}, { maxBytes: 1_000 }));
    expect(error.code).toBe("CYPHER_TOO_BIG");
    expect(error.message).toMatch(/^cypher: the first row alone is \d+ bytes, over the answer's cap of 1000 bytes \(--max-bytes\)$/);
  });
});

/** Neo4j mode: the graph read back from Neo4j equals the one loaded, and the Cypher panel is read-only. */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entityId, serializeGraph } from "../../graph/index.ts";
import { loadGraph, type Neo4jConnection } from "../../queries/index.ts";
import type { ViewerServer } from "../../viewer/server/index.ts";
import { neo4jSource } from "../../viewer/server/neo4j.ts";
import { ApiErrorSchema, ConfigSchema, CypherResultSchema } from "../../viewer/src/model/api.ts";
import { connectTestNeo4j, cypherTimeoutMessage, LOCK_HOOK_TIMEOUT_MS, lockNeo4j, releaseTestNeo4j, testNeo4j } from "../support/neo4j.ts";
import { ARTIFACTS, chromiumAvailable, startViewerSession, type ViewerSession } from "./browser.ts";
import { seedLikeGraph } from "./fixtures.ts";

const neo4j = await testNeo4j();
const graph = seedLikeGraph();
const SCM = entityId("Body", "Security Consultative Meeting");
const DSTEC = entityId("Body", "Defense Science and Technology Executive Committee");

const hasChromium = chromiumAvailable();

describe.skipIf(!neo4j.available || !hasChromium)("viewer in Neo4j mode", () => {
  let conn: Neo4jConnection;
  let release: () => Promise<void>;
  let server: ViewerServer;
  let session: ViewerSession;

  const post = async (query: string, to: ViewerServer = server) => {
    const page = await (await fetch(to.url)).text();
    const token = /<meta name="briefgraph-token" content="([\w-]+)">/.exec(page)?.[1] ?? "";
    const headers = { "content-type": "application/json", origin: new URL(to.url).origin, "x-briefgraph-token": token };
    const res = await fetch(new URL("/api/cypher", to.url), { method: "POST", headers, body: JSON.stringify({ query }) });
    return { status: res.status, body: await res.json() };
  };

  beforeAll(async () => {
    if (!neo4j.available || !hasChromium) return;
    conn = await connectTestNeo4j(neo4j);
    release = await lockNeo4j(neo4j);
    await loadGraph(conn, graph, { replace: true });
    session = await startViewerSession("neo4j");
    server = await session.serve({ storePath: "/nonexistent/not-read-in-neo4j-mode.json", neo4j: await neo4jSource(neo4j.options) });
  }, LOCK_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await session?.close();
    await releaseTestNeo4j(neo4j, conn, release);
  });

  it("serves the graph read back from Neo4j, identical to the graph loaded", async () => {
    const res = await fetch(new URL("/api/graph", server.url));
    expect(await res.json()).toEqual(serializeGraph(graph));
    expect(ConfigSchema.parse(await (await fetch(new URL("/api/config", server.url))).json()).neo4j).toBe(true);
  });

  it("answers Cypher with a table and the nodes to highlight", async () => {
    const res = await post("MATCH (b:Body)-[:PART_OF]->(p:Body) RETURN b.name AS body, p.name AS parent");
    expect(res.status).toBe(200);
    const { worker, ...table } = CypherResultSchema.parse(res.body);
    expect(table).toEqual({
      columns: ["body", "parent"],
      rows: [["Defense Science and Technology Executive Committee", "Security Consultative Meeting"]],
      nodes: [DSTEC, SCM].sort(),
    });
    expect(worker?.runs).toBeGreaterThan(0);
  });

  it("runs a second query on the console's worker the first one started", async () => {
    const first = CypherResultSchema.parse((await post("RETURN 1 AS one")).body).worker;
    const second = CypherResultSchema.parse((await post("RETURN 2 AS two")).body).worker;
    if (!first) throw new Error("the first answer names no worker");
    expect(second).toEqual({ thread: first.thread, runs: first.runs + 1 });
  });

  it.each([
    ["a write", "CREATE (n:Briefgraph {id: 'body:injected'}) RETURN n"],
    ["a delete", "MATCH (n:Briefgraph) DETACH DELETE n"],
    ["bad syntax", "MATCH (n RETURN n"],
  ])("refuses %s with an error and changes nothing", async (_name, query) => {
    const res = await post(query);
    expect(res.status).toBe(400);
    expect(ApiErrorSchema.parse(res.body).error.length).toBeGreaterThan(0);
    expect((await (await fetch(new URL("/api/graph", server.url))).json()).nodes).toHaveLength(graph.order);
  });

  it("cuts a single huge row at the panel's deadline with CYPHER_TIMEOUT, answering other requests meanwhile", async () => {
    if (!neo4j.available) throw new Error("unreachable: the suite skips without Neo4j");
    const quick = await session.serve({ storePath: "/nonexistent/not-read.json", neo4j: await neo4jSource(neo4j.options, { timeoutMs: 2_000 }) });
    // closed with the session
    const answered: string[] = [];
    const huge = post("RETURN range(1,10000000) AS r", quick).finally(() => answered.push("cypher"));
    // The row is decoded in the console's worker thread, not on the server's: the server answers meanwhile.
    const config = await fetch(new URL("/api/config", quick.url)).finally(() => answered.push("config"));
    expect(config.status).toBe(200);
    const res = await huge;
    expect(answered).toEqual(["config", "cypher"]);
    expect(res.status).toBe(400);
    const error = ApiErrorSchema.parse(res.body);
    expect(error.code).toBe("CYPHER_TIMEOUT");
    expect(error.error).toMatch(cypherTimeoutMessage(2_000));
    // The worker cut at the deadline is gone: the next query gets a new one, and its answer.
    const next = await post("RETURN 1 AS one", quick);
    expect(next.status).toBe(200);
    const { rows, worker } = CypherResultSchema.parse(next.body);
    expect(rows).toEqual([[1]]);
    expect(worker?.runs).toBe(1);
  });

  it("the Cypher panel lists results, highlights them and shows errors inline", async () => {
    const page = await session.open(server.url);
    await expect(page.locator("#cypher").isVisible()).resolves.toBe(true);
    await page.fill("#cypher-query", "MATCH (b:Body)-[:PART_OF]->(p:Body) RETURN b.name AS body, p.name AS parent");
    await page.click("#cypher-form button[type=submit]");
    await expect(page.locator("#cypher-result td").first().textContent()).resolves.toBe("Defense Science and Technology Executive Committee");
    await page.screenshot({ path: join(ARTIFACTS, "cypher-panel.png") });
    await page.fill("#cypher-query", "MATCH (n:Briefgraph) DETACH DELETE n");
    await page.click("#cypher-form button[type=submit]");
    await page.waitForFunction(() => (document.getElementById("cypher-error")?.textContent ?? "") !== "");
    await expect(page.locator("#cypher-result").textContent()).resolves.toBe("");
    await page.close();
  });
});

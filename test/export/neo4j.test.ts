/**
 * Against a real Neo4j (test/support/neo4j.ts): the Cypher script recreates the subgraph, the CSV reads with
 * LOAD CSV, and `export --neo4j` reads the subgraph back. Under the shared lock; everything this file writes
 * has ids with a per-run prefix, and only those nodes are deleted afterwards, so other data is left alone.
 */
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGraph, edgeKey, serializeGraph, type BriefGraph } from "../../graph/index.ts";
import { runExport, selectSubgraph, toCSV, toCypherStatements, type ExportRequest } from "../../export/index.ts";
import type { Neo4jConnection } from "../../queries/index.ts";
import { connectTestNeo4j, LOCK_HOOK_TIMEOUT_MS, lockNeo4j, stopTestNeo4j, testNeo4j } from "../support/neo4j.ts";
import { hostileGraph, kiddGraph, syntheticFixture } from "./fixtures.ts";

const neo4j = await testNeo4j();
const PREFIX = `exporttest${process.pid}x${Date.now().toString(36)}:`;

/** The same graph with every node id (and so every edge key and evidence statement) under PREFIX. */
function prefixed(graph: BriefGraph, tag: string): BriefGraph {
  const p = `${PREFIX}${tag}:`;
  const out = createGraph();
  graph.forEachNode((key, a) => out.addNode(p + key, a));
  graph.forEachEdge((_key, a, source, target) => {
    const attributes = a.type === "MENTIONED_IN" ? a : { ...a, evidence: a.evidence.map((e) => ({ ...e, statement: p + e.statement })) };
    out.addDirectedEdgeWithKey(edgeKey(p + source, a.type, p + target), p + source, p + target, attributes);
  });
  return out;
}

const CASES: [string, BriefGraph][] = [
  ["the seed statement graph", prefixed(kiddGraph(), "kidd")],
  ["a graph of names that need escaping", prefixed(hostileGraph(), "hostile")],
  ["a 300-node synthetic graph", prefixed(syntheticFixture(), "synthetic")],
];

describe.skipIf(!neo4j.available)(`export and Neo4j (${neo4j.available ? neo4j.source : "unavailable"})`, () => {
  let conn: Neo4jConnection;
  let release: () => Promise<void>;
  let server: Server;
  let files = new Map<string, string>();

  const run = async (query: string, params: Record<string, unknown> = {}) => {
    const session = conn.driver.session();
    try {
      return (await session.run(query, params)).records.map((r) => r.toObject());
    } finally {
      await session.close();
    }
  };
  const count = async (tag: string) => {
    const [nodes] = await run(`MATCH (n:Briefgraph) WHERE n.id STARTS WITH $p RETURN count(n) AS n`, { p: PREFIX + tag });
    const [edges] = await run(`MATCH (a:Briefgraph)-[r]->(:Briefgraph) WHERE a.id STARTS WITH $p RETURN count(r) AS n`, { p: PREFIX + tag });
    return { nodes: nodes?.n, edges: edges?.n };
  };
  const load = async (graph: BriefGraph) => {
    const session = conn.driver.session();
    try {
      await session.executeWrite(async (tx) => {
        for (const statement of toCypherStatements(graph)) await tx.run(statement);
      });
    } finally {
      await session.close();
    }
  };
  const clean = () => run(`MATCH (n:Briefgraph) WHERE n.id STARTS WITH $p DETACH DELETE n`, { p: PREFIX });

  beforeAll(async () => {
    conn = await connectTestNeo4j(neo4j);
    release = await lockNeo4j(neo4j);
    server = createServer((req, res) => {
      const body = files.get(req.url ?? "");
      res.writeHead(body === undefined ? 404 : 200, { "content-type": "text/csv; charset=utf-8" });
      res.end(body ?? "");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  }, LOCK_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    if (conn) await clean();
    await release?.();
    await conn?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await stopTestNeo4j(neo4j);
  });

  it.each(CASES)("the Cypher script of %s run on Neo4j gives the same counts and reads back as the same graph", async (_name, graph) => {
    const tag = graph.nodes()[0]?.slice(PREFIX.length).split(":")[0] ?? "";
    await load(graph);
    expect(await count(tag)).toEqual({ nodes: graph.order, edges: graph.size });
    const json: string[] = [];
    const request: ExportRequest = { source: { kind: "neo4j" }, selection: { ids: graph.nodes() }, format: "json", cypher: { query: "MATCH (n:Briefgraph) WHERE n.id STARTS WITH $p RETURN n", params: [`p=${PREFIX}${tag}`] } };
    await runExport(request, { stdout: { write: (c) => json.push(String(c)) }, ...(neo4j.available ? { neo4j: neo4j.options } : {}) });
    const withProvenance = selectSubgraph(graph, { withStatements: true });
    expect(JSON.parse(json.join(""))).toEqual(serializeGraph(withProvenance));
    // Each MERGE of the 300-node case is planned on its own (about 1,000 of them): minutes on a busy 2-core machine.
  }, 240_000);

  it("export --neo4j --around CMWG --hops 1 gives the subgraph the store gives, statements and all", async () => {
    const graph = CASES[0]![1];
    await load(graph);
    const cmwg = graph.findNode((_k, a) => a.name === "Counter-Missile Working Group") ?? "";
    const out: string[] = [];
    const request: ExportRequest = { source: { kind: "neo4j" }, selection: { around: cmwg, hops: 1 }, format: "md" };
    await runExport(request, { stdout: { write: (c) => out.push(String(c)) }, ...(neo4j.available ? { neo4j: neo4j.options } : {}) });
    const fromStore: string[] = [];
    const { exportFromGraph } = await import("../../export/index.ts");
    await exportFromGraph(graph, request, { stdout: { write: (c) => fromStore.push(String(c)) } });
    expect(out.join("").split("\n")).toEqual(fromStore.join("").split("\n"));
    expect(out.join("")).toContain("through the Counter-Missile Working Group (CMWG).");
  });

  it.each(CASES)("the CSV of %s reads with LOAD CSV: every row, id, label and list", async (name, graph) => {
    const csv = toCSV(graph);
    const key = `/${encodeURIComponent(name)}`;
    files = new Map([
      [`${key}/nodes.csv`, csv.nodes],
      [`${key}/edges.csv`, csv.edges],
    ]);
    const address = server.address();
    const port = typeof address === "object" && address !== null ? address.port : 0;
    const base = `http://127.0.0.1:${port}${key}`;
    const [nodes] = await run(
      `LOAD CSV WITH HEADERS FROM $url AS row
       RETURN count(row) AS rows, collect(row['id:ID']) AS ids, collect(split(row[':LABEL'], '\u001f')[0]) AS types,
              collect(row.nameKeys) AS keys`,
      { url: `${base}/nodes.csv` },
    );
    expect(nodes?.rows).toBe(graph.order);
    expect([...(nodes?.ids ?? [])].sort()).toEqual(graph.nodes().sort());
    expect(nodes?.types).toEqual(graph.mapNodes((_k, a) => a.type));
    expect((nodes?.keys ?? []).every((k: string) => k.startsWith("|") && k.endsWith("|") && !k.includes("\n"))).toBe(true);
    const [edges] = await run(
      `LOAD CSV WITH HEADERS FROM $url AS row
       RETURN count(row) AS rows, collect(row[':START_ID'] + '|' + row[':TYPE'] + '|' + row[':END_ID']) AS ends,
              sum(CASE WHEN row['evidence:string[]'] IS NULL THEN 0 ELSE size(split(row['evidence:string[]'], '\u001f')) END) AS quotes`,
      { url: `${base}/edges.csv` },
    );
    expect(edges?.rows).toBe(graph.size);
    expect([...(edges?.ends ?? [])].sort()).toEqual(graph.mapEdges((_k, a, s, t) => `${s}|${a.type}|${t}`).sort());
    let quotes = 0;
    graph.forEachEdge((_k, a) => (quotes += a.type === "MENTIONED_IN" ? 0 : a.evidence.length));
    expect(edges?.quotes).toBe(quotes);
  });
});

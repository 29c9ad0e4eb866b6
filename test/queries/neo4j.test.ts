/**
 * Against a real Neo4j 5.26 (test/support/neo4j.ts). The file holds the server lock from its first
 * load to its clean-up, and removes what it loaded (the :Briefgraph nodes) at the end.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphStats, isBriefgraphError, syntheticGraph, type BriefGraph } from "../../graph/index.ts";
import {
  NAMED_QUERIES,
  loadGraph,
  neo4jCounts,
  neo4jReader,
  runNamedQuery,
  runReadOnlyCypher,
  type Backend,
  type Neo4jConnection,
} from "../../queries/index.ts";
import { connectTestNeo4j, cypherTimeoutMessage, lockNeo4j, releaseTestNeo4j, testNeo4j } from "../support/neo4j.ts";
import { seedGraphFromGold } from "./seed-graph.ts";

const neo4j = await testNeo4j();

function storeCounts(graph: BriefGraph) {
  const stats = graphStats(graph);
  return { byLabel: stats.byType, byType: stats.byEdgeType };
}

async function errorOf(work: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await work;
  } catch (error) {
    return isBriefgraphError(error) ? { code: error.code, message: error.message } : { code: "not a BriefgraphError", message: String(error) };
  }
  return { code: "no error", message: "" };
}

/** Parameters for each named query on `graph`: real names, hubs included. */
function paramCases(graph: BriefGraph, picks: readonly string[]): [string, Record<string, unknown>][] {
  const [a = "", b = "", c = ""] = picks;
  return NAMED_QUERIES.flatMap((q): [string, Record<string, unknown>][] => {
    if (q.name === "neighbourhood") {
      return [[q.name, { name: a, hops: 1 }], [q.name, { name: b, hops: 2, limit: 100_000 }], [q.name, { name: c, hops: 3 }], [q.name, { name: c, hops: 2, limit: 7 }], [q.name, { name: a, hops: 3, limit: 250 }]];
    }
    if (q.name === "path" || q.name === "evidence") return [[q.name, { from: a, to: b }], [q.name, { from: b, to: c }], [q.name, { from: c, to: a }]];
    if (q.name === "commitments") return [[q.name, { actor: a }], [q.name, { actor: c }]];
    if (q.name === "mentions") return [[q.name, { name: a }], [q.name, { name: b.toUpperCase() }]];
    if (q.name === "timeline") return [[q.name, { name: a }], [q.name, { name: c }]];
    if (q.name === "diff") {
      const dates = [...new Set(graph.mapNodes((_k, n) => (n.type === "Statement" ? n.date : undefined)).filter((d): d is string => d !== undefined))].sort();
      const [first, second] = dates;
      return first !== undefined && second !== undefined ? [[q.name, { from: first, to: second }]] : [];
    }
    return [[q.name, {}]];
  }).filter(() => graph.order > 0);
}

describe.skipIf(!neo4j.available)(`Neo4j (${neo4j.available ? neo4j.source : "unavailable"})`, () => {
  let conn: Neo4jConnection;
  let release: () => Promise<void>;
  let neo: Backend;
  const seed = seedGraphFromGold();
  const synthetic = syntheticGraph({ nodes: 2_000, edges: 6_000, seed: 11 });

  beforeAll(async () => {
    conn = await connectTestNeo4j(neo4j);
    release = await lockNeo4j(neo4j);
    neo = { kind: "neo4j", read: neo4jReader(conn) };
  }, 900_000);
  afterAll(async () => {
    await releaseTestNeo4j(neo4j, conn, release);
  }, 300_000);

  describe.sequential("load", () => {
    it("loading the seed makes node counts by label and relationship counts by type equal the store's", async () => {
      const summary = await loadGraph(conn, seed, { replace: true });
      expect({ byLabel: summary.byLabel, byType: summary.byType }).toEqual(storeCounts(seed));
      expect(await neo4jCounts(conn)).toEqual(storeCounts(seed));
    });

    it("loading the seed a second time changes no count", async () => {
      await loadGraph(conn, seed, { batchSize: 7 });
      expect(await neo4jCounts(conn)).toEqual(storeCounts(seed));
    });

    it("an actor gets its kind as a second label and a relation keeps its quote", async () => {
      const result = await runReadOnlyCypher(
        conn,
        `MATCH (c:Actor:Person {name: 'Cho Chang Lae'}) MATCH (f {name: 'Cyber Flag'})-[r:PART_OF]->(w {name: 'Cyber Cooperation Working Group'})
         RETURN c.title IS NULL AS noTitle, r.evidence AS quotes, r.cue AS cue`,
      );
      expect(result.rows).toHaveLength(1);
      expect(String(result.rows[0]?.quotes)).toContain("including the Cyber Alliance and Cyber Flag exercise");
    });

    it("--replace removes what was loaded before: only the new graph's counts remain", async () => {
      await loadGraph(conn, synthetic, { replace: true, batchSize: 500 });
      expect(await neo4jCounts(conn)).toEqual(storeCounts(synthetic));
      await loadGraph(conn, seed, { replace: true });
      expect(await neo4jCounts(conn)).toEqual(storeCounts(seed));
    });
  });

  describe.sequential("every named query answers the same on both backends", () => {
    it.each(paramCases(seed, ["Cho Chang Lae", "Counter-Missile Working Group", "Republic of Korea"]))(
      "seed: %s %j",
      async (name, params) => {
        await loadGraph(conn, seed);
        const embedded = await runNamedQuery({ kind: "embedded", graph: seed }, name, params);
        expect(await runNamedQuery(neo, name, params)).toEqual(embedded);
      },
    );

    // a: the actor with most commitments, b: one of its agreements, c: the node with most relations.
    const committed = (id: string) => synthetic.outEdges(id).filter((e) => /COMMITS_TO|PARTY_TO/.test(e)).length;
    const a = synthetic.nodes().reduce((x, y) => (committed(y) > committed(x) ? y : x));
    const b = synthetic.outNeighbors(a).find((n) => synthetic.getNodeAttribute(n, "type") === "Agreement") ?? a;
    const c = synthetic
      .filterNodes((_id, attrs) => attrs.type !== "Statement")
      .reduce((x, y) => (synthetic.degree(y) > synthetic.degree(x) ? y : x));
    const picks = [a, b, c].map((id) => synthetic.getNodeAttribute(id, "name"));
    it.each(paramCases(synthetic, picks))("synthetic 2,000/6,000: %s %j", async (name, params) => {
      await loadGraph(conn, synthetic, { replace: name === "bodies" });
      const embedded = await runNamedQuery({ kind: "embedded", graph: synthetic }, name, params);
      if (params.actor === picks[0] || params.to === picks[1] || params.name) expect(embedded.length).toBeGreaterThan(0);
      expect(await runNamedQuery(neo, name, params)).toEqual(embedded);
    });

    it("an unknown name fails with NAME_NOT_FOUND and suggestions", async () => {
      await loadGraph(conn, seed, { replace: true });
      const error = await errorOf(runNamedQuery(neo, "mentions", { name: "Counter Missile Working Grup" }));
      expect(error.code).toBe("NAME_NOT_FOUND");
      expect(error.message).toContain("Counter-Missile Working Group");
    });

    it.each([["SCM"], ["scm"], ["The Security Consultative Meeting"], ["body:security-consultative-meeting"]])(
      "resolves %j on Neo4j as on the store",
      async (name) => {
        const rows = await runNamedQuery(neo, "neighbourhood", { name });
        expect(rows.map((r) => r.name)).toContain("Defense Science and Technology Executive Committee");
      },
    );
  });

  describe.sequential("read-only cypher console", () => {
    it.each([
      ["CREATE (x:Intruder) RETURN x"],
      ["MERGE (x:Intruder {id: 'x'})"],
      ["MATCH (n:Body) SET n.hacked = true"],
      ["MATCH (n:Body) DETACH DELETE n"],
      ["CREATE INDEX intruder IF NOT EXISTS FOR (n:Intruder) ON (n.id)"],
    ])("refuses %j from its plan and writes nothing", async (query) => {
      const before = await neo4jCounts(conn);
      const error = await errorOf(runReadOnlyCypher(conn, query));
      expect(error.code).toBe("CYPHER_REFUSED");
      expect(error.message.split("\n")).toHaveLength(1);
      const after = await runReadOnlyCypher(conn, "MATCH (x:Intruder) RETURN count(x) AS n UNION ALL MATCH (b:Body) WHERE b.hacked RETURN count(b) AS n");
      expect(after.rows).toEqual([{ n: 0 }, { n: 0 }]);
      expect(await neo4jCounts(conn)).toEqual(before);
    });

    it("returns rows as objects with parameters, and stops at the row limit", async () => {
      const result = await runReadOnlyCypher(conn, "UNWIND range(1, $n) AS i RETURN i, i * 2 AS twice", { n: 50 }, { rowLimit: 10 });
      expect(result.columns).toEqual(["i", "twice"]);
      expect(result.rows).toHaveLength(10);
      expect(result.rows[3]).toEqual({ i: 4, twice: 8 });
      expect(result.truncated).toBe(true);
    });

    it("times out a long query with one clear line", async () => {
      const error = await errorOf(
        runReadOnlyCypher(conn, "UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x)", {}, { timeoutMs: 2_000 }),
      );
      expect(error.code).toBe("CYPHER_TIMEOUT");
      expect(error.message).toMatch(cypherTimeoutMessage(2_000));
    });

    it.each([
      ["a syntax error", "MATCH (n RETURN n", /SyntaxError/],
      ["an unknown function", "RETURN nosuch.fn(1)", /Unknown function/i],
      ["a missing parameter", "RETURN $nothing", /parameter/i],
    ])("reports %s as one line", async (_what, query, pattern) => {
      const error = await errorOf(runReadOnlyCypher(conn, query));
      expect(error.code).toBe("NEO4J_QUERY_FAILED");
      expect(error.message).toMatch(pattern);
      expect(error.message).not.toContain("\n");
    });
  });
});

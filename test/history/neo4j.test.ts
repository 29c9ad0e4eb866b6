/**
 * statements, diff and timeline answer the same rows from Neo4j as from the embedded store, on the dialogue
 * series loaded with `load` (statement dates on Statement nodes, per-statement evidence on relationships).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BriefGraph } from "../../graph/index.ts";
import { loadGraph, neo4jReader, runNamedQuery, type Neo4jConnection } from "../../queries/index.ts";
import { diffEmbedded, diffNeo4j, timelineEmbedded, timelineNeo4j } from "../../queries/history.ts";
import { connectTestNeo4j, LOCK_HOOK_TIMEOUT_MS, lockNeo4j, releaseTestNeo4j, testNeo4j } from "../support/neo4j.ts";
import { DATES, seriesGraph } from "./series.ts";

const neo4j = await testNeo4j();

describe.skipIf(!neo4j.available)("history on Neo4j", () => {
  let conn: Neo4jConnection;
  let release: () => Promise<void>;
  let graph: BriefGraph;
  beforeAll(async () => {
    conn = await connectTestNeo4j(neo4j);
    release = await lockNeo4j(neo4j);
    graph = await seriesGraph();
    await loadGraph(conn, graph, { replace: true });
  }, LOCK_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    await releaseTestNeo4j(neo4j, conn, release);
  });

  const CASES: [string, string, Record<string, unknown>][] = [
    ["the statements by date", "statements", {}],
    ["the diff of two statements named by date", "diff", { a: DATES.nsdd20, b: DATES.nsdd21 }],
    ["the diff of two statements named by title", "diff", { a: "Joint Press Statement for the 21st Northern Shield Defense Dialogue", b: DATES.nsdd22 }],
    ["the diff of two periods", "diff", { from: "2022..2023", to: "2024" }],
    ["the timeline of the dialogue", "timeline", { name: "NSDD" }],
    ["the timeline of a threat", "timeline", { name: "ballistic missile launches" }],
  ];

  it.each(CASES)("gives the same rows as the embedded store for %s", async (_name, query, params) => {
    const embedded = await runNamedQuery({ kind: "embedded", graph }, query, params);
    const fromNeo4j = await runNamedQuery({ kind: "neo4j", read: neo4jReader(conn) }, query, params);
    expect(embedded.length).toBeGreaterThan(0);
    expect(fromNeo4j).toEqual(embedded);
  });

  it("gives the same whole diff and timeline reports, quotes and wording marks included", async () => {
    const read = neo4jReader(conn);
    expect(await diffNeo4j(read, { a: DATES.nsdd20, b: DATES.nsdd22 })).toEqual(diffEmbedded(graph, { a: DATES.nsdd20, b: DATES.nsdd22 }));
    expect(await timelineNeo4j(read, "Counter-Missile Working Group")).toEqual(timelineEmbedded(graph, "Counter-Missile Working Group"));
  });
});

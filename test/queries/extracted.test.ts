/** The bars on the seed statement as the extractor (ingest/) reads it, on both backends. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphStats } from "../../graph/index.ts";
import { ingestPaths } from "../../ingest/index.ts";
import { loadGraph, neo4jCounts, neo4jReader, runNamedQuery, type Backend, type Neo4jConnection, type Row } from "../../queries/index.ts";
import { connectTestNeo4j, lockNeo4j, releaseTestNeo4j, testNeo4j } from "../support/neo4j.ts";
import { SEED_PATH } from "./seed-graph.ts";

const { graph } = await ingestPaths([SEED_PATH]);
const stats = graphStats(graph);
const neo4j = await testNeo4j();

type Bar = [string, string, Record<string, unknown>, (rows: Row[]) => void];
const BARS: Bar[] = [
  [
    "bodies shows the Defense Science and Technology Executive Committee under the SCM",
    "bodies",
    {},
    (rows) => expect(rows.find((r) => r.body === "Defense Science and Technology Executive Committee")?.partOf).toContain("Security Consultative Meeting"),
  ],
  [
    "threats shows Ulchi Freedom Shield 24 simulating GPS jamming",
    "threats",
    {},
    (rows) => expect(rows.find((r) => r.threat === "GPS jamming")?.simulatedBy).toContain("Ulchi Freedom Shield 24"),
  ],
  [
    "evidence between Cyber Flag and the CCWG quotes its sentence",
    "evidence",
    { from: "Cyber Flag", to: "CCWG" },
    (rows) =>
      expect(rows).toContainEqual(
        expect.objectContaining({
          source: "Cyber Flag",
          relation: "PART_OF",
          target: "Cyber Cooperation Working Group",
          quote: "Furthermore, the two sides welcomed the work of the Cyber Cooperation Working Group (CCWG), including the Cyber Alliance and Cyber Flag exercise.",
        }),
      ),
  ],
  [
    "path links Cho Chang Lae to the Counter-Missile Working Group",
    "path",
    { from: "Cho Chang Lae", to: "Counter-Missile Working Group" },
    (rows) => {
      expect(rows[0]?.name).toBe("Cho Chang Lae");
      expect(rows.at(-1)?.name).toBe("Counter-Missile Working Group");
    },
  ],
  [
    "mentions dates the statement that names the SCM",
    "mentions",
    { name: "scm" },
    (rows) => expect(rows).toEqual([expect.objectContaining({ statement: "Joint Press Statement for the 25th Korea-U.S. Integrated Defense Dialogue", date: "2024-09-23" })]),
  ],
];

describe("the extracted seed statement on the embedded store", () => {
  it.each(BARS)("%s", async (_bar, query, params, check) => {
    check(await runNamedQuery({ kind: "embedded", graph }, query, params));
  });
});

describe.skipIf(!neo4j.available)("the extracted seed statement on Neo4j", () => {
  let conn: Neo4jConnection;
  let release: () => Promise<void>;
  let backend: Backend;
  beforeAll(async () => {
    conn = await connectTestNeo4j(neo4j);
    release = await lockNeo4j(neo4j);
    backend = { kind: "neo4j", read: neo4jReader(conn) };
    await loadGraph(conn, graph, { replace: true });
  }, 900_000);
  afterAll(async () => {
    await releaseTestNeo4j(neo4j, conn, release);
  }, 300_000);

  it("node counts by label and relationship counts by type equal the store's, and a second load changes none", async () => {
    const expected = { byLabel: stats.byType, byType: stats.byEdgeType };
    expect(await neo4jCounts(conn)).toEqual(expected);
    await loadGraph(conn, graph);
    expect(await neo4jCounts(conn)).toEqual(expected);
  });

  it.each(BARS)("%s (and the store answers the same)", async (_bar, query, params, check) => {
    const rows = await runNamedQuery(backend, query, params);
    check(rows);
    expect(rows).toEqual(await runNamedQuery({ kind: "embedded", graph }, query, params));
  });
});

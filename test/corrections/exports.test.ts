import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deserializeGraph } from "../../graph/index.ts";
import { loadGraph, type Neo4jConnection } from "../../queries/index.ts";
import { connectTestNeo4j, lockNeo4j, releaseTestNeo4j, testNeo4j } from "../support/neo4j.ts";
import { KIDD25_TITLE, cli, ok, readGraph, workspace } from "./support.ts";

const ANALYST_EDGE = "actor:cho-chang-lae|PARTICIPATES_IN|body:korea-u-s-integrated-defense-dialogue";

/** The seed statement with one analyst relation (c1) and one renamed entity (c2). */
async function correctedStore() {
  const w = workspace();
  await ok("ingest", w.statement("kidd25"), "--store", w.store);
  await ok("correct", "relate", "DEPMIN Cho", "PARTICIPATES_IN", "KIDD", "--statement", KIDD25_TITLE, "--sentence", "48", "--cue", "agreed", "--store", w.store);
  await ok("correct", "rename", "CMWG", "Counter-Missile WG", "--store", w.store);
  return w;
}

describe("exports say where each relation came from", () => {
  it.each([
    ["md", "| Cho Chang Lae | PARTICIPATES_IN (analyst: c1) | Korea-U.S. Integrated Defense Dialogue |"],
    ["html", "<tr><td>Cho Chang Lae</td><td>PARTICIPATES_IN (analyst: c1)</td><td>Korea-U.S. Integrated Defense Dialogue</td>"],
  ])("the %s brief marks the analyst's relation and no extracted one", async (format, row) => {
    const w = await correctedStore();
    const out = join(w.dir, `brief.${format}`);
    await ok("export", "--store", w.store, "--around", "DEPMIN Cho", "--format", format, "-o", out);
    const text = readFileSync(out, "utf8");
    expect(text).toContain(row);
    expect(text.match(/\(analyst/g)).toHaveLength(1);
    expect(text).toContain("DEPMIN Cho and DASD Lee agreed that the 25th KIDD reaffirmed");
  });

  it("the JSON, GraphML and CSV exports carry origin and corrections", async () => {
    const w = await correctedStore();
    const json = await cli("export", "--store", w.store, "--around", "DEPMIN Cho", "--format", "json");
    const graph = deserializeGraph(JSON.parse(json.stdout), "json export");
    expect(graph.getEdgeAttributes(ANALYST_EDGE)).toMatchObject({ origin: "analyst", corrections: ["c1"] });
    const graphml = await cli("export", "--store", w.store, "--around", "CMWG", "--format", "graphml");
    expect(graphml.stdout).toMatch(/<key id="\w+" for="node" attr\.name="corrections" attr\.type="string"\/>/);
    expect(graphml.stdout).toMatch(/<data key="\w+">c2<\/data>/);
    const csvDir = join(w.dir, "csv");
    await ok("export", "--store", w.store, "--around", "DEPMIN Cho", "--format", "csv", "-o", csvDir);
    const edges = readFileSync(join(csvDir, "edges.csv"), "utf8").split("\n");
    const header = csvCells(edges[0] ?? "");
    const row = csvCells(edges.find((l) => l.startsWith("actor:cho-chang-lae,body:korea-u-s-integrated-defense-dialogue,PARTICIPATES_IN")) ?? "");
    const cell = (name: RegExp) => row[header.findIndex((h) => name.test(h))];
    expect(cell(/^origin(:|$)/)).toBe("analyst");
    expect(cell(/^corrections(:|$)/)).toBe("c1");
  });
});

const neo4j = await testNeo4j();

describe.skipIf(!neo4j.available)("load puts corrections into Neo4j", () => {
  let conn: Neo4jConnection;
  let release: () => Promise<void>;
  beforeAll(async () => {
    conn = await connectTestNeo4j(neo4j);
    release = await lockNeo4j(neo4j);
  }, 900_000);
  afterAll(() => releaseTestNeo4j(neo4j, conn, release), 300_000);

  it("the analyst's relation is in Neo4j with origin analyst, its correction and its quote; every other node and relation says extracted", async () => {
    const w = await correctedStore();
    const store = readGraph(w.store);
    await loadGraph(conn, store, { replace: true });
    const session = conn.driver.session(conn.options.database ? { database: conn.options.database } : {});
    try {
      const analyst = await session.run(
        "MATCH (a:Briefgraph)-[r]->(b:Briefgraph) WHERE r.origin = 'analyst' RETURN a.id AS a, type(r) AS type, b.id AS b, r.corrections AS corrections, r.evidence AS evidence",
      );
      expect(analyst.records.map((r) => r.toObject())).toEqual([
        {
          a: "actor:cho-chang-lae",
          type: "PARTICIPATES_IN",
          b: "body:korea-u-s-integrated-defense-dialogue",
          corrections: ["c1"],
          evidence: [expect.stringMatching(/^DEPMIN Cho and DASD Lee agreed that the 25th KIDD/)],
        },
      ]);
      const extracted = await session.run("MATCH (:Briefgraph)-[r]->(:Briefgraph) WHERE r.origin = 'extracted' RETURN count(r) AS n");
      expect(Number(extracted.records[0]?.get("n"))).toBe(store.size - 1);
      const renamed = await session.run("MATCH (n:Body {id: 'body:counter-missile-working-group'}) RETURN n.name AS name, n.origin AS origin, n.corrections AS corrections");
      expect(renamed.records[0]?.toObject()).toEqual({ name: "Counter-Missile WG", origin: "extracted", corrections: ["c2"] });
      const unmarked = await session.run("MATCH (n:Briefgraph) WHERE n.origin IS NULL RETURN count(n) AS n");
      expect(Number(unmarked.records[0]?.get("n"))).toBe(0);
    } finally {
      await session.close();
    }
  }, 300_000);
});

/** The cells of one RFC 4180 CSV line (quoted cells may hold commas and doubled quotes). */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      cells.push(cell);
      cell = "";
    } else cell += c;
  }
  cells.push(cell.replace(/\r$/, ""));
  return cells;
}

/** The `load`, `query` and `cypher` commands, run as a user runs them (node bin/briefgraph.mjs). */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeStore } from "../../graph/index.ts";
import { NAMED_QUERIES, connectionOptions, openNeo4j, runReadOnlyCypher, type Neo4jConnection } from "../../queries/index.ts";
import { cypherTimeoutStderr, lockNeo4j, releaseTestNeo4j, testNeo4j } from "../support/neo4j.ts";
import { seedGraphFromGold } from "./seed-graph.ts";

interface Run { code: number; stdout: string; stderr: string }

function cli(args: readonly string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: undefined, NEO4J_USER: undefined, NEO4J_PASSWORD: undefined, ...env };
  for (const key of Object.keys(childEnv)) if (childEnv[key] === undefined) delete childEnv[key];
  return new Promise((resolve) => {
    execFile(process.execPath, ["bin/briefgraph.mjs", ...args], { env: childEnv, encoding: "utf8", timeout: 120_000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === "number" ? error.code : 1;
      resolve({ code, stdout, stderr });
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), "briefgraph-query-cli-"));
const store = join(dir, "seed.json");
beforeAll(async () => {
  await writeStore(store, seedGraphFromGold());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("briefgraph query on the embedded store", () => {
  it("query --list names every named query with its description", async () => {
    const run = await cli(["query", "--list"]);
    expect(run.code).toBe(0);
    for (const q of NAMED_QUERIES) expect(run.stdout).toContain(q.name);
    expect(run.stdout).toContain("name=<entity>");
  });

  it.each([
    ["table", (out: string) => expect(out).toMatch(/GPS jamming\s+.*Ulchi Freedom Shield 24/)],
    ["json", (out: string) => expect(JSON.parse(out)).toContainEqual(expect.objectContaining({ threat: "GPS jamming", simulatedBy: ["Ulchi Freedom Shield 24"] }))],
    ["csv", (out: string) => expect(out.split("\r\n")[0]).toBe("id,threat,posedBy,condemnedBy,addressedBy,simulatedBy")],
  ])("query threats --format %s prints the threats from --store", async (format, check) => {
    const run = await cli(["query", "threats", "--store", store, "--format", format]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    check(run.stdout);
  });

  it("query path --param from=… --param to=… links Cho Chang Lae to the CMWG", async () => {
    const run = await cli(["query", "path", "--store", store, "--param", "from=cho chang lae", "--param", "to=CMWG", "--format", "json"]);
    expect(run.code).toBe(0);
    const rows: unknown = JSON.parse(run.stdout);
    expect(rows).toEqual(expect.arrayContaining([expect.objectContaining({ step: 0, name: "Cho Chang Lae" }), expect.objectContaining({ name: "Counter-Missile Working Group" })]));
  });

  it.each([
    ["an unknown query", ["query", "everything"], /no named query "everything"/, 1],
    ["a bad parameter", ["query", "neighbourhood", "--param", "name=SCM", "--param", "hops=9"], /hops/, 1],
    ["a parameter without =", ["query", "mentions", "--param", "SCM"], /expected key=value/, 2],
    ["an unknown name", ["query", "mentions", "--param", "name=Atlantis"], /no entity named "Atlantis"/, 1],
    ["a missing store", ["query", "bodies", "--store", "/nonexistent/graph.json"], /\/nonexistent\/graph\.json/, 1],
  ])("%s fails with one line and exit ≠ 0", async (_what, args, pattern, code) => {
    const run = await cli([...args, ...(args.includes("--store") ? [] : ["--store", store])]);
    expect(run.code).toBe(code);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(pattern);
  });
});

describe("an unreachable Neo4j", () => {
  it.each([
    ["load", ["load", "--store", store, "--uri", "bolt://127.0.0.1:1"]],
    ["cypher", ["cypher", "RETURN 1", "--uri", "bolt://127.0.0.1:1"]],
    ["query --uri", ["query", "bodies", "--uri", "bolt://127.0.0.1:1"]],
  ])("%s prints one line naming the URI and exits 1", async (_command, args) => {
    const run = await cli(args);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain("cannot reach Neo4j at bolt://127.0.0.1:1");
  });

  it("a URI that is not bolt:// or neo4j:// is a usage error", async () => {
    const run = await cli(["cypher", "RETURN 1", "--uri", "http://127.0.0.1:7474"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bolt:\/\/ or neo4j:\/\//);
  });
});

const neo4j = await testNeo4j();

describe.skipIf(!neo4j.available)("briefgraph load and cypher on Neo4j", () => {
  let conn: Neo4jConnection;
  let release: () => Promise<void>;
  let env: Record<string, string | undefined> = {};
  beforeAll(async () => {
    if (!neo4j.available) return;
    env = { NEO4J_URI: neo4j.options.uri, NEO4J_USER: neo4j.options.user, NEO4J_PASSWORD: neo4j.options.password };
    conn = await openNeo4j(connectionOptions({ ...neo4j.options }));
    release = await lockNeo4j(neo4j);
  }, 900_000);
  afterAll(async () => {
    await releaseTestNeo4j(neo4j, conn, release);
  }, 300_000);

  it("load prints the same counts on a second run", async () => {
    const first = await cli(["load", "--store", store, "--replace"], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^loaded 67 nodes and 183 relationships/);
    const second = await cli(["load", "--store", store, "--batch-size", "10"], env);
    expect(second.code).toBe(0);
    const counts = (out: string) => out.split("\n").slice(1).join("\n");
    expect(counts(second.stdout)).toBe(counts(first.stdout));
    expect(second.stdout).toContain("Body 12");
  });

  it.each([1, 2, 3])("two load --replace at once (round %i) take turns: both exit 0 and Neo4j holds the store's counts once", async () => {
    const [a, b] = await Promise.all([cli(["load", "--store", store, "--replace"], env), cli(["load", "--store", store, "--replace"], env)]);
    expect([a.code, a.stderr, b.code, b.stderr]).toEqual([0, "", 0, ""]);
    const check = await runReadOnlyCypher(conn, "MATCH (n:Briefgraph) WITH count(n) AS nodes MATCH (:Briefgraph)-[r]->(:Briefgraph) RETURN nodes, count(r) AS relationships");
    expect(check.rows).toEqual([{ nodes: 67, relationships: 183 }]);
  });

  it("query threats answers the same from Neo4j as from the store", async () => {
    const fromNeo4j = await cli(["query", "threats", "--format", "json"], env);
    const fromStore = await cli(["query", "threats", "--format", "json", "--store", store], env);
    expect(fromNeo4j.code).toBe(0);
    expect(JSON.parse(fromNeo4j.stdout)).toEqual(JSON.parse(fromStore.stdout));
  });

  it('cypher "CREATE (x:Intruder) RETURN x" fails, exits ≠ 0 and writes nothing', async () => {
    const run = await cli(["cypher", "CREATE (x:Intruder) RETURN x"], env);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/read access mode|not allowed/i);
    const check = await runReadOnlyCypher(conn, "MATCH (x:Intruder) RETURN count(x) AS n");
    expect(check.rows).toEqual([{ n: 0 }]);
  });

  it.each([
    ["a query still running at the deadline", "UNWIND range(1, 100000) AS a UNWIND range(1, 100000) AS b WITH a, b WHERE a = -b RETURN a"],
    ["one row too big to decode by the deadline (10^7 integers, about 80 s to decode)", "RETURN range(1,10000000)"],
  ])("cypher --timeout 2000 --limit 1 on %s exits with one CYPHER_TIMEOUT line", async (_name, query) => {
    // What the command costs before its query (Node, the sources, the connection) on this machine now: a loaded
    // machine makes it long, so the bound below is counted from it.
    const before = performance.now();
    expect((await cli(["cypher", "RETURN 1 AS one"], env)).code).toBe(0);
    const startup = performance.now() - before;
    const started = performance.now();
    const run = await cli(["cypher", query, "--timeout", "2000", "--limit", "1"], env);
    // A guard against the old hang (the huge row held the command for about 80 s on an idle machine, its decoding
    // blocking the deadline's timer), not a speed check: the deadline, the server's stop (at most 10 s) and slack.
    expect(performance.now() - started).toBeLessThan(startup + 45_000);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(cypherTimeoutStderr(2_000));
  }, 300_000);

  it("cypher --max-bytes stops before the rows pass the cap and says so on stderr", async () => {
    const run = await cli(["cypher", "UNWIND range(1, 100) AS i RETURN i", "--max-bytes", "40", "--format", "json"], env);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([1, 2, 3, 4, 5].map((i) => ({ i })));
    expect(run.stderr).toBe("briefgraph: stopped after 5 rows, before 40 bytes (--max-bytes)\n");
  });

  it.each([
    ["LOAD CSV to a URL", "LOAD CSV FROM 'http://127.0.0.1:9/leak' AS row RETURN row"],
    ["a DBMS procedure", "CALL dbms.listConfig()"],
    ["TERMINATE TRANSACTIONS", "TERMINATE TRANSACTIONS 'neo4j-transaction-999999999'"],
  ])("cypher refuses %s with one CYPHER_REFUSED line", async (_name, query) => {
    const run = await cli(["cypher", query], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^briefgraph: cypher: refused: .* \[CYPHER_REFUSED\]\n$/);
  });

  it("cypher --format json prints an array of row objects; --param values are JSON when they parse", async () => {
    const run = await cli(
      ["cypher", "MATCH (b:Body) WHERE b.name STARTS WITH $prefix RETURN b.name AS name, $n AS n ORDER BY name", "--param", "prefix=Cyber", "--param", "n=3", "--format", "json"],
      env,
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([{ name: "Cyber Cooperation Working Group", n: 3 }]);
  });

  it("cypher returns the quote kept on a relationship", async () => {
    const run = await cli(["cypher", "MATCH ({name: 'Ulchi Freedom Shield 24'})-[r:SIMULATES]->({name: 'GPS jamming'}) RETURN r.evidence AS quotes", "--format", "csv"], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("realistic threats such as DPRK's advancing nuclear and missile threats, GPS jamming and cyber attacks");
  });
});

/**
 * `briefgraph load --bulk`: the store's CSV imported by the real neo4j-admin (org.neo4j.cli.AdminTool from the
 * Maven-resolved jars) into a fresh Neo4j home, then served by a Neo4j started on that home, gives the graph the
 * online load gives on the test Neo4j: the counts per label and type that stats gives, the same properties,
 * the same named-query answers. A second bulk load into the same database is refused with one line.
 */
import { spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mkdtempSync } from "node:fs";
import { writeStore, type BriefGraph } from "../../graph/index.ts";
import { ingestPaths } from "../../ingest/index.ts";
import {
  NEO4J_ADMIN,
  connectionOptions,
  defaultNeo4jHome,
  loadGraph,
  neo4jCounts,
  neo4jReader,
  openNeo4j,
  runNamedQuery,
  type Neo4jConnection,
} from "../../queries/index.ts";
import { javaToolClient } from "../support/clients.ts";
import { connectTestNeo4j, LOCK_HOOK_TIMEOUT_MS, lockNeo4j, releaseTestNeo4j, testNeo4j } from "../support/neo4j.ts";
import { runCli, statsOf } from "../support/run-cli.ts";
import { SEED_PATH } from "./seed-graph.ts";

const admin = javaToolClient(NEO4J_ADMIN);
const neo4j = await testNeo4j();

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function neo4jScript(command: string, port: number): void {
  const run = spawnSync(process.execPath, ["scripts/neo4j.mjs", command, "--port", String(port)], {
    encoding: "utf8",
    env: { ...process.env, NEO4J_HEAP: "384m", NEO4J_PAGECACHE: "64m" },
  });
  if (run.status !== 0) throw new Error(`neo4j.mjs ${command} failed: ${run.stdout}${run.stderr}`);
}

/** Every node (id, sorted labels, properties) and relationship (ends, type, properties) in a stable order. */
async function contents(conn: Neo4jConnection): Promise<{ nodes: unknown[]; rels: unknown[] }> {
  const read = neo4jReader(conn);
  const nodes = await read("MATCH (n:Briefgraph) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id");
  const rels = await read(
    "MATCH (a:Briefgraph)-[r]->(b:Briefgraph) RETURN a.id AS s, type(r) AS type, b.id AS t, properties(r) AS props ORDER BY s, type, t",
  );
  return {
    nodes: nodes.map((r) => ({ ...r, labels: [...(Array.isArray(r.labels) ? r.labels : [])].sort() })),
    rels,
  };
}

/** The named queries with parameters that name things in the seed statement. */
const QUERIES: [string, Record<string, string>][] = [
  ["bodies", {}],
  ["threats", {}],
  ["neighbourhood", { name: "SCM", hops: "2", limit: "50" }],
  ["path", { from: "Cho Chang Lae", to: "CMWG" }],
  ["commitments", { actor: "ROK" }],
  ["evidence", { from: "Cyber Flag", to: "CCWG" }],
  ["mentions", { name: "Security Consultative Meeting" }],
];

describe.skipIf(!admin.available || !neo4j.available)("load --bulk with the real neo4j-admin, against the online load", () => {
  const dir = mkdtempSync(join(tmpdir(), "briefgraph-bulk-"));
  const store = join(dir, "seed.json");
  let graph: BriefGraph;
  let port = 0;
  let home = "";
  let online: Neo4jConnection | undefined;
  let bulk: Neo4jConnection | undefined;
  let release: (() => Promise<void>) | undefined;
  let imported = { code: 1, stdout: "", stderr: "" };

  beforeAll(async () => {
    graph = (await ingestPaths([SEED_PATH])).graph;
    await writeStore(store, graph);
    port = await freePort();
    home = defaultNeo4jHome(String(port));
    rmSync(home, { recursive: true, force: true });
    imported = await runCli("load", "--bulk", "--home", home, "--store", store);
    neo4jScript("start", port);
    bulk = await openNeo4j(connectionOptions({ uri: `bolt://127.0.0.1:${port}` }));
    expect((await runCli("load", "--schema-only", "--uri", `bolt://127.0.0.1:${port}`)).code).toBe(0);
    online = await connectTestNeo4j(neo4j);
    release = await lockNeo4j(neo4j);
    await loadGraph(online, graph, { replace: true });
  }, LOCK_HOOK_TIMEOUT_MS);

  afterAll(async () => {
    await bulk?.close();
    if (port) neo4jScript("wipe", port);
    await releaseTestNeo4j(neo4j, online, release);
  });

  it("imports the seed store and reports what it imported", async () => {
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    const stats = await statsOf(store);
    const nodes = Object.values(stats.nodes).reduce((a, b) => a + b, 0);
    const edges = Object.values(stats.edges).reduce((a, b) => a + b, 0);
    expect(imported.stdout).toMatch(new RegExp(`^imported ${nodes} nodes and ${edges} relationships \\(${nodes + edges} elements\\) into database "neo4j" of .*elements/s`));
  });

  it("the bulk-loaded database holds the node and edge counts per type that stats gives", async () => {
    if (!bulk) throw new Error("no bulk server");
    const counts = await neo4jCounts(bulk);
    expect({ nodes: counts.byLabel, edges: counts.byType }).toEqual(await statsOf(store));
  });

  it("every node and relationship has the labels and properties the online load gives it", async () => {
    if (!bulk || !online) throw new Error("no server");
    const [fromBulk, fromOnline] = [await contents(bulk), await contents(online)];
    expect(fromBulk.nodes).toHaveLength(fromOnline.nodes.length);
    expect(fromBulk.rels).toHaveLength(fromOnline.rels.length);
    // One record at a time, so a difference shows which record and property differs.
    fromOnline.nodes.forEach((node, i) => expect(fromBulk.nodes[i]).toEqual(node));
    fromOnline.rels.forEach((rel, i) => expect(fromBulk.rels[i]).toEqual(rel));
  });

  it.each(QUERIES)("the named query %s answers the same rows from the bulk-loaded and the online-loaded database", async (name, params) => {
    if (!bulk || !online) throw new Error("no server");
    const fromBulk = await runNamedQuery({ kind: "neo4j", read: neo4jReader(bulk) }, name, params);
    expect(fromBulk.length).toBeGreaterThan(0);
    expect(fromBulk).toEqual(await runNamedQuery({ kind: "neo4j", read: neo4jReader(online) }, name, params));
  });

  it("refuses a bulk load into a database that exists and is not empty, with one line, leaving it as it was", async () => {
    const again = await runCli("load", "--bulk", "--home", home, "--store", store);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/^briefgraph: .*databases\/neo4j: database "neo4j" exists and is not empty; .*\[NEO4J_IMPORT_FAILED\]\n$/);
    if (!bulk) throw new Error("no bulk server");
    // As it was: the counts of the store loaded before, not of a second load.
    expect((await neo4jCounts(bulk)).byType).toEqual((await statsOf(store)).edges);
  });
});

/**
 * The exports as the real clients read them: NetworkX reads the GEXF and the GraphML, cypher-shell runs the
 * Cypher script against the test Neo4j; each compared with `briefgraph stats` by node and edge counts per type.
 * (neo4j-admin importing the CSV: test/queries/bulk.test.ts.)
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { writeStore } from "../../graph/index.ts";
import { ingestPaths } from "../../ingest/index.ts";
import { CYPHER_SHELL, neo4jCounts, removeLoaded, runJavaTool, type Neo4jConnection } from "../../queries/index.ts";
import { javaToolClient, networkxClient, runPythonJson } from "../support/clients.ts";
import { connectTestNeo4j, LOCK_HOOK_TIMEOUT_MS, lockNeo4j, stopTestNeo4j, testNeo4j } from "../support/neo4j.ts";
import { runCli, sortedCounts, statsOf, type TypeCounts } from "../support/run-cli.ts";
import { SEED_PATH } from "./fixtures.ts";

const dir = mkdtempSync(join(tmpdir(), "briefgraph-clients-"));
const store = join(dir, "seed.json");

beforeAll(async () => {
  const { graph } = await ingestPaths([SEED_PATH]);
  await writeStore(store, graph);
});

async function exported(format: string, out: string, ...selection: string[]): Promise<string> {
  const run = await runCli("export", "--store", store, ...selection, "--format", format, "-o", out);
  if (run.code !== 0) throw new Error(`export failed: ${run.stderr}`);
  return out;
}

/** NetworkX reads the file and tallies nodes by their `type` attribute and edges by theirs (a multigraph keeps parallel ones). */
const NETWORKX_COUNTS = `
import json, sys, collections
import networkx as nx
fmt, path = sys.argv[1], sys.argv[2]
g = nx.read_gexf(path) if fmt == "gexf" else nx.read_graphml(path)
nodes = collections.Counter(d["type"] for _, d in g.nodes(data=True))
edges = collections.Counter(d["type"] for _, _, d in g.edges(data=True))
kinds = collections.Counter(d.get("kind", d["type"]) for _, _, d in g.edges(data=True)) if fmt == "gexf" else edges
colours = sorted({tuple(sorted(d.get("viz", {}).get("color", {}).items())) for _, d in g.nodes(data=True)}) if fmt == "gexf" else []
print(json.dumps({"multigraph": g.is_multigraph(), "nodes": nodes, "edges": edges, "colours": len(colours)}))
`;

const NetworkxSchema = z.object({
  multigraph: z.boolean(),
  nodes: z.record(z.string(), z.number().int()),
  edges: z.record(z.string(), z.number().int()),
  colours: z.number().int(),
});

const networkx = networkxClient();

describe.skipIf(!networkx.available)("NetworkX reads the exports (python3-networkx)", () => {
  it.each(["gexf", "graphml"])("NetworkX reads the whole-store %s with the node and edge counts per type that stats gives, parallel relations kept", async (format) => {
    const path = await exported(format, join(dir, `seed.${format}`));
    const read = NetworkxSchema.parse(runPythonJson(NETWORKX_COUNTS, [format, path]));
    const stats = await statsOf(store);
    expect({ nodes: sortedCounts(read.nodes), edges: sortedCounts(read.edges) }).toEqual(stats);
    // The seed holds LEADS and MEMBER_OF between the same two nodes: only a multigraph keeps both.
    expect(read.multigraph).toBe(true);
    if (format === "gexf") expect(read.colours).toBe(Object.keys(stats.nodes).length);
  });
});

const cypherShell = javaToolClient(CYPHER_SHELL);
const neo4j = await testNeo4j();

describe.skipIf(!cypherShell.available || !neo4j.available)("cypher-shell runs the exported Cypher script (Maven org.neo4j:cypher-shell)", () => {
  let conn: Neo4jConnection | undefined;
  let release: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    conn = await connectTestNeo4j(neo4j);
    release = await lockNeo4j(neo4j);
    await removeLoaded(conn);
  }, LOCK_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    if (conn) await removeLoaded(conn);
    await release?.();
    await conn?.close();
    await stopTestNeo4j(neo4j);
  });

  it("the Cypher script of the CMWG 1-hop neighbourhood, run by cypher-shell, gives the counts per type stats gives for that subgraph, and again when run twice", async () => {
    if (!neo4j.available || !conn) throw new Error("no Neo4j");
    const selection = ["--around", "CMWG", "--hops", "1"];
    const script = await exported("cypher", join(dir, "cmwg.cypher"), ...selection);
    // The same selection as JSON is a store of its own: stats counts it.
    const expected = await statsOf(await exported("json", join(dir, "cmwg.json"), ...selection));
    const shell = () =>
      runJavaTool(
        CYPHER_SHELL,
        [
          ...["-a", neo4j.options.uri, "-u", neo4j.options.user, "-p", neo4j.options.password ?? "none"],
          ...(neo4j.options.database ? ["-d", neo4j.options.database] : []),
          ...["--non-interactive", "-f", script],
        ],
        { heap: "256m" },
      );
    for (let run = 0; run < 2; run++) {
      const result = await shell();
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      const counts = await neo4jCounts(conn);
      const got: TypeCounts = { nodes: counts.byLabel, edges: counts.byType };
      expect(got).toEqual(expected);
    }
  });
});

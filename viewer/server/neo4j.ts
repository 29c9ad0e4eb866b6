/**
 * Neo4j mode: the graph read back from what `briefgraph load` wrote (nodes with the :Briefgraph marker, relations
 * with `cue` and `evidenceJson`; edge keys are `source|TYPE|target`), validated with the model's schemas;
 * Cypher through the read-only console.
 */
import { z } from "zod";
import { BriefgraphError } from "../../graph/errors.ts";
import { deserializeGraph, type BriefGraph } from "../../graph/model.ts";
import { edgeKey } from "../../graph/ids.ts";
import { EvidenceSchema, SCHEMA_VERSION } from "../../graph/schema.ts";
import {
  MARKER_LABEL,
  connectionOptions,
  neo4jReader,
  openNeo4j,
  runReadOnlyCypher,
  type ConnectionInput,
  type CypherOptions,
  type CypherReader,
  type Neo4jConnection,
} from "../../queries/index.ts";
import type { CypherResult } from "../src/model/api.ts";
import type { GraphSource } from "./source.ts";
import { nodeAttributes, provenance } from "../../export/neo4j.ts";

const Scalar = z.union([z.string(), z.number(), z.boolean()]);
const Props = z.record(z.string(), z.union([Scalar, z.array(Scalar)]));

const NodeRecordSchema = z.object({ id: z.string().min(1), props: Props });
const EdgeRecordSchema = z.object({ s: z.string().min(1), t: z.string().min(1), type: z.string().min(1), props: Props });

const MentionPropsSchema = z.object({ sentences: z.array(z.number().int()) });
/** What the loader writes on a relation: the cue, the quotes, and the full evidence list as JSON. */
const RelationPropsSchema = z.object({ cue: z.string(), evidenceJson: z.string(), origin: z.string().optional(), corrections: z.array(z.string()).optional() });
const EvidenceListSchema = z.array(EvidenceSchema).min(1);

export const NODES_CYPHER = `MATCH (n:${MARKER_LABEL}) RETURN n.id AS id, properties(n) AS props ORDER BY id`;
export const EDGES_CYPHER = `MATCH (a:${MARKER_LABEL})-[r]->(b:${MARKER_LABEL}) RETURN a.id AS s, b.id AS t, type(r) AS type, properties(r) AS props`;

function parse<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new BriefgraphError("NEO4J_RECORD_INVALID", `${what}: unexpected record from Neo4j (${issue ? `${issue.path.join(".")}: ${issue.message}` : "invalid"})`);
}

/** Rebuilds the BriefGraph from Neo4j records (pure over the records; the reader is the I/O). */
export async function readGraphFromNeo4j(read: CypherReader, origin: string): Promise<BriefGraph> {
  const nodes = (await read(NODES_CYPHER)).map((r) => {
    const { id, props } = parse(NodeRecordSchema, r, `${origin} node`);
    return { key: id, attributes: nodeAttributes(id, props) };
  });
  const edges = (await read(EDGES_CYPHER)).map((r) => {
    const { s, t, type, props } = parse(EdgeRecordSchema, r, `${origin} relationship`);
    const key = edgeKey(s, type, t);
    if (type === "MENTIONED_IN") {
      const m = parse(MentionPropsSchema, props, `${origin} ${key}`);
      return { key, source: s, target: t, attributes: { type, sentences: m.sentences } };
    }
    const p = parse(RelationPropsSchema, props, `${origin} ${key}`);
    let evidence: unknown;
    try {
      evidence = JSON.parse(p.evidenceJson);
    } catch {
      throw new BriefgraphError("NEO4J_RECORD_INVALID", `${origin} ${key}: evidenceJson is not JSON`);
    }
    return { key, source: s, target: t, attributes: { type, cue: p.cue, evidence: parse(EvidenceListSchema, evidence, `${origin} ${key} evidence`), ...provenance(p) } };
  });
  const serialized = {
    attributes: { schemaVersion: SCHEMA_VERSION, generator: "briefgraph" },
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes,
    edges: edges.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
  };
  return deserializeGraph(serialized, origin);
}

const ID_PATTERN = /^(actor|body|agreement|exercise|threat|statement):/;

/** Node keys a Cypher result mentions: returned nodes, ids, or exact names of graph nodes. */
export function mentionedNodes(rows: readonly Record<string, unknown>[], byName: ReadonlyMap<string, string>): string[] {
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === "string") {
      if (ID_PATTERN.test(value)) found.add(value);
      const key = byName.get(value);
      if (key !== undefined) found.add(key);
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === "object") Object.values(value).forEach(visit);
  };
  rows.forEach(visit);
  return [...found].sort();
}

function cell(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return JSON.stringify(value);
}

/** Turns a console result into the table the page shows. */
export function cypherTable(
  result: { columns: string[]; rows: readonly Record<string, unknown>[]; worker?: CypherResult["worker"] },
  byName: ReadonlyMap<string, string>,
): CypherResult {
  return {
    columns: result.columns,
    rows: result.rows.map((row) => result.columns.map((c) => cell(row[c]))),
    nodes: mentionedNodes(result.rows, byName),
    ...(result.worker ? { worker: result.worker } : {}),
  };
}

/** What the panel's queries may take: the console's deadline and caps (queries/console.ts). */
export const PANEL_CYPHER: CypherOptions = { rowLimit: 1000, timeoutMs: 15_000, maxBytes: 8 * 1024 * 1024 };

/** The Neo4j graph source (NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE, or `input`). */
export async function neo4jSource(input: ConnectionInput = {}, panel: CypherOptions = PANEL_CYPHER): Promise<GraphSource> {
  const options = connectionOptions(input);
  const connection: Neo4jConnection = await openNeo4j(options);
  const origin = `Neo4j at ${options.uri}`;
  const read = neo4jReader(connection);
  let byName = new Map<string, string>();
  const graph = async () => {
    const g = await readGraphFromNeo4j(read, origin);
    byName = new Map(g.mapNodes((key, a) => [a.name, key] as const));
    return g;
  };
  return {
    describe: origin,
    graph,
    cypher: async (query) => {
      if (byName.size === 0) await graph();
      return cypherTable(await runReadOnlyCypher(connection, query, {}, panel), byName);
    },
    close: () => connection.close(),
  };
}

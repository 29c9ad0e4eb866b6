/**
 * Reading a subgraph back from Neo4j (as `briefgraph load` stored it) into a BriefGraph, every record
 * validated with zod; and the walks the export needs on the server side. Node only (neo4j-driver).
 */
import { z } from "zod";
import { BriefgraphError } from "../graph/errors.ts";
import { edgeKey } from "../graph/ids.ts";
import { createGraph, type BriefGraph } from "../graph/model.ts";
import { EdgeAttributesSchema, NodeAttributesSchema, RELATION_TYPES, type RelationType } from "../graph/schema.ts";
import type { CypherReader } from "../queries/index.ts";
import { NEO4J_MARKER_LABEL } from "./formats/neo4j-props.ts";

const M = NEO4J_MARKER_LABEL;

const PropsSchema = z.record(z.string(), z.unknown());
const NodeRecordSchema = z.object({ id: z.string().min(1), props: PropsSchema });
const EdgeRecordSchema = z.object({ source: z.string().min(1), target: z.string().min(1), type: z.string(), props: PropsSchema });
const IdRecordSchema = z.object({ id: z.string().min(1) });
/** An element's provenance as load writes it: `origin` always, `corrections` once corrected (the store leaves out origin "extracted"). */
const ProvenancePropsSchema = z.object({ origin: z.string().optional(), corrections: z.array(z.string()).optional() });
const RelationPropsSchema = ProvenancePropsSchema.extend({ cue: z.string(), evidenceJson: z.string() });
const MentionPropsSchema = ProvenancePropsSchema.extend({ sentences: z.array(z.number()).default([]) });

/** The provenance attributes of an element read back from Neo4j (origin "extracted" is the store's default: left out). */
export function provenance(p: z.infer<typeof ProvenancePropsSchema>): { origin?: string; corrections?: string[] } {
  return { ...(p.origin !== undefined && p.origin !== "extracted" ? { origin: p.origin } : {}), ...(p.corrections ? { corrections: p.corrections } : {}) };
}

function parse<S extends z.ZodType>(what: string, schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new BriefgraphError(
    "NEO4J_RECORD_INVALID",
    `${what}: unexpected record from Neo4j (${issue ? `${issue.path.join(".") || "record"}: ${issue.message}` : "invalid"})`,
  );
}

/** Node properties back to attributes: drop id and nameKeys; lists Neo4j did not keep come back empty. */
export function nodeAttributes(id: string, props: Record<string, unknown>) {
  const rest = Object.fromEntries(Object.entries(props).filter(([k, v]) => k !== "id" && k !== "nameKeys" && !(k === "origin" && v === "extracted")));
  const withLists = rest.type === "Statement" ? rest : { aliases: [], ...rest };
  return parse(`node ${id}`, NodeAttributesSchema, withLists);
}

function edgeAttributes(where: string, type: string, props: Record<string, unknown>) {
  if (type === "MENTIONED_IN") {
    const p = parse(where, MentionPropsSchema, props);
    return parse(where, EdgeAttributesSchema, { type, sentences: p.sentences, ...provenance(p) });
  }
  const p = parse(where, RelationPropsSchema, props);
  let evidence: unknown;
  try {
    evidence = JSON.parse(p.evidenceJson);
  } catch {
    throw new BriefgraphError("NEO4J_RECORD_INVALID", `${where}: evidenceJson is not JSON`);
  }
  return parse(where, EdgeAttributesSchema, { type, cue: p.cue, evidence, ...provenance(p) });
}

/** The nodes with these ids, the Statement nodes they are MENTIONED_IN, and every relationship among them. */
export async function readSubgraphNeo4j(read: CypherReader, ids: readonly string[]): Promise<BriefGraph> {
  const statementRecords = await read(
    `MATCH (n:${M})-[:MENTIONED_IN]->(s:${M}) WHERE n.id IN $ids RETURN DISTINCT s.id AS id`,
    { ids: [...ids] },
  );
  const all = [...new Set([...ids, ...statementRecords.map((r) => parse("statement", IdRecordSchema, r).id)])];
  const graph = createGraph();
  const nodes = await read(`MATCH (n:${M}) WHERE n.id IN $ids RETURN n.id AS id, properties(n) AS props ORDER BY id`, { ids: all });
  for (const record of nodes) {
    const { id, props } = parse("node", NodeRecordSchema, record);
    graph.addNode(id, nodeAttributes(id, props));
  }
  const edges = await read(
    `MATCH (a:${M})-[r]->(b:${M}) WHERE a.id IN $ids AND b.id IN $ids
     RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS props`,
    { ids: all },
  );
  for (const record of edges) {
    const { source, target, type, props } = parse("relationship", EdgeRecordSchema, record);
    const where = `relationship ${source}-[${type}]->${target}`;
    const attributes = edgeAttributes(where, type, props);
    const key = edgeKey(source, type, target);
    if (!graph.hasEdge(key)) graph.addDirectedEdgeWithKey(key, source, target, attributes);
  }
  return graph;
}

/** Ids within `hops` relations of `seeds` (either direction, never through MENTIONED_IN), walked on the server. */
export async function neighbourhoodIdsNeo4j(
  read: CypherReader,
  seeds: readonly string[],
  hops: number,
  edgeTypes: readonly RelationType[] = RELATION_TYPES,
): Promise<string[]> {
  const seen = new Set(seeds);
  let frontier = [...seen];
  for (let depth = 0; depth < hops && frontier.length > 0; depth++) {
    const records = await read(
      `UNWIND $frontier AS id MATCH (a:${M} {id: id})-[r]-(b:${M}) WHERE type(r) IN $types RETURN DISTINCT b.id AS id`,
      { frontier, types: [...edgeTypes] },
    );
    frontier = [];
    for (const record of records) {
      const { id } = parse("neighbour", IdRecordSchema, record);
      if (!seen.has(id)) {
        seen.add(id);
        frontier.push(id);
      }
    }
  }
  return [...seen];
}

/** Every entity id briefgraph loaded (for selections without a starting point). */
export async function entityIdsNeo4j(read: CypherReader): Promise<string[]> {
  const records = await read(`MATCH (n:${M}) WHERE NOT n:Statement RETURN n.id AS id ORDER BY id`);
  return records.map((r) => parse("entity", IdRecordSchema, r).id);
}

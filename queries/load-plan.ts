/**
 * Pure planning of a Neo4j load: the graph as property maps grouped by label set and by relationship
 * type, and the Cypher for each group. Labels and types come from the zod enums, never from user text.
 */
import { ACTOR_KINDS, ENTITY_TYPES, NODE_TYPES, RELATION_TYPES, isEntity, type BriefGraph, type EdgeAttributes, type NodeAttributes } from "../graph/index.ts";
import { nameKeys } from "./resolve.ts";

/** The label every node briefgraph loads carries: what --replace removes. */
export const MARKER_LABEL = "Briefgraph";

export type Props = Record<string, string | number | boolean | string[] | number[]>;
export interface NodeRow { id: string; props: Props }
export interface EdgeRow { s: string; t: string; props: Props }
export interface NodeGroup { labels: readonly string[]; rows: NodeRow[] }
export interface EdgeGroup { type: string; rows: EdgeRow[] }
export interface LoadPlan { nodes: NodeGroup[]; edges: EdgeGroup[]; nodeCount: number; edgeCount: number }

function kindLabel(kind: string): string {
  return kind.charAt(0).toUpperCase() + kind.slice(1);
}

/** The labels of a node: its type, an actor's kind (":Actor:Person"), and the marker. */
export function nodeLabels(attributes: NodeAttributes): string[] {
  return attributes.type === "Actor" ? ["Actor", kindLabel(attributes.kind)] : [attributes.type];
}

export function nodeProps(id: string, attributes: NodeAttributes): Props {
  const props: Props = { id };
  for (const [key, value] of Object.entries(attributes)) {
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") props[key] = value;
    else if (Array.isArray(value)) props[key] = value.filter((v): v is string => typeof v === "string");
  }
  props.nameKeys = nameKeys(attributes.name, isEntity(attributes) ? attributes.aliases : []);
  return props;
}

/** Relationship properties: evidence as parallel arrays, so Cypher can return `r.evidence` (the quotes). */
export function edgeProps(key: string, attributes: EdgeAttributes): Props {
  if (attributes.type === "MENTIONED_IN") return { key, sentences: [...attributes.sentences] };
  const e = attributes.evidence;
  return {
    key,
    cue: attributes.cue,
    evidence: e.map((x) => x.text),
    evidenceStatements: e.map((x) => x.statement),
    evidenceSentences: e.map((x) => x.sentence),
    evidenceStarts: e.map((x) => x.start),
    evidenceEnds: e.map((x) => x.end),
    evidenceCues: e.map((x) => x.cue),
  };
}

export function planLoad(graph: BriefGraph): LoadPlan {
  const nodeGroups = new Map<string, NodeGroup>();
  graph.forEachNode((id, attributes) => {
    const labels = nodeLabels(attributes);
    const key = labels.join(":");
    const group = nodeGroups.get(key) ?? { labels, rows: [] };
    group.rows.push({ id, props: nodeProps(id, attributes) });
    nodeGroups.set(key, group);
  });
  const edgeGroups = new Map<string, EdgeGroup>();
  graph.forEachEdge((key, attributes, source, target) => {
    const group = edgeGroups.get(attributes.type) ?? { type: attributes.type, rows: [] };
    group.rows.push({ s: source, t: target, props: edgeProps(key, attributes) });
    edgeGroups.set(attributes.type, group);
  });
  return { nodes: [...nodeGroups.values()], edges: [...edgeGroups.values()], nodeCount: graph.order, edgeCount: graph.size };
}

export function* batches<T>(rows: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

const LABEL_NAMES = new Set<string>([...NODE_TYPES, ...ACTOR_KINDS.map(kindLabel), MARKER_LABEL]);
const TYPE_NAMES = new Set<string>([...RELATION_TYPES, "MENTIONED_IN"]);

function checked(names: readonly string[], allowed: Set<string>): string[] {
  for (const n of names) if (!allowed.has(n)) throw new RangeError(`not a model label or type: ${n}`);
  return [...names];
}

export function mergeNodesCypher(labels: readonly string[]): string {
  const [primary, ...rest] = checked(labels, LABEL_NAMES);
  const extra = [...rest, MARKER_LABEL].map((l) => `:${l}`).join("");
  return `UNWIND $rows AS row MERGE (n:${primary} {id: row.id}) SET n${extra}, n = row.props`;
}

export function mergeEdgesCypher(type: string): string {
  const [t] = checked([type], TYPE_NAMES);
  return `UNWIND $rows AS row
MATCH (a:${MARKER_LABEL} {id: row.s})
MATCH (b:${MARKER_LABEL} {id: row.t})
MERGE (a)-[r:${t}]->(b) SET r = row.props`;
}

/** Constraints and indexes, idempotent: unique id per label (and on the marker), names full-text and name keys. */
export function schemaCypher(): string[] {
  const labels = [...NODE_TYPES, MARKER_LABEL];
  return [
    ...labels.map((l) => `CREATE CONSTRAINT briefgraph_${l.toLowerCase()}_id IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE`),
    `CREATE TEXT INDEX briefgraph_name_keys IF NOT EXISTS FOR (n:${MARKER_LABEL}) ON (n.nameKeys)`,
    `CREATE FULLTEXT INDEX briefgraph_names IF NOT EXISTS FOR (n:${[...ENTITY_TYPES, "Statement"].join("|")}) ON EACH [n.name, n.aliases]`,
  ];
}

/** Removes what briefgraph loaded (nodes with the marker label and their relationships), in batches. */
export const REMOVE_CYPHER = `MATCH (n:${MARKER_LABEL}) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`;

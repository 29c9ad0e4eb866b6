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
/** `keys`: every property name in the group, so each batch SETs all of them (absent ones become null: removed). */
export interface NodeGroup { labels: readonly string[]; keys: string[]; rows: NodeRow[] }
export interface EdgeGroup { type: string; keys: string[]; rows: EdgeRow[] }
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
    // A statement's whole text stays in the store (the viewer's reader): relations carry their quoted sentences.
    if (key === "text") continue;
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") props[key] = value;
    else if (Array.isArray(value)) props[key] = value.filter((v): v is string => typeof v === "string");
  }
  props.nameKeys = nameKeys(attributes.name, isEntity(attributes) ? attributes.aliases : []);
  // Where the node came from, on every node, so Cypher can filter on it (absent in the store means extracted).
  props.origin = (isEntity(attributes) ? attributes.origin : undefined) ?? "extracted";
  return props;
}

/**
 * Relationship properties: `cue`, `evidence` (the quoted sentences, so Cypher can return them) and
 * `evidenceJson` (the full evidence list: statement, sentence, offsets, cue). Few properties keep the load fast.
 */
export function edgeProps(attributes: EdgeAttributes): Props {
  const provenance = { origin: attributes.origin ?? "extracted", ...(attributes.corrections ? { corrections: [...attributes.corrections] } : {}) };
  if (attributes.type === "MENTIONED_IN") return { sentences: [...attributes.sentences], ...provenance };
  return { cue: attributes.cue, evidence: attributes.evidence.map((x) => x.text), evidenceJson: JSON.stringify(attributes.evidence), ...provenance };
}

export function planLoad(graph: BriefGraph): LoadPlan {
  const nodeGroups = new Map<string, NodeGroup>();
  graph.forEachNode((id, attributes) => {
    const labels = nodeLabels(attributes);
    const key = labels.join(":");
    const group = nodeGroups.get(key) ?? { labels, keys: [], rows: [] };
    group.rows.push({ id, props: nodeProps(id, attributes) });
    nodeGroups.set(key, group);
  });
  const edgeGroups = new Map<string, EdgeGroup>();
  graph.forEachEdge((_key, attributes, source, target) => {
    const group = edgeGroups.get(attributes.type) ?? { type: attributes.type, keys: [], rows: [] };
    group.rows.push({ s: source, t: target, props: edgeProps(attributes) });
    edgeGroups.set(attributes.type, group);
  });
  const withKeys = <G extends { keys: string[]; rows: { props: Props }[] }>(group: G): G => {
    const keys = new Set<string>();
    for (const row of group.rows) for (const k of Object.keys(row.props)) keys.add(k);
    return { ...group, keys: [...keys].filter((k) => k !== "id").sort() };
  };
  return {
    nodes: [...nodeGroups.values()].map(withKeys),
    edges: [...edgeGroups.values()].map(withKeys),
    nodeCount: graph.order,
    edgeCount: graph.size,
  };
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

function propertyNames(keys: readonly string[]): string[] {
  for (const k of keys) if (!/^[A-Za-z][A-Za-z0-9]*$/.test(k)) throw new RangeError(`not a model property: ${k}`);
  return [...keys];
}

/**
 * Nodes of one label set: rows are property maps with `id`; returns each id's elementId for the
 * relationship phase. Explicit SETs (not `n = map`) keep the plan free of an Eager barrier.
 */
export function mergeNodesCypher(labels: readonly string[], keys: readonly string[]): string {
  const [primary, ...rest] = checked(labels, LABEL_NAMES);
  const extra = [...rest, MARKER_LABEL].map((l) => `:${l}`).join("");
  const sets = propertyNames(keys).map((k) => `, n.${k} = row.${k}`).join("");
  return `UNWIND $rows AS row MERGE (n:${primary} {id: row.id}) SET n${extra}${sets} RETURN row.id AS id, elementId(n) AS element`;
}

/**
 * Nodes of one label set into a database holding no briefgraph node: CREATE, no lookup first (the
 * uniqueness constraints still reject a duplicate id; a null property is not set). The properties in the
 * CREATE pattern, not SET after it, keep the plan free of an Eager barrier. Same rows and result as `mergeNodesCypher`.
 */
export function createNodesCypher(labels: readonly string[], keys: readonly string[]): string {
  const all = [...checked(labels, LABEL_NAMES), MARKER_LABEL].map((l) => `:${l}`).join("");
  const props = ["id", ...propertyNames(keys)].map((k) => `${k}: row.${k}`).join(", ");
  return `UNWIND $rows AS row CREATE (n${all} {${props}}) RETURN row.id AS id, elementId(n) AS element`;
}

/** Relationships of one type: rows carry the endpoints' elementIds as `s` and `t`, and the properties. */
export function mergeEdgesCypher(type: string, keys: readonly string[]): string {
  const [t] = checked([type], TYPE_NAMES);
  const sets = propertyNames(keys).map((k) => `r.${k} = row.${k}`).join(", ");
  return `UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.s
MATCH (b) WHERE elementId(b) = row.t
MERGE (a)-[r:${t}]->(b)${sets ? ` SET ${sets}` : ""}`;
}

/**
 * Relationships of one type between nodes this load created (so no relationship can exist between
 * them yet): CREATE, with no check for an existing one. Same rows as `mergeEdgesCypher`.
 */
export function createEdgesCypher(type: string, keys: readonly string[]): string {
  const [t] = checked([type], TYPE_NAMES);
  const sets = propertyNames(keys).map((k) => `r.${k} = row.${k}`).join(", ");
  return `UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.s
MATCH (b) WHERE elementId(b) = row.t
CREATE (a)-[r:${t}]->(b)${sets ? ` SET ${sets}` : ""}`;
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

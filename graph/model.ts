/** The typed graphology graph and the few operations every stage shares. */
import { MultiDirectedGraph } from "graphology";
import { BriefgraphError } from "./errors.ts";
import { edgeKey } from "./ids.ts";
import {
  EdgeAttributesSchema,
  NodeAttributesSchema,
  SCHEMA_VERSION,
  SerializedGraphSchema,
  endpointsAllowed,
  type EdgeAttributes,
  type EntityAttributes,
  type Evidence,
  type GraphAttributes,
  type MentionAttributes,
  type NodeAttributes,
  type RelationType,
  type SerializedGraph,
} from "./schema.ts";

export type BriefGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function createGraph(): BriefGraph {
  const graph: BriefGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    allowSelfLoops: false,
  });
  graph.replaceAttributes({ schemaVersion: SCHEMA_VERSION, generator: "briefgraph" });
  return graph;
}

export function isEntity(attributes: NodeAttributes): attributes is EntityAttributes {
  return attributes.type !== "Statement";
}

function evidenceKey(e: Evidence): string {
  return `${e.statement}#${e.sentence}:${e.start}-${e.end}`;
}

/** The keys of an evidence list, remembered so that adding to a long list does not rescan it (the old list is replaced, never extended again). */
const evidenceKeys = new WeakMap<readonly Evidence[], Set<string>>();

/** Unions evidence lists, keeping the first occurrence and a stable order. */
export function unionEvidence(a: readonly Evidence[], b: readonly Evidence[]): Evidence[] {
  const seen = evidenceKeys.get(a) ?? new Set(a.map(evidenceKey));
  const out = [...a];
  for (const e of b) {
    const key = evidenceKey(e);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(e);
    }
  }
  evidenceKeys.set(out, seen);
  return out;
}

/**
 * One entity's mentions in one statement, joined: the sentences and the spans of both (each once, in text order; no
 * `spans` when neither has them, as in stores written before they were kept). The rest of `a` is kept.
 */
export function unionMentions(a: MentionAttributes, b: MentionAttributes): MentionAttributes {
  const sentences = [...new Set([...a.sentences, ...b.sentences])].sort((x, y) => x - y);
  if (a.spans === undefined && b.spans === undefined) return { ...a, sentences };
  const spans = new Map<string, [number, number]>();
  for (const span of [...(a.spans ?? []), ...(b.spans ?? [])]) spans.set(`${span[0]}:${span[1]}`, span);
  return { ...a, sentences, spans: [...spans.values()].sort((x, y) => x[0] - y[0] || x[1] - y[1]) };
}

export function unionStrings(a: readonly string[], b: readonly string[]): string[] {
  const out = [...a];
  const seen = new Set(a);
  for (const s of b) {
    if (seen.has(s)) continue;
    seen.add(s);
    out.push(s);
  }
  return out;
}

/**
 * Adds a relation edge (or adds its evidence to the existing one).
 * Returns false when the endpoint types break the domain model; nothing is added then.
 */
export function addRelation(
  graph: BriefGraph,
  source: string,
  type: RelationType,
  target: string,
  evidence: readonly Evidence[],
): boolean {
  if (source === target || evidence.length === 0) return false;
  const from = graph.getNodeAttributes(source);
  const to = graph.getNodeAttributes(target);
  if (!isEntity(from) || !isEntity(to) || !endpointsAllowed(type, from.type, to.type)) return false;
  const key = edgeKey(source, type, target);
  if (graph.hasEdge(key)) {
    graph.updateEdgeAttributes(key, (attrs) =>
      attrs.type === "MENTIONED_IN" ? attrs : { ...attrs, evidence: unionEvidence(attrs.evidence, evidence) },
    );
  } else {
    const first = evidence[0];
    if (!first) return false;
    graph.addDirectedEdgeWithKey(key, source, target, { type, cue: first.cue, evidence: [...evidence] });
  }
  return true;
}

const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function evidenceOrder(a: Evidence, b: Evidence): number {
  return byCode(a.statement, b.statement) || a.sentence - b.sentence || a.start - b.start || a.end - b.end || byCode(a.cue, b.cue);
}

/** A node as it is written: aliases in code-point order, however they were merged. */
function canonicalNode(attributes: NodeAttributes): NodeAttributes {
  if (attributes.type === "Statement") return attributes;
  return { ...attributes, aliases: [...attributes.aliases].sort(byCode) };
}

/**
 * An edge as it is written: evidence in one order (statement, sentence, offsets, cue) and the cue of the first
 * quote, so a store holds the same bytes whatever order its statements were ingested in.
 */
function canonicalEdge(attributes: EdgeAttributes): EdgeAttributes {
  if (attributes.type === "MENTIONED_IN" || attributes.evidence.length < 2) return attributes;
  const evidence = [...attributes.evidence].sort(evidenceOrder);
  const first = evidence[0];
  return { ...attributes, cue: first?.cue ?? attributes.cue, evidence };
}

/**
 * graphology JSON with keys sorted and edges in canonical form (see canonicalEdge), so the same graph always
 * serialises to the same bytes, whatever order its statements were merged in.
 */
export function serializeGraph(graph: BriefGraph): SerializedGraph {
  const nodes = graph
    .mapNodes((key, attributes) => ({ key, attributes: canonicalNode(attributes) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const edges = graph
    .mapEdges((key, attributes, source, target) => ({ key, source, target, attributes: canonicalEdge(attributes) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return {
    attributes: graph.getAttributes(),
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes,
    edges,
  };
}

/** Validates unknown JSON against the model and builds the graph; `origin` names the input in errors. */
export function deserializeGraph(data: unknown, origin: string): BriefGraph {
  const parsed = SerializedGraphSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.join(".") : "";
    throw new BriefgraphError(
      "STORE_INVALID",
      `${origin}: not a briefgraph graph (${where ? `at ${where}: ` : ""}${issue?.message ?? "invalid"})`,
    );
  }
  return graphFromSerialized(parsed.data, origin);
}

/** Builds the graph from validated serialised data; throws STORE_INVALID for an edge to a missing node. */
export function graphFromSerialized(data: SerializedGraph, origin: string): BriefGraph {
  const graph = createGraph();
  for (const node of data.nodes) graph.addNode(node.key, node.attributes);
  for (const edge of data.edges) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) {
      throw new BriefgraphError("STORE_INVALID", `${origin}: edge ${edge.key} points to a missing node`);
    }
    graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
  }
  return graph;
}

/** Checks every node and edge against the schemas and endpoint rules; returns the problems found. */
export function validateGraph(graph: BriefGraph): string[] {
  const problems: string[] = [];
  graph.forEachNode((key, attributes) => {
    if (!NodeAttributesSchema.safeParse(attributes).success) problems.push(`node ${key}: invalid attributes`);
  });
  graph.forEachEdge((key, attributes, _source, _target, sourceAttributes, targetAttributes) => {
    if (!EdgeAttributesSchema.safeParse(attributes).success) problems.push(`edge ${key}: invalid attributes`);
    if (attributes.type === "MENTIONED_IN") {
      if (targetAttributes.type !== "Statement") problems.push(`edge ${key}: MENTIONED_IN must end at a Statement`);
    } else if (
      !isEntity(sourceAttributes) ||
      !isEntity(targetAttributes) ||
      !endpointsAllowed(attributes.type, sourceAttributes.type, targetAttributes.type)
    ) {
      problems.push(`edge ${key}: ${attributes.type} may not join ${sourceAttributes.type} to ${targetAttributes.type}`);
    }
  });
  return problems;
}

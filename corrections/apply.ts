/**
 * Applying one correction to a graph, in place. Every precondition is checked before anything changes, so a
 * correction either applies whole or not at all; one that no longer applies (its entity, relation or sentence is
 * gone) returns why, for `ingest` and `corrections check` to report. Pure apart from the graph it is given.
 */
import { edgeKey } from "../graph/ids.ts";
import { isEntity, unionEvidence, unionMentions, unionStrings, type BriefGraph } from "../graph/model.ts";
import { endpointsAllowed, type EdgeAttributes, type EntityAttributes, type NodeAttributes } from "../graph/schema.ts";
import type { Correction, CorrectionOp } from "./schema.ts";

export type ApplyResult = { ok: true; notes: string[] } | { ok: false; reason: string };

type Op<K extends CorrectionOp["op"]> = Extract<Correction, { op: K }>;

const fail = (reason: string): ApplyResult => ({ ok: false, reason });

/** The attributes with correction `id` added to their provenance. */
function touched<A extends NodeAttributes | EdgeAttributes>(attributes: A, id: string): A {
  const corrections = attributes.type === "Statement" ? undefined : attributes.corrections;
  if (attributes.type === "Statement" || corrections?.includes(id)) return attributes;
  return { ...attributes, corrections: [...(corrections ?? []), id] };
}

function entity(graph: BriefGraph, id: string): EntityAttributes | string {
  if (!graph.hasNode(id)) return `entity ${id} is not in the graph`;
  const attributes = graph.getNodeAttributes(id);
  return isEntity(attributes) ? attributes : `${id} is a statement, not an entity`;
}

function merge(graph: BriefGraph, c: Op<"merge">): ApplyResult {
  const from = entity(graph, c.from);
  const into = entity(graph, c.into);
  if (typeof from === "string") return fail(from);
  if (typeof into === "string") return fail(into);
  if (c.from === c.into) return fail(`${c.from} cannot be merged into itself`);
  if (from.type !== into.type) return fail(`${c.from} is ${from.type} and ${c.into} is ${into.type} (retype one first)`);
  let added = 0;
  const moved: { attributes: EdgeAttributes; source: string; target: string }[] = [];
  graph.forEachEdge(c.from, (_key, attributes, source, target) => {
    moved.push({ attributes, source: source === c.from ? c.into : source, target: target === c.from ? c.into : target });
  });
  const notes: string[] = [];
  graph.dropNode(c.from);
  for (const { attributes, source, target } of moved) {
    if (source === target) {
      notes.push(`dropped ${attributes.type} between ${c.from} and ${c.into}, now one node`);
      continue;
    }
    const key = edgeKey(source, attributes.type, target);
    if (!graph.hasEdge(key)) {
      if (attributes.type === "MENTIONED_IN") added += attributes.sentences.length;
      graph.addDirectedEdgeWithKey(key, source, target, touched(attributes, c.id));
      continue;
    }
    graph.updateEdgeAttributes(key, (existing) => {
      if (existing.type === "MENTIONED_IN" && attributes.type === "MENTIONED_IN") {
        const joined = unionMentions(existing, attributes);
        added += joined.sentences.length - existing.sentences.length;
        return touched(joined, c.id);
      }
      if (existing.type !== "MENTIONED_IN" && attributes.type !== "MENTIONED_IN") {
        return touched({ ...existing, evidence: unionEvidence(existing.evidence, attributes.evidence) }, c.id);
      }
      return existing;
    });
  }
  graph.updateNodeAttributes(c.into, (a) => {
    if (!isEntity(a)) return a;
    const aliases = unionStrings(a.aliases, [from.name, ...from.aliases]).filter((x) => x !== a.name);
    const title = a.type === "Actor" ? (a.title ?? (from.type === "Actor" ? from.title : undefined)) : undefined;
    return touched({ ...a, aliases, mentions: a.mentions + added, ...(title ? { title } : {}) }, c.id);
  });
  return { ok: true, notes };
}

function rename(graph: BriefGraph, c: Op<"rename">): ApplyResult {
  const a = entity(graph, c.node);
  if (typeof a === "string") return fail(a);
  // The extracted name stays an alias, so the old name still finds the node.
  const aliases = unionStrings(a.aliases, [a.name]).filter((x) => x !== c.name);
  graph.replaceNodeAttributes(c.node, touched({ ...a, name: c.name, aliases }, c.id));
  return { ok: true, notes: [] };
}

function retype(graph: BriefGraph, c: Op<"retype">): ApplyResult {
  const a = entity(graph, c.node);
  if (typeof a === "string") return fail(a);
  const provenance = { ...(a.origin ? { origin: a.origin } : {}), ...(a.corrections ? { corrections: a.corrections } : {}) };
  const common = { name: a.name, aliases: a.aliases, mentions: a.mentions, ...provenance };
  const title = a.type === "Actor" ? a.title : undefined;
  const next: EntityAttributes =
    c.type === "Actor"
      ? { type: "Actor", ...common, kind: c.kind ?? "organization", ...(title ? { title } : {}) }
      : { type: c.type, ...common };
  const notes: string[] = [];
  const drop: string[] = [];
  graph.forEachEdge(c.node, (key, attributes, source, target, sa, ta) => {
    if (attributes.type === "MENTIONED_IN") return;
    const from = source === c.node ? next : sa;
    const to = target === c.node ? next : ta;
    if (isEntity(from) && isEntity(to) && endpointsAllowed(attributes.type, from.type, to.type)) return;
    drop.push(key);
    notes.push(`dropped ${key}: ${attributes.type} may not join ${from.type} to ${to.type}`);
  });
  for (const key of drop) graph.dropEdge(key);
  graph.replaceNodeAttributes(c.node, touched(next, c.id));
  return { ok: true, notes };
}

function alias(graph: BriefGraph, c: Op<"alias">): ApplyResult {
  const a = entity(graph, c.node);
  if (typeof a === "string") return fail(a);
  if (c.action === "remove") {
    if (!a.aliases.includes(c.alias)) return fail(`${c.node} has no alias "${c.alias}"`);
    graph.replaceNodeAttributes(c.node, touched({ ...a, aliases: a.aliases.filter((x) => x !== c.alias) }, c.id));
  } else {
    const aliases = c.alias === a.name ? a.aliases : unionStrings(a.aliases, [c.alias]);
    graph.replaceNodeAttributes(c.node, touched({ ...a, aliases }, c.id));
  }
  return { ok: true, notes: [] };
}

function remove(graph: BriefGraph, c: Op<"remove">): ApplyResult {
  const a = entity(graph, c.node);
  if (typeof a === "string") return fail(a);
  const edges = graph.edges(c.node).length;
  graph.dropNode(c.node);
  return { ok: true, notes: edges ? [`removed ${edges} edges with ${c.node}`] : [] };
}

function relate(graph: BriefGraph, c: Op<"relate">): ApplyResult {
  const from = entity(graph, c.source);
  const to = entity(graph, c.target);
  if (typeof from === "string") return fail(from);
  if (typeof to === "string") return fail(to);
  if (c.source === c.target) return fail(`a relation needs two entities, ${c.source} is one`);
  if (!endpointsAllowed(c.type, from.type, to.type)) return fail(`${c.type} may not join ${from.type} to ${to.type}`);
  const e = c.evidence;
  const statement = graph.hasNode(e.statement) ? graph.getNodeAttributes(e.statement) : undefined;
  if (statement?.type !== "Statement") return fail(`statement ${e.statement} is not in the graph`);
  if (e.sentence >= statement.sentences) return fail(`statement ${e.statement} has no sentence ${e.sentence + 1}`);
  const key = edgeKey(c.source, c.type, c.target);
  if (graph.hasEdge(key)) {
    graph.updateEdgeAttributes(key, (a) => (a.type === "MENTIONED_IN" ? a : touched({ ...a, evidence: unionEvidence(a.evidence, [e]) }, c.id)));
  } else {
    graph.addDirectedEdgeWithKey(key, c.source, c.target, { type: c.type, cue: e.cue, evidence: [e], origin: "analyst", corrections: [c.id] });
  }
  return { ok: true, notes: [] };
}

function unrelate(graph: BriefGraph, c: Op<"unrelate">): ApplyResult {
  const key = edgeKey(c.source, c.type, c.target);
  if (!graph.hasEdge(key)) return fail(`no ${c.type} relation from ${c.source} to ${c.target}`);
  graph.dropEdge(key);
  return { ok: true, notes: [] };
}

/** Applies `c` to `graph` (undo entries are handled by replay, which leaves out what they undo). */
export function applyCorrection(graph: BriefGraph, c: Correction): ApplyResult {
  switch (c.op) {
    case "merge":
      return merge(graph, c);
    case "rename":
      return rename(graph, c);
    case "retype":
      return retype(graph, c);
    case "alias":
      return alias(graph, c);
    case "remove":
      return remove(graph, c);
    case "relate":
      return relate(graph, c);
    case "unrelate":
      return unrelate(graph, c);
    case "undo":
      return { ok: true, notes: [] };
  }
}

/**
 * Merging the graphs of several statements into one: the same entity is one node
 * (aliases unioned, mention counts summed), the same relation one edge (evidence unioned).
 */
import { edgeKey } from "./ids.ts";
import { createGraph, isEntity, unionEvidence, unionStrings, type BriefGraph } from "./model.ts";
import type { EntityAttributes, NodeAttributes } from "./schema.ts";

/** Surface forms safe to identify an entity across statements: acronyms and multi-word names. */
function identifyingForms(attributes: EntityAttributes): string[] {
  const forms = attributes.type === "Actor" && attributes.kind === "person" ? [attributes.name] : [attributes.name, ...attributes.aliases];
  return forms.filter((form) => /\s/.test(form.trim()) || /^[A-Z0-9][A-Z0-9.&-]*[A-Z0-9]$/.test(form) || form === attributes.name);
}

function formKey(type: string, form: string): string {
  return `${type}\u0000${form.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim()}`;
}

function buildFormIndex(graph: BriefGraph): Map<string, string> {
  const index = new Map<string, string>();
  graph.forEachNode((key, attributes) => {
    if (!isEntity(attributes)) return;
    for (const form of identifyingForms(attributes)) {
      const k = formKey(attributes.type, form);
      if (!index.has(k)) index.set(k, key);
    }
  });
  return index;
}

function mergeNodeAttributes(existing: NodeAttributes, incoming: NodeAttributes): NodeAttributes {
  if (existing.type === "Statement" || incoming.type === "Statement") return existing;
  const aliases = unionStrings(existing.aliases, [incoming.name, ...incoming.aliases]).filter((a) => a !== existing.name);
  const mentions = existing.mentions + incoming.mentions;
  if (existing.type === "Actor") {
    const title = existing.title ?? (incoming.type === "Actor" ? incoming.title : undefined);
    return { ...existing, aliases, mentions, ...(title ? { title } : {}) };
  }
  return { ...existing, aliases, mentions };
}

/** An entity's mention count is the number of sentences naming it, over the statements it is MENTIONED_IN. */
function recountMentions(graph: BriefGraph, key: string): void {
  let total = 0;
  let seen = false;
  graph.forEachOutEdge(key, (_e, attributes) => {
    if (attributes.type === "MENTIONED_IN") {
      seen = true;
      total += attributes.sentences.length;
    }
  });
  if (seen) graph.updateNodeAttributes(key, (a) => (a.type === "Statement" ? a : { ...a, mentions: total }));
}

/** Merges `source` into `target` in place; returns the map from source node ids to target node ids. */
export function mergeInto(target: BriefGraph, source: BriefGraph): Map<string, string> {
  const index = buildFormIndex(target);
  const mapping = new Map<string, string>();
  source.forEachNode((key, attributes) => {
    let to = key;
    if (!target.hasNode(key) && isEntity(attributes)) {
      for (const form of identifyingForms(attributes)) {
        const hit = index.get(formKey(attributes.type, form));
        if (hit) {
          to = hit;
          break;
        }
      }
    }
    mapping.set(key, to);
    if (target.hasNode(to)) {
      // A statement seen again (same id = same title and sha256) is not counted twice.
      if (attributes.type === "Statement") return;
      target.updateNodeAttributes(to, (existing) => mergeNodeAttributes(existing, attributes));
    } else {
      target.addNode(to, attributes);
      if (isEntity(attributes)) for (const form of identifyingForms(attributes)) {
        const k = formKey(attributes.type, form);
        if (!index.has(k)) index.set(k, to);
      }
    }
  });
  source.forEachEdge((_key, attributes, s, t) => {
    const from = mapping.get(s) ?? s;
    const to = mapping.get(t) ?? t;
    if (from === to) return;
    const key = edgeKey(from, attributes.type, to);
    if (!target.hasEdge(key)) {
      target.addDirectedEdgeWithKey(key, from, to, attributes);
      return;
    }
    target.updateEdgeAttributes(key, (existing) => {
      if (existing.type === "MENTIONED_IN" && attributes.type === "MENTIONED_IN") {
        return { ...existing, sentences: [...new Set([...existing.sentences, ...attributes.sentences])].sort((a, b) => a - b) };
      }
      if (existing.type !== "MENTIONED_IN" && attributes.type !== "MENTIONED_IN") {
        return { ...existing, evidence: unionEvidence(existing.evidence, attributes.evidence) };
      }
      return existing;
    });
  });
  // Counts come from the statements, so merging the same statement twice changes nothing.
  for (const to of new Set(mapping.values())) recountMentions(target, to);
  return mapping;
}

/** Merges any number of graphs into a new one, in order. */
export function mergeGraphs(graphs: Iterable<BriefGraph>): BriefGraph {
  const out = createGraph();
  for (const graph of graphs) mergeInto(out, graph);
  return out;
}

/**
 * Merging the graphs of several statements into one: the same entity is one node
 * (aliases unioned, mention counts summed), the same relation one edge (evidence unioned).
 */
import { edgeKey } from "./ids.ts";
import { createGraph, isEntity, unionEvidence, unionMentions, unionStrings, type BriefGraph } from "./model.ts";
import type { EntityAttributes, NodeAttributes } from "./schema.ts";

/** Surface forms safe to identify an entity across statements: acronyms and multi-word names. */
function identifyingForms(attributes: EntityAttributes): string[] {
  const forms = attributes.type === "Actor" && attributes.kind === "person" ? [attributes.name] : [attributes.name, ...attributes.aliases];
  return forms.filter((form) => /\s/.test(form.trim()) || /^[A-Z0-9][A-Z0-9.&-]*[A-Z0-9]$/.test(form) || form === attributes.name);
}

/** The key under which a form identifies an entity of a type across statements (not the lexicon's form key). */
function identityKey(type: string, form: string): string {
  return `${type}\u0000${form.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim()}`;
}

interface FormIndex {
  forms: Map<string, string>;
  /** The graph's order when the index was last brought up to date; a different order means it was changed elsewhere. */
  order: number;
}

/** The form index of each merge target, kept up to date by mergeInto so merging N statements stays linear. */
const indexes = new WeakMap<BriefGraph, FormIndex>();

function indexNode(index: Map<string, string>, key: string, attributes: NodeAttributes): void {
  if (!isEntity(attributes)) return;
  for (const form of identifyingForms(attributes)) {
    const k = identityKey(attributes.type, form);
    if (!index.has(k)) index.set(k, key);
  }
}

function formIndex(graph: BriefGraph): Map<string, string> {
  const cached = indexes.get(graph);
  if (cached && cached.order === graph.order) return cached.forms;
  const forms = new Map<string, string>();
  graph.forEachNode((key, attributes) => indexNode(forms, key, attributes));
  indexes.set(graph, { forms, order: graph.order });
  return forms;
}

function mergeNodeAttributes(existing: NodeAttributes, incoming: NodeAttributes): NodeAttributes {
  if (existing.type === "Statement" || incoming.type === "Statement") return existing;
  const aliases = unionStrings(existing.aliases, [incoming.name, ...incoming.aliases]).filter((a) => a !== existing.name);
  if (existing.type === "Actor") {
    const title = existing.title ?? (incoming.type === "Actor" ? incoming.title : undefined);
    return { ...existing, aliases, ...(title ? { title } : {}) };
  }
  return { ...existing, aliases };
}

/** Merges `source` into `target` in place; returns the map from source node ids to target node ids. */
export function mergeInto(target: BriefGraph, source: BriefGraph): Map<string, string> {
  const index = formIndex(target);
  const mapping = new Map<string, string>();
  /** Nodes that existed before this merge: their mention counts change by what the new MENTIONED_IN edges add. */
  const existed = new Set<string>();
  source.forEachNode((key, attributes) => {
    let to = key;
    if (!target.hasNode(key) && isEntity(attributes)) {
      for (const form of identifyingForms(attributes)) {
        const hit = index.get(identityKey(attributes.type, form));
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
      existed.add(to);
      target.updateNodeAttributes(to, (existing) => mergeNodeAttributes(existing, attributes));
    } else {
      target.addNode(to, attributes);
      indexNode(index, to, attributes);
    }
  });
  const added = new Map<string, number>();
  source.forEachEdge((_key, attributes, s, t) => {
    const from = mapping.get(s) ?? s;
    const to = mapping.get(t) ?? t;
    if (from === to) return;
    const key = edgeKey(from, attributes.type, to);
    if (!target.hasEdge(key)) {
      target.addDirectedEdgeWithKey(key, from, to, attributes);
      if (attributes.type === "MENTIONED_IN") added.set(from, (added.get(from) ?? 0) + attributes.sentences.length);
      return;
    }
    target.updateEdgeAttributes(key, (existing) => {
      if (existing.type === "MENTIONED_IN" && attributes.type === "MENTIONED_IN") {
        const joined = unionMentions(existing, attributes);
        added.set(from, (added.get(from) ?? 0) + joined.sentences.length - existing.sentences.length);
        return joined;
      }
      if (existing.type !== "MENTIONED_IN" && attributes.type !== "MENTIONED_IN") {
        return { ...existing, evidence: unionEvidence(existing.evidence, attributes.evidence) };
      }
      return existing;
    });
  });
  // Counts come from the statements' sentences, so merging the same statement twice changes nothing.
  for (const key of existed) {
    const delta = added.get(key) ?? 0;
    if (delta !== 0) target.updateNodeAttributes(key, (a) => (a.type === "Statement" ? a : { ...a, mentions: a.mentions + delta }));
  }
  indexes.set(target, { forms: index, order: target.order });
  return mapping;
}

/** Merges any number of graphs into a new one, in order. */
export function mergeGraphs(graphs: Iterable<BriefGraph>): BriefGraph {
  const out = createGraph();
  for (const graph of graphs) mergeInto(out, graph);
  return out;
}

/**
 * The working-group hierarchy of the visible graph: which body is part of (or was established by) which, what
 * exercises and agreements each runs, who takes part; as an outline (for the side panel's tree) and as the links
 * the layered layout ranks (parents before children, participants before the bodies they join).
 */
import type { BriefGraph } from "../../../graph/model.ts";
import type { NodeType } from "../../../graph/schema.ts";
import { shortLabel } from "../../../export/formats/label.ts";
import type { LayeredInput } from "./layered.ts";

/** One collator for every sort by name (String#localeCompare builds one per call: slow on thousands of nodes). */
const byText = new Intl.Collator("en").compare;

export interface OutlineItem {
  key: string;
  name: string;
  type: NodeType;
  /** How it hangs under its parent ("part of", "established by"), empty at the top. */
  relation: string;
  /** Names of the actors that take part in or lead it. */
  participants: string[];
  children: OutlineItem[];
}

export interface Hierarchy {
  /** Top-level items that have sub-items or participants. */
  roots: OutlineItem[];
  /** Items linked to nothing in the view, listed as their own group. */
  unlinked: OutlineItem[];
  layout: LayeredInput;
}

/** parent → child for a hierarchy edge, undefined for participation. */
function parentChild(type: string, source: string, target: string): [string, string, string] | undefined {
  if (type === "PART_OF") return [target, source, "part of"];
  if (type === "ESTABLISHES") return [source, target, "established by"];
  return undefined;
}

export function buildHierarchy(graph: BriefGraph, nodes: ReadonlySet<string>, edges: ReadonlySet<string>): Hierarchy {
  const children = new Map<string, { child: string; relation: string }[]>();
  const hasParent = new Set<string>();
  const participants = new Map<string, Set<string>>();
  const links: [string, string, boolean?][] = [];
  const linked = new Set<string>();
  const name = (k: string) => graph.getNodeAttribute(k, "name");
  for (const edge of edges) {
    const type = graph.getEdgeAttribute(edge, "type");
    const source = graph.source(edge);
    const target = graph.target(edge);
    if (!nodes.has(source) || !nodes.has(target)) continue;
    linked.add(source);
    linked.add(target);
    const pc = parentChild(type, source, target);
    if (pc) {
      const [parent, child, relation] = pc;
      const list = children.get(parent) ?? [];
      list.push({ child, relation });
      children.set(parent, list);
      hasParent.add(child);
      links.push([parent, child]);
    } else if (graph.getNodeAttribute(source, "type") === "Actor") {
      const set = participants.get(target) ?? new Set();
      set.add(name(source));
      participants.set(target, set);
      links.push([source, target, true]);
    } else links.push([source, target]);
  }
  const seen = new Set<string>();
  const item = (key: string, relation: string): OutlineItem => {
    seen.add(key);
    const kids = (children.get(key) ?? [])
      .filter((c) => !seen.has(c.child))
      .sort((a, b) => byText(name(a.child), name(b.child)))
      .map((c) => item(c.child, c.relation));
    return { key, name: name(key), type: graph.getNodeAttribute(key, "type"), relation, participants: [...(participants.get(key) ?? [])].sort(), children: kids };
  };
  const byName = (a: string, b: string) => byText(name(a), name(b));
  const items = [...nodes].filter((k) => graph.getNodeAttribute(k, "type") !== "Actor").sort(byName);
  const roots = items.filter((k) => !hasParent.has(k) && linked.has(k)).map((k) => item(k, ""));
  // A cycle of PART_OF leaves its members without a root: list them at the top too.
  for (const k of items) if (!seen.has(k) && linked.has(k)) roots.push(item(k, ""));
  roots.sort((a, b) => Number(b.children.length > 0) - Number(a.children.length > 0) || byText(a.name, b.name));
  const unlinked = [...nodes].filter((k) => !linked.has(k)).sort(byName).map((k) => item(k, ""));
  return {
    roots,
    unlinked,
    layout: { nodes: [...nodes].sort().map((key) => ({ key, label: shortLabel(name(key)) })), links },
  };
}


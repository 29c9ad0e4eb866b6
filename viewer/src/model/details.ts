/** What the side panel shows for a node: its attributes, the statements that mention it, its relations grouped by type. */
import { isEntity, type BriefGraph } from "../../../graph/model.ts";
import type { Evidence, NodeType } from "../../../graph/schema.ts";

export interface RelationLine {
  edge: string;
  direction: "out" | "in";
  other: string;
  otherName: string;
  cue: string;
  evidence: readonly Evidence[];
}

export interface NodeDetails {
  key: string;
  name: string;
  type: NodeType;
  kind?: string;
  title?: string;
  /** For a statement: its date (null when it has none) and its source file. */
  statement?: { date: string | null; source: string };
  aliases: readonly string[];
  mentions: { statement: string; title: string; sentences: readonly number[] }[];
  /** For a statement: the entities it mentions, by name. */
  mentioned: { key: string; name: string; type: NodeType }[];
  relations: { type: string; lines: RelationLine[] }[];
  /** For a statement: the relations it states (edges with a quote from it), each with its quotes from it. */
  stated: StatedRelation[];
}

export interface StatedRelation {
  edge: string;
  source: string;
  sourceName: string;
  type: string;
  target: string;
  targetName: string;
  evidence: readonly Evidence[];
}

export function nodeDetails(graph: BriefGraph, key: string): NodeDetails {
  const a = graph.getNodeAttributes(key);
  const details: NodeDetails = { key, name: a.name, type: a.type, aliases: isEntity(a) ? a.aliases : [], mentions: [], mentioned: [], relations: [], stated: [] };
  if (a.type === "Actor") {
    details.kind = a.kind;
    if (a.title) details.title = a.title;
  }
  if (a.type === "Statement") {
    details.title = a.title;
    details.statement = { date: a.date ?? null, source: a.source };
    graph.forEachEdge((edge, e, source, target) => {
      if (e.type === "MENTIONED_IN") return;
      const evidence = e.evidence.filter((q) => q.statement === key);
      if (evidence.length === 0) return;
      const name = (k: string) => graph.getNodeAttribute(k, "name");
      details.stated.push({ edge, source, sourceName: name(source), type: e.type, target, targetName: name(target), evidence });
    });
    details.stated.sort((p, q) => (p.evidence[0]?.sentence ?? 0) - (q.evidence[0]?.sentence ?? 0) || p.sourceName.localeCompare(q.sourceName) || p.type.localeCompare(q.type));
  }
  const groups = new Map<string, RelationLine[]>();
  graph.forEachEdge(key, (edge, e, source, target) => {
    if (e.type === "MENTIONED_IN") {
      if (source === key) {
        const s = graph.getNodeAttributes(target);
        details.mentions.push({ statement: target, title: s.type === "Statement" ? s.title : s.name, sentences: e.sentences });
      } else {
        const m = graph.getNodeAttributes(source);
        details.mentioned.push({ key: source, name: m.name, type: m.type });
      }
      return;
    }
    const direction = source === key ? "out" : "in";
    const other = direction === "out" ? target : source;
    const line: RelationLine = { edge, direction, other, otherName: graph.getNodeAttribute(other, "name"), cue: e.cue, evidence: e.evidence };
    const list = groups.get(e.type) ?? [];
    list.push(line);
    groups.set(e.type, list);
  });
  details.mentioned.sort((p, q) => p.type.localeCompare(q.type) || p.name.localeCompare(q.name));
  details.relations = [...groups]
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([type, lines]) => ({ type, lines: lines.sort((p, q) => p.direction.localeCompare(q.direction) || p.otherName.localeCompare(q.otherName)) }));
  return details;
}

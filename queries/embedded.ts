/** The named queries on the embedded store: pure functions of a BriefGraph (graphology + graphology-traversal). */
import { bfsFromNode } from "graphology-traversal";
import { BriefgraphError, findNodes, isEntity, resolveNode, type BriefGraph, type EdgeAttributes } from "../graph/index.ts";
import { rankCandidates, type NameCandidate } from "./resolve.ts";
import {
  byText,
  sortedUnique,
  type BodyRow,
  type CommitmentRow,
  type EvidenceRow,
  type MentionRow,
  type NeighbourRow,
  type PathRow,
  type ThreatRow,
} from "./rows.ts";

/** The node `name` names (id, name or alias, case-insensitive); NAME_NOT_FOUND lists the closest names. */
export function resolveEmbedded(graph: BriefGraph, name: string): string {
  const candidates: NameCandidate[] = findNodes(graph, name).map((id) => {
    const a = graph.getNodeAttributes(id);
    return { id, name: a.name, aliases: isEntity(a) ? a.aliases : [], mentions: isEntity(a) ? a.mentions : 0 };
  });
  const [best] = rankCandidates(name, candidates);
  return best ?? resolveNode(graph, name);
}

function nameOf(graph: BriefGraph, id: string): string {
  return graph.getNodeAttribute(id, "name");
}

/** Names of the nodes joined to `id` by `type` edges, outgoing (targets) or incoming (sources). */
function linked(graph: BriefGraph, id: string, type: string, direction: "out" | "in"): string[] {
  const names: string[] = [];
  const visit = (_e: string, attrs: { type: string }, source: string, target: string) => {
    if (attrs.type === type) names.push(nameOf(graph, direction === "out" ? target : source));
  };
  if (direction === "out") graph.forEachOutEdge(id, visit);
  else graph.forEachInEdge(id, visit);
  return sortedUnique(names);
}

export function bodiesEmbedded(graph: BriefGraph): BodyRow[] {
  const rows: BodyRow[] = [];
  graph.forEachNode((id, a) => {
    if (a.type !== "Body") return;
    rows.push({
      id,
      body: a.name,
      aliases: sortedUnique(a.aliases),
      partOf: linked(graph, id, "PART_OF", "out"),
      parts: linked(graph, id, "PART_OF", "in"),
    });
  });
  return rows;
}

export function threatsEmbedded(graph: BriefGraph): ThreatRow[] {
  const rows: ThreatRow[] = [];
  graph.forEachNode((id, a) => {
    if (a.type !== "Threat") return;
    rows.push({
      id,
      threat: a.name,
      posedBy: linked(graph, id, "POSES", "in"),
      condemnedBy: linked(graph, id, "CONDEMNS", "in"),
      addressedBy: linked(graph, id, "ADDRESSES", "in"),
      simulatedBy: linked(graph, id, "SIMULATES", "in"),
    });
  });
  return rows;
}

/** Breadth-first over relation edges in both directions; statements (MENTIONED_IN) are not crossed. */
function distances(graph: BriefGraph, start: string, maxDepth: number): Map<string, number> {
  const seen = new Map<string, number>();
  bfsFromNode(
    graph,
    start,
    (node, attributes, depth) => {
      if (attributes.type === "Statement") return true;
      seen.set(node, depth);
      return depth >= maxDepth;
    },
    { mode: "directed" },
  );
  return seen;
}

export function neighbourhoodEmbedded(graph: BriefGraph, params: { name: string; hops: number; limit: number }): NeighbourRow[] {
  const start = resolveEmbedded(graph, params.name);
  const rows: NeighbourRow[] = [];
  for (const [id, distance] of distances(graph, start, params.hops)) {
    if (id === start) continue;
    const a = graph.getNodeAttributes(id);
    rows.push({ id, name: a.name, type: a.type, distance });
  }
  return rows.sort(neighbourOrder).slice(0, params.limit);
}

/** Nearest first, then by name and id: the order (and the cut at `limit`) of both backends. */
export function neighbourOrder(a: NeighbourRow, b: NeighbourRow): number {
  return a.distance - b.distance || byText(a.name, b.name) || byText(a.id, b.id);
}

/** The relations between two adjacent nodes, seen from `from`: "-[TYPE]->" or "<-[TYPE]-". */
function via(graph: BriefGraph, from: string, to: string): string[] {
  const out: string[] = [];
  graph.forEachOutEdge(from, to, (_e, a) => {
    if (a.type !== "MENTIONED_IN") out.push(`-[${a.type}]->`);
  });
  graph.forEachInEdge(from, to, (_e, a) => {
    if (a.type !== "MENTIONED_IN") out.push(`<-[${a.type}]-`);
  });
  return out.sort(byText);
}

export const MAX_PATH_HOPS = 12;

/** Among the shortest paths, the one whose id sequence is smallest: the same answer on every backend. */
export function pathEmbedded(graph: BriefGraph, params: { from: string; to: string }): PathRow[] {
  const from = resolveEmbedded(graph, params.from);
  const to = resolveEmbedded(graph, params.to);
  const dist = distances(graph, to, MAX_PATH_HOPS);
  const total = dist.get(from);
  if (total === undefined) return [];
  const ids = [from];
  let current = from;
  for (let d = total - 1; d >= 0; d--) {
    let next: string | undefined;
    graph.forEachNeighbor(current, (neighbour) => {
      if (dist.get(neighbour) === d && via(graph, current, neighbour).length > 0 && (next === undefined || neighbour < next)) next = neighbour;
    });
    if (next === undefined) throw new BriefgraphError("QUERY_UNKNOWN", `path: internal error walking from ${current}`);
    ids.push(next);
    current = next;
  }
  return ids.map((id, step) => {
    const a = graph.getNodeAttributes(id);
    const previous = ids[step - 1];
    return { step, id, name: a.name, type: a.type, via: previous === undefined ? [] : via(graph, previous, id) };
  });
}

export function commitmentsEmbedded(graph: BriefGraph, params: { actor: string }): CommitmentRow[] {
  const actor = resolveEmbedded(graph, params.actor);
  const rows: CommitmentRow[] = [];
  graph.forEachOutEdge(actor, (_e, a, _s, target) => {
    if (a.type !== "COMMITS_TO" && a.type !== "PARTY_TO") return;
    rows.push({ agreementId: target, agreement: nameOf(graph, target), relation: a.type, cue: a.cue, quotes: a.evidence.map((e) => e.text) });
  });
  return rows;
}

export function evidenceEmbedded(graph: BriefGraph, params: { from: string; to: string }): EvidenceRow[] {
  const from = resolveEmbedded(graph, params.from);
  const to = resolveEmbedded(graph, params.to);
  const rows: EvidenceRow[] = [];
  if (from === to) return rows;
  const collect = (_e: string, a: EdgeAttributes, source: string, target: string) => {
    if (a.type === "MENTIONED_IN") return;
    for (const e of a.evidence) {
      rows.push({ source: nameOf(graph, source), relation: a.type, target: nameOf(graph, target), statement: e.statement, sentence: e.sentence, cue: e.cue, quote: e.text });
    }
  };
  graph.forEachOutEdge(from, to, collect);
  graph.forEachInEdge(from, to, collect);
  return rows;
}

export function mentionsEmbedded(graph: BriefGraph, params: { name: string }): MentionRow[] {
  const id = resolveEmbedded(graph, params.name);
  const rows: MentionRow[] = [];
  graph.forEachOutEdge(id, (_e, a, _s, target) => {
    const s = graph.getNodeAttributes(target);
    if (a.type !== "MENTIONED_IN" || s.type !== "Statement") return;
    rows.push({ statementId: target, statement: s.title, date: s.date ?? null, sentences: [...a.sentences] });
  });
  return rows;
}

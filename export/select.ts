/** Choosing the subgraph to export: around a name, by node and edge type, by statement. Pure. */
import { BriefgraphError } from "../graph/errors.ts";
import { findNodes, resolveNode } from "../graph/lookup.ts";
import { createGraph, isEntity, type BriefGraph } from "../graph/model.ts";
import type { EntityType, RelationType } from "../graph/schema.ts";

export const MAX_HOPS = 5;

export interface Selection {
  /** Start from the entity with this name, alias or id (case-insensitive) ... */
  around?: string;
  /** Or start from these node ids (e.g. the rows of a named query); ids not in the graph are ignored. */
  ids?: readonly string[];
  /** ... and take everything within this many relations, ignoring direction (0–5; default 1 around a name, 0 from ids). */
  hops?: number;
  /** Keep only entities of these types (the `around` entity always stays). */
  types?: readonly EntityType[];
  /** Keep only relations of these types (and walk only them). */
  edgeTypes?: readonly RelationType[];
  /** Keep only what this statement (id, name or title) mentions and states. */
  statement?: string;
  /** Keep only what statements dated on or after this day (YYYY-MM-DD) mention and state. */
  since?: string;
  /** Keep only what statements dated on or before this day (YYYY-MM-DD) mention and state. */
  until?: string;
  /** Add the Statement nodes the entities are MENTIONED_IN, with those edges (captions and briefs need them). */
  withStatements?: boolean;
}

function resolveStatement(graph: BriefGraph, name: string): string {
  if (graph.hasNode(name) && graph.getNodeAttribute(name, "type") === "Statement") return name;
  const wanted = name.trim().toLowerCase();
  const found = graph.findNode((_k, a) => a.type === "Statement" && (a.title.toLowerCase() === wanted || a.name.toLowerCase() === wanted));
  if (found !== undefined) return found;
  const byName = findNodes(graph, name).find((k) => graph.getNodeAttribute(k, "type") === "Statement");
  if (byName !== undefined) return byName;
  const known = graph.filterNodes((_k, a) => a.type === "Statement").slice(0, 5);
  throw new BriefgraphError(
    "NAME_NOT_FOUND",
    `no statement "${name}"${known.length ? `; statements: ${known.map((k) => `"${k}"`).join(", ")}` : ""}`,
  );
}

/** Undirected breadth-first walk over relation edges (never through MENTIONED_IN) up to `hops`. */
export function neighbourhood(
  graph: BriefGraph,
  starts: readonly string[],
  hops: number,
  edgeOk: (type: RelationType) => boolean = () => true,
): Set<string> {
  const seen = new Set(starts);
  let frontier = [...seen];
  for (let depth = 0; depth < hops && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (_key, attributes, source, target) => {
        if (attributes.type === "MENTIONED_IN" || !edgeOk(attributes.type)) return;
        const other = source === node ? target : source;
        if (!seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  return seen;
}

export function checkHops(hops: number): number {
  if (!Number.isInteger(hops) || hops < 0 || hops > MAX_HOPS) {
    throw new BriefgraphError("USAGE", `--hops must be a whole number from 0 to ${MAX_HOPS}, got ${hops}`);
  }
  return hops;
}

/** The selected subgraph, a new graph; an EMPTY_SELECTION error when nothing is selected. */
export function selectSubgraph(graph: BriefGraph, selection: Selection): BriefGraph {
  const edgeTypes = selection.edgeTypes?.length ? new Set<string>(selection.edgeTypes) : undefined;
  const edgeOk = (type: string) => edgeTypes === undefined || edgeTypes.has(type);
  const statement = selection.statement === undefined ? undefined : resolveStatement(graph, selection.statement);
  const scope = statementScope(graph, statement, selection.since, selection.until);
  const center = selection.around === undefined ? undefined : resolveNode(graph, selection.around);
  if (center !== undefined && !isEntity(graph.getNodeAttributes(center))) {
    throw new BriefgraphError("USAGE", `--around needs an entity; "${selection.around}" is a statement (use --statement)`);
  }
  const hops = checkHops(selection.hops ?? (center === undefined ? 0 : 1));
  const seeds = [
    ...(center === undefined ? [] : [center]),
    ...(selection.ids ?? []).filter((id) => graph.hasNode(id) && isEntity(graph.getNodeAttributes(id))),
  ];

  let candidates: Set<string> =
    center === undefined && selection.ids === undefined
      ? new Set(graph.filterNodes((_k, a) => isEntity(a)))
      : neighbourhood(graph, seeds, hops, edgeOk);
  if (scope !== undefined) {
    const mentioned = new Set<string>();
    for (const s of scope) for (const k of graph.inNeighbors(s)) mentioned.add(k);
    candidates = new Set([...candidates].filter((k) => mentioned.has(k)));
  }
  const types = selection.types?.length ? new Set<string>(selection.types) : undefined;
  if (types !== undefined) {
    candidates = new Set([...candidates].filter((k) => k === center || types.has(graph.getNodeAttribute(k, "type"))));
  }

  const out = createGraph();
  for (const key of [...candidates].sort()) out.addNode(key, graph.getNodeAttributes(key));
  // Edges in key order, so every format comes out the same whatever order the source graph holds them in.
  const keys: string[] = [];
  graph.forEachEdge((key, attributes, source, target) => {
    if (attributes.type !== "MENTIONED_IN" && edgeOk(attributes.type) && candidates.has(source) && candidates.has(target)) keys.push(key);
  });
  for (const key of keys.sort()) {
    const attributes = graph.getEdgeAttributes(key);
    if (attributes.type === "MENTIONED_IN") continue;
    const kept = scope === undefined ? attributes : { ...attributes, evidence: attributes.evidence.filter((e) => scope.has(e.statement)) };
    if (kept.evidence.length > 0) out.addDirectedEdgeWithKey(key, graph.source(key), graph.target(key), kept);
  }
  if (out.order === 0) {
    throw new BriefgraphError("EMPTY_SELECTION", "the selection is empty: nothing matches these options");
  }
  if (selection.withStatements) addStatements(graph, out, scope);
  return out;
}

/**
 * The statements a selection keeps (one named statement, those dated from `since` to `until`, or both), or
 * undefined when it keeps every statement. Undated statements fall outside any date range.
 */
function statementScope(graph: BriefGraph, statement: string | undefined, since: string | undefined, until: string | undefined): Set<string> | undefined {
  if (statement === undefined && since === undefined && until === undefined) return undefined;
  const scope = new Set<string>();
  graph.forEachNode((key, a) => {
    if (a.type !== "Statement" || (statement !== undefined && key !== statement)) return;
    if (since !== undefined && (a.date === undefined || a.date < since)) return;
    if (until !== undefined && (a.date === undefined || a.date > until)) return;
    scope.add(key);
  });
  if (scope.size === 0) {
    const range = `${since ?? "…"} to ${until ?? "…"}`;
    throw new BriefgraphError("EMPTY_SELECTION", statement === undefined ? `no statement is dated from ${range}` : `the statement is not dated from ${range}`);
  }
  return scope;
}

/** Adds the Statement nodes (and MENTIONED_IN edges) of the entities in `out`; only those in `only` when given. */
function addStatements(graph: BriefGraph, out: BriefGraph, only: ReadonlySet<string> | undefined): void {
  const mentions: [string, string, string][] = [];
  for (const node of out.nodes()) {
    graph.forEachOutEdge(node, (key, attributes, _source, target) => {
      if (attributes.type === "MENTIONED_IN" && (only === undefined || only.has(target))) mentions.push([key, node, target]);
    });
  }
  for (const [, , target] of mentions.sort((a, b) => (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0))) {
    if (!out.hasNode(target)) out.addNode(target, graph.getNodeAttributes(target));
  }
  for (const [key, node, target] of mentions.sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    out.addDirectedEdgeWithKey(key, node, target, graph.getEdgeAttributes(key));
  }
}

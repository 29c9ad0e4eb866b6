/** What the view shows for a state: type and edge filters, unchecked statements, the working-groups view, focus hops, the shortest path. */
import { createGraph, type BriefGraph } from "../../../graph/model.ts";
import type { ViewState } from "./state.ts";
import { hiddenByStatements } from "./history.ts";

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
  /** The selection and its visible neighbours (empty when nothing is selected). */
  highlighted: Set<string>;
  /** Node keys of the shortest path between pathFrom and pathTo, in order (empty when none). */
  path: string[];
  pathEdges: Set<string>;
}

/** The hierarchy: what a body is part of or was established by; who takes part in or leads it. */
export const GROUP_EDGES: ReadonlySet<string> = new Set(["PART_OF", "ESTABLISHES", "PARTICIPATES_IN", "LEADS"]);
/** The threat table: who poses, condemns or addresses a threat, what it violates, which exercise simulates it. */
export const THREAT_EDGES: ReadonlySet<string> = new Set(["POSES", "CONDEMNS", "ADDRESSES", "VIOLATES", "SIMULATES"]);

/** An edge of the working-group hierarchy: one of GROUP_EDGES that touches a body. */
export function isGroupEdge(graph: BriefGraph, edge: string): boolean {
  if (!GROUP_EDGES.has(graph.getEdgeAttribute(edge, "type"))) return false;
  return graph.getNodeAttribute(graph.source(edge), "type") === "Body" || graph.getNodeAttribute(graph.target(edge), "type") === "Body";
}

/** An edge of the threat table: one of THREAT_EDGES that touches a threat. */
export function isThreatEdge(graph: BriefGraph, edge: string): boolean {
  if (!THREAT_EDGES.has(graph.getEdgeAttribute(edge, "type"))) return false;
  return graph.getNodeAttribute(graph.source(edge), "type") === "Threat" || graph.getNodeAttribute(graph.target(edge), "type") === "Threat";
}

/** Breadth-first search over `edges` (both directions) from `start`; returns each reached node's predecessor edge. */
function bfs(graph: BriefGraph, start: string, edges: Set<string>, maxDepth: number, stopAt?: string): Map<string, string | null> {
  const parent = new Map<string, string | null>([[start, null]]);
  let frontier = [start];
  for (let depth = 0; depth < maxDepth && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const edge of graph.edges(node)) {
        if (!edges.has(edge)) continue;
        const other = graph.opposite(node, edge);
        if (parent.has(other)) continue;
        parent.set(other, edge);
        if (other === stopAt) return parent;
        next.push(other);
      }
    }
    frontier = next;
  }
  return parent;
}

export function computeVisible(graph: BriefGraph, state: ViewState): Visible {
  const hiddenTypes = new Set<string>(state.hiddenTypes);
  const hiddenEdgeTypes = new Set<string>(state.hiddenEdgeTypes);
  const inView = state.view === "groups" ? isGroupEdge : state.view === "threats" ? isThreatEdge : undefined;
  const anchorType = state.view === "groups" ? "Body" : "Threat";
  let edges = new Set<string>();
  let nodes = new Set<string>();
  const viewNodes = new Set<string>();
  if (inView) {
    graph.forEachNode((key, a) => {
      if (a.type === anchorType) viewNodes.add(key);
    });
    graph.forEachEdge((edge, _a, source, target) => {
      if (!inView(graph, edge)) return;
      viewNodes.add(source);
      viewNodes.add(target);
    });
  }
  const unchecked = hiddenByStatements(graph, state.offStatements, state);
  graph.forEachNode((key, a) => {
    if (!hiddenTypes.has(a.type) && (!inView || viewNodes.has(key)) && !unchecked.nodes.has(key)) nodes.add(key);
  });
  graph.forEachEdge((edge, a, source, target) => {
    if (hiddenEdgeTypes.has(a.type) || !nodes.has(source) || !nodes.has(target) || unchecked.edges.has(edge)) return;
    if (inView && !inView(graph, edge)) return;
    edges.add(edge);
  });
  const around = state.around ?? state.selected;
  if (around !== undefined && nodes.has(around) && state.focus > 0) {
    nodes = new Set(bfs(graph, around, edges, state.focus).keys());
    edges = new Set([...edges].filter((e) => nodes.has(graph.source(e)) && nodes.has(graph.target(e))));
  }
  const selected = state.selected !== undefined && graph.hasNode(state.selected) ? state.selected : undefined;
  const highlighted = new Set<string>();
  if (selected !== undefined && nodes.has(selected)) {
    highlighted.add(selected);
    for (const edge of graph.edges(selected)) if (edges.has(edge)) highlighted.add(graph.opposite(selected, edge));
  } else if (selected !== undefined && graph.getNodeAttribute(selected, "type") === "Statement") {
    // A statement (a hidden type, found by search or a "Mentioned in" link): light up what it mentions.
    graph.forEachInEdge(selected, (_e, a, source) => {
      if (a.type === "MENTIONED_IN" && nodes.has(source)) highlighted.add(source);
    });
  }
  const path: string[] = [];
  const pathEdges = new Set<string>();
  const { pathFrom, pathTo } = state;
  if (pathFrom !== undefined && pathTo !== undefined && nodes.has(pathFrom) && nodes.has(pathTo)) {
    const parent = bfs(graph, pathFrom, edges, Number.POSITIVE_INFINITY, pathTo);
    if (parent.has(pathTo)) {
      let at: string = pathTo;
      path.push(at);
      for (let edge = parent.get(at); edge; edge = parent.get(at)) {
        pathEdges.add(edge);
        at = graph.opposite(at, edge);
        path.push(at);
      }
      path.reverse();
    }
  }
  return { nodes, edges, highlighted, path, pathEdges };
}

/** The visible part of the graph as a graph of its own (same attributes), for the GraphML/GEXF/JSON exports. */
export function visibleSubgraph(graph: BriefGraph, visible: Pick<Visible, "nodes" | "edges">): BriefGraph {
  const sub = createGraph();
  graph.forEachNode((key, a) => {
    if (visible.nodes.has(key)) sub.addNode(key, a);
  });
  graph.forEachEdge((edge, a, source, target) => {
    if (visible.edges.has(edge)) sub.addDirectedEdgeWithKey(edge, source, target, a);
  });
  return sub;
}

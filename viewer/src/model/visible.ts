/** What the view shows for a state: type and edge filters, the working-groups view, focus hops, the shortest path. */
import { createGraph, type BriefGraph } from "../../../graph/model.ts";
import type { ViewState } from "./state.ts";

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
  /** The selection and its visible neighbours (empty when nothing is selected). */
  highlighted: Set<string>;
  /** Node keys of the shortest path between pathFrom and pathTo, in order (empty when none). */
  path: string[];
  pathEdges: Set<string>;
}

const GROUP_EDGES = new Set(["PART_OF", "PARTICIPATES_IN"]);

function isGroupEdge(graph: BriefGraph, edge: string): boolean {
  if (!GROUP_EDGES.has(graph.getEdgeAttribute(edge, "type"))) return false;
  return graph.getNodeAttribute(graph.source(edge), "type") === "Body" || graph.getNodeAttribute(graph.target(edge), "type") === "Body";
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
  const groups = state.view === "groups";
  let edges = new Set<string>();
  let nodes = new Set<string>();
  const groupNodes = new Set<string>();
  if (groups) {
    graph.forEachNode((key, a) => {
      if (a.type === "Body") groupNodes.add(key);
    });
    graph.forEachEdge((edge, _a, source, target) => {
      if (!isGroupEdge(graph, edge)) return;
      groupNodes.add(source);
      groupNodes.add(target);
    });
  }
  graph.forEachNode((key, a) => {
    if (!hiddenTypes.has(a.type) && (!groups || groupNodes.has(key))) nodes.add(key);
  });
  graph.forEachEdge((edge, a, source, target) => {
    if (hiddenEdgeTypes.has(a.type) || !nodes.has(source) || !nodes.has(target)) return;
    if (groups && !isGroupEdge(graph, edge)) return;
    edges.add(edge);
  });
  const selected = state.selected !== undefined && nodes.has(state.selected) ? state.selected : undefined;
  if (selected !== undefined && state.focus > 0) {
    nodes = new Set(bfs(graph, selected, edges, state.focus).keys());
    edges = new Set([...edges].filter((e) => nodes.has(graph.source(e)) && nodes.has(graph.target(e))));
  }
  const highlighted = new Set<string>();
  if (selected !== undefined) {
    highlighted.add(selected);
    for (const edge of graph.edges(selected)) if (edges.has(edge)) highlighted.add(graph.opposite(selected, edge));
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

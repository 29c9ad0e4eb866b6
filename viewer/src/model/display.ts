/** The graph sigma draws: same keys as the BriefGraph, with position, size, colour and label (pure, no DOM). */
import { MultiDirectedGraph } from "graphology";
import type { BriefGraph } from "../../../graph/model.ts";
import type { EdgeType, NodeType } from "../../../graph/schema.ts";
import { shortLabel } from "../../../export/formats/label.ts";
import { EDGE_COLORS, NODE_COLORS, nodeSize } from "./palette.ts";
import { distinctLabels } from "./labels.ts";

export interface DisplayNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  nodeType: NodeType;
  /** Number of relation edges (MENTIONED_IN not counted). */
  degree: number;
  /** Set by the reducer: the selected or focal node, drawn with a ring. */
  ring?: boolean;
  /** Set by the reducer: a node kept for context (second hop, not lit), its label drawn lighter. */
  faded?: boolean;
}
export interface DisplayEdge {
  size: number;
  color: string;
  relType: EdgeType;
  /** Sigma's edge program: "curved" for parallel edges (drawn apart), else the renderer's default. */
  type?: string;
  /** Bend of a curved edge (sign: side, relative to the pair's key order). */
  curvature?: number;
}
export type DisplayGraph = MultiDirectedGraph<DisplayNode, DisplayEdge>;

/** Labels stay short on the canvas (the full name is in the tooltip and the panel); the exports' rule, told apart where two read alike (distinctLabels). */
export { shortLabel };

export function relationDegrees(graph: BriefGraph): Map<string, number> {
  const degree = new Map<string, number>();
  graph.forEachEdge((_e, a, source, target) => {
    if (a.type === "MENTIONED_IN") return;
    degree.set(source, (degree.get(source) ?? 0) + 1);
    degree.set(target, (degree.get(target) ?? 0) + 1);
  });
  return degree;
}

/**
 * The graph sigma draws. Mention edges (to Statement nodes) are left out unless `withMentions`: they are hidden
 * by default, and leaving them out makes big graphs draw sooner; `addMentions` adds them when they are shown.
 */
export function displayGraph(graph: BriefGraph, positions: ReadonlyMap<string, { x: number; y: number }>, withMentions = false): DisplayGraph {
  const degree = relationDegrees(graph);
  const labels = distinctLabels(graph.mapNodes((key, a) => ({ key, name: a.name, type: a.type })));
  const display: DisplayGraph = new MultiDirectedGraph<DisplayNode, DisplayEdge>({ allowSelfLoops: false });
  graph.forEachNode((key, a) => {
    const d = degree.get(key) ?? 0;
    const p = positions.get(key) ?? { x: 0, y: 0 };
    display.addNode(key, { x: p.x, y: p.y, size: nodeSize(d), color: NODE_COLORS[a.type], label: labels.get(key) ?? shortLabel(a.name), nodeType: a.type, degree: d });
  });
  graph.forEachEdge((key, a, source, target) => {
    if (a.type !== "MENTIONED_IN") display.addDirectedEdgeWithKey(key, source, target, { size: 1.5, color: EDGE_COLORS[a.type], relType: a.type });
  });
  if (withMentions) addMentions(graph, display);
  curveParallelEdges(display);
  return display;
}

/**
 * Edges between the same two nodes (either direction) are drawn apart: each gets a curvature, spread evenly on
 * both sides of the straight line (the middle one of an odd count stays straight).
 */
export function curveParallelEdges(display: DisplayGraph): void {
  // A pair is one number (node indices, the smaller first): no key string per edge on graphs of 50,000 edges.
  const index = new Map<string, number>();
  display.forEachNode((key) => {
    index.set(key, index.size);
  });
  const groups = new Map<number, string[]>();
  display.forEachEdge((edge, a, source, target) => {
    if (a.relType === "MENTIONED_IN") return;
    const s = index.get(source) ?? 0;
    const t = index.get(target) ?? 0;
    const pair = Math.min(s, t) * index.size + Math.max(s, t);
    const list = groups.get(pair);
    if (list) list.push(edge);
    else groups.set(pair, [edge]);
  });
  for (const edges of groups.values()) {
    if (edges.length < 2) continue;
    edges.sort();
    edges.forEach((edge, i) => {
      const forward = display.source(edge) < display.target(edge) ? 1 : -1;
      const curvature = forward * (i - (edges.length - 1) / 2) * 0.45;
      if (curvature !== 0) display.mergeEdgeAttributes(edge, { type: "curved", curvature });
    });
  }
}

/** Adds the mention edges to the display graph (once). */
export function addMentions(graph: BriefGraph, display: DisplayGraph): void {
  graph.forEachEdge((key, a, source, target) => {
    if (a.type === "MENTIONED_IN" && !display.hasEdge(key)) display.addDirectedEdgeWithKey(key, source, target, { size: 0.5, color: EDGE_COLORS.MENTIONED_IN, relType: a.type });
  });
}

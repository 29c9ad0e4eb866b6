/** The graph sigma draws: same keys as the BriefGraph, with position, size, colour and label (pure, no DOM). */
import { MultiDirectedGraph } from "graphology";
import type { BriefGraph } from "../../../graph/model.ts";
import type { EdgeType, NodeType } from "../../../graph/schema.ts";
import { MUTED_EDGE, NODE_COLORS, nodeSize } from "./palette.ts";

export interface DisplayNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  nodeType: NodeType;
  /** Number of relation edges (MENTIONED_IN not counted). */
  degree: number;
}
export interface DisplayEdge {
  size: number;
  color: string;
  relType: EdgeType;
}
export type DisplayGraph = MultiDirectedGraph<DisplayNode, DisplayEdge>;

/** Labels stay short on the canvas (the full name is in the tooltip and the panel). */
export function shortLabel(name: string, max = 34): string {
  if (name.length <= max) return name;
  const cut = name.slice(0, max - 1);
  const space = name.charAt(max - 1) === " " ? cut.length : cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:(–-]+$/, "")}…`;
}

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
  const display: DisplayGraph = new MultiDirectedGraph<DisplayNode, DisplayEdge>({ allowSelfLoops: false });
  graph.forEachNode((key, a) => {
    const d = degree.get(key) ?? 0;
    const p = positions.get(key) ?? { x: 0, y: 0 };
    display.addNode(key, { x: p.x, y: p.y, size: nodeSize(d), color: NODE_COLORS[a.type], label: shortLabel(a.name), nodeType: a.type, degree: d });
  });
  graph.forEachEdge((key, a, source, target) => {
    if (a.type !== "MENTIONED_IN") display.addDirectedEdgeWithKey(key, source, target, { size: 1.5, color: MUTED_EDGE, relType: a.type });
  });
  if (withMentions) addMentions(graph, display);
  return display;
}

/** Adds the mention edges to the display graph (once). */
export function addMentions(graph: BriefGraph, display: DisplayGraph): void {
  graph.forEachEdge((key, a, source, target) => {
    if (a.type === "MENTIONED_IN" && !display.hasEdge(key)) display.addDirectedEdgeWithKey(key, source, target, { size: 0.5, color: MUTED_EDGE, relType: a.type });
  });
}

/** Sigma set-up: reducers that apply the visible set, the selection, the path and hover; readable labels with a halo. */
import Sigma from "sigma";
import type { NodeLabelDrawingFunction } from "sigma/rendering";
import type { BriefGraph } from "../../../graph/model.ts";
import type { DisplayEdge, DisplayGraph, DisplayNode } from "../model/display.ts";
import { EDGE_COLORS, FADED_EDGE, FADED_NODE, MUTED_EDGE } from "../model/palette.ts";
import type { Visible } from "../model/visible.ts";

/** What the reducers read; the app mutates it, then calls `renderer.refresh({ skipIndexation: true })`. */
export interface Scene {
  visible: Visible;
  selected?: string;
  hoveredNode?: string;
  hoveredEdge?: string;
  cypherHits: Set<string>;
}

const PATH_COLOR = "#000000";

/** Above this many nodes the viewer draws for speed: lines, no edge events, no live layout animation. */
export const BIG_GRAPH = 5000;

const drawLabel: NodeLabelDrawingFunction<DisplayNode, DisplayEdge> = (context, data, settings) => {
  if (!data.label) return;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  context.lineJoin = "round";
  context.lineWidth = 4;
  context.strokeStyle = "rgba(255,255,255,0.92)";
  const x = data.x + data.size + 4;
  const y = data.y + size / 3;
  context.strokeText(data.label, x, y);
  context.fillStyle = "#1f2933";
  context.fillText(data.label, x, y);
};

export function createRenderer(container: HTMLElement, display: DisplayGraph, graph: BriefGraph, scene: Scene): Sigma<DisplayNode, DisplayEdge> {
  const emphasis = () => scene.selected !== undefined || scene.visible.path.length > 0 || scene.cypherHits.size > 0;
  const pathNodes = () => new Set(scene.visible.path);
  let pathCache: { path: string[]; set: Set<string> } = { path: [], set: new Set() };
  const inPath = (key: string) => {
    if (pathCache.path !== scene.visible.path) pathCache = { path: scene.visible.path, set: pathNodes() };
    return pathCache.set.has(key);
  };
  const big = display.order > BIG_GRAPH;
  return new Sigma<DisplayNode, DisplayEdge>(display, container, {
    /** Big graphs: thin lines (software WebGL fills far fewer pixels than with arrows). */
    defaultEdgeType: big ? "line" : "arrow",
    renderEdgeLabels: true,
    enableEdgeEvents: !big,
    hideEdgesOnMove: big,
    labelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    labelSize: 13,
    labelWeight: "600",
    labelColor: { color: "#1f2933" },
    labelDensity: 0.5,
    labelGridCellSize: 130,
    /** Small graphs: every label; big ones: the important (large) nodes, more as you zoom in. */
    labelRenderedSizeThreshold: display.order <= 300 ? 0 : 10,
    edgeLabelSize: 11,
    edgeLabelColor: { color: "#37424f" },
    defaultDrawNodeLabel: drawLabel,
    minEdgeThickness: 0.8,
    zIndex: true,
    stagePadding: 60,
    nodeReducer: (key, data) => {
      if (!scene.visible.nodes.has(key)) return { ...data, hidden: true };
      const lit = scene.visible.highlighted.has(key) || inPath(key) || scene.cypherHits.has(key);
      const res = { ...data, zIndex: lit ? 2 : 1 };
      if (key === scene.selected) return { ...res, highlighted: true, forceLabel: true, zIndex: 3 };
      if (key === scene.hoveredNode) return { ...res, forceLabel: true, zIndex: 3 };
      if (emphasis() && !lit) return { ...res, color: FADED_NODE, label: "", zIndex: 0 };
      if (lit) return { ...res, forceLabel: true };
      return res;
    },
    edgeReducer: (key, data) => {
      if (!scene.visible.edges.has(key)) return { ...data, hidden: true };
      const source = graph.source(key);
      const target = graph.target(key);
      const typed = EDGE_COLORS[data.relType];
      if (key === scene.hoveredEdge || source === scene.hoveredNode || target === scene.hoveredNode)
        return { ...data, color: typed, size: 2.5, label: data.relType, zIndex: 3 };
      if (scene.visible.pathEdges.has(key)) return { ...data, color: PATH_COLOR, size: 3, zIndex: 2 };
      if (source === scene.selected || target === scene.selected) return { ...data, color: typed, size: 2, zIndex: 2 };
      if (emphasis()) return { ...data, color: FADED_EDGE, label: null, zIndex: 0 };
      return { ...data, color: MUTED_EDGE, label: null, zIndex: 1 };
    },
  });
}

/**
 * Sigma set-up: reducers that apply the visible set, the selection, the path, hover and the layered positions;
 * every label drawn for up to a few hundred visible nodes, each placed where it overlaps no label drawn before it;
 * arrows coloured by relation family, parallel edges curved apart (@sigma/edge-curve); the focal node ringed.
 */
import Sigma from "sigma";
import type { NodeLabelDrawingFunction } from "sigma/rendering";
import { EdgeCurvedArrowProgram } from "@sigma/edge-curve";
import type { BriefGraph } from "../../../graph/model.ts";
import type { DisplayEdge, DisplayGraph, DisplayNode } from "../model/display.ts";
import { CHANGE_COLORS, FADED_EDGE, FADED_NODE, FOCAL_RING } from "../model/palette.ts";
import type { Change } from "../../../history/diff.ts";
import type { Visible } from "../model/visible.ts";

/** What the reducers read; the app mutates it, then calls `renderer.refresh({ skipIndexation: true })`. */
export interface Scene {
  visible: Visible;
  selected?: string;
  /** The node a focused view is centred on. */
  focal?: string;
  hoveredNode?: string;
  hoveredEdge?: string;
  cypherHits: Set<string>;
  /** Positions of a layered view (hierarchy, threats); the app puts the nodes there while the view is shown. */
  positions?: ReadonlyMap<string, { x: number; y: number }>;
  /** Compare mode: each node's and edge's change between statements A and B (the rest are faded). */
  compare?: { nodes: ReadonlyMap<string, Change>; edges: ReadonlyMap<string, Change> };
}

const PATH_COLOR = "#000000";

/** Above this many nodes the viewer draws for speed: lines, no edge events, no live layout animation. */
export const BIG_GRAPH = 5000;
/** Up to this many visible nodes every label is drawn. */
export const ALL_LABELS = 400;
/** Node radius cap in the layered views, so rows stay apart. */
const LAYERED_SIZE = 7;

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Draws labels to the right of their node, else left, above, below, or a line or two up or down: the first place free of the labels already drawn in this frame. */
function labelDrawer(placed: Box[], fontSize: () => number | undefined): NodeLabelDrawingFunction<DisplayNode, DisplayEdge> {
  return (context, data, settings) => {
    if (data.ring) {
      context.beginPath();
      context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
      context.lineWidth = 3;
      context.strokeStyle = FOCAL_RING;
      context.stroke();
    }
    if (!data.label) return;
    const size = fontSize() ?? settings.labelSize;
    context.font = `${data.ring ? "700" : settings.labelWeight} ${size}px ${settings.labelFont}`;
    const w = context.measureText(data.label).width;
    const gap = data.size + 4;
    const candidates: [number, number][] = [
      [data.x + gap, data.y + size / 3],
      [data.x - gap - w, data.y + size / 3],
      [data.x - w / 2, data.y - gap - 2],
      [data.x - w / 2, data.y + gap + size],
      ...[1, -1, 2, -2].flatMap((k): [number, number][] => [
        [data.x + gap, data.y + size / 3 + k * (size + 2)],
        [data.x - gap - w, data.y + size / 3 + k * (size + 2)],
      ]),
    ];
    const boxOf = ([x, y]: [number, number]): Box => ({ x1: x - 1, y1: y - size, x2: x + w + 1, y2: y + size / 3 });
    const free = (b: Box) => placed.every((o) => b.x2 <= o.x1 || b.x1 >= o.x2 || b.y2 <= o.y1 || b.y1 >= o.y2);
    const at = candidates.find((c) => free(boxOf(c))) ?? candidates[0] ?? [data.x + gap, data.y];
    placed.push(boxOf(at));
    context.lineJoin = "round";
    context.lineWidth = 4;
    context.strokeStyle = "rgba(255,255,255,0.92)";
    context.strokeText(data.label, at[0], at[1]);
    context.fillStyle = data.faded ? "#7b8794" : "#1f2933";
    context.fillText(data.label, at[0], at[1]);
  };
}

export function createRenderer(container: HTMLElement, display: DisplayGraph, graph: BriefGraph, scene: Scene): Sigma<DisplayNode, DisplayEdge> {
  const emphasis = () => scene.selected !== undefined || scene.visible.path.length > 0 || scene.cypherHits.size > 0;
  let pathCache: { path: string[]; set: Set<string> } = { path: [], set: new Set() };
  const inPath = (key: string) => {
    if (pathCache.path !== scene.visible.path) pathCache = { path: scene.visible.path, set: new Set(scene.visible.path) };
    return pathCache.set.has(key);
  };
  const big = display.order > BIG_GRAPH;
  const placed: Box[] = [];
  /** Layered views are laid out in 13 px label units: their labels scale with the picture, so columns never collide. */
  let layeredFont: number | undefined;
  const renderer = new Sigma<DisplayNode, DisplayEdge>(display, container, {
    /** Big graphs: thin lines (software WebGL fills far fewer pixels than with arrows). */
    defaultEdgeType: big ? "line" : "arrow",
    edgeProgramClasses: { curved: EdgeCurvedArrowProgram },
    renderEdgeLabels: true,
    enableEdgeEvents: !big,
    hideEdgesOnMove: big,
    labelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    labelSize: 13,
    labelWeight: "600",
    labelColor: { color: "#1f2933" },
    labelDensity: 0.5,
    labelGridCellSize: 130,
    /** Small graphs: every label (forced by the reducer); big ones: the important (large) nodes, more as you zoom in. */
    labelRenderedSizeThreshold: display.order <= 300 ? 0 : 10,
    edgeLabelSize: 11,
    edgeLabelColor: { color: "#37424f" },
    defaultDrawNodeLabel: labelDrawer(placed, () => layeredFont),
    minEdgeThickness: 0.8,
    zIndex: true,
    stagePadding: 40,
    nodeReducer: (key, plain) => {
      if (!scene.visible.nodes.has(key)) return { ...plain, hidden: true };
      const change = scene.compare?.nodes.get(key);
      const data = scene.compare ? { ...plain, color: change ? CHANGE_COLORS[change] : FADED_NODE } : plain;
      const base = scene.positions?.has(key) ? { ...data, size: Math.min(data.size, LAYERED_SIZE) } : data;
      const all = scene.visible.nodes.size <= ALL_LABELS;
      const lit = scene.visible.highlighted.has(key) || inPath(key) || scene.cypherHits.has(key);
      const res = { ...base, zIndex: lit ? 2 : 1, forceLabel: all || lit, ring: key === scene.selected || key === scene.focal };
      if (key === scene.selected) return { ...res, highlighted: true, forceLabel: true, zIndex: 3 };
      if (key === scene.hoveredNode) return { ...res, forceLabel: true, zIndex: 3 };
      if (emphasis() && !lit) return { ...res, color: FADED_NODE, faded: true, zIndex: 0 };
      return res;
    },
    edgeReducer: (key, plain) => {
      if (!scene.visible.edges.has(key)) return { ...plain, hidden: true };
      const change = scene.compare?.edges.get(key);
      const data = scene.compare ? { ...plain, color: change ? CHANGE_COLORS[change] : FADED_EDGE, size: change ? Math.max(plain.size, 1.6) : plain.size } : plain;
      const source = graph.source(key);
      const target = graph.target(key);
      if (key === scene.hoveredEdge || source === scene.hoveredNode || target === scene.hoveredNode) return { ...data, size: 2.5, label: data.relType, zIndex: 3 };
      if (scene.visible.pathEdges.has(key)) return { ...data, color: PATH_COLOR, size: 3, label: data.relType, zIndex: 2 };
      if (source === scene.selected || target === scene.selected) return { ...data, size: 2, zIndex: 2 };
      if (emphasis()) return { ...data, color: FADED_EDGE, label: null, zIndex: 0 };
      return { ...data, label: null, zIndex: 1 };
    },
  });
  renderer.on("beforeRender", () => {
    placed.length = 0;
    if (!scene.positions) layeredFont = undefined;
    else {
      const a = renderer.graphToViewport({ x: 0, y: 0 });
      const b = renderer.graphToViewport({ x: 100, y: 0 });
      layeredFont = Math.max(7, Math.min(16, (13 * Math.abs(b.x - a.x)) / 100));
    }
  });
  return renderer;
}

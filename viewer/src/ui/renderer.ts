/**
 * Sigma set-up: reducers that apply the visible set, the selection, the path, hover and the layered positions;
 * every label drawn for up to a few hundred visible nodes, each placed where it overlaps no label drawn before it
 * and no other node's circle (model/labels.ts);
 * arrows coloured by relation family, parallel edges curved apart (@sigma/edge-curve); the focal node ringed.
 */
import Sigma from "sigma";
import { DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS, EdgeLineProgram, EdgeRectangleProgram, type EdgeProgramType, type NodeLabelDrawingFunction } from "sigma/rendering";
import { createEdgeCurveProgram } from "@sigma/edge-curve";
import type { BriefGraph } from "../../../graph/model.ts";
import type { DisplayEdge, DisplayGraph, DisplayNode } from "../model/display.ts";
import { CHANGE_COLORS, FADED_EDGE, FADED_NODE, FOCAL_RING } from "../model/palette.ts";
import type { Change } from "../../../history/diff.ts";
import type { Visible } from "../model/visible.ts";
import { LabelSpace, placeLabel, textBox, type Box, type Circle, type Leader } from "../model/labels.ts";
import { LINE } from "../model/layered.ts";
import { UnusedEdgeProgram, lazyArrowProgram, lazyCircleProgram, withLazyPicking, type PickingSwitch } from "./programs.ts";

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
  /** A layered view's labels, wrapped on their lines (the layout left room for them right of each node). */
  lines?: ReadonlyMap<string, readonly string[]>;
  /** The layered nodes whose labels go left of them (links only leave them). */
  labelsLeft?: ReadonlySet<string>;
  /** Compare mode: each node's and edge's change between statements A and B (the rest are faded). */
  compare?: { nodes: ReadonlyMap<string, Change>; edges: ReadonlyMap<string, Change> };
}

const PATH_COLOR = "#000000";

/** Above this many nodes the viewer draws for speed: lines, no edge events, no live layout animation. */
export const BIG_GRAPH = 5000;
/** Up to this many visible nodes every label is drawn. */
export const ALL_LABELS = 400;
/** A leader line's colour (dashed): the labels' ink, light enough to read as a pointer, not an edge. */
const LEADER = "rgba(31,41,51,0.7)";
/** Node radius cap in the layered views, so rows stay apart. */
const LAYERED_SIZE = 7;

/** A label drawn in the last frame: its node, its text and its box in viewport pixels. */
export interface DrawnLabel {
  key: string;
  text: string;
  box: Box;
  /** The line drawn from the node to a label placed away from it. */
  leader?: Leader;
}

/** What the last frame drew, for tests: the labels and the node circles they avoid (viewport pixels). */
export interface LabelFrame {
  labels: DrawnLabel[];
  circles: Circle[];
  /** The labels' font size in pixels (a layered view's follows its zoom). */
  fontSize?: number;
}

/** Up to this many visible nodes, labels avoid the node circles too (beyond, only each other: a frame stays cheap). */
const CIRCLES_AVOIDED = 5000;

/**
 * Draws the focal ring and the label: right of its node, else left, above, below, or a line or two up or down —
 * the first place free of the labels already drawn in this frame and of the other nodes' circles (LabelSpace); a label
 * placed away from its node gets a thin leader line back to it.
 * `prepare` runs before the first label of each frame (the camera's matrix is then up to date).
 */
function labelDrawer(space: LabelSpace, drawn: DrawnLabel[], prepare: () => void, fontSize: () => number | undefined, linesOf: (key: string) => { lines: readonly string[]; left: boolean } | undefined): NodeLabelDrawingFunction<DisplayNode, DisplayEdge> {
  return (context, data, settings) => {
    prepare();
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
    context.lineJoin = "round";
    context.lineWidth = 4;
    context.strokeStyle = "rgba(255,255,255,0.92)";
    context.fillStyle = data.faded ? "#7b8794" : "#1f2933";
    const wrapped = linesOf(data.key);
    if (wrapped && wrapped.lines.length > 0 && fontSize() !== undefined) {
      // A layered view: the lines right of the node (left of a first-rank node), centred on it, in the room its layout kept.
      const { lines, left } = wrapped;
      const lineHeight = size * (LINE / 13);
      const first = data.y - ((lines.length - 1) * lineHeight) / 2 + size / 3;
      const widths = lines.map((l) => context.measureText(l).width);
      const width = Math.max(...widths);
      const x = left ? data.x - data.size - 4 - width : data.x + data.size + 4;
      const box = { ...textBox(x, first, width, size), y2: first + (lines.length - 1) * lineHeight + size / 3 };
      space.addBox(box);
      drawn.push({ key: data.key, text: lines.join(" "), box });
      lines.forEach((line, i) => {
        const lx = left ? x + width - (widths[i] ?? width) : x;
        context.strokeText(line, lx, first + i * lineHeight);
        context.fillText(line, lx, first + i * lineHeight);
      });
      return;
    }
    const width = context.measureText(data.label).width;
    const request = { key: data.key, x: data.x, y: data.y, r: data.size, width, fontSize: size };
    const { at, box, leader } = placeLabel(space, request);
    drawn.push(leader ? { key: data.key, text: data.label, box, leader } : { key: data.key, text: data.label, box });
    if (leader) {
      context.beginPath();
      context.moveTo(leader[0], leader[1]);
      context.lineTo(leader[2], leader[3]);
      context.lineWidth = 1;
      context.strokeStyle = LEADER;
      context.setLineDash([3, 2]);
      context.stroke();
      context.setLineDash([]);
      context.lineWidth = 4;
      context.strokeStyle = "rgba(255,255,255,0.92)";
    }
    context.strokeText(data.label, at[0], at[1]);
    context.fillText(data.label, at[0], at[1]);
  };
}

/** Edge program of the emphasised edges (path, selection, hover) of a big graph, whose other edges are hairlines. */
const THICK = "thick";

/**
 * Sigma's edge programs for the edges the display holds: the curved one only where parallel edges exist; big
 * graphs draw hairlines (gl.LINES: software WebGL fills a pixel per edge and step) and thick lines only for the
 * emphasised edges, and compile no arrow program; small graphs compile no line program.
 */
function edgePrograms(display: DisplayGraph, big: boolean, picking: PickingSwitch): Record<string, EdgeProgramType<DisplayNode, DisplayEdge>> {
  const programs: Record<string, EdgeProgramType<DisplayNode, DisplayEdge>> = big
    ? { arrow: UnusedEdgeProgram, line: EdgeLineProgram, [THICK]: EdgeRectangleProgram }
    : { arrow: lazyArrowProgram(picking), line: UnusedEdgeProgram };
  if (display.someEdge((_e, a) => a.type === "curved")) programs.curved = withLazyPicking(createEdgeCurveProgram<DisplayNode, DisplayEdge>({ arrowHead: DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS }), picking);
  return programs;
}

/**
 * Picking (what is under the pointer) is drawn from the first pointer move, press or touch on the stage on: the first
 * frame compiles and draws half the programs. The frame drawn then is drawn before sigma reads what is under the pointer.
 */
function pickOnFirstPointer(container: HTMLElement, renderer: Sigma<DisplayNode, DisplayEdge>, picking: PickingSwitch): void {
  const kinds = ["pointermove", "pointerdown", "touchstart"];
  const start = () => {
    for (const kind of kinds) container.removeEventListener(kind, start, true);
    if (picking.on) return;
    picking.on = true;
    renderer.refresh({ partialGraph: {}, skipIndexation: true }); // draws now, without processing the graph again
  };
  for (const kind of kinds) container.addEventListener(kind, start, { capture: true, passive: true });
}

export function createRenderer(
  container: HTMLElement,
  display: DisplayGraph,
  graph: BriefGraph,
  scene: Scene,
  /** Filled on every frame with what it drew (the array is reused). */
  frame: LabelFrame = { labels: [], circles: [] },
): Sigma<DisplayNode, DisplayEdge> {
  const emphasis = () => scene.selected !== undefined || scene.visible.path.length > 0 || scene.cypherHits.size > 0;
  let pathCache: { path: string[]; set: Set<string> } = { path: [], set: new Set() };
  const inPath = (key: string) => {
    if (pathCache.path !== scene.visible.path) pathCache = { path: scene.visible.path, set: new Set(scene.visible.path) };
    return pathCache.set.has(key);
  };
  const big = display.order > BIG_GRAPH;
  const picking: PickingSwitch = { on: false };
  const space = new LabelSpace();
  let prepared = false;
  /** Sigma, once its constructor (which draws the first frame, labels avoiding labels only) has returned. */
  const built: { sigma?: Sigma<DisplayNode, DisplayEdge> } = {};
  /** The visible nodes' circles in this frame's viewport, for the labels to avoid. */
  const prepare = () => {
    if (prepared) return;
    prepared = true;
    const renderer = built.sigma;
    if (!renderer || scene.visible.nodes.size > CIRCLES_AVOIDED) return;
    for (const key of scene.visible.nodes) {
      const d = renderer.getNodeDisplayData(key);
      if (!d || d.hidden) continue;
      const p = renderer.framedGraphToViewport(d);
      const circle = { key, x: p.x, y: p.y, r: renderer.scaleSize(d.size) + (key === scene.selected || key === scene.focal ? 4 : 0) };
      space.addCircle(circle);
      frame.circles.push(circle);
    }
  };
  /** Layered views are laid out in 13 px label units: their labels scale with the picture, so columns never collide. */
  let layeredFont: number | undefined;
  const renderer = new Sigma<DisplayNode, DisplayEdge>(display, container, {
    /** Big graphs: hairlines (software WebGL fills far fewer pixels than with arrows). */
    defaultEdgeType: big ? "line" : "arrow",
    nodeProgramClasses: { circle: lazyCircleProgram(picking) },
    edgeProgramClasses: edgePrograms(display, big, picking),
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
    defaultDrawNodeLabel: labelDrawer(space, frame.labels, prepare, () => layeredFont, (key) => {
      const lines = scene.lines?.get(key);
      return lines ? { lines, left: scene.labelsLeft?.has(key) === true } : undefined;
    }),
    minEdgeThickness: 0.8,
    zIndex: true,
    stagePadding: 40,
    // Sigma hands each reducer a fresh copy of the attributes: they are changed in place (no copy per node and frame).
    nodeReducer: (key, data) => {
      // (Hidden items share the others' zIndex: a plain view then has one zIndex, and sigma sorts nothing.)
      if (!scene.visible.nodes.has(key)) return Object.assign(data, { hidden: true, zIndex: 1 });
      if (scene.compare) {
        const change = scene.compare.nodes.get(key);
        data.color = change ? CHANGE_COLORS[change] : FADED_NODE;
      }
      if (scene.positions?.has(key)) data.size = Math.min(data.size, LAYERED_SIZE);
      const all = scene.visible.nodes.size <= ALL_LABELS;
      const lit = scene.visible.highlighted.has(key) || inPath(key) || scene.cypherHits.has(key);
      const res = Object.assign(data, { zIndex: lit ? 2 : 1, forceLabel: all || lit, ring: key === scene.selected || key === scene.focal });
      if (key === scene.selected) return Object.assign(res, { highlighted: true, forceLabel: true, zIndex: 3 });
      if (key === scene.hoveredNode) return Object.assign(res, { forceLabel: true, zIndex: 3 });
      if (emphasis() && !lit) return Object.assign(res, { color: FADED_NODE, faded: true, zIndex: 0 });
      return res;
    },
    edgeReducer: (key, data) => {
      if (!scene.visible.edges.has(key)) return Object.assign(data, { hidden: true, zIndex: 1 });
      if (scene.compare) {
        const change = scene.compare.edges.get(key);
        data.color = change ? CHANGE_COLORS[change] : FADED_EDGE;
        if (change) data.size = Math.max(data.size, 1.6);
      }
      // Nothing hovered, selected or on a path: every edge is drawn plain (no endpoint lookups for 50,000 edges).
      if (!emphasis() && scene.hoveredEdge === undefined && scene.hoveredNode === undefined && scene.visible.pathEdges.size === 0) return Object.assign(data, { label: null, zIndex: 1 });
      const source = graph.source(key);
      const target = graph.target(key);
      if (big && data.type === undefined && (key === scene.hoveredEdge || scene.visible.pathEdges.has(key) || source === scene.selected || target === scene.selected)) data.type = THICK;
      if (key === scene.hoveredEdge || source === scene.hoveredNode || target === scene.hoveredNode) return Object.assign(data, { size: 2.5, label: data.relType, zIndex: 3 });
      if (scene.visible.pathEdges.has(key)) return Object.assign(data, { color: PATH_COLOR, size: 3, label: data.relType, zIndex: 2 });
      if (source === scene.selected || target === scene.selected) return Object.assign(data, { size: 2, zIndex: 2 });
      if (emphasis()) return Object.assign(data, { color: FADED_EDGE, label: null, zIndex: 0 });
      return Object.assign(data, { label: null, zIndex: 1 });
    },
  });
  built.sigma = renderer;
  pickOnFirstPointer(container, renderer, picking);
  renderer.on("beforeRender", () => {
    space.clear();
    prepared = false;
    frame.labels.length = 0;
    frame.circles.length = 0;
    if (!scene.positions) layeredFont = undefined;
    else {
      const a = renderer.graphToViewport({ x: 0, y: 0 });
      const b = renderer.graphToViewport({ x: 100, y: 0 });
      layeredFont = Math.max(7, Math.min(16, (13 * Math.abs(b.x - a.x)) / 100));
    }
    frame.fontSize = layeredFont ?? 13;
  });
  return renderer;
}

/**
 * Export from the view: the slide (SVG, or PNG at 2×) through the CLI's slide renderer (export/formats/svg.ts) with
 * the visible nodes where the view draws them, and the visible subgraph (GraphML, GEXF, JSON).
 */
import type Sigma from "sigma";
import type { BriefGraph } from "../../../graph/model.ts";
import { toGEXF } from "../../../export/formats/gexf.ts";
import { toGraphML } from "../../../export/formats/graphml.ts";
import { toJSON } from "../../../export/formats/json.ts";
import { slidePlot, statementCaptions, toSVG } from "../../../export/formats/svg.ts";
import type { DisplayEdge, DisplayNode } from "../model/display.ts";
import type { ViewState } from "../model/state.ts";
import { visibleSubgraph } from "../model/visible.ts";
import type { Scene } from "./renderer.ts";
import type { LayeredLayout } from "../model/layered.ts";
import { download } from "./dom.ts";

export const EXPORT_KINDS = ["png", "svg", "graphml", "gexf", "json"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** Slide width in SVG units; the PNG is drawn at twice this. */
export const SLIDE_WIDTH = 1600;
const VIEW_TITLES: Record<ViewState["view"], string> = { all: "Relations", groups: "Working-group hierarchy", threats: "Threats" };

/** The slide's title: the focus or the selection, and the view. */
export function slideTitle(graph: BriefGraph, scene: Pick<Scene, "focal" | "selected">, state: ViewState): string {
  const about = scene.focal ?? scene.selected;
  const name = about !== undefined && graph.hasNode(about) ? graph.getNodeAttribute(about, "name") : undefined;
  const view = VIEW_TITLES[state.view];
  if (name === undefined) return view;
  return state.focus > 0 ? `${name}: ${view.toLowerCase()} within ${state.focus} hop${state.focus === 1 ? "" : "s"}` : `${name}: ${view.toLowerCase()}`;
}

/** The statements that ground what is shown: the evidence of the visible relations and the mentions of the visible nodes. */
function sourceStatements(graph: BriefGraph, scene: Scene): Set<string> {
  const ids = new Set<string>();
  for (const edge of scene.visible.edges) {
    const a = graph.getEdgeAttributes(edge);
    if (a.type !== "MENTIONED_IN") for (const e of a.evidence) ids.add(e.statement);
  }
  for (const key of scene.visible.nodes) {
    graph.forEachOutEdge(key, (_e, a, _s, target) => {
      if (a.type === "MENTIONED_IN") ids.add(target);
    });
  }
  return ids;
}

/** The frames a layered view's slide is laid out for (width / height of the picture with its labels). */
const SLIDE_ASPECTS = [0.8, 1.1, 1.5, 2];

/**
 * A layered view's layout for the slide: of its layouts for a few frame shapes, the one whose node centres the slide
 * can draw largest in its plot (so its wrapped labels get the most room).
 */
export function slideLayout(layout: (aspect: number) => LayeredLayout): LayeredLayout | undefined {
  let best: { layered: LayeredLayout; scale: number } | undefined;
  for (const aspect of SLIDE_ASPECTS) {
    const layered = layout(aspect);
    const plot = slidePlot({ width: SLIDE_WIDTH, wrap: true, labelsLeft: layered.labelsLeft });
    const xs = [...layered.positions.values()].map((p) => p.x);
    const ys = [...layered.positions.values()].map((p) => p.y);
    const spanX = Math.max(1, Math.max(...xs) - Math.min(...xs));
    const spanY = Math.max(1, Math.max(...ys) - Math.min(...ys));
    const scale = Math.min(plot.w / spanX, plot.h / spanY);
    if (!best || scale > best.scale) best = { layered, scale };
  }
  return best?.layered;
}

/**
 * The view as a slide: the visible nodes where sigma draws them (independent of the panel: the slide re-fits them),
 * or, for a layered view, where `layered` (its layout for the slide's frame) puts them.
 */
export function slideSvg(graph: BriefGraph, renderer: Sigma<DisplayNode, DisplayEdge>, scene: Scene, state: ViewState, layered?: LayeredLayout): string {
  const positions = new Map<string, { x: number; y: number }>();
  for (const key of scene.visible.nodes) {
    const p = layered?.positions.get(key);
    const d = p ? undefined : renderer.getNodeDisplayData(key);
    if (p) positions.set(key, p);
    else if (d) positions.set(key, renderer.framedGraphToViewport(d));
  }
  const options: Parameters<typeof toSVG>[1] = {
    width: SLIDE_WIDTH,
    title: slideTitle(graph, scene, state),
    positions,
    captions: statementCaptions(graph, sourceStatements(graph, scene)),
    // The layered views wrap their labels: the slide keeps their lines, in the room their layout left.
    wrap: scene.positions !== undefined,
  };
  if (layered) options.labelsLeft = layered.labelsLeft;
  const focal = scene.focal ?? scene.selected;
  if (focal !== undefined) options.focal = focal;
  return toSVG(visibleSubgraph(graph, scene.visible), options);
}

/** PNG of an SVG at `scale`×, drawn by the browser. */
async function svgToPngBlob(svg: string, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2D canvas");
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG encoding failed"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function exportView(kind: ExportKind, slide: () => string, visible: () => BriefGraph): Promise<void> {
  const name = "briefgraph-view";
  switch (kind) {
    case "png":
      return download(`${name}.png`, "image/png", await svgToPngBlob(slide(), 2));
    case "svg":
      return download(`${name}.svg`, "image/svg+xml", slide());
    case "graphml":
      return download(`${name}.graphml`, "application/xml", toGraphML(visible()));
    case "gexf":
      return download(`${name}.gexf`, "application/xml", toGEXF(visible()));
    case "json":
      return download(`${name}.json`, "application/json", toJSON(visible()));
  }
}

/** Export from the view: the picture (PNG via @sigma/export-image, SVG) and the visible subgraph (GraphML, GEXF, JSON). */
import { downloadAsPNG } from "@sigma/export-image";
import Sigma from "sigma";
import type { BriefGraph } from "../../../graph/model.ts";
import { toGEXF } from "../../../export/formats/gexf.ts";
import { toGraphML } from "../../../export/formats/graphml.ts";
import { toJSON } from "../../../export/formats/json.ts";
import type { DisplayEdge, DisplayNode } from "../model/display.ts";
import { toSvg, type SvgEdge, type SvgNode } from "../model/svg.ts";
import { download } from "./dom.ts";

export const EXPORT_KINDS = ["png", "svg", "graphml", "gexf", "json"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/** The view as drawn: reduced colours, sizes and shown labels at their screen positions. */
export function viewSvg(renderer: Sigma<DisplayNode, DisplayEdge>): string {
  const { width, height } = renderer.getDimensions();
  const labels = renderer.getNodeDisplayedLabels();
  const graph = renderer.getGraph();
  const nodes: SvgNode[] = [];
  const at = new Map<string, { x: number; y: number }>();
  graph.forEachNode((key) => {
    const d = renderer.getNodeDisplayData(key);
    if (!d || d.hidden) return;
    const p = renderer.framedGraphToViewport(d);
    at.set(key, p);
    const node: SvgNode = { x: p.x, y: p.y, size: renderer.scaleSize(d.size), color: d.color };
    if (labels.has(key) && d.label) node.label = d.label;
    nodes.push(node);
  });
  const edges: SvgEdge[] = [];
  graph.forEachEdge((key, _a, source, target) => {
    const d = renderer.getEdgeDisplayData(key);
    const s = at.get(source);
    const t = at.get(target);
    if (!d || d.hidden || !s || !t) return;
    edges.push({ x1: s.x, y1: s.y, x2: t.x, y2: t.y, color: d.color, size: Math.max(0.5, renderer.scaleSize(d.size)) });
  });
  return toSvg({ width, height, background: "#ffffff", nodes: nodes.sort((a, b) => a.size - b.size), edges });
}

/** @sigma/export-image takes an untyped Sigma; a runtime check widens ours without a cast. */
function isSigma(value: unknown): value is Sigma {
  return value instanceof Sigma;
}

export async function exportView(kind: ExportKind, renderer: Sigma<DisplayNode, DisplayEdge>, visible: () => BriefGraph): Promise<void> {
  const name = "briefgraph-view";
  switch (kind) {
    case "png":
      if (!isSigma(renderer)) return;
      return downloadAsPNG(renderer, { fileName: name, backgroundColor: "#ffffff" });
    case "svg":
      return download(`${name}.svg`, "image/svg+xml", viewSvg(renderer));
    case "graphml":
      return download(`${name}.graphml`, "application/xml", toGraphML(visible()));
    case "gexf":
      return download(`${name}.gexf`, "application/xml", toGEXF(visible()));
    case "json":
      return download(`${name}.json`, "application/json", toJSON(visible()));
  }
}

/** From a selected subgraph and a format to the artifacts to write: content plus where it goes relative to -o. */
import { BriefgraphError } from "../graph/errors.ts";
import type { BriefGraph } from "../graph/model.ts";
import { toCSV, toCypher, toGEXF, toGraphML, toHTMLBrief, toJSON, toMarkdownBrief, toSVG } from "./formats/index.ts";
import { DEFAULT_PNG_WIDTH, svgToPng } from "./png.ts";

export const FORMATS = ["graphml", "gexf", "json", "csv", "cypher", "svg", "png", "md", "html"] as const;
export type ExportFormat = (typeof FORMATS)[number];

export function parseFormat(text: string): ExportFormat {
  const format = FORMATS.find((f) => f === text.toLowerCase());
  if (format === undefined) {
    throw new BriefgraphError("USAGE", `unknown format "${text}"; use one of ${FORMATS.join(", ")}`);
  }
  return format;
}

export interface RenderOptions {
  title?: string;
  /** The node the export is centred on (--around): ringed on the picture. */
  focal?: string;
  /** Picture width in px (svg, png); default 1600. */
  width?: number;
  /**
   * The file name the Markdown brief's picture gets next to it (e.g. "brief.svg");
   * without it the picture is inlined as a data URI.
   */
  pictureName?: string;
}

/**
 * One artifact to write. `name` undefined: the main output (-o FILE or stdout);
 * otherwise a file name in the -o directory (csv) or next to -o FILE (the Markdown picture).
 */
export interface Artifact {
  name?: string;
  content: string | Uint8Array;
}

export function renderExport(graph: BriefGraph, format: ExportFormat, options: RenderOptions = {}): Artifact[] {
  const width = options.width ?? DEFAULT_PNG_WIDTH;
  const title = options.title;
  const focal = options.focal;
  const svg = () => toSVG(graph, { width, ...(title === undefined ? {} : { title }), ...(focal === undefined ? {} : { focal }) });
  switch (format) {
    case "json":
      return [{ content: toJSON(graph) }];
    case "graphml":
      return [{ content: toGraphML(graph) }];
    case "gexf":
      return [{ content: toGEXF(graph) }];
    case "cypher":
      return [{ content: toCypher(graph) }];
    case "csv": {
      const files = toCSV(graph);
      return [
        { name: "nodes.csv", content: files.nodes },
        { name: "edges.csv", content: files.edges },
      ];
    }
    case "svg":
      return [{ content: svg() }];
    case "png":
      return [{ content: svgToPng(svg(), width) }];
    case "html":
      return [{ content: toHTMLBrief(graph, { ...(title === undefined ? {} : { title }), svg: toSVG(graph, { width: 1200 }) }) }];
    case "md": {
      const picture = toSVG(graph, { width: 1200 });
      const base = title === undefined ? {} : { title };
      if (options.pictureName === undefined) return [{ content: toMarkdownBrief(graph, { ...base, svg: picture }) }];
      return [
        { name: options.pictureName, content: picture },
        { content: toMarkdownBrief(graph, { ...base, pictureHref: options.pictureName }) },
      ];
    }
  }
}

/** PNG from the slide SVG, rendered by resvg (Rust, prebuilt in the npm package; no browser needed). Node only. */
import { Resvg } from "@resvg/resvg-js";
import { BriefgraphError } from "../graph/errors.ts";

export const DEFAULT_PNG_WIDTH = 1600;

export function svgToPng(svg: string, width: number = DEFAULT_PNG_WIDTH): Uint8Array {
  try {
    const resvg = new Resvg(svg, {
      fitTo: { mode: "width", value: width },
      background: "#ffffff",
      font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" },
    });
    return resvg.render().asPng();
  } catch (cause) {
    throw new BriefgraphError("EXPORT_FAILED", `cannot render PNG (${cause instanceof Error ? cause.message : String(cause)})`, { cause });
  }
}

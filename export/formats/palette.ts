/** Node colours by type: the Okabe–Ito palette, which stays distinct under the common colour-vision deficiencies. */
import type { NodeType } from "../../graph/schema.ts";

export const TYPE_COLORS: Readonly<Record<NodeType, string>> = {
  Actor: "#0072B2",
  Body: "#E69F00",
  Agreement: "#009E73",
  Exercise: "#CC79A7",
  Threat: "#D55E00",
  Statement: "#999999",
};

export const EDGE_COLOR = "#6b6b6b";

/** Node size from its degree: hubs stand out, leaves stay readable. */
export function nodeSize(degree: number): number {
  return 6 + 3 * Math.sqrt(degree);
}

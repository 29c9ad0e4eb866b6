/** Colours and sizes: a colour-blind-safe palette (Okabe–Ito, shared with the exports) per node type, edges coloured by relation family. */
import type { NodeType } from "../../../graph/schema.ts";
import type { Change } from "../../../history/diff.ts";
import { CHANGE_COLORS as EXPORT_CHANGE_COLORS, EDGE_COLORS, FOCAL_RING, RELATION_FAMILIES, RELATION_FAMILY, TYPE_COLORS, nodeSize as exportNodeSize } from "../../../export/formats/palette.ts";

export const NODE_COLORS: Readonly<Record<NodeType, string>> = TYPE_COLORS;

/** Edge colours by relation family: the exports' palette (one module for every picture). */
export { EDGE_COLORS, RELATION_FAMILIES, RELATION_FAMILY, FOCAL_RING };

export const MUTED_EDGE = "#A9B3BF";
export const FADED_NODE = "#E4E7EC";
export const FADED_EDGE = "#F0F2F5";

/** Node radius from its relation degree (the exports' rule), bounded so hubs in big graphs stay readable. */
export function nodeSize(degree: number): number {
  return Math.min(26, exportNodeSize(degree));
}

/** Compare mode: the exports' change colours (the diff brief's picture uses the same). */
export const CHANGE_COLORS: Readonly<Record<Change, string>> = EXPORT_CHANGE_COLORS;

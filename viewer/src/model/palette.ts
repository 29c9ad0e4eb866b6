/** Colours and sizes: a colour-blind-safe palette (Okabe–Ito, shared with the exports) per node type, muted edges coloured by type on focus. */
import type { EdgeType, NodeType } from "../../../graph/schema.ts";
import { TYPE_COLORS, nodeSize as exportNodeSize } from "../../../export/formats/palette.ts";

export const NODE_COLORS: Readonly<Record<NodeType, string>> = TYPE_COLORS;

/** Edge colours, shown when an edge is hovered or touches the selection; grouped by meaning. */
export const EDGE_COLORS: Readonly<Record<EdgeType, string>> = {
  LEADS: "#0072B2",
  MEMBER_OF: "#56B4E9",
  PARTICIPATES_IN: "#56B4E9",
  PART_OF: "#E69F00",
  COMMITS_TO: "#009E73",
  PARTY_TO: "#009E73",
  ESTABLISHES: "#009E73",
  ADDRESSES: "#D55E00",
  POSES: "#D55E00",
  CONDEMNS: "#D55E00",
  VIOLATES: "#D55E00",
  SIMULATES: "#CC79A7",
  COOPERATES_WITH: "#0072B2",
  MENTIONED_IN: "#BBBBBB",
};

export const MUTED_EDGE = "#A9B3BF";
export const FADED_NODE = "#E4E7EC";
export const FADED_EDGE = "#F0F2F5";

/** Node radius from its relation degree (the exports' rule), bounded so hubs in big graphs stay readable. */
export function nodeSize(degree: number): number {
  return Math.min(26, exportNodeSize(degree));
}

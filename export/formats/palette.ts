/**
 * The one palette of every picture (the viewer's canvas and legend, the slide SVG/PNG): node colours by type and
 * edge colours by relation family, from the Okabe–Ito set, which stays distinct under the common colour-vision
 * deficiencies. "Poses" and "condemns" are in different families, so they never look alike.
 */
import type { EdgeType, NodeType } from "../../graph/schema.ts";

export const TYPE_COLORS: Readonly<Record<NodeType, string>> = {
  Actor: "#0072B2",
  Body: "#E69F00",
  Agreement: "#009E73",
  Exercise: "#CC79A7",
  Threat: "#D55E00",
  Statement: "#999999",
};

/** Relation families, in legend order, each with its colour and the relation types it holds. */
export const RELATION_FAMILIES = [
  { id: "structure", name: "Structure (part of, establishes)", color: "#E69F00", types: ["PART_OF", "ESTABLISHES"] },
  { id: "membership", name: "Takes part (leads, member of, participates in)", color: "#0072B2", types: ["LEADS", "MEMBER_OF", "PARTICIPATES_IN"] },
  { id: "commitment", name: "Commitment (commits to, party to)", color: "#009E73", types: ["COMMITS_TO", "PARTY_TO"] },
  { id: "cooperation", name: "Cooperation (cooperates with)", color: "#56B4E9", types: ["COOPERATES_WITH"] },
  { id: "hostile", name: "Hostile (poses, violates)", color: "#D55E00", types: ["POSES", "VIOLATES"] },
  { id: "response", name: "Response (condemns, addresses)", color: "#6A3D9A", types: ["CONDEMNS", "ADDRESSES"] },
  { id: "exercise", name: "Exercise (simulates)", color: "#CC79A7", types: ["SIMULATES"] },
  { id: "provenance", name: "Provenance (mentioned in)", color: "#BBBBBB", types: ["MENTIONED_IN"] },
] as const satisfies readonly { id: string; name: string; color: string; types: readonly EdgeType[] }[];
export type RelationFamily = (typeof RELATION_FAMILIES)[number];

function familyOf(type: EdgeType): RelationFamily {
  const family = RELATION_FAMILIES.find((f) => f.types.some((t) => t === type));
  if (!family) throw new Error(`palette: relation type ${type} has no family`);
  return family;
}
/** The family of each relation type. */
export const RELATION_FAMILY: Readonly<Record<EdgeType, RelationFamily>> = {
  LEADS: familyOf("LEADS"),
  MEMBER_OF: familyOf("MEMBER_OF"),
  PARTICIPATES_IN: familyOf("PARTICIPATES_IN"),
  PART_OF: familyOf("PART_OF"),
  COMMITS_TO: familyOf("COMMITS_TO"),
  PARTY_TO: familyOf("PARTY_TO"),
  ESTABLISHES: familyOf("ESTABLISHES"),
  ADDRESSES: familyOf("ADDRESSES"),
  POSES: familyOf("POSES"),
  CONDEMNS: familyOf("CONDEMNS"),
  VIOLATES: familyOf("VIOLATES"),
  SIMULATES: familyOf("SIMULATES"),
  COOPERATES_WITH: familyOf("COOPERATES_WITH"),
  MENTIONED_IN: familyOf("MENTIONED_IN"),
};

/** The colour of each relation type: its family's. */
export const EDGE_COLORS: Readonly<Record<EdgeType, string>> = {
  LEADS: RELATION_FAMILY.LEADS.color,
  MEMBER_OF: RELATION_FAMILY.MEMBER_OF.color,
  PARTICIPATES_IN: RELATION_FAMILY.PARTICIPATES_IN.color,
  PART_OF: RELATION_FAMILY.PART_OF.color,
  COMMITS_TO: RELATION_FAMILY.COMMITS_TO.color,
  PARTY_TO: RELATION_FAMILY.PARTY_TO.color,
  ESTABLISHES: RELATION_FAMILY.ESTABLISHES.color,
  ADDRESSES: RELATION_FAMILY.ADDRESSES.color,
  POSES: RELATION_FAMILY.POSES.color,
  CONDEMNS: RELATION_FAMILY.CONDEMNS.color,
  VIOLATES: RELATION_FAMILY.VIOLATES.color,
  SIMULATES: RELATION_FAMILY.SIMULATES.color,
  COOPERATES_WITH: RELATION_FAMILY.COOPERATES_WITH.color,
  MENTIONED_IN: RELATION_FAMILY.MENTIONED_IN.color,
};

export const EDGE_COLOR = "#6b6b6b";
/** The mark of the focal or selected node: a dark ring. */
export const FOCAL_RING = "#111111";

/** Node size from its degree: hubs stand out, leaves stay readable. */
export function nodeSize(degree: number): number {
  return 6 + 3 * Math.sqrt(degree);
}

/**
 * Change between two statements (the viewer's compare mode, the diff brief's picture): new in B (green), dropped
 * since A (magenta), continued (slate); none of them a node-type colour, so a compared picture cannot be read as the
 * type legend; green and magenta stay apart for red–green colour blindness.
 */
export const CHANGE_COLORS = { new: "#1B9E4B", dropped: "#C2188B", continued: "#52606D" } as const;

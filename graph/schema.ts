/**
 * The briefgraph domain model (see README "Domain model"): node types, edge types,
 * endpoint rules and provenance, defined once in zod. Every type is inferred from here.
 */
import { z } from "zod";

export const ENTITY_TYPES = ["Actor", "Body", "Agreement", "Exercise", "Threat"] as const;
export const NODE_TYPES = [...ENTITY_TYPES, "Statement"] as const;
export const ACTOR_KINDS = ["state", "organization", "person", "alliance", "group"] as const;
export const RELATION_TYPES = [
  "LEADS",
  "MEMBER_OF",
  "PARTICIPATES_IN",
  "PART_OF",
  "COMMITS_TO",
  "PARTY_TO",
  "ESTABLISHES",
  "ADDRESSES",
  "POSES",
  "CONDEMNS",
  "VIOLATES",
  "SIMULATES",
  "COOPERATES_WITH",
] as const;
export const EDGE_TYPES = [...RELATION_TYPES, "MENTIONED_IN"] as const;

export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export const NodeTypeSchema = z.enum(NODE_TYPES);
export const ActorKindSchema = z.enum(ACTOR_KINDS);
export const RelationTypeSchema = z.enum(RELATION_TYPES);
export const EdgeTypeSchema = z.enum(EDGE_TYPES);

export type EntityType = z.infer<typeof EntityTypeSchema>;
export type NodeType = z.infer<typeof NodeTypeSchema>;
export type ActorKind = z.infer<typeof ActorKindSchema>;
export type RelationType = z.infer<typeof RelationTypeSchema>;
export type EdgeType = z.infer<typeof EdgeTypeSchema>;

/** Which node types each relation may join (domain-model.md, "Edge types"). */
export const RELATION_ENDPOINTS: Readonly<
  Record<RelationType, { readonly from: readonly EntityType[]; readonly to: readonly EntityType[] }>
> = {
  LEADS: { from: ["Actor"], to: ["Actor", "Body", "Exercise", "Agreement"] },
  MEMBER_OF: { from: ["Actor"], to: ["Actor", "Body"] },
  PARTICIPATES_IN: { from: ["Actor"], to: ["Body", "Exercise", "Agreement"] },
  PART_OF: { from: ["Body", "Exercise", "Threat"], to: ["Body", "Agreement", "Threat"] },
  COMMITS_TO: { from: ["Actor"], to: ["Agreement"] },
  PARTY_TO: { from: ["Actor"], to: ["Agreement"] },
  ESTABLISHES: { from: ["Actor", "Body", "Agreement"], to: ["Body", "Agreement"] },
  ADDRESSES: { from: ["Actor", "Body", "Agreement", "Exercise"], to: ["Threat"] },
  POSES: { from: ["Actor"], to: ["Threat"] },
  CONDEMNS: { from: ["Actor"], to: ["Threat"] },
  VIOLATES: { from: ["Threat", "Actor"], to: ["Agreement"] },
  SIMULATES: { from: ["Exercise"], to: ["Threat"] },
  COOPERATES_WITH: { from: ["Actor"], to: ["Actor"] },
};

export function endpointsAllowed(type: RelationType, from: EntityType, to: EntityType): boolean {
  const rule = RELATION_ENDPOINTS[type];
  return rule.from.includes(from) && rule.to.includes(to);
}

const nonEmpty = z.string().min(1);

/** Who made a node or edge: the extractor, or an analyst's correction (corrections.json). Absent means extracted. */
export const ORIGINS = ["extracted", "analyst"] as const;
export const OriginSchema = z.enum(ORIGINS);
export type Origin = z.infer<typeof OriginSchema>;
/** Provenance an element carries once a correction made or changed it; old stores, without it, read as extracted. */
const Provenance = {
  origin: OriginSchema.optional(),
  /** The ids of the corrections that made or changed the element, in the order they were applied. */
  corrections: z.array(nonEmpty).optional(),
};

/** Attributes shared by the five entity types. */
const EntityBase = {
  name: nonEmpty,
  aliases: z.array(nonEmpty),
  mentions: z.number().int().nonnegative(),
  ...Provenance,
};

export const ActorAttributesSchema = z.object({
  type: z.literal("Actor"),
  ...EntityBase,
  kind: ActorKindSchema,
  /** A person's office, e.g. "Deputy Minister for National Defense Policy". */
  title: nonEmpty.optional(),
});

export const OtherEntityAttributesSchema = z.object({
  type: z.enum(["Body", "Agreement", "Exercise", "Threat"]),
  ...EntityBase,
});

export const StatementAttributesSchema = z.object({
  type: z.literal("Statement"),
  name: nonEmpty,
  title: nonEmpty,
  /** ISO date (YYYY-MM-DD) of the first day the text gives, when it gives one. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** The date as written in the text ("September 23-24, 2024"). */
  dateText: nonEmpty.optional(),
  source: nonEmpty,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  sentences: z.number().int().nonnegative(),
  words: z.number().int().nonnegative(),
  /**
   * The statement's clean text, which evidence and mention offsets index (the statement reader shows it). Absent in
   * stores written before it was kept: those hold only the sentences their relations quote.
   */
  text: nonEmpty.optional(),
});

export const EntityAttributesSchema = z.discriminatedUnion("type", [
  ActorAttributesSchema,
  OtherEntityAttributesSchema,
]);
/** Discriminated on `type`, so a record is checked against its own shape only (and big stores validate faster). */
export const NodeAttributesSchema = z.discriminatedUnion("type", [ActorAttributesSchema, OtherEntityAttributesSchema, StatementAttributesSchema]);

export type ActorAttributes = z.infer<typeof ActorAttributesSchema>;
export type EntityAttributes = z.infer<typeof EntityAttributesSchema>;
export type StatementAttributes = z.infer<typeof StatementAttributesSchema>;
export type NodeAttributes = z.infer<typeof NodeAttributesSchema>;

/** Where a relation is stated: the statement, the sentence and its words. */
export const EvidenceSchema = z.object({
  statement: nonEmpty,
  sentence: z.number().int().nonnegative(),
  /** Character offsets of the sentence in the statement's clean text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: nonEmpty,
  /** The words of the sentence that state the relation ("led", "under", "condemned"). */
  cue: nonEmpty,
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const RelationAttributesSchema = z.object({
  type: RelationTypeSchema,
  cue: nonEmpty,
  evidence: z.array(EvidenceSchema).min(1),
  ...Provenance,
});
export const MentionAttributesSchema = z.object({
  type: z.literal("MENTIONED_IN"),
  /** Indices of the sentences of the statement that name the entity. */
  sentences: z.array(z.number().int().nonnegative()),
  /**
   * Where the statement names the entity: [start, end) character offsets in the statement's text, in text order.
   * Absent in stores written before they were kept.
   */
  spans: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])).optional(),
  ...Provenance,
});
export const EdgeAttributesSchema = z.discriminatedUnion("type", [RelationAttributesSchema, MentionAttributesSchema]);

export type RelationAttributes = z.infer<typeof RelationAttributesSchema>;
export type MentionAttributes = z.infer<typeof MentionAttributesSchema>;
export type EdgeAttributes = z.infer<typeof EdgeAttributesSchema>;

export const SCHEMA_VERSION = 1;
export const GraphAttributesSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generator: z.literal("briefgraph"),
});
export type GraphAttributes = z.infer<typeof GraphAttributesSchema>;

/** graphology's JSON serialisation, restricted to the briefgraph model. */
export const SerializedGraphSchema = z.object({
  attributes: GraphAttributesSchema,
  options: z.object({
    type: z.literal("directed"),
    multi: z.literal(true),
    allowSelfLoops: z.boolean(),
  }),
  nodes: z.array(z.object({ key: nonEmpty, attributes: NodeAttributesSchema })),
  edges: z.array(
    z.object({
      key: nonEmpty,
      source: nonEmpty,
      target: nonEmpty,
      attributes: EdgeAttributesSchema,
      undirected: z.literal(false).optional(),
    }),
  ),
});
export type SerializedGraph = z.infer<typeof SerializedGraphSchema>;

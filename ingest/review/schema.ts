/** The review report: what the extractor saw but could not turn into the graph. Defined once, in zod. */
import { z } from "zod";
import { ActorKindSchema, EntityTypeSchema, RelationTypeSchema } from "../../graph/schema.ts";

export const REVIEW_KINDS = [
  "unresolved-name",
  "entity-without-relation",
  "cue-without-relation",
  "refused-relation",
  "person-without-office-or-state",
] as const;
export const ReviewKindSchema = z.enum(REVIEW_KINDS);
export type ReviewKind = z.infer<typeof ReviewKindSchema>;

/** The sentence an item quotes: statement id, 1-based sentence number, and its text when it is known. */
export const ReviewPlaceSchema = z.object({
  statement: z.string().min(1),
  sentence: z.number().int().positive(),
  /** null when the store does not keep the sentence's text (it keeps only sentences that state a relation). */
  text: z.string().min(1).nullable(),
});
export type ReviewPlace = z.infer<typeof ReviewPlaceSchema>;

const EntityRefSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  type: EntityTypeSchema,
  kind: ActorKindSchema.optional(),
});
export type EntityRef = z.infer<typeof EntityRefSchema>;

const EndpointSchema = z.object({ name: z.string().min(1), type: EntityTypeSchema });

export const ReviewItemSchema = z.discriminatedUnion("kind", [
  /** A capitalised name or acronym that resolved to no entity (nor to a known place or title). */
  z.object({ kind: z.literal("unresolved-name"), name: z.string().min(1), at: ReviewPlaceSchema }),
  /** An entity that takes part in no relation; `at` is its first mention. */
  z.object({ kind: z.literal("entity-without-relation"), entity: EntityRefSchema, at: ReviewPlaceSchema }),
  /** A sentence with a relation cue word that states no relation. */
  z.object({ kind: z.literal("cue-without-relation"), cues: z.array(z.string().min(1)).min(1), at: ReviewPlaceSchema }),
  /** A relation the rules stated that the domain model's endpoint rules refuse. */
  z.object({ kind: z.literal("refused-relation"), source: EndpointSchema, relation: RelationTypeSchema, target: EndpointSchema, cue: z.string(), at: ReviewPlaceSchema }),
  /** A person the graph gives no office (`title`) or no state (no MEMBER_OF or LEADS path to a state). */
  z.object({
    kind: z.literal("person-without-office-or-state"),
    entity: EntityRefSchema,
    missing: z.array(z.enum(["office", "state"])).min(1),
    at: ReviewPlaceSchema,
  }),
]);
export type ReviewItem = z.infer<typeof ReviewItemSchema>;

export const ReviewReportSchema = z.object({
  /** What was reviewed: statement files run through the extractor, or a store. */
  input: z.enum(["files", "store"]),
  statements: z.array(z.object({ id: z.string().min(1), title: z.string().min(1), source: z.string().min(1) })),
  /** How many items of each kind. */
  counts: z.record(ReviewKindSchema, z.number().int().nonnegative()),
  items: z.array(ReviewItemSchema),
});
export type ReviewReport = z.infer<typeof ReviewReportSchema>;

/**
 * The corrections log (corrections.json beside the store), defined once in zod: one entry per analyst correction,
 * with its id, time, author and optional note. Entries name nodes by id (names are resolved when a correction is made).
 */
import { z } from "zod";
import { ActorKindSchema, EntityTypeSchema, EvidenceSchema, RelationTypeSchema } from "../graph/schema.ts";

const nonEmpty = z.string().min(1);

/** The operations, discriminated on `op`. */
export const MergeOpSchema = z.object({ op: z.literal("merge"), from: nonEmpty, into: nonEmpty });
export const RenameOpSchema = z.object({ op: z.literal("rename"), node: nonEmpty, name: nonEmpty });
export const RetypeOpSchema = z
  .object({ op: z.literal("retype"), node: nonEmpty, type: EntityTypeSchema, kind: ActorKindSchema.optional() })
  .refine((o) => (o.type === "Actor") === (o.kind !== undefined), { message: "an Actor needs a kind, and only an Actor has one", path: ["kind"] });
export const AliasOpSchema = z.object({ op: z.literal("alias"), node: nonEmpty, action: z.enum(["add", "remove"]), alias: nonEmpty });
export const RemoveOpSchema = z.object({ op: z.literal("remove"), node: nonEmpty });
/** An analyst's relation, grounded as an extracted one is: a sentence of a statement of the store, quoted exactly. */
export const RelateOpSchema = z.object({ op: z.literal("relate"), source: nonEmpty, type: RelationTypeSchema, target: nonEmpty, evidence: EvidenceSchema });
export const UnrelateOpSchema = z.object({ op: z.literal("unrelate"), source: nonEmpty, type: RelationTypeSchema, target: nonEmpty });
export const UndoOpSchema = z.object({ op: z.literal("undo"), target: nonEmpty });

export const CorrectionOpSchema = z.discriminatedUnion("op", [
  MergeOpSchema,
  RenameOpSchema,
  RetypeOpSchema,
  AliasOpSchema,
  RemoveOpSchema,
  RelateOpSchema,
  UnrelateOpSchema,
  UndoOpSchema,
]);
export type CorrectionOp = z.infer<typeof CorrectionOpSchema>;
export const CORRECTION_OPS = ["merge", "rename", "retype", "alias", "remove", "relate", "unrelate", "undo"] as const;

export const CorrectionMetaSchema = z.object({
  /** "c1", "c2", … in the order they were written. */
  id: z.string().regex(/^c[1-9][0-9]*$/),
  /** ISO 8601 time the correction was made. */
  time: z.iso.datetime(),
  author: nonEmpty,
  note: nonEmpty.optional(),
});
export type CorrectionMeta = z.infer<typeof CorrectionMetaSchema>;

export const CorrectionSchema = z.intersection(CorrectionMetaSchema, CorrectionOpSchema);
export type Correction = z.infer<typeof CorrectionSchema>;

export const CORRECTIONS_VERSION = 1;
export const CorrectionsLogSchema = z
  .object({ version: z.literal(CORRECTIONS_VERSION), corrections: z.array(CorrectionSchema) })
  .superRefine((log, ctx) => {
    const seen = new Set<string>();
    log.corrections.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: "custom", message: `duplicate id ${c.id}`, path: ["corrections", i, "id"] });
      if (c.op === "undo" && !seen.has(c.target)) ctx.addIssue({ code: "custom", message: `undo of ${c.target}, which no earlier entry is`, path: ["corrections", i, "target"] });
      seen.add(c.id);
    });
  });
export type CorrectionsLog = z.infer<typeof CorrectionsLogSchema>;

export function emptyLog(): CorrectionsLog {
  return { version: CORRECTIONS_VERSION, corrections: [] };
}

/** The named queries' parameters and rows, defined once in zod; both backends return exactly these rows. */
import { z } from "zod";

const name = z.string().trim().min(1, "must not be empty");

export const NoParamsSchema = z.object({}).strict();
export const NameParamsSchema = z.object({ name }).strict();
export const ActorParamsSchema = z.object({ actor: name }).strict();
export const FromToParamsSchema = z.object({ from: name, to: name }).strict();
export const NeighbourhoodParamsSchema = z
  .object({
    name,
    hops: z.coerce.number().int().min(1).max(3).default(1),
    /** The nearest `limit` entities (by distance, then name): a briefing needs the closest, not all 40,000. */
    limit: z.coerce.number().int().min(1).max(100_000).default(100),
  })
  .strict();

export const BodyRowSchema = z.object({
  id: z.string(),
  body: z.string(),
  aliases: z.array(z.string()),
  /** Names of what the body is PART_OF (a body, an agreement). */
  partOf: z.array(z.string()),
  /** Names of what is PART_OF the body (its working groups, committees, exercises). */
  parts: z.array(z.string()),
});

export const NeighbourRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  /** Hops from the named entity over relation edges (either direction). */
  distance: z.number().int(),
});

export const PathRowSchema = z.object({
  step: z.number().int(),
  id: z.string(),
  name: z.string(),
  type: z.string(),
  /** Relations joining the previous step to this one: "-[LEADS]->" (previous → this) or "<-[PART_OF]-". */
  via: z.array(z.string()),
});

export const ThreatRowSchema = z.object({
  id: z.string(),
  threat: z.string(),
  posedBy: z.array(z.string()),
  condemnedBy: z.array(z.string()),
  addressedBy: z.array(z.string()),
  simulatedBy: z.array(z.string()),
});

export const CommitmentRowSchema = z.object({
  agreementId: z.string(),
  agreement: z.string(),
  relation: z.enum(["COMMITS_TO", "PARTY_TO"]),
  cue: z.string(),
  quotes: z.array(z.string()),
});

export const EvidenceRowSchema = z.object({
  source: z.string(),
  relation: z.string(),
  target: z.string(),
  statement: z.string(),
  sentence: z.number().int(),
  cue: z.string(),
  quote: z.string(),
});

export const MentionRowSchema = z.object({
  statementId: z.string(),
  statement: z.string(),
  date: z.string().nullable(),
  sentences: z.array(z.number().int()),
});

export type BodyRow = z.infer<typeof BodyRowSchema>;
export type NeighbourRow = z.infer<typeof NeighbourRowSchema>;
export type PathRow = z.infer<typeof PathRowSchema>;
export type ThreatRow = z.infer<typeof ThreatRowSchema>;
export type CommitmentRow = z.infer<typeof CommitmentRowSchema>;
export type EvidenceRow = z.infer<typeof EvidenceRowSchema>;
export type MentionRow = z.infer<typeof MentionRowSchema>;

/** One cell of a result row, as printed by table/json/csv. */
export type Cell = string | number | boolean | null | readonly Cell[] | { readonly [key: string]: Cell };
export type Row = Readonly<Record<string, Cell>>;

/** Plain string order (code points), the same on every machine. */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortedUnique(items: readonly string[]): string[] {
  return [...new Set(items)].sort(byText);
}

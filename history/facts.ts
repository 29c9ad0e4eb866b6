/**
 * The facts that history (statements, diff, timeline) works on, whatever the backend: statements with their
 * dates, which entities each statement mentions, and every relation with its per-statement evidence.
 * The embedded store and Neo4j each produce these (history/embedded.ts, queries/history-neo4j.ts); the
 * answers are computed from them by the same pure functions, so both backends give the same rows.
 */
import { z } from "zod";
import { EvidenceSchema, NodeTypeSchema, RelationTypeSchema } from "../graph/schema.ts";

export const StatementInfoSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** ISO date of the statement, or null when neither its text nor `ingest --date` gave one. */
  date: z.string().nullable(),
  source: z.string(),
});
export type StatementInfo = z.infer<typeof StatementInfoSchema>;

export const EntityInfoSchema = z.object({ id: z.string(), name: z.string(), type: NodeTypeSchema });
export type EntityInfo = z.infer<typeof EntityInfoSchema>;

/** An entity named in a statement (its MENTIONED_IN edge). */
export const MentionFactSchema = z.object({
  entity: z.string(),
  /** The entity's name and type, so that answers need no lookup per mention. */
  name: z.string(),
  entityType: NodeTypeSchema,
  statement: z.string(),
  /** 0-based sentence indices, as stored. */
  sentences: z.array(z.number().int().nonnegative()),
});
export type MentionFact = z.infer<typeof MentionFactSchema>;

/** A relation edge with every quote that states it (each quote names its statement). */
export const RelationFactSchema = z.object({
  source: z.string(),
  sourceName: z.string(),
  type: RelationTypeSchema,
  target: z.string(),
  targetName: z.string(),
  evidence: z.array(EvidenceSchema),
});
export type RelationFact = z.infer<typeof RelationFactSchema>;

/** An entity's name and type by its id (undefined for an unknown id or a statement). */
export interface EntityLookup {
  get(id: string): EntityInfo | undefined;
}

/**
 * The facts, each iterable more than once. The embedded store hands them out while walking the graph, so no copy
 * of a big store's relations outlives the answer; Neo4j's come in arrays. Each relation (source, type, target)
 * comes once: the store keys an edge by the three, and `load` MERGEs one relationship per three.
 */
export interface HistoryFacts {
  readonly statements: readonly StatementInfo[];
  readonly entities: EntityLookup;
  readonly mentions: Iterable<MentionFact>;
  readonly relations: Iterable<RelationFact>;
}

/** Plain string order (code points), the same on every machine. */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Statements by date (undated last), then title, then id: the order every history answer uses. */
export function statementOrder(a: StatementInfo, b: StatementInfo): number {
  return byText(a.date ?? "\uffff", b.date ?? "\uffff") || byText(a.title, b.title) || byText(a.id, b.id);
}

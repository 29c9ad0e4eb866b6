/**
 * What changed between two statements (or two periods): the entities and relations that are new in B,
 * dropped since A, and continued, each relation with its quotes from each side and a mark where its
 * wording (cue) changed. Pure: facts in, a report out.
 */
import { z } from "zod";
import { BriefgraphError } from "../graph/errors.ts";
import { NodeTypeSchema, RelationTypeSchema } from "../graph/schema.ts";
import { byText, statementOrder, type HistoryFacts, type StatementInfo } from "./facts.ts";
import type { Side } from "./statements.ts";

export const CHANGES = ["new", "dropped", "continued"] as const;
export const ChangeSchema = z.enum(CHANGES);
export type Change = z.infer<typeof ChangeSchema>;

export const QuoteSchema = z.object({
  statement: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  /** 1-based, as people count sentences. */
  sentence: z.number().int().positive(),
  cue: z.string(),
  text: z.string(),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const EntityChangeSchema = z.object({ change: ChangeSchema, id: z.string(), name: z.string(), type: NodeTypeSchema });
export const RelationChangeSchema = z.object({
  change: ChangeSchema,
  source: z.string(),
  sourceName: z.string(),
  type: RelationTypeSchema,
  target: z.string(),
  targetName: z.string(),
  /** Quotes from side A (empty for a new relation) and from side B (empty for a dropped one). */
  a: z.array(QuoteSchema),
  b: z.array(QuoteSchema),
  /** A continued relation whose cue words differ between the sides ("pledged to" → "noted"). */
  changedWording: z.boolean(),
});
const SideSchema = z.object({
  label: z.string(),
  statements: z.array(z.object({ id: z.string(), title: z.string(), date: z.string().nullable() })),
});
export const DiffReportSchema = z.object({
  a: SideSchema,
  b: SideSchema,
  entities: z.array(EntityChangeSchema),
  relations: z.array(RelationChangeSchema),
});
export type EntityChange = z.infer<typeof EntityChangeSchema>;
export type RelationChange = z.infer<typeof RelationChangeSchema>;
export type DiffReport = z.infer<typeof DiffReportSchema>;

const SIDE_CHANGE: readonly (Change | undefined)[] = [undefined, "dropped", "new", "continued"];
const ON_A = 1;
const ON_B = 2;

function quoteOrder(x: Quote, y: Quote): number {
  return byText(x.date ?? "\uffff", y.date ?? "\uffff") || byText(x.statement, y.statement) || x.sentence - y.sentence || byText(x.cue, y.cue);
}

function sameCues(a: readonly Quote[], b: readonly Quote[]): boolean {
  const ca = new Set(a.map((q) => q.cue.toLowerCase()));
  const cb = new Set(b.map((q) => q.cue.toLowerCase()));
  return ca.size === cb.size && [...ca].every((c) => cb.has(c));
}

/** One list per change: sorting each apart is sorting by change first. */
function byChange<T>(): Record<Change, T[]> {
  return { new: [], dropped: [], continued: [] };
}

/** Which sides (ON_A | ON_B) each statement of the comparison is on. */
function sidesOf(sideA: Side, sideB: Side): Map<string, number> {
  const sides = new Map<string, number>();
  for (const s of sideA.statements) sides.set(s.id, ON_A);
  for (const s of sideB.statements) sides.set(s.id, (sides.get(s.id) ?? 0) | ON_B);
  return sides;
}

/**
 * Every relation of `facts` is one edge (source, type, target), as both backends give it: the embedded store keys
 * an edge by the three, and `load` MERGEs one relationship per three.
 */
export function computeDiff(facts: HistoryFacts, sideA: Side, sideB: Side): DiffReport {
  const aIds = new Set(sideA.statements.map((s) => s.id));
  const bIds = new Set(sideB.statements.map((s) => s.id));
  if (aIds.size === bIds.size && [...aIds].every((id) => bIds.has(id))) {
    throw new BriefgraphError("DIFF_SAME", `A and B are the same statements (${sideA.label}); name two different statements or periods`);
  }
  const sideOf = sidesOf(sideA, sideB);
  const info = new Map<string, StatementInfo>(facts.statements.map((s) => [s.id, s]));

  const entitySides = new Map<string, { side: number; name: string; type: EntityChange["type"] }>();
  for (const m of facts.mentions) {
    const side = sideOf.get(m.statement);
    if (side === undefined) continue;
    const seen = entitySides.get(m.entity);
    if (seen) seen.side |= side;
    else entitySides.set(m.entity, { side, name: m.name, type: m.entityType });
  }
  const entities = byChange<EntityChange>();
  for (const [id, { side, name, type }] of entitySides) {
    const change = SIDE_CHANGE[side];
    if (change) entities[change].push({ change, id, name, type });
  }

  const relations = byChange<RelationChange>();
  for (const r of facts.relations) {
    let a: Quote[] | undefined;
    let b: Quote[] | undefined;
    for (const e of r.evidence) {
      const side = sideOf.get(e.statement);
      if (side === undefined) continue;
      const s = info.get(e.statement);
      const quote: Quote = { statement: e.statement, title: s?.title ?? e.statement, date: s?.date ?? null, sentence: e.sentence + 1, cue: e.cue, text: e.text };
      if (side & ON_A) (a ??= []).push(quote);
      if (side & ON_B) (b ??= []).push(quote);
    }
    if (a === undefined && b === undefined) continue;
    if (a && a.length > 1) a.sort(quoteOrder);
    if (b && b.length > 1) b.sort(quoteOrder);
    const change: Change = a ? (b ? "continued" : "dropped") : "new";
    relations[change].push({
      change,
      source: r.source,
      sourceName: r.sourceName,
      type: r.type,
      target: r.target,
      targetName: r.targetName,
      a: a ?? [],
      b: b ?? [],
      changedWording: a !== undefined && b !== undefined && !sameCues(a, b),
    });
  }
  const entityOrder = (x: EntityChange, y: EntityChange) => byText(x.type, y.type) || byText(x.name, y.name) || byText(x.id, y.id);
  const relationOrder = (x: RelationChange, y: RelationChange) =>
    byText(x.sourceName, y.sourceName) || byText(x.type, y.type) || byText(x.targetName, y.targetName) || byText(x.source, y.source) || byText(x.target, y.target);
  const side = (s: Side) => ({ label: s.label, statements: [...s.statements].sort(statementOrder).map((x) => ({ id: x.id, title: x.title, date: x.date })) });
  return {
    a: side(sideA),
    b: side(sideB),
    entities: CHANGES.flatMap((c) => entities[c].sort(entityOrder)),
    relations: CHANGES.flatMap((c) => relations[c].sort(relationOrder)),
  };
}

/** The diff as flat rows (the `diff` named query): one row per changed or continued entity and relation. */
export const DiffRowSchema = z.object({
  change: ChangeSchema,
  kind: z.enum(["entity", "relation"]),
  source: z.string(),
  relation: z.string(),
  target: z.string(),
  changedWording: z.boolean(),
  quoteA: z.string(),
  quoteB: z.string(),
});
export type DiffRow = z.infer<typeof DiffRowSchema>;

export function diffRows(report: DiffReport): DiffRow[] {
  const first = (qs: readonly Quote[]) => qs[0]?.text ?? "";
  return [
    ...report.entities.map((e) => ({ change: e.change, kind: "entity" as const, source: e.name, relation: e.type, target: "", changedWording: false, quoteA: "", quoteB: "" })),
    ...report.relations.map((r) => ({
      change: r.change,
      kind: "relation" as const,
      source: r.sourceName,
      relation: r.type,
      target: r.targetName,
      changedWording: r.changedWording,
      quoteA: first(r.a),
      quoteB: first(r.b),
    })),
  ];
}

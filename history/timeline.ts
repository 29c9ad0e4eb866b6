/**
 * The history of one entity: every statement that mentions it, by date, and for each of its relations the
 * first and the last statement that states it, with their quotes. Pure: facts in, a report out.
 */
import { z } from "zod";
import { NodeTypeSchema, RelationTypeSchema } from "../graph/schema.ts";
import { QuoteSchema, type Quote } from "./diff.ts";
import { byText, statementOrder, type HistoryFacts, type StatementInfo } from "./facts.ts";

export const TimelineMentionSchema = z.object({
  statement: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  /** 1-based sentence numbers. */
  sentences: z.array(z.number().int().positive()),
});
export const TimelineRelationSchema = z.object({
  source: z.string(),
  sourceName: z.string(),
  type: RelationTypeSchema,
  target: z.string(),
  targetName: z.string(),
  /** How many statements state it. */
  statements: z.number().int().positive(),
  first: QuoteSchema,
  last: QuoteSchema,
});
export const TimelineReportSchema = z.object({
  entity: z.object({ id: z.string(), name: z.string(), type: NodeTypeSchema }),
  mentions: z.array(TimelineMentionSchema),
  relations: z.array(TimelineRelationSchema),
});
export type TimelineMention = z.infer<typeof TimelineMentionSchema>;
export type TimelineRelation = z.infer<typeof TimelineRelationSchema>;
export type TimelineReport = z.infer<typeof TimelineReportSchema>;

export function computeTimeline(facts: HistoryFacts, entityId: string): TimelineReport {
  const entity = facts.entities.get(entityId) ?? { id: entityId, name: entityId, type: "Statement" };
  const info = new Map<string, StatementInfo>(facts.statements.map((s) => [s.id, s]));
  const order = (x: string, y: string) => {
    const a = info.get(x);
    const b = info.get(y);
    return a && b ? statementOrder(a, b) : byText(x, y);
  };
  const mentions: TimelineMention[] = [...facts.mentions]
    .filter((m) => m.entity === entityId)
    .sort((x, y) => order(x.statement, y.statement))
    .map((m) => {
      const s = info.get(m.statement);
      return { statement: m.statement, title: s?.title ?? m.statement, date: s?.date ?? null, sentences: [...m.sentences].sort((a, b) => a - b).map((n) => n + 1) };
    });
  const relations: TimelineRelation[] = [];
  for (const r of facts.relations) {
    if (r.source !== entityId && r.target !== entityId) continue;
    if (r.evidence.length === 0) continue;
    const quotes: Quote[] = r.evidence
      .map((e) => {
        const s = info.get(e.statement);
        return { statement: e.statement, title: s?.title ?? e.statement, date: s?.date ?? null, sentence: e.sentence + 1, cue: e.cue, text: e.text };
      })
      .sort((x, y) => order(x.statement, y.statement) || x.sentence - y.sentence || byText(x.cue, y.cue));
    const first = quotes[0];
    const lastStatement = quotes[quotes.length - 1]?.statement;
    const last = quotes.find((q) => q.statement === lastStatement);
    if (!first || !last) continue;
    relations.push({
      source: r.source,
      sourceName: r.sourceName,
      type: r.type,
      target: r.target,
      targetName: r.targetName,
      statements: new Set(quotes.map((q) => q.statement)).size,
      first,
      last,
    });
  }
  relations.sort(
    (x, y) =>
      order(x.first.statement, y.first.statement) ||
      byText(x.type, y.type) ||
      byText(x.sourceName, y.sourceName) ||
      byText(x.targetName, y.targetName) ||
      byText(x.source, y.source) ||
      byText(x.target, y.target),
  );
  return { entity: { id: entity.id, name: entity.name, type: entity.type }, mentions, relations };
}

/** The timeline as flat rows (the `timeline` named query): one row per relation of the entity. */
export const TimelineRowSchema = z.object({
  source: z.string(),
  relation: z.string(),
  target: z.string(),
  statements: z.number().int(),
  firstDate: z.string().nullable(),
  firstStatement: z.string(),
  firstQuote: z.string(),
  lastDate: z.string().nullable(),
  lastStatement: z.string(),
  lastQuote: z.string(),
});
export type TimelineRow = z.infer<typeof TimelineRowSchema>;

export function timelineRows(report: TimelineReport): TimelineRow[] {
  return report.relations.map((r) => ({
    source: r.sourceName,
    relation: r.type,
    target: r.targetName,
    statements: r.statements,
    firstDate: r.first.date,
    firstStatement: r.first.title,
    firstQuote: r.first.text,
    lastDate: r.last.date,
    lastStatement: r.last.title,
    lastQuote: r.last.text,
  }));
}

/**
 * The history answers (statements, diff, timeline) on either backend: the backend gives the facts, history/
 * computes the answer, so the embedded store and Neo4j give the same report.
 */
import { z } from "zod";
import { BriefgraphError, type BriefGraph } from "../graph/index.ts";
import {
  computeDiff,
  computeTimeline,
  countByStatement,
  embeddedFacts,
  embeddedStatements,
  periodSide,
  statementRows,
  statementSide,
  type DiffReport,
  type Side,
  type StatementRow,
  type StatementsOnly,
  type TimelineReport,
} from "../history/index.ts";
import { resolveEmbedded } from "./embedded.ts";
import { neo4jFactsForEntity, neo4jFactsForStatements, neo4jStatementCounts, neo4jStatements } from "./history-neo4j.ts";
import { resolveNeo4j } from "./neo4j-queries.ts";
import type { CypherReader } from "./reader.ts";

const ref = z.string().trim().min(1, "must not be empty");
/** `a` and `b` (statement id, title or date), or `from` and `to` (two periods: 2024, 2024-09, 2024-09-23 or FROM..TO). */
export const DiffParamsSchema = z
  .object({ a: ref.optional(), b: ref.optional(), from: ref.optional(), to: ref.optional() })
  .strict()
  .refine((p) => (p.a !== undefined && p.b !== undefined && p.from === undefined && p.to === undefined) || (p.from !== undefined && p.to !== undefined && p.a === undefined && p.b === undefined), {
    message: "give two statements (a=… b=…) or two periods (from=… to=…)",
  });
export type DiffParams = z.infer<typeof DiffParamsSchema>;

function sides(statements: StatementsOnly, params: DiffParams): [Side, Side] {
  if (params.from !== undefined && params.to !== undefined) return [periodSide(statements, params.from, "--from"), periodSide(statements, params.to, "--to")];
  if (params.a !== undefined && params.b !== undefined) return [statementSide(statements, params.a), statementSide(statements, params.b)];
  throw new BriefgraphError("USAGE", "diff: give two statements (A B) or two periods (--from DATE --to DATE)");
}

export function statementsEmbedded(graph: BriefGraph): StatementRow[] {
  const facts = embeddedFacts(graph);
  return statementRows(facts.statements, countByStatement(facts));
}

export async function statementsNeo4j(read: CypherReader): Promise<StatementRow[]> {
  const [statements, counts] = await Promise.all([neo4jStatements(read), neo4jStatementCounts(read)]);
  return statementRows(statements, counts);
}

export function diffEmbedded(graph: BriefGraph, params: DiffParams): DiffReport {
  const statements = embeddedStatements(graph);
  const [a, b] = sides({ statements }, params);
  const ids = new Set([...a.statements, ...b.statements].map((s) => s.id));
  return computeDiff(embeddedFacts(graph, { statements: ids }), a, b);
}

export async function diffNeo4j(read: CypherReader, params: DiffParams): Promise<DiffReport> {
  const statements = await neo4jStatements(read);
  const [a, b] = sides({ statements }, params);
  const ids = [...new Set([...a.statements, ...b.statements].map((s) => s.id))];
  return computeDiff(await neo4jFactsForStatements(read, statements, ids), a, b);
}

function notAStatement(name: string): BriefgraphError {
  return new BriefgraphError("USAGE", `timeline: "${name}" is a statement; name an entity (briefgraph statements lists the statements)`);
}

export function timelineEmbedded(graph: BriefGraph, name: string): TimelineReport {
  const id = resolveEmbedded(graph, name);
  if (graph.getNodeAttribute(id, "type") === "Statement") throw notAStatement(name);
  return computeTimeline(embeddedFacts(graph, { entity: id }), id);
}

export async function timelineNeo4j(read: CypherReader, name: string): Promise<TimelineReport> {
  const id = await resolveNeo4j(read, name);
  const statements = await neo4jStatements(read);
  if (statements.some((s) => s.id === id)) throw notAStatement(name);
  return computeTimeline(await neo4jFactsForEntity(read, statements, id), id);
}

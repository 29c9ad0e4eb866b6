/**
 * history/: change across statements. The statements of a store by date, what changed between two
 * statements or two periods (`diff`), and the history of one entity (`timeline`), each with quotes.
 *
 *   const facts = embeddedFacts(graph);                                  // or neo4jFacts(read, ...) in queries/
 *   statementRows(facts);                                                // id, date, title, source, counts
 *   computeDiff(facts, statementSide(facts, "2023-09-12"), periodSide(facts, "2024", "--to"));
 *   computeTimeline(facts, entityId);
 */
export * from "./facts.ts";
export { embeddedFacts, embeddedStatements, type FactScope } from "./embedded.ts";
export { StatementRowSchema, countByStatement, parsePeriod, periodSide, resolveStatement, statementRows, statementSide, type Period, type Side, type StatementCounts, type StatementRow, type StatementsOnly } from "./statements.ts";
export {
  CHANGES,
  DiffReportSchema,
  DiffRowSchema,
  computeDiff,
  diffRows,
  type Change,
  type DiffReport,
  type DiffRow,
  type EntityChange,
  type Quote,
  type RelationChange,
} from "./diff.ts";
export { TimelineReportSchema, TimelineRowSchema, computeTimeline, timelineRows, type TimelineReport, type TimelineRow } from "./timeline.ts";
export { diffHtml, diffJson, diffMarkdown, timelineCsv, timelineJson, timelineMarkdown } from "./render.ts";
export { PICTURE_RELATIONS, diffPicture, diffSvg, type DiffPicture } from "./picture.ts";
export { dateUndatedStatements, parseIsoDay } from "./dates.ts";

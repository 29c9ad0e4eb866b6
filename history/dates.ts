/** Dates given at ingest for statements whose text gives none (`briefgraph ingest --date`). */
import { BriefgraphError, type BriefGraph } from "../graph/index.ts";
import { parsePeriod } from "./statements.ts";

/** `YYYY-MM-DD`, a real day; anything else is a USAGE error naming the flag. */
export function parseIsoDay(text: string, flag: string): string {
  const period = parsePeriod(text);
  if (!period || period.from !== period.to || period.from !== text.trim()) throw new BriefgraphError("USAGE", `${flag} ${text}: expected a day as YYYY-MM-DD`);
  return period.from;
}

/** Gives `date` to every statement of `graph` that has none; returns how many it dated. */
export function dateUndatedStatements(graph: BriefGraph, date: string): number {
  let dated = 0;
  graph.forEachNode((id, a) => {
    if (a.type !== "Statement" || a.date !== undefined) return;
    graph.mergeNodeAttributes(id, { date });
    dated++;
  });
  return dated;
}

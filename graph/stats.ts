/** Counts of a graph by node and edge type: what `stats` and `ingest` print. */
import { z } from "zod";
import type { BriefGraph } from "./model.ts";

export const GraphStatsSchema = z.object({
  nodes: z.number().int(),
  edges: z.number().int(),
  statements: z.number().int(),
  byType: z.record(z.string(), z.number().int()),
  byEdgeType: z.record(z.string(), z.number().int()),
});
export type GraphStats = z.infer<typeof GraphStatsSchema>;

function sortedRecord(counts: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function graphStats(graph: BriefGraph): GraphStats {
  const byType = new Map<string, number>();
  const byEdgeType = new Map<string, number>();
  graph.forEachNode((_k, a) => byType.set(a.type, (byType.get(a.type) ?? 0) + 1));
  graph.forEachEdge((_k, a) => byEdgeType.set(a.type, (byEdgeType.get(a.type) ?? 0) + 1));
  return {
    nodes: graph.order,
    edges: graph.size,
    statements: byType.get("Statement") ?? 0,
    byType: sortedRecord(byType),
    byEdgeType: sortedRecord(byEdgeType),
  };
}

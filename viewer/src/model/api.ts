/** The JSON the viewer server and page exchange besides the graph itself (the graph uses SerializedGraphSchema). */
import { z } from "zod";

export const ConfigSchema = z.object({
  /** True when the graph comes from Neo4j and the Cypher panel is on. */
  neo4j: z.boolean(),
  source: z.string(),
  /** True when started with `briefgraph serve --edit`: POST /api/corrections writes to the corrections log. */
  edit: z.boolean(),
});
export type Config = z.infer<typeof ConfigSchema>;

export const CypherRequestSchema = z.object({ query: z.string().min(1).max(10_000) });
export type CypherRequest = z.infer<typeof CypherRequestSchema>;

const Cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const CypherResultSchema = z.object({
  columns: z.array(z.string()),
  /** Every value as JSON-compatible text or scalar, shown in the table as text. */
  rows: z.array(z.array(Cell)),
  /** Keys of graph nodes the result mentions, highlighted in the view. */
  nodes: z.array(z.string()),
  /** Debug: the console's worker thread that ran the query and how many runs it has started (1: a new worker). */
  worker: z.object({ thread: z.number().int(), runs: z.number().int().positive() }).optional(),
});
export type CypherResult = z.infer<typeof CypherResultSchema>;

export const ApiErrorSchema = z.object({ error: z.string(), code: z.string().optional() });
export type ApiError = z.infer<typeof ApiErrorSchema>;

/**
 * The read-only Cypher console: read transactions only (the server refuses writes in them),
 * a server-side timeout and a row limit. Errors come back as one BriefgraphError line.
 */
import { z } from "zod";
import { BriefgraphError } from "../graph/index.ts";
import { neo4jFailure, type Neo4jConnection } from "./connection.ts";
import type { Row } from "./rows.ts";
import { toCell } from "./values.ts";

export const CypherOptionsSchema = z.object({
  timeoutMs: z.number().int().positive().default(30_000),
  rowLimit: z.number().int().positive().default(10_000),
});
export type CypherOptions = z.input<typeof CypherOptionsSchema>;

export interface CypherResult {
  columns: string[];
  rows: Row[];
  /** True when the query returned more than `rowLimit` rows and the rest were dropped. */
  truncated: boolean;
}

/** Runs `query` with `params` in a READ transaction; a query that writes fails and writes nothing. */
export async function runReadOnlyCypher(
  connection: Neo4jConnection,
  query: string,
  params: Record<string, unknown> = {},
  options: CypherOptions = {},
): Promise<CypherResult> {
  const { timeoutMs, rowLimit } = CypherOptionsSchema.parse(options);
  if (query.trim() === "") throw new BriefgraphError("USAGE", "cypher: the query is empty");
  const session = connection.driver.session({
    defaultAccessMode: "READ",
    fetchSize: Math.min(rowLimit + 1, 1000),
    ...(connection.options.database ? { database: connection.options.database } : {}),
  });
  try {
    return await session.executeRead(
      async (tx) => {
        const result = tx.run(query, params);
        const rows: Row[] = [];
        let columns: string[] = [];
        let truncated = false;
        for await (const record of result) {
          if (rows.length >= rowLimit) {
            truncated = true;
            break;
          }
          columns = [...record.keys].map(String);
          rows.push(Object.fromEntries(columns.map((key) => [key, toCell(record.get(key))])));
        }
        if (rows.length === 0) columns = [...(await result.keys())].map(String);
        return { columns, rows, truncated };
      },
      { timeout: timeoutMs },
    );
  } catch (cause) {
    throw neo4jFailure("cypher", cause);
  } finally {
    await session.close();
  }
}

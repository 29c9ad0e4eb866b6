/**
 * The read-only Cypher console (the `cypher` command and the viewer's panel): the query is planned first (EXPLAIN)
 * and refused unless cypher-guard.ts lets it through, then run in a READ transaction with a row limit and a deadline
 * that holds whatever the rows hold: the server's transaction timeout, and at the deadline the console's own driver
 * is closed (its socket destroyed), which cancels the query however far its answer got. Errors are one line.
 */
import { z } from "zod";
import { BriefgraphError } from "../graph/index.ts";
import { neo4jFailure, openNeo4j, type Neo4jConnection } from "./connection.ts";
import { PlanSchema, refusalReason } from "./cypher-guard.ts";
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

/** Server codes for a transaction stopped by its timeout. */
const TIMED_OUT = /TransactionTimedOut/;

function timeoutError(timeoutMs: number, cause?: unknown): BriefgraphError {
  return new BriefgraphError("CYPHER_TIMEOUT", `cypher: no answer within ${timeoutMs} ms (the timeout); the query was cancelled`, { cause });
}

/**
 * Runs `query` with `params` if the guard allows it, in a READ transaction on a driver of its own (closed at the
 * deadline, so a huge row cannot outlive it). CYPHER_REFUSED, CYPHER_TIMEOUT or NEO4J_QUERY_FAILED otherwise.
 */
export async function runReadOnlyCypher(
  connection: Neo4jConnection,
  query: string,
  params: Record<string, unknown> = {},
  options: CypherOptions = {},
): Promise<CypherResult> {
  const { timeoutMs, rowLimit } = CypherOptionsSchema.parse(options);
  if (query.trim() === "") throw new BriefgraphError("USAGE", "cypher: the query is empty");
  let own: Neo4jConnection | undefined;
  let expired = false;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      expired = true;
      // Destroys the console's socket: the server stops the transaction, the client stops reading the answer.
      void own?.close().catch(() => undefined);
      reject(timeoutError(timeoutMs));
    }, timeoutMs);
  });
  const work = (async () => {
    own = await openNeo4j(connection.options);
    if (expired) await own.close();
    return runGuarded(own, query, params, timeoutMs, rowLimit);
  })();
  work.catch(() => undefined); // after the deadline, its failure (connection closed) is not the one to report
  try {
    return await Promise.race([work, deadline]);
  } catch (cause) {
    if (expired) throw timeoutError(timeoutMs, cause);
    if (cause instanceof BriefgraphError && cause.code !== "NEO4J_QUERY_FAILED") throw cause;
    const failure = cause instanceof BriefgraphError ? cause : neo4jFailure("cypher", cause);
    throw TIMED_OUT.test(failure.message) ? timeoutError(timeoutMs, cause) : failure;
  } finally {
    clearTimeout(timer);
    if (!expired) await own?.close().catch(() => undefined);
  }
}

async function runGuarded(connection: Neo4jConnection, query: string, params: Record<string, unknown>, timeoutMs: number, rowLimit: number): Promise<CypherResult> {
  const session = connection.driver.session({
    defaultAccessMode: "READ",
    fetchSize: Math.min(rowLimit + 1, 1000),
    ...(connection.options.database ? { database: connection.options.database } : {}),
  });
  try {
    return await session.executeRead(
      async (tx) => {
        const explained = await tx.run(`EXPLAIN ${query}`, params);
        const plan = PlanSchema.safeParse(explained.summary.plan);
        const reason = plan.success ? refusalReason(explained.summary.queryType, plan.data) : "Neo4j gave no plan to check";
        if (reason !== undefined) throw new BriefgraphError("CYPHER_REFUSED", `cypher: refused: ${reason}`);
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
    throw cause instanceof BriefgraphError ? cause : neo4jFailure("cypher", cause);
  } finally {
    await session.close();
  }
}

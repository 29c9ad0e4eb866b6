/**
 * The console's work, done inside its worker thread (console-worker.ts): the query is planned (EXPLAIN) and refused
 * unless cypher-guard.ts lets it through, then read in a READ transaction tagged for the host, keeping rows while
 * they fit the row limit and the byte cap. Decoding a huge row happens here, off the caller's thread.
 */
import { BriefgraphError } from "../graph/errors.ts";
import { neo4jFailure, type Neo4jConnection } from "./connection.ts";
import { TAG_KEY, type ConsoleAnswer, type ConsoleRequest } from "./console-protocol.ts";
import { PlanSchema, refusalReason } from "./cypher-guard.ts";
import type { Row } from "./rows.ts";
import { toCell } from "./values.ts";

/** The UTF-8 size of a row as JSON: what the byte cap counts. */
export function rowBytes(row: Row): number {
  return Buffer.byteLength(JSON.stringify(row), "utf8");
}

export async function runGuarded(connection: Neo4jConnection, request: ConsoleRequest): Promise<ConsoleAnswer> {
  const { query, params, timeoutMs, rowLimit, maxBytes, tag } = request;
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
        let bytes = 0;
        let stoppedBy: ConsoleAnswer["stoppedBy"] = null;
        for await (const record of result) {
          if (rows.length >= rowLimit) {
            stoppedBy = "rows";
            break;
          }
          columns = [...record.keys].map(String);
          const row: Row = Object.fromEntries(columns.map((key) => [key, toCell(record.get(key))]));
          const size = rowBytes(row);
          if (bytes + size > maxBytes) {
            if (rows.length === 0) {
              throw new BriefgraphError("CYPHER_TOO_BIG", `cypher: the first row alone is ${size} bytes, over the answer's cap of ${maxBytes} bytes (--max-bytes)`);
            }
            stoppedBy = "bytes";
            break;
          }
          bytes += size;
          rows.push(row);
        }
        if (rows.length === 0) columns = [...(await result.keys())].map(String);
        return { columns, rows, stoppedBy };
      },
      { timeout: timeoutMs, metadata: { [TAG_KEY]: tag } },
    );
  } catch (cause) {
    throw cause instanceof BriefgraphError ? cause : neo4jFailure("cypher", cause);
  } finally {
    await session.close();
  }
}

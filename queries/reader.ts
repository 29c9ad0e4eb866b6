/** Read transactions on Neo4j as plain objects, validated with zod: the I/O edge of the named queries. */
import { z } from "zod";
import { BriefgraphError } from "../graph/index.ts";
import { neo4jFailure, type Neo4jConnection } from "./connection.ts";

/** Runs one read query and returns its records as objects (integers as numbers). */
export type CypherReader = (query: string, params?: Record<string, unknown>) => Promise<Record<string, unknown>[]>;

/** A reader on `connection` using `executeRead` (retried on transient errors, refused by the server if it writes). */
export function neo4jReader(connection: Neo4jConnection): CypherReader {
  return async (query, params = {}) => {
    const session = connection.driver.session({
      defaultAccessMode: "READ",
      ...(connection.options.database ? { database: connection.options.database } : {}),
    });
    try {
      return await session.executeRead(async (tx) => {
        const result = await tx.run(query, params);
        return result.records.map((r) => r.toObject());
      });
    } catch (cause) {
      throw neo4jFailure(`Neo4j at ${connection.options.uri}`, cause);
    } finally {
      await session.close();
    }
  };
}

/** Parses Neo4j records with `schema`; NEO4J_RECORD_INVALID names the query and the field. */
export function parseRecords<S extends z.ZodType>(context: string, schema: S, records: readonly unknown[]): z.infer<S>[] {
  return records.map((record) => {
    const parsed = schema.safeParse(record);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    throw new BriefgraphError(
      "NEO4J_RECORD_INVALID",
      `${context}: unexpected record from Neo4j (${issue ? `${issue.path.join(".")}: ${issue.message}` : "invalid"})`,
    );
  });
}

/**
 * Opening a Neo4j driver from options or the environment (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD,
 * NEO4J_DATABASE), and turning driver errors into one clear BriefgraphError line.
 */
import type { Driver } from "neo4j-driver";
import { z } from "zod";
import { BriefgraphError } from "../graph/errors.ts";
import { loadNeo4jDriver, loadedNeo4jDriver } from "./driver.ts";

export const DEFAULT_NEO4J_URI = "bolt://localhost:7687";

export const ConnectionOptionsSchema = z.object({
  /** bolt://, bolt+s://, neo4j:// (routing, for clusters) or neo4j+s:// */
  uri: z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/\S+$/, "must be a bolt:// or neo4j:// URI"),
  user: z.string().min(1),
  /** No password: no authentication (a local server with auth disabled). */
  password: z.string().optional(),
  /** Unset: the server's default database. */
  database: z.string().min(1).optional(),
});
export type ConnectionOptions = z.infer<typeof ConnectionOptionsSchema>;

export interface ConnectionInput {
  uri?: string | undefined;
  user?: string | undefined;
  password?: string | undefined;
  database?: string | undefined;
}

/** Options first, then the environment, then the defaults (bolt://localhost:7687, user neo4j). */
export function connectionOptions(input: ConnectionInput = {}, env: NodeJS.ProcessEnv = process.env): ConnectionOptions {
  const raw = {
    uri: input.uri ?? env.NEO4J_URI ?? DEFAULT_NEO4J_URI,
    user: input.user ?? env.NEO4J_USER ?? "neo4j",
    password: input.password ?? env.NEO4J_PASSWORD ?? undefined,
    database: input.database ?? (env.NEO4J_DATABASE || undefined),
  };
  const parsed = ConnectionOptionsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BriefgraphError("USAGE", `Neo4j connection: ${issue?.path.join(".") ?? ""} ${issue?.message ?? "invalid"} (got "${raw.uri}")`);
  }
  return parsed.data;
}

/** True when a Neo4j is configured through the environment (NEO4J_URI). */
export function neo4jConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.NEO4J_URI);
}

/** A Neo4j with its connection options; `database` undefined means the default database. */
export interface Neo4jConnection {
  readonly driver: Driver;
  readonly options: ConnectionOptions;
  close(): Promise<void>;
}

/** Opens a driver and checks that the server answers; NEO4J_UNAVAILABLE names the URI when it does not. */
export async function openNeo4j(options: ConnectionOptions): Promise<Neo4jConnection> {
  const neo4j = await loadNeo4jDriver();
  // No password: no auth token, which a server with auth disabled accepts.
  const auth = options.password === undefined ? undefined : neo4j.auth.basic(options.user, options.password);
  let driver: Driver;
  try {
    driver = neo4j.driver(options.uri, auth, {
      disableLosslessIntegers: true,
      connectionTimeout: 5_000,
      connectionAcquisitionTimeout: 30_000,
      maxTransactionRetryTime: 15_000,
      logging: { level: "error", logger: () => undefined },
    });
  } catch (cause) {
    throw new BriefgraphError("NEO4J_UNAVAILABLE", `Neo4j at ${options.uri}: ${errorMessage(cause)}`, { cause });
  }
  try {
    await driver.verifyConnectivity(options.database ? { database: options.database } : {});
  } catch (cause) {
    await driver.close();
    throw new BriefgraphError("NEO4J_UNAVAILABLE", `cannot reach Neo4j at ${options.uri}: ${errorMessage(cause)}`, { cause });
  }
  return { driver, options, close: () => driver.close() };
}

/** The first line of a driver or server error, without the stack. */
export function errorMessage(cause: unknown): string {
  const text = cause instanceof Error ? cause.message : String(cause);
  // The driver's "Failed to connect … Caused by: connect ECONNREFUSED 127.0.0.1:7999": keep the cause.
  const caused = /Caused by: (.+)$/s.exec(text)?.[1];
  const first = (caused ?? text).split("\n").find((line) => line.trim() !== "") ?? text;
  return first.trim();
}

/** A Neo4j failure as one line: "Neo4j.ClientError.Statement.SyntaxError: Invalid input …". */
export function neo4jFailure(context: string, cause: unknown): BriefgraphError {
  const neo4j = loadedNeo4jDriver();
  const code = neo4j !== undefined && cause instanceof neo4j.Neo4jError ? cause.code : "";
  if (code === "ServiceUnavailable" || code === "SessionExpired") {
    return new BriefgraphError("NEO4J_UNAVAILABLE", `${context}: Neo4j went away (${errorMessage(cause)})`, { cause });
  }
  return new BriefgraphError("NEO4J_QUERY_FAILED", `${context}: ${code ? `${code}: ` : ""}${errorMessage(cause)}`, { cause });
}

/**
 * One `briefgraph load` at a time per database: each load holds the write lock of one node
 * (:BriefgraphLoadLock {id: "load"}) in an open transaction for its whole run, and rolls it back at the end. A second
 * load blocks on that lock in the server (bounded by its transaction timeout, then one NEO4J_LOAD_BUSY line). A load
 * that dies holds nothing: the server rolls its transaction back when the connection drops.
 */
import { BriefgraphError } from "../graph/index.ts";
import { neo4jFailure, type Neo4jConnection } from "./connection.ts";

const LOCK_LABEL = "BriefgraphLoadLock";
/** How long a load waits for another one to finish before giving up. */
const WAIT_MS = 5 * 60_000;

const SCHEMA = `CREATE CONSTRAINT briefgraph_load_lock IF NOT EXISTS FOR (l:${LOCK_LABEL}) REQUIRE l.id IS UNIQUE`;
const ENSURE = `MERGE (:${LOCK_LABEL} {id: 'load'})`;
const TAKE = `MATCH (l:${LOCK_LABEL} {id: 'load'}) SET l.at = timestamp() RETURN l.at AS at`;

function sessionFor(connection: Neo4jConnection) {
  return connection.driver.session({ defaultAccessMode: "WRITE", ...(connection.options.database ? { database: connection.options.database } : {}) });
}

/** Runs `work` holding the database's load lock; NEO4J_LOAD_BUSY when another load keeps it past the wait. */
export async function withLoadLock<T>(connection: Neo4jConnection, work: () => Promise<T>, waitMs: number = WAIT_MS): Promise<T> {
  const session = sessionFor(connection);
  let tx;
  try {
    // Managed transactions: retried when two loads create the constraint or the node at once and deadlock.
    await session.executeWrite((t) => t.run(SCHEMA));
    await session.executeWrite((t) => t.run(ENSURE));
    tx = session.beginTransaction({ timeout: waitMs });
    await tx.run(TAKE);
  } catch (cause) {
    await session.close();
    if (/TransactionTimedOut/.test(String(cause instanceof Error ? `${cause.message} ${"code" in cause ? String(cause.code) : ""}` : cause))) {
      throw new BriefgraphError(
        "NEO4J_LOAD_BUSY",
        `load: another briefgraph load into Neo4j at ${connection.options.uri} is running (still after ${Math.round(waitMs / 1000)} s); run again when it is done`,
        { cause },
      );
    }
    throw neo4jFailure(`Neo4j at ${connection.options.uri}`, cause);
  }
  try {
    return await work();
  } finally {
    await tx.rollback().catch(() => undefined);
    await session.close();
  }
}

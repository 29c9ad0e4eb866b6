/**
 * One `briefgraph load` at a time per database: a lock node (:BriefgraphLoadLock {id: "load"}) under a uniqueness
 * constraint, created in its own transaction before the load and deleted after it. A second load waits for it
 * (bounded), then says so in one line; a lock older than STALE_MS (a load that crashed) is taken over.
 */
import { randomUUID } from "node:crypto";
import { BriefgraphError } from "../graph/index.ts";
import { errorMessage, neo4jFailure, type Neo4jConnection } from "./connection.ts";
import { loadedNeo4jDriver } from "./driver.ts";

const LOCK_LABEL = "BriefgraphLoadLock";
const STALE_MS = 15 * 60_000;
/** How long a load waits for another one to finish before giving up. */
const WAIT_MS = 5 * 60_000;

const SCHEMA = `CREATE CONSTRAINT briefgraph_load_lock IF NOT EXISTS FOR (l:${LOCK_LABEL}) REQUIRE l.id IS UNIQUE`;
const TAKE_OVER_STALE = `MATCH (l:${LOCK_LABEL} {id: 'load'}) WHERE l.at < timestamp() - $staleMs DELETE l`;
const ACQUIRE = `CREATE (:${LOCK_LABEL} {id: 'load', owner: $owner, at: timestamp()})`;
const RELEASE = `MATCH (l:${LOCK_LABEL} {id: 'load', owner: $owner}) DELETE l`;

function sessionFor(connection: Neo4jConnection) {
  return connection.driver.session({ defaultAccessMode: "WRITE", ...(connection.options.database ? { database: connection.options.database } : {}) });
}

function isHeldByAnother(cause: unknown): boolean {
  const neo4j = loadedNeo4jDriver();
  return neo4j !== undefined && cause instanceof neo4j.Neo4jError && cause.code === "Neo.ClientError.Schema.ConstraintValidationFailed";
}

/** Runs `work` holding the database's load lock; NEO4J_LOAD_BUSY when another load keeps it past the wait. */
export async function withLoadLock<T>(connection: Neo4jConnection, work: () => Promise<T>, waitMs: number = WAIT_MS): Promise<T> {
  const owner = randomUUID();
  const session = sessionFor(connection);
  const started = Date.now();
  try {
    // In a managed transaction: retried when two loads create the constraint at once and deadlock.
    await session.executeWrite((tx) => tx.run(SCHEMA));
    for (let pause = 50; ; pause = Math.min(pause * 2, 1_000)) {
      try {
        await session.executeWrite((tx) => tx.run(TAKE_OVER_STALE, { staleMs: STALE_MS }));
        await session.executeWrite((tx) => tx.run(ACQUIRE, { owner }));
        break;
      } catch (cause) {
        if (!isHeldByAnother(cause)) throw cause;
        if (Date.now() - started > waitMs) {
          throw new BriefgraphError(
            "NEO4J_LOAD_BUSY",
            `load: another briefgraph load into Neo4j at ${connection.options.uri} is running (still after ${Math.round(waitMs / 1000)} s); run again when it is done`,
            { cause },
          );
        }
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    }
  } catch (cause) {
    await session.close();
    if (cause instanceof BriefgraphError) throw cause;
    throw neo4jFailure(`Neo4j at ${connection.options.uri}`, cause);
  }
  try {
    return await work();
  } finally {
    await session.executeWrite((tx) => tx.run(RELEASE, { owner })).catch((cause: unknown) => {
      process.stderr.write(`briefgraph: could not release the load lock on ${connection.options.uri} (${errorMessage(cause)}); it expires in 15 minutes\n`);
    });
    await session.close();
  }
}

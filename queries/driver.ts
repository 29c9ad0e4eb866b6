/**
 * neo4j-driver, loaded when a connection is first opened: commands that never reach Neo4j (export from the store,
 * query on the embedded store, ingest) do not pay for loading it. Node only.
 */
import type neo4jModule from "neo4j-driver";

export type Neo4jDriverModule = typeof neo4jModule;

let loaded: Neo4jDriverModule | undefined;

export async function loadNeo4jDriver(): Promise<Neo4jDriverModule> {
  loaded ??= (await import("neo4j-driver")).default;
  return loaded;
}

/** The module once a connection has been opened; undefined before (no value can have come from Neo4j then). */
export function loadedNeo4jDriver(): Neo4jDriverModule | undefined {
  return loaded;
}

/** The Neo4j load adapter: schema, batched UNWIND … CREATE (into an empty database) or MERGE in write transaction functions, counts. */
import type { Session } from "neo4j-driver";
import { z } from "zod";
import { BriefgraphError, EDGE_TYPES, NODE_TYPES, type BriefGraph } from "../graph/index.ts";
import { neo4jFailure, type Neo4jConnection } from "./connection.ts";
import { withLoadLock } from "./load-lock.ts";
import {
  MARKER_LABEL,
  REMOVE_CYPHER,
  batches,
  createEdgesCypher,
  createNodesCypher,
  mergeEdgesCypher,
  mergeNodesCypher,
  planLoad,
  schemaCypher,
} from "./load-plan.ts";
import { parseRecords } from "./reader.ts";

export const DEFAULT_BATCH_SIZE = 10_000;

export const LoadOptionsSchema = z.object({
  batchSize: z.number().int().min(1).max(100_000).default(DEFAULT_BATCH_SIZE),
  replace: z.boolean().default(false),
  /**
   * Write transactions in flight at once: 2 overlaps the client's encoding with the server's work.
   * Batches never share a node id or a (source, type, target), so they cannot MERGE the same element;
   * lock waits or deadlocks on shared endpoints are transient errors that executeWrite retries.
   */
  concurrency: z.number().int().min(1).max(8).default(2),
});
export type LoadOptions = z.input<typeof LoadOptionsSchema>;

export interface LoadProgress { done: number; total: number }
export interface LoadSummary {
  nodes: number;
  relationships: number;
  seconds: number;
  elementsPerSecond: number;
  byLabel: Record<string, number>;
  byType: Record<string, number>;
}

function sessionFor(connection: Neo4jConnection) {
  return connection.driver.session({
    defaultAccessMode: "WRITE",
    ...(connection.options.database ? { database: connection.options.database } : {}),
  });
}

/** Runs auto-commit statements (schema, CALL … IN TRANSACTIONS) one after another. */
export async function runStatements(connection: Neo4jConnection, statements: readonly string[]): Promise<void> {
  const session = sessionFor(connection);
  try {
    for (const statement of statements) await session.run(statement);
  } catch (cause) {
    throw neo4jFailure(`Neo4j at ${connection.options.uri}`, cause);
  } finally {
    await session.close();
  }
}

/** Removes every node and relationship briefgraph loaded (the :Briefgraph nodes). */
export function removeLoaded(connection: Neo4jConnection): Promise<void> {
  return runStatements(connection, [REMOVE_CYPHER]);
}

/**
 * Loads `graph` into Neo4j: constraints and indexes, then nodes grouped by label set and relationships
 * grouped by type, each batch one `executeWrite` (retried on transient errors). With no model node in the
 * database (a first load, or --replace) the batches CREATE; otherwise they MERGE. Loading twice changes no count.
 */
export async function loadGraph(
  connection: Neo4jConnection,
  graph: BriefGraph,
  options: LoadOptions = {},
  onProgress: (progress: LoadProgress) => void = () => undefined,
): Promise<LoadSummary> {
  // Two loads at once (two `load --replace` would each delete and CREATE) take turns on the database's load lock.
  return withLoadLock(connection, () => loadLocked(connection, graph, options, onProgress));
}

async function loadLocked(connection: Neo4jConnection, graph: BriefGraph, options: LoadOptions, onProgress: (progress: LoadProgress) => void): Promise<LoadSummary> {
  const { batchSize, replace, concurrency } = LoadOptionsSchema.parse(options);
  const started = performance.now();
  await runStatements(connection, schemaCypher());
  if (replace) await removeLoaded(connection);
  // Into a database with no node under a model label (a first load, or after --replace): CREATE, as no
  // node or relationship can exist yet; otherwise MERGE, so loading again changes no count.
  const fresh = (await modelNodeCount(connection)) === 0;
  const plan = planLoad(graph);
  const total = plan.nodeCount + plan.edgeCount;
  let done = 0;
  onProgress({ done, total });
  const elements = new Map<string, string>();
  const element = (id: string) => {
    const e = elements.get(id);
    if (e === undefined) throw new BriefgraphError("NEO4J_RECORD_INVALID", `load: node ${id} was not merged`);
    return e;
  };
  const nodeTasks = plan.nodes.flatMap((group) => {
    const cypher = (fresh ? createNodesCypher : mergeNodesCypher)(group.labels, group.keys);
    return [...batches(group.rows, batchSize)].map((rows) => async (session: Session) => {
      const params = rows.map((r) => Object.fromEntries(["id", ...group.keys].map((k) => [k, r.props[k] ?? null])));
      const records = await session.executeWrite(async (tx) => (await tx.run(cypher, { rows: params })).records.map((r) => r.toObject()));
      for (const r of parseRecords("load", ElementSchema, records)) elements.set(r.id, r.element);
      done += rows.length;
      onProgress({ done, total });
    });
  });
  const edgeTasks = plan.edges.flatMap((group) => {
    const cypher = (fresh ? createEdgesCypher : mergeEdgesCypher)(group.type, group.keys);
    return [...batches(group.rows, batchSize)].map((rows) => async (session: Session) => {
      const params = rows.map((r) => ({ s: element(r.s), t: element(r.t), ...Object.fromEntries(group.keys.map((k) => [k, r.props[k] ?? null])) }));
      await session.executeWrite((tx) => tx.run(cypher, { rows: params }));
      done += rows.length;
      onProgress({ done, total });
    });
  });
  const sessions = Array.from({ length: concurrency }, () => sessionFor(connection));
  try {
    // Nodes first (relationships need their elementIds), each phase `concurrency` transactions at a time.
    await inParallel(nodeTasks, sessions);
    await inParallel(edgeTasks, sessions);
  } catch (cause) {
    if (cause instanceof BriefgraphError) throw cause;
    throw neo4jFailure(`loading into Neo4j at ${connection.options.uri}`, cause);
  } finally {
    await Promise.all(sessions.map((s) => s.close()));
  }
  const seconds = (performance.now() - started) / 1000;
  const counts = await neo4jCounts(connection);
  return { nodes: plan.nodeCount, relationships: plan.edgeCount, seconds, elementsPerSecond: total / seconds, ...counts };
}

/** Runs `tasks` in order, one per free session; the first failure stops the rest and is thrown. */
async function inParallel(tasks: readonly ((session: Session) => Promise<void>)[], sessions: readonly Session[]): Promise<void> {
  let next = 0;
  let failed = false;
  const workers = await Promise.allSettled(
    sessions.map(async (session) => {
      while (!failed && next < tasks.length) {
        const task = tasks[next++];
        try {
          await task?.(session);
        } catch (error) {
          failed = true;
          throw error;
        }
      }
    }),
  );
  const failure = workers.find((w) => w.status === "rejected");
  if (failure) throw failure.reason;
}

const CountSchema = z.object({ key: z.string(), count: z.number().int() });
const ElementSchema = z.object({ id: z.string(), element: z.string() });

/** Nodes carrying the marker or any model label, from the count store (constant time). */
async function modelNodeCount(connection: Neo4jConnection): Promise<number> {
  const { byLabel } = await neo4jCounts(connection);
  const session = sessionFor(connection);
  try {
    const records = await session.executeRead(async (tx) => (await tx.run(`MATCH (n:${MARKER_LABEL}) RETURN '${MARKER_LABEL}' AS key, count(n) AS count`)).records.map((r) => r.toObject()));
    return parseRecords("counts", CountSchema, records).reduce((sum, r) => sum + r.count, Object.values(byLabel).reduce((a, b) => a + b, 0));
  } catch (cause) {
    throw neo4jFailure(`Neo4j at ${connection.options.uri}`, cause);
  } finally {
    await session.close();
  }
}

/** Nodes by model label and relationships by model type in the database (briefgraph owns these labels). */
export async function neo4jCounts(connection: Neo4jConnection): Promise<{ byLabel: Record<string, number>; byType: Record<string, number> }> {
  const session = sessionFor(connection);
  try {
    // Per label and per type from the count store (constant time): one UNION ALL over the model's enums.
    const labelQuery = NODE_TYPES.map((l) => `MATCH (n:${l}) RETURN '${l}' AS key, count(n) AS count`).join(" UNION ALL ");
    const typeQuery = EDGE_TYPES.map((t) => `MATCH ()-[r:${t}]->() RETURN '${t}' AS key, count(r) AS count`).join(" UNION ALL ");
    const labelRecords = await session.executeRead(async (tx) => (await tx.run(labelQuery)).records.map((r) => r.toObject()));
    const typeRecords = await session.executeRead(async (tx) => (await tx.run(typeQuery)).records.map((r) => r.toObject()));
    const toRecord = (rows: { key: string; count: number }[]) =>
      Object.fromEntries(rows.filter((r) => r.count > 0).sort((a, b) => (a.key < b.key ? -1 : 1)).map((r) => [r.key, r.count]));
    return {
      byLabel: toRecord(parseRecords("counts", CountSchema, labelRecords)),
      byType: toRecord(parseRecords("counts", CountSchema, typeRecords)),
    };
  } catch (cause) {
    throw neo4jFailure(`Neo4j at ${connection.options.uri}`, cause);
  } finally {
    await session.close();
  }
}

/**
 * queries/: named briefing queries on two backends (the embedded store and Neo4j), the Neo4j loader
 * and the read-only Cypher console.
 *
 *   const conn = await openNeo4j(connectionOptions({ uri }));          // or connectionOptions() for env/defaults
 *   await loadGraph(conn, graph, { replace: true });                   // constraints, indexes, batched MERGE
 *   await runNamedQuery({ kind: "neo4j", read: neo4jReader(conn) }, "path", { from: "Cho Chang Lae", to: "CMWG" });
 *   await runNamedQuery({ kind: "embedded", graph }, "threats");       // same rows, same order, no Neo4j
 *   await runReadOnlyCypher(conn, "MATCH (n:Body) RETURN n.name AS name", {}, { rowLimit: 100 });
 *   await conn.close();
 */
export {
  ConnectionOptionsSchema,
  DEFAULT_NEO4J_URI,
  connectionOptions,
  neo4jConfigured,
  openNeo4j,
  type ConnectionInput,
  type ConnectionOptions,
  type Neo4jConnection,
} from "./connection.ts";
export { neo4jReader, type CypherReader } from "./reader.ts";
export { NAMED_QUERIES, namedQuery, runNamedQuery, type AnyNamedQuery, type Backend } from "./named.ts";
export { resolveEmbedded } from "./embedded.ts";
export { resolveNeo4j } from "./neo4j-queries.ts";
export {
  BodyRowSchema,
  CommitmentRowSchema,
  EvidenceRowSchema,
  MentionRowSchema,
  NeighbourRowSchema,
  PathRowSchema,
  ThreatRowSchema,
  type Cell,
  type Row,
} from "./rows.ts";
export { DEFAULT_BATCH_SIZE, LoadOptionsSchema, loadGraph, neo4jCounts, removeLoaded, runStatements, type LoadOptions, type LoadSummary } from "./load.ts";
export { MARKER_LABEL, planLoad, schemaCypher } from "./load-plan.ts";
export { BulkOptionsSchema, afterBulkCypher, bulkLoad, defaultNeo4jHome, importDoneSeconds, importStages, type BulkOptions, type BulkSummary } from "./bulk.ts";
export { CYPHER_SHELL, NEO4J_ADMIN, ensureJars, runJavaTool, type JavaRun, type JavaTool } from "./neo4j-tools.ts";
export { CypherOptionsSchema, runReadOnlyCypher, type CypherOptions, type CypherResult } from "./console.ts";
export { consoleWorkersStarted, stopConsoleWorkers } from "./console-workers.ts";
export { PlanSchema, READ_PROCEDURES, refusalReason, type PlanNode } from "./cypher-guard.ts";
export { OutputFormatSchema, formatRows, type OutputFormat } from "./format.ts";
export { parseCypherParams, parseStringParams } from "./params.ts";

/** The export use case end to end: read (store or Neo4j), select, render, write. The I/O edge for the CLI. Node only. */
import { BriefgraphError } from "../graph/errors.ts";
import { resolveNode } from "../graph/lookup.ts";
import { isEntity, type BriefGraph } from "../graph/model.ts";
import { readStore, resolveStorePath } from "../graph/store.ts";
import { readStoreNeighbourhood } from "../graph/store-part.ts";
import {
  connectionOptions,
  namedQuery,
  neo4jReader,
  openNeo4j,
  parseCypherParams,
  resolveNeo4j,
  runReadOnlyCypher,
  type ConnectionOptions,
  type CypherReader,
  type Neo4jConnection,
} from "../queries/index.ts";
import { idsInRows } from "./ids.ts";
import { entityIdsNeo4j, neighbourhoodIdsNeo4j, readSubgraphNeo4j } from "./neo4j.ts";
import { renderExport } from "./render.ts";
import { defaultTitle, type ExportRequest } from "./request.ts";
import { checkHops, selectSubgraph, type Selection } from "./select.ts";
import { pictureNameFor, writeArtifacts } from "./write.ts";

export interface ExportResult {
  nodes: number;
  edges: number;
  /** Files written; empty when the output went to stdout. */
  files: string[];
}

export interface ExportIO {
  /** Where text (or binary) output goes without -o. */
  stdout: { write(chunk: string | Uint8Array): unknown; isTTY?: boolean };
  /** The Neo4j to read with --neo4j; default from the environment (NEO4J_URI, …). */
  neo4j?: ConnectionOptions;
}

/** Named-query parameters that name an entity: the entity joins the selection with the query's rows. */
const NAME_PARAMS = ["name", "actor", "from", "to"];

/** Renders a selected subgraph and writes it (or prints it without -o). */
/** The centre of an export around a name: its key (ringed on the picture) and name (in the default title). */
interface Center {
  key: string;
  name: string;
}

async function writeSelection(subgraph: BriefGraph, request: ExportRequest, center: Center | undefined, io: ExportIO): Promise<ExportResult> {
  const title = request.title ?? defaultTitle(request, center?.name);
  const output = request.output;
  const artifacts = renderExport(subgraph, request.format, {
    title,
    ...(center === undefined ? {} : { focal: center.key }),
    ...(request.width === undefined ? {} : { width: request.width }),
    ...(request.format === "md" && output !== undefined ? { pictureName: pictureNameFor(output) } : {}),
  });
  const counts = { nodes: subgraph.order, edges: subgraph.size };
  if (output === undefined) {
    const [only] = artifacts;
    if (artifacts.length !== 1 || only === undefined) throw new BriefgraphError("USAGE", `${request.format} writes several files: give -o`);
    if (typeof only.content !== "string" && io.stdout.isTTY) {
      throw new BriefgraphError("USAGE", `${request.format} is binary: give -o FILE or redirect stdout`);
    }
    io.stdout.write(only.content);
    return { ...counts, files: [] };
  }
  return { ...counts, files: await writeArtifacts(artifacts, output, { force: request.force === true }) };
}

/** Selects and renders from an already loaded graph. */
export async function exportFromGraph(graph: BriefGraph, request: ExportRequest, io: ExportIO): Promise<ExportResult> {
  const selection = { ...request.selection, withStatements: request.provenance !== false };
  const subgraph = selectSubgraph(graph, selection);
  const around = request.selection.around;
  const key = around === undefined ? undefined : resolveNode(graph, around);
  return writeSelection(subgraph, request, key === undefined ? undefined : { key, name: graph.getNodeAttribute(key, "name") }, io);
}

/**
 * An export around a name, read through the store's index: only the neighbourhood is parsed. It is the selection
 * itself when no type or statement filter applies (it is built in the selection's order), else the graph to select
 * from (every path of at most `hops` relations stays inside it, so the same subgraph comes out). Undefined when the
 * index cannot answer; the whole store is read then.
 */
async function selectThroughIndex(request: ExportRequest, storePath: string): Promise<{ subgraph: BriefGraph; center: Center } | undefined> {
  const s = request.selection;
  if (request.query !== undefined || s.around === undefined) return undefined;
  const withStatements = request.provenance !== false;
  const part = await readStoreNeighbourhood(storePath, {
    around: s.around,
    hops: checkHops(s.hops ?? 1),
    statements: s.statement !== undefined || s.since !== undefined || s.until !== undefined ? "all" : withStatements ? "mentioned" : "none",
    ...(s.edgeTypes === undefined ? {} : { edgeTypes: s.edgeTypes }),
  });
  // A statement named as the centre: the whole-store path words that error.
  if (part === undefined || !isEntity(part.graph.getNodeAttributes(part.center))) return undefined;
  const center = part.graph.getNodeAttributes(part.center);
  const exact = !s.types?.length && s.statement === undefined && s.since === undefined && s.until === undefined;
  const subgraph = exact ? part.graph : selectSubgraph(part.graph, { ...s, around: part.center, withStatements });
  return { subgraph, center: { key: part.center, name: center.name } };
}

async function fromStore(request: ExportRequest, storePath: string): Promise<[BriefGraph, Selection]> {
  const graph = await readStore(storePath);
  if (request.query === undefined) return [graph, request.selection];
  const { name, params } = request.query;
  const rows = await namedQuery(name).run({ kind: "embedded", graph }, params);
  const named = NAME_PARAMS.flatMap((k) => (params[k] === undefined ? [] : [resolveNode(graph, params[k])]));
  return [graph, { ...request.selection, ids: [...named, ...idsInRows(rows)] }];
}

async function seedsFromNeo4j(request: ExportRequest, connection: Neo4jConnection, read: CypherReader): Promise<string[] | undefined> {
  if (request.selection.around !== undefined) return [await resolveNeo4j(read, request.selection.around)];
  if (request.query !== undefined) {
    const { name, params } = request.query;
    const rows = await namedQuery(name).run({ kind: "neo4j", read }, params);
    const named: string[] = [];
    for (const k of NAME_PARAMS) if (params[k] !== undefined) named.push(await resolveNeo4j(read, params[k]));
    return [...named, ...idsInRows(rows)];
  }
  if (request.cypher !== undefined) {
    const result = await runReadOnlyCypher(connection, request.cypher.query, parseCypherParams(request.cypher.params));
    return idsInRows(result.rows);
  }
  return undefined;
}

async function fromNeo4j(request: ExportRequest, options: ConnectionOptions): Promise<[BriefGraph, Selection]> {
  const connection = await openNeo4j(options);
  try {
    const read = neo4jReader(connection);
    const seeds = await seedsFromNeo4j(request, connection, read);
    const s = request.selection;
    const hops = s.hops ?? (s.around === undefined ? 0 : 1);
    const ids = seeds === undefined ? await entityIdsNeo4j(read) : await neighbourhoodIdsNeo4j(read, seeds, hops, s.edgeTypes);
    const graph = await readSubgraphNeo4j(read, ids);
    const selection: Selection =
      seeds === undefined ? s : s.around !== undefined ? { ...s, around: seeds[0] ?? s.around } : { ...s, ids: seeds };
    return [graph, selection];
  } finally {
    await connection.close();
  }
}

export async function runExport(request: ExportRequest, io: ExportIO): Promise<ExportResult> {
  if (request.source.kind === "neo4j") {
    const [graph, selection] = await fromNeo4j(request, io.neo4j ?? connectionOptions());
    return exportFromGraph(graph, { ...request, selection }, io);
  }
  const storePath = resolveStorePath(request.source.path);
  const indexed = await selectThroughIndex(request, storePath);
  if (indexed !== undefined) return writeSelection(indexed.subgraph, request, indexed.center, io);
  const [graph, selection] = await fromStore(request, storePath);
  return exportFromGraph(graph, { ...request, selection }, io);
}

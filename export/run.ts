/** The export use case end to end: read, select, render, write. The I/O edge for the CLI. Node only. */
import { BriefgraphError } from "../graph/errors.ts";
import { resolveNode } from "../graph/lookup.ts";
import type { BriefGraph } from "../graph/model.ts";
import { readStore, resolveStorePath } from "../graph/store.ts";
import { FORMATS_WITH_STATEMENTS, renderExport } from "./render.ts";
import { defaultTitle, type ExportRequest } from "./request.ts";
import { selectSubgraph } from "./select.ts";
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
}

/** Selects and renders from an already loaded graph; returns the artifacts' subgraph for reporting. */
export async function exportFromGraph(graph: BriefGraph, request: ExportRequest, io: ExportIO): Promise<ExportResult> {
  const selection = { ...request.selection, withStatements: FORMATS_WITH_STATEMENTS.has(request.format) };
  const subgraph = selectSubgraph(graph, selection);
  const around = request.selection.around;
  const centerName = around === undefined ? undefined : graph.getNodeAttribute(resolveNode(graph, around), "name");
  const title = request.title ?? defaultTitle(request, centerName);
  const output = request.output;
  const artifacts = renderExport(subgraph, request.format, {
    title,
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
  return { ...counts, files: await writeArtifacts(artifacts, output) };
}

export async function runExport(request: ExportRequest, io: ExportIO): Promise<ExportResult> {
  if (request.source.kind === "neo4j" || request.query !== undefined || request.cypher !== undefined) {
    throw new BriefgraphError("USAGE", "export from Neo4j and by named query are not available yet");
  }
  const graph = await readStore(resolveStorePath(request.source.path));
  return exportFromGraph(graph, request, io);
}

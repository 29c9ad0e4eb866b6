/**
 * The CSV of csv.ts as a stream of chunks, for stores too big to hold their CSV as one text (the bulk load:
 * 100,000 nodes and 400,000 relationships make about 130 MB). Each table's header is separate and final only
 * once its rows are all read, for `neo4j-admin … --nodes=header.csv,rows.csv`; a row written before a column was
 * first seen ends early, and neo4j-admin reads its missing cells as no value. Browser-safe (no I/O here).
 */
import type { BriefGraph } from "../../graph/model.ts";
import { CSV_NODE_SKIP, CsvColumns, csvCell, csvLeadColumns, csvNodeLead, csvWriters, type CsvOptions } from "./csv.ts";
import { neo4jEdgeProps, neo4jNodeProps } from "./neo4j-props.ts";

/** About 64K characters a chunk: large enough for few writes, small enough to stay out of the way of memory. */
const CHUNK = 1 << 16;

export interface CsvTableStream {
  /** The rows, in chunks of whole rows; read once. */
  rows: Iterable<string>;
  /** The header line (with its line break), final once `rows` is read to its end. */
  header(): string;
}

function* chunked(rows: Iterable<string>): Generator<string> {
  let chunk = "";
  for (const row of rows) {
    chunk += row;
    if (chunk.length >= CHUNK) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk !== "") yield chunk;
}

/** The node and relationship tables of toCSV(graph, options) as streams; either may be read first. */
export function csvStreams(graph: BriefGraph, options: CsvOptions = {}): { nodes: CsvTableStream; edges: CsvTableStream } {
  const { safe, json } = csvWriters(options);
  const lead = csvLeadColumns(options.integerIds === true);
  // Each node's number as the text its cells hold, made once (a relationship row needs two).
  let numbers: Map<string, string> | undefined;
  if (options.integerIds === true) {
    const map = new Map<string, string>();
    graph.forEachNode((key) => map.set(key, String(map.size + 1)));
    numbers = map;
  }
  const nodeColumns = new CsvColumns(lead.nodes, safe, json, CSV_NODE_SKIP);
  const edgeColumns = new CsvColumns(lead.edges, safe, json);
  const end = numbers ? (key: string) => numbers.get(key) ?? "" : csvCell;
  function* nodeRows(): Generator<string> {
    for (const { node, attributes } of graph.nodeEntries()) {
      yield nodeColumns.row(csvNodeLead(node, attributes, numbers?.get(node)), neo4jNodeProps(node, attributes));
    }
  }
  function* edgeRows(): Generator<string> {
    for (const { attributes, source, target } of graph.edgeEntries()) {
      yield edgeColumns.row(`${end(source)},${end(target)},${attributes.type}`, neo4jEdgeProps(attributes));
    }
  }
  return {
    nodes: { rows: chunked(nodeRows()), header: () => nodeColumns.header() },
    edges: { rows: chunked(edgeRows()), header: () => edgeColumns.header() },
  };
}

/**
 * CSV for `neo4j-admin database import`: nodes.csv (`id:ID`, `:LABEL`, properties) and edges.csv
 * (`:START_ID`, `:END_ID`, `:TYPE`, properties). Lists use neo4j-admin's default array delimiter ";"
 * and are declared `:string[]`/`:int[]`; a ";" inside a list item becomes ",". The lossless evidence
 * is also there as a JSON string.
 */
import type { BriefGraph } from "../../graph/model.ts";
import { EDGE_FIELDS, NODE_FIELDS, edgeFields, nodeFields, type FieldSpec, type FieldValue } from "./fields.ts";

export interface CsvFiles {
  nodes: string;
  edges: string;
}

/** RFC 4180 quoting; line breaks inside a value become spaces (neo4j-admin rejects them unless told otherwise). */
export function csvCell(text: string): string {
  const flat = text.replace(/\r\n|[\r\n]/g, " ");
  return /[",;\s]/.test(flat) || flat === "" ? `"${flat.replace(/"/g, '""')}"` : flat;
}

function header(spec: FieldSpec): string {
  return spec.kind === "string" ? spec.name : `${spec.name}:${spec.kind}`;
}

function cell(value: FieldValue): string {
  if (value === undefined) return "";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return csvCell(value);
  return csvCell(value.map((v) => String(v).replace(/;/g, ",")).join(";"));
}

function row(cells: readonly string[]): string {
  return `${cells.join(",")}\n`;
}

export function toCSV(graph: BriefGraph): CsvFiles {
  const nodeSpecs = NODE_FIELDS.filter((f) => f.name !== "type");
  const edgeSpecs = EDGE_FIELDS.filter((f) => f.name !== "type");
  let nodes = row(["id:ID", ":LABEL", ...nodeSpecs.map(header)]);
  graph.forEachNode((key, attributes) => {
    const values = nodeFields(attributes);
    nodes += row([csvCell(key), attributes.type, ...nodeSpecs.map((f) => cell(values[f.name]))]);
  });
  let edges = row([":START_ID", ":END_ID", ":TYPE", "key", ...edgeSpecs.map(header)]);
  graph.forEachEdge((key, attributes, source, target) => {
    const values = edgeFields(attributes);
    edges += row([csvCell(source), csvCell(target), attributes.type, csvCell(key), ...edgeSpecs.map((f) => cell(values[f.name]))]);
  });
  return { nodes, edges };
}

/**
 * CSV for `neo4j-admin database import`, in the shape `briefgraph load` gives Neo4j (see neo4j-props.ts):
 * nodes.csv (`id:ID`, `:LABEL`, properties) and edges.csv (`:START_ID`, `:END_ID`, `:TYPE`, properties).
 * Lists use neo4j-admin's default array delimiter ";" and are declared `:string[]`/`:int[]`;
 * a ";" inside a list item becomes ",". Import with `--multiline-fields=true` (see csvCell).
 */
import type { BriefGraph } from "../../graph/model.ts";
import { neo4jEdgeProps, neo4jLabels, neo4jNodeProps, type Neo4jProps, type Neo4jValue } from "./neo4j-props.ts";

export interface CsvFiles {
  nodes: string;
  edges: string;
}

/**
 * RFC 4180 quoting. Line breaks stay inside the quotes (nameKeys is "\n"-framed): LOAD CSV reads them as is,
 * `neo4j-admin database import` needs `--multiline-fields=true`.
 */
export function csvCell(text: string): string {
  return /[",;\s]/.test(text) || text === "" ? `"${text.replace(/"/g, '""')}"` : text;
}

type Kind = "string" | "int" | "string[]" | "int[]";

function kindOf(value: Neo4jValue): Kind {
  if (typeof value === "number") return "int";
  if (typeof value === "string") return "string";
  return value.some((v) => typeof v === "number") ? "int[]" : "string[]";
}

/** The columns: every property seen, in first-seen order, with its declared type (lists win over scalars). */
function columns(rows: readonly Neo4jProps[], skip: ReadonlySet<string>): [string, Kind][] {
  const kinds = new Map<string, Kind>();
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) {
      if (skip.has(name)) continue;
      const kind = kindOf(value);
      const known = kinds.get(name);
      if (known === undefined || (Array.isArray(value) && value.length > 0 && !known.endsWith("[]"))) kinds.set(name, kind);
    }
  }
  return [...kinds];
}

function cell(value: Neo4jValue | undefined): string {
  if (value === undefined) return "";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return csvCell(value);
  if (value.length === 0) return "";
  return csvCell(value.map((v) => String(v).replace(/;/g, ",")).join(";"));
}

/**
 * JSON text with its escaped quotes and backslashes written as \u0022 and \u005c: the same JSON, but no backslash
 * ever stands before a quote, which LOAD CSV would read as an escaped quote, ending the field there.
 */
export function csvSafeJson(json: string): string {
  return json.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (whole, escaped: string) =>
    escaped === '"' ? "\\u0022" : escaped === "\\" ? "\\u005c" : whole,
  );
}

function header([name, kind]: [string, Kind]): string {
  return kind === "string" ? name : `${name}:${kind}`;
}

const line = (cells: readonly string[]): string => `${cells.join(",")}\n`;

export function toCSV(graph: BriefGraph): CsvFiles {
  const nodeRows = graph.mapNodes((key, a) => ({ props: neo4jNodeProps(key, a), labels: neo4jLabels(a) }));
  const nodeColumns = columns(nodeRows.map((r) => r.props), new Set(["id"]));
  let nodes = line(["id:ID", ":LABEL", ...nodeColumns.map(header)]);
  for (const { props, labels } of nodeRows) {
    nodes += line([csvCell(String(props.id)), labels.join(";"), ...nodeColumns.map(([name]) => cell(props[name]))]);
  }
  const edgeRows = graph.mapEdges((_key, a, source, target) => ({ props: neo4jEdgeProps(a), type: a.type, source, target }));
  const edgeColumns = columns(edgeRows.map((r) => r.props), new Set());
  let edges = line([":START_ID", ":END_ID", ":TYPE", ...edgeColumns.map(header)]);
  for (const { props, type, source, target } of edgeRows) {
    const json = props.evidenceJson;
    const safe = typeof json === "string" ? { ...props, evidenceJson: csvSafeJson(json) } : props;
    edges += line([csvCell(source), csvCell(target), type, ...edgeColumns.map(([name]) => cell(safe[name]))]);
  }
  return { nodes, edges };
}

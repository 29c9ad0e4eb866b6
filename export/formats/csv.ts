/**
 * CSV for `neo4j-admin database import`, in the shape `briefgraph load` gives Neo4j (see neo4j-props.ts):
 * nodes.csv (`id:ID`, `:LABEL`, properties) and edges.csv (`:START_ID`, `:END_ID`, `:TYPE`, properties).
 * Lists use neo4j-admin's default array delimiter ";" and are declared `:string[]`/`:int[]`;
 * a ";" inside a list item becomes ",". Import with `--multiline-fields=true` (see csvCell).
 */
import type { BriefGraph } from "../../graph/model.ts";
import { neo4jEdgeProps, neo4jLabels, neo4jNodeProps, type Neo4jProps, type Neo4jValue } from "./neo4j-props.ts";
import { TextBuilder } from "./text.ts";

export interface CsvFiles {
  nodes: string;
  edges: string;
}

/**
 * RFC 4180 quoting. Line breaks stay inside the quotes (nameKeys is "\n"-framed): LOAD CSV reads them as is,
 * `neo4j-admin database import` needs `--multiline-fields=true`.
 */
export function csvCell(text: string): string {
  return /[",;\s]/.test(text) || text === "" ? `"${text.replaceAll('"', '""')}"` : text;
}

type Kind = "string" | "int" | "string[]" | "int[]";

function kindOf(value: Neo4jValue): Kind {
  if (typeof value === "number") return "int";
  if (typeof value === "string") return "string";
  return value.some((v) => typeof v === "number") ? "int[]" : "string[]";
}

/** A list item: neo4j-admin's array delimiter ";" inside an item becomes ",". */
function listItem(value: string | number): string {
  const text = String(value);
  return text.includes(";") ? text.replaceAll(";", ",") : text;
}

function cell(value: Neo4jValue | undefined): string {
  if (value === undefined) return "";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return csvCell(value);
  if (value.length === 0) return "";
  return csvCell(value.map(listItem).join(";"));
}

/**
 * JSON text with its escaped quotes and backslashes written as \u0022 and \u005c: the same JSON, but no backslash
 * ever stands before a quote, which LOAD CSV would read as an escaped quote, ending the field there.
 */
export function csvSafeJson(json: string): string {
  if (!json.includes("\\")) return json;
  return json.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (whole, escaped: string) =>
    escaped === '"' ? "\\u0022" : escaped === "\\" ? "\\u005c" : whole,
  );
}

function header([name, kind]: [string, Kind]): string {
  return kind === "string" ? name : `${name}:${kind}`;
}

/**
 * A CSV table whose columns are every property seen, in first-seen order, with its declared type (lists win
 * over scalars). Rows are written as they come, with the columns seen so far, so no row's properties are kept:
 * a column first seen later is one the earlier rows have no value for, and they get its empty cells at the end.
 */
class CsvTable {
  private readonly kinds = new Map<string, Kind>();
  private readonly columns: string[] = [];
  private readonly body = new TextBuilder();
  private length = 0;
  /** Where each row ends in the body, and with how many columns it was written. */
  private readonly ends: number[] = [];
  private readonly widths: number[] = [];

  constructor(
    private readonly lead: readonly string[],
    private readonly skip: ReadonlySet<string> = new Set(),
  ) {}

  /** A row: its leading cells (joined by ","), then one cell per column from `props`. */
  add(leadCells: string, props: Neo4jProps): void {
    // for-in walks a plain object's keys in Object.entries' order, without building the pairs.
    for (const name in props) {
      const value = props[name];
      if (value === undefined || this.skip.has(name)) continue;
      const known = this.kinds.get(name);
      if (known === undefined) this.columns.push(name);
      if (known === undefined || (Array.isArray(value) && value.length > 0 && !known.endsWith("[]"))) this.kinds.set(name, kindOf(value));
    }
    let row = leadCells;
    for (const name of this.columns) {
      const value = props[name];
      // Only the evidence JSON can hold a backslash before a quote (see csvSafeJson).
      row += `,${cell(name === "evidenceJson" && typeof value === "string" ? csvSafeJson(value) : value)}`;
    }
    row += "\n";
    this.body.add(row);
    this.length += row.length;
    this.ends.push(this.length);
    this.widths.push(this.columns.length);
  }

  text(): string {
    const head = `${[...this.lead, ...[...this.kinds].map(header)].join(",")}\n`;
    const width = this.columns.length;
    if (this.widths.every((w) => w === width)) return this.body.text(head);
    const body = this.body.text();
    const out = new TextBuilder();
    let start = 0;
    for (const [i, end] of this.ends.entries()) {
      const missing = width - (this.widths[i] ?? width);
      // Widths only grow: from the first full row on, the rest is as written.
      if (missing === 0) break;
      out.add(`${body.slice(start, end - 1)}${",".repeat(missing)}\n`);
      start = end;
    }
    out.add(body.slice(start));
    return out.text(head);
  }
}

export function toCSV(graph: BriefGraph): CsvFiles {
  const nodes = new CsvTable(["id:ID", ":LABEL"], new Set(["id"]));
  graph.forEachNode((key, a) => {
    const props = neo4jNodeProps(key, a);
    nodes.add(`${csvCell(String(props.id))},${neo4jLabels(a).join(";")}`, props);
  });
  const edges = new CsvTable([":START_ID", ":END_ID", ":TYPE"]);
  graph.forEachEdge((_key, a, source, target) => {
    edges.add(`${csvCell(source)},${csvCell(target)},${a.type}`, neo4jEdgeProps(a));
  });
  return { nodes: nodes.text(), edges: edges.text() };
}

/**
 * CSV for `neo4j-admin database import`, in the shape `briefgraph load` gives Neo4j (see neo4j-props.ts):
 * nodes.csv (`id:ID`, `:LABEL`, properties) and edges.csv (`:START_ID`, `:END_ID`, `:TYPE`, properties); with
 * `integerIds` (the bulk load) nodes are numbered in `:ID` and keep their id in `id`.
 * Lists (and a node's labels) are joined by U+001F, the ASCII unit separator, which no text of the model holds,
 * so they split back exactly: `neo4j-admin … --array-delimiter=U+001F`, `split(x, '\u001f')` in LOAD CSV.
 * No field spans lines: a line break inside a value is written as a space (cleaned statement text has none).
 * With `formulaSafe` (the export's default) a text cell starting with = + - @, a tab or a CR gets a leading
 * apostrophe, so a spreadsheet shows it as text instead of running it as a formula.
 */
import type { BriefGraph } from "../../graph/model.ts";
import type { NodeAttributes } from "../../graph/schema.ts";
import { neo4jEdgeProps, neo4jLabels, neo4jNodeProps, type Neo4jProps, type Neo4jValue } from "./neo4j-props.ts";
import { TextBuilder } from "./text.ts";

export interface CsvFiles {
  nodes: string;
  edges: string;
}

export interface CsvOptions {
  /** Neutralise cells a spreadsheet would run as formulas (a leading apostrophe); default true. */
  formulaSafe?: boolean;
  /**
   * Write the evidence JSON so LOAD CSV reads it too (csvSafeJson: \u0022 for \"); default true. neo4j-admin
   * alone (the bulk load) takes the JSON as it is, so the property is byte for byte what the online load stores.
   */
  loadCsvSafe?: boolean;
  /**
   * For `neo4j-admin … --id-type=integer` (the bulk load): each node numbered from 1 in `:ID` (not stored), its id as
   * the `id` property, relationships by those numbers. The importer maps integers without the string ID's encoding
   * and sorting; the database holds the same properties. Default false: `id:ID`, and relationships by id.
   */
  integerIds?: boolean;
}

/** The array delimiter between list items and between a node's labels: U+001F (neo4j-admin: `--array-delimiter=U+001F`). */
export const CSV_ARRAY_DELIMITER = "\u001f";

/** Starts a spreadsheet reads as a formula (OWASP's list): = + - @, tab, carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell's content with the apostrophe that keeps a spreadsheet from evaluating it, when it needs one. */
export function formulaSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

// eslint-disable-next-line no-control-regex -- the delimiter is a control character
const DELIMITER_OR_BREAK = /[\u001f\r\n]/;

/** One line, no array delimiter: line breaks become spaces, U+001F is dropped. */
function oneLine(text: string): string {
  if (!DELIMITER_OR_BREAK.test(text)) return text;
  // eslint-disable-next-line no-control-regex -- as above
  return text.replace(/\r\n|[\r\n]/g, " ").replace(/\u001f/g, "");
}

/** RFC 4180 quoting. */
// eslint-disable-next-line no-control-regex -- U+001F (the array delimiter) is a control character
const NEEDS_QUOTES = /[",;\s\u001f]/;

function quoted(line: string): string {
  return NEEDS_QUOTES.test(line) || line === "" ? `"${line.replaceAll('"', '""')}"` : line;
}

/** One text value as a cell: on one line (see oneLine), quoted when it needs to be. */
export function csvCell(text: string): string {
  return quoted(oneLine(text));
}

type Kind = "string" | "int" | "string[]" | "int[]";

function kindOf(value: Neo4jValue): Kind {
  if (typeof value === "number") return "int";
  if (typeof value === "string") return "string";
  return value.some((v) => typeof v === "number") ? "int[]" : "string[]";
}

function cell(value: Neo4jValue | undefined, safe: (text: string) => string): string {
  if (value === undefined) return "";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return csvCell(safe(value));
  if (value.length === 0) return "";
  return quoted(safe(value.map((v) => oneLine(String(v))).join(CSV_ARRAY_DELIMITER)));
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

/** The cell writers an option set asks for: the spreadsheet guard and the LOAD CSV-safe evidence JSON, each on by default. */
export function csvWriters(options: CsvOptions): { safe: (text: string) => string; json: (text: string) => string } {
  return {
    safe: options.formulaSafe === false ? (text: string) => text : formulaSafe,
    json: options.loadCsvSafe === false ? (text: string) => text : csvSafeJson,
  };
}

/**
 * The columns of a CSV table: every property seen, in first-seen order, with its declared type (a list's type
 * wins over a scalar's; an empty list's type holds only until a non-empty list is seen). A row is written with
 * the columns seen so far, so no row's properties are kept: a column first seen later is one the earlier rows
 * have no value for (toCSV pads them; neo4j-admin reads a short row's missing cells as no value).
 */
export class CsvColumns {
  private readonly kinds = new Map<string, Kind>();
  /** Columns whose type so far comes from empty lists only. */
  private readonly provisional = new Set<string>();
  private readonly names: string[] = [];

  constructor(
    private readonly lead: readonly string[],
    private readonly safe: (text: string) => string,
    private readonly json: (text: string) => string,
    private readonly skip: ReadonlySet<string> = new Set(),
  ) {}

  /** How many property columns there are so far. */
  get width(): number {
    return this.names.length;
  }

  /** A row, with its line break: its leading cells (joined by ","), then one cell per column from `props`. */
  row(leadCells: string, props: Neo4jProps): string {
    // for-in walks a plain object's keys in Object.entries' order, without building the pairs.
    for (const name in props) {
      const value = props[name];
      if (value === undefined || this.skip.has(name)) continue;
      const known = this.kinds.get(name);
      if (known === undefined) this.names.push(name);
      const list = Array.isArray(value);
      if (known === undefined || (list && value.length > 0 && (!known.endsWith("[]") || this.provisional.has(name)))) {
        this.kinds.set(name, kindOf(value));
        if (list && value.length === 0) this.provisional.add(name);
        else this.provisional.delete(name);
      }
    }
    let row = leadCells;
    for (const name of this.names) {
      const value = props[name];
      // Only the evidence JSON can hold a backslash before a quote (see csvSafeJson).
      row += `,${cell(name === "evidenceJson" && typeof value === "string" ? this.json(value) : value, this.safe)}`;
    }
    return `${row}\n`;
  }

  /** The header line, with its line break: final once every row is written. */
  header(): string {
    return `${[...this.lead, ...[...this.kinds].map(header)].join(",")}\n`;
  }
}

/** A whole table as one text: the rows written before a column was first seen get its empty cells at the end. */
class CsvTable {
  private readonly body = new TextBuilder();
  private length = 0;
  /** Where each row ends in the body, and with how many columns it was written. */
  private readonly ends: number[] = [];
  private readonly widths: number[] = [];

  constructor(private readonly columns: CsvColumns) {}

  add(leadCells: string, props: Neo4jProps): void {
    const row = this.columns.row(leadCells, props);
    this.body.add(row);
    this.length += row.length;
    this.ends.push(this.length);
    this.widths.push(this.columns.width);
  }

  text(): string {
    const head = this.columns.header();
    const width = this.columns.width;
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

/** The leading columns of the node and relationship tables. */
export function csvLeadColumns(integerIds: boolean): { nodes: string[]; edges: string[] } {
  return { nodes: integerIds ? [":ID", "id", ":LABEL"] : ["id:ID", ":LABEL"], edges: [":START_ID", ":END_ID", ":TYPE"] };
}

/** A node's leading cells: its number (with integer ids), its id, its labels. */
export function csvNodeLead(id: string, attributes: NodeAttributes, number?: number | string): string {
  return `${number === undefined ? "" : `${number},`}${csvCell(id)},${neo4jLabels(attributes).join(CSV_ARRAY_DELIMITER)}`;
}

/** The node properties a CSV row carries beside its leading cells: all but `id`, which the leading cells hold. */
export const CSV_NODE_SKIP: ReadonlySet<string> = new Set(["id"]);

export function toCSV(graph: BriefGraph, options: CsvOptions = {}): CsvFiles {
  const { safe, json } = csvWriters(options);
  const numbers = options.integerIds === true ? new Map<string, number>() : undefined;
  const lead = csvLeadColumns(numbers !== undefined);
  const nodes = new CsvTable(new CsvColumns(lead.nodes, safe, json, CSV_NODE_SKIP));
  graph.forEachNode((key, a) => {
    numbers?.set(key, numbers.size + 1);
    nodes.add(csvNodeLead(key, a, numbers?.size), neo4jNodeProps(key, a));
  });
  const edges = new CsvTable(new CsvColumns(lead.edges, safe, json));
  const end = numbers ? (key: string) => String(numbers.get(key)) : csvCell;
  graph.forEachEdge((_key, a, source, target) => {
    edges.add(`${end(source)},${end(target)},${a.type}`, neo4jEdgeProps(a));
  });
  return { nodes: nodes.text(), edges: edges.text() };
}

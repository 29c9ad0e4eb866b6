/** For bench/neo4j.bench.ts: the load plan as CSV files in the server's import dir, and the LOAD CSV Cypher for each. */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { MARKER_LABEL, type planLoad } from "../queries/index.ts";

type Plan = ReturnType<typeof planLoad>;
type Value = string | number | boolean | string[] | number[];
const SEP = "\u001f";

function field(value: Value | undefined): string {
  if (value === undefined) return "";
  const text = Array.isArray(value) ? value.join(SEP) : String(value);
  return /[",\r\n]/.test(text) || text === "" ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The Cypher expression that turns the CSV cell back into the loader's property type. */
function expression(column: string, sample: Value | undefined): string {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(column)) throw new RangeError(`unexpected property name ${column}`);
  const cell = `row.${column}`;
  if (Array.isArray(sample)) {
    const list = `CASE ${cell} WHEN '' THEN [] ELSE split(${cell}, '${SEP}') END`;
    return typeof sample[0] === "number" ? `[x IN ${list} | toInteger(x)]` : list;
  }
  if (typeof sample === "number") return `toInteger(${cell})`;
  if (typeof sample === "boolean") return `${cell} = 'true'`;
  return cell;
}

function columnsOf(rows: readonly { props: Record<string, Value> }[]): Map<string, Value | undefined> {
  const columns = new Map<string, Value | undefined>();
  for (const row of rows) for (const [k, v] of Object.entries(row.props)) if (!columns.has(k) || (Array.isArray(v) && v.length > 0)) columns.set(k, v);
  return columns;
}

export interface CsvLoad { file: string; cypher: string; rows: number }

/** Writes one CSV per node label set and per relationship type; returns the LOAD CSV statements, nodes first. */
export async function writeCsvPlan(plan: Plan, importDir: string, batchSize: number): Promise<CsvLoad[]> {
  const loads: CsvLoad[] = [];
  for (const group of plan.nodes) {
    const file = `nodes-${group.labels.join("-")}.csv`;
    const columns = columnsOf(group.rows);
    const names = [...columns.keys()];
    const lines = [names.join(","), ...group.rows.map((r) => names.map((c) => field(r.props[c])).join(","))];
    await writeFile(join(importDir, file), `${lines.join("\n")}\n`);
    const [primary, ...rest] = group.labels;
    const sets = names.map((c) => `n.${c} = ${expression(c, columns.get(c))}`).join(", ");
    loads.push({
      file,
      rows: group.rows.length,
      cypher: `LOAD CSV WITH HEADERS FROM 'file:///${file}' AS row CALL (row) { MERGE (n:${primary} {id: row.id}) SET n${[...rest, MARKER_LABEL].map((l) => `:${l}`).join("")}, ${sets} } IN TRANSACTIONS OF ${batchSize} ROWS`,
    });
  }
  for (const group of plan.edges) {
    const file = `rels-${group.type}.csv`;
    const columns = columnsOf(group.rows);
    const names = [...columns.keys()];
    const lines = [["s", "t", ...names].join(","), ...group.rows.map((r) => [field(r.s), field(r.t), ...names.map((c) => field(r.props[c]))].join(","))];
    await writeFile(join(importDir, file), `${lines.join("\n")}\n`);
    const sets = names.map((c) => `r.${c} = ${expression(c, columns.get(c))}`).join(", ");
    loads.push({
      file,
      rows: group.rows.length,
      cypher: `LOAD CSV WITH HEADERS FROM 'file:///${file}' AS row CALL (row) { MATCH (a:${MARKER_LABEL} {id: row.s}) MATCH (b:${MARKER_LABEL} {id: row.t}) MERGE (a)-[r:${group.type}]->(b) SET ${sets} } IN TRANSACTIONS OF ${batchSize} ROWS`,
    });
  }
  return loads;
}

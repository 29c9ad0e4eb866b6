/** Rows as a text table, JSON (an array of row objects) or CSV (RFC 4180). */
import { z } from "zod";
import type { Cell, Row } from "./rows.ts";

export const OutputFormatSchema = z.enum(["table", "json", "csv"]);
export type OutputFormat = z.infer<typeof OutputFormatSchema>;

function text(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell;
  if (typeof cell === "number" || typeof cell === "boolean") return String(cell);
  if (Array.isArray(cell)) return cell.map((c: Cell) => text(c)).join("; ");
  return JSON.stringify(cell);
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function columnsOf(rows: readonly Row[], columns?: readonly string[]): string[] {
  if (columns && columns.length > 0) return [...columns];
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  return [...seen];
}

const MAX_CELL = 120;

export function formatRows(rows: readonly Row[], format: OutputFormat, columns?: readonly string[]): string {
  if (format === "json") return `${JSON.stringify(rows, null, 2)}\n`;
  const cols = columnsOf(rows, columns);
  if (format === "csv") {
    const lines = [cols.map(csvField).join(","), ...rows.map((r) => cols.map((c) => csvField(text(r[c]))).join(","))];
    return `${lines.join("\r\n")}\r\n`;
  }
  if (rows.length === 0) return "(no rows)\n";
  const cells = rows.map((r) =>
    cols.map((c) => {
      const t = text(r[c]).replace(/\s+/g, " ");
      return t.length > MAX_CELL ? `${t.slice(0, MAX_CELL - 1)}…` : t;
    }),
  );
  const widths = cols.map((c, i) => Math.max(c.length, ...cells.map((row) => (row[i] ?? "").length)));
  const line = (values: readonly string[]) => values.map((v, i) => v.padEnd(widths[i] ?? 0)).join("  ").trimEnd();
  return `${[line(cols), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n")}\n(${rows.length} row${rows.length === 1 ? "" : "s"})\n`;
}

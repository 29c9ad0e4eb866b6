/** The corrections log and its stale entries as text (table lines) or JSON rows, for `corrections list|check` and `ingest`. */
import { describeCorrection, effectiveCorrections, undoneIds, type ReplayReport } from "./replay.ts";
import type { Correction, CorrectionsLog } from "./schema.ts";

export interface CorrectionRow {
  id: string;
  time: string;
  author: string;
  op: Correction["op"];
  /** applied, undone (by a later undo), stale (no longer applies), or undo (an undo entry). */
  status: "applied" | "undone" | "stale" | "undo";
  does: string;
  note?: string;
  reason?: string;
}

export function correctionRows(log: CorrectionsLog, report: ReplayReport): CorrectionRow[] {
  const undone = undoneIds(log);
  const stale = new Map(report.stale.map((s) => [s.correction.id, s.reason]));
  const effective = new Set(effectiveCorrections(log).map((c) => c.id));
  return log.corrections.map((c) => {
    const reason = stale.get(c.id);
    const status = c.op === "undo" ? "undo" : undone.has(c.id) ? "undone" : reason !== undefined ? "stale" : effective.has(c.id) ? "applied" : "undone";
    return { id: c.id, time: c.time, author: c.author, op: c.op, status, does: describeCorrection(c), ...(c.note ? { note: c.note } : {}), ...(reason !== undefined ? { reason } : {}) };
  });
}

export function formatRowsTable(rows: readonly CorrectionRow[]): string {
  if (rows.length === 0) return "no corrections\n";
  return rows
    .map((r) => `${r.id.padEnd(5)} ${r.status.padEnd(8)} ${r.time}  ${r.author}  ${r.does}${r.note ? `  — ${r.note}` : ""}${r.reason ? `\n      no longer applies: ${r.reason}` : ""}`)
    .join("\n")
    .concat("\n");
}

/** One stderr line per correction that no longer applies (nothing when all apply). */
export function formatStale(stale: ReplayReport["stale"]): string {
  return stale.map((s) => `briefgraph: correction ${s.correction.id} (${describeCorrection(s.correction)}) no longer applies: ${s.reason}; see \`briefgraph corrections check\`\n`).join("");
}

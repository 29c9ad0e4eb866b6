/**
 * Replaying the log on the extracted graph: the corrections in the order they were written, leaving out the undo
 * entries and what they undo. Deterministic: the same extracted graph and log give the same graph, byte for byte.
 */
import { createGraph, type BriefGraph } from "../graph/model.ts";
import { EdgeAttributesSchema, NodeAttributesSchema } from "../graph/schema.ts";
import { applyCorrection } from "./apply.ts";
import type { Correction, CorrectionsLog } from "./schema.ts";

export interface ReplayReport {
  /** A correction that no longer applies, and why. */
  stale: { correction: Correction; reason: string }[];
  /** What applied corrections did besides their change (relations a retype or merge dropped). */
  notes: { correction: Correction; note: string }[];
}

/** The ids an undo entry undid. */
export function undoneIds(log: CorrectionsLog): Set<string> {
  const undone = new Set<string>();
  for (const c of log.corrections) if (c.op === "undo") undone.add(c.target);
  return undone;
}

/** The corrections that take effect: not undo entries, not undone. */
export function effectiveCorrections(log: CorrectionsLog): Correction[] {
  const undone = undoneIds(log);
  return log.corrections.filter((c) => c.op !== "undo" && !undone.has(c.id));
}

export function copyGraph(graph: BriefGraph): BriefGraph {
  const out = createGraph();
  out.import(graph.export());
  return out;
}

/** Applies the log to a copy of `extracted`; the extracted graph is left as it was. */
export function replay(extracted: BriefGraph, log: CorrectionsLog): { graph: BriefGraph } & ReplayReport {
  const graph = copyGraph(extracted);
  const report: ReplayReport = { stale: [], notes: [] };
  for (const correction of effectiveCorrections(log)) {
    const result = applyCorrection(graph, correction);
    if (!result.ok) report.stale.push({ correction, reason: result.reason });
    else for (const note of result.notes) report.notes.push({ correction, note });
  }
  canonicalize(graph);
  return { graph, ...report };
}

/**
 * Puts the attributes of what corrections changed in the schema's key order, as reading the store back gives them,
 * so the store has the same bytes whether it was written from a graph just corrected or from one read back.
 */
function canonicalize(graph: BriefGraph): void {
  graph.forEachNode((key, attributes) => {
    if (attributes.type !== "Statement" && attributes.corrections) graph.replaceNodeAttributes(key, NodeAttributesSchema.parse(attributes));
  });
  graph.forEachEdge((key, attributes) => {
    if (attributes.corrections) graph.replaceEdgeAttributes(key, EdgeAttributesSchema.parse(attributes));
  });
}

/** One line saying what a correction does. */
export function describeCorrection(c: Correction): string {
  switch (c.op) {
    case "merge":
      return `merge ${c.from} into ${c.into}`;
    case "rename":
      return `rename ${c.node} to ${JSON.stringify(c.name)}`;
    case "retype":
      return `retype ${c.node} as ${c.type}${c.kind ? ` (${c.kind})` : ""}`;
    case "alias":
      return `${c.action} alias ${JSON.stringify(c.alias)} ${c.action === "add" ? "to" : "from"} ${c.node}`;
    case "remove":
      return `remove ${c.node}`;
    case "relate":
      return `relate ${c.source} ${c.type} ${c.target} (${c.evidence.statement}, sentence ${c.evidence.sentence + 1})`;
    case "unrelate":
      return `unrelate ${c.source} ${c.type} ${c.target}`;
    case "undo":
      return `undo ${c.target}`;
  }
}

/**
 * The viewer's statement controls, over history/ (pure, browser-safe): the statements by date, what unchecking
 * statements hides, and the compare mode's new / dropped / continued nodes and edges (history/'s computeDiff).
 */
import type { BriefGraph } from "../../../graph/model.ts";
import { edgeKey } from "../../../graph/ids.ts";
import { computeDiff, type Change, type DiffReport } from "../../../history/diff.ts";
import { embeddedFacts, embeddedStatements } from "../../../history/embedded.ts";
import { statementOrder, type StatementInfo } from "../../../history/facts.ts";

/** The statements of the graph by date (undated last), then title. */
export function statementsByDate(graph: BriefGraph): StatementInfo[] {
  return embeddedStatements(graph).sort(statementOrder);
}

export interface Hidden {
  nodes: Set<string>;
  edges: Set<string>;
}

/**
 * What only the unchecked statements state: the unchecked statements themselves, relations whose every quote
 * comes from them, and entities mentioned only in them (entities mentioned nowhere stay).
 */
export function hiddenByStatements(graph: BriefGraph, off: readonly string[]): Hidden {
  const hidden: Hidden = { nodes: new Set(), edges: new Set() };
  const offSet = new Set(off.filter((s) => graph.hasNode(s)));
  if (offSet.size === 0) return hidden;
  for (const s of offSet) hidden.nodes.add(s);
  const mentionedOn = new Set<string>();
  const mentionedOff = new Set<string>();
  graph.forEachEdge((edge, a, source, target) => {
    if (a.type === "MENTIONED_IN") {
      (offSet.has(target) ? mentionedOff : mentionedOn).add(source);
      return;
    }
    if (a.evidence.length > 0 && a.evidence.every((e) => offSet.has(e.statement))) hidden.edges.add(edge);
  });
  for (const entity of mentionedOff) if (!mentionedOn.has(entity)) hidden.nodes.add(entity);
  // A relation to a hidden entity goes with it; so do the mentions of a hidden statement.
  graph.forEachEdge((edge, _a, source, target) => {
    if (hidden.nodes.has(source) || hidden.nodes.has(target)) hidden.edges.add(edge);
  });
  return hidden;
}

export interface Comparison {
  report: DiffReport;
  /** Entity key → its change between A and B. */
  nodes: Map<string, Change>;
  /** Relation edge key → its change between A and B. */
  edges: Map<string, Change>;
}

/** A against B with history/'s computeDiff; undefined unless both name different statements of the graph. */
export function compareStatements(graph: BriefGraph, a: string | undefined, b: string | undefined): Comparison | undefined {
  if (a === undefined || b === undefined || a === b) return undefined;
  const statements = embeddedStatements(graph);
  const sa = statements.find((s) => s.id === a);
  const sb = statements.find((s) => s.id === b);
  if (!sa || !sb) return undefined;
  const facts = embeddedFacts(graph, { statements: new Set([a, b]) });
  const label = (s: StatementInfo) => (s.date ? `${s.title} (${s.date})` : s.title);
  const report = computeDiff(facts, { label: label(sa), statements: [sa] }, { label: label(sb), statements: [sb] });
  const nodes = new Map(report.entities.map((e) => [e.id, e.change] as const));
  const edges = new Map<string, Change>();
  for (const r of report.relations) {
    const key = edgeKey(r.source, r.type, r.target);
    if (graph.hasEdge(key)) edges.set(key, r.change);
  }
  return { report, nodes, edges };
}

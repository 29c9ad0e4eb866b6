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

/** A range of ISO days, either end open; an open range holds every statement. */
export interface DateRange {
  since?: string;
  until?: string;
}

export function rangeSet(range: DateRange): boolean {
  return range.since !== undefined || range.until !== undefined;
}

/** Whether a statement dated `date` falls in the range (an undated one falls in no set range). */
export function inRange(date: string | null, range: DateRange): boolean {
  if (!rangeSet(range)) return true;
  return date !== null && (range.since === undefined || date >= range.since) && (range.until === undefined || date <= range.until);
}

/** The state with the range set to these ends (an empty end is open). */
export function withRange<S extends DateRange>(state: S, since: string | undefined, until: string | undefined): S {
  const next = { ...state };
  delete next.since;
  delete next.until;
  if (since) next.since = since;
  if (until) next.until = until;
  return next;
}

/**
 * What the statement controls hide. Without a date range: what only the unchecked statements state (the unchecked
 * statements themselves, relations whose every quote comes from them, entities mentioned only in them; entities
 * mentioned nowhere stay). With a range: everything but what the checked statements dated in the range state
 * (relations with a quote from one of them, and their endpoints).
 */
export function hiddenByStatements(graph: BriefGraph, off: readonly string[], range: DateRange = {}): Hidden {
  if (rangeSet(range)) return hiddenOutsideRange(graph, off, range);
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
  hideTouching(graph, hidden);
  return hidden;
}

/** A relation to a hidden entity goes with it; so do the mentions of a hidden statement. */
function hideTouching(graph: BriefGraph, hidden: Hidden): void {
  graph.forEachEdge((edge, _a, source, target) => {
    if (hidden.nodes.has(source) || hidden.nodes.has(target)) hidden.edges.add(edge);
  });
}

function hiddenOutsideRange(graph: BriefGraph, off: readonly string[], range: DateRange): Hidden {
  const offSet = new Set(off);
  const active = new Set(embeddedStatements(graph).filter((s) => !offSet.has(s.id) && inRange(s.date, range)).map((s) => s.id));
  const shown = new Set<string>(active);
  const hidden: Hidden = { nodes: new Set(), edges: new Set() };
  graph.forEachEdge((edge, a, source, target) => {
    if (a.type === "MENTIONED_IN") return;
    if (a.evidence.some((e) => active.has(e.statement))) {
      shown.add(source);
      shown.add(target);
    } else hidden.edges.add(edge);
  });
  graph.forEachNode((key) => {
    if (!shown.has(key)) hidden.nodes.add(key);
  });
  hideTouching(graph, hidden);
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

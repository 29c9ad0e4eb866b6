/**
 * The threat table of the visible graph: one row per threat, with who poses it, who condemns it, who or what
 * addresses it, what it violates and which exercise simulates it; every cell entry keeps the edge (its evidence).
 * Also the links the layered layout ranks: posers, then threats, then the responses.
 */
import type { BriefGraph } from "../../../graph/model.ts";
import type { LayeredInput } from "./layered.ts";
import { shortLabel } from "../../../export/formats/label.ts";

export const THREAT_COLUMNS = [
  { id: "poses", type: "POSES", title: "Posed by" },
  { id: "condemns", type: "CONDEMNS", title: "Condemned by" },
  { id: "addresses", type: "ADDRESSES", title: "Addressed by" },
  { id: "violates", type: "VIOLATES", title: "Violates" },
  { id: "simulates", type: "SIMULATES", title: "Simulated by" },
] as const;
export type ThreatColumn = (typeof THREAT_COLUMNS)[number]["id"];

export interface ThreatCell {
  /** The node on the other side of the edge. */
  key: string;
  name: string;
  edge: string;
}

export interface ThreatRow {
  key: string;
  name: string;
  cells: Record<ThreatColumn, ThreatCell[]>;
}

export interface ThreatTable {
  rows: ThreatRow[];
  layout: LayeredInput;
}

const emptyCells = (): Record<ThreatColumn, ThreatCell[]> => ({ poses: [], condemns: [], addresses: [], violates: [], simulates: [] });

export function buildThreatTable(graph: BriefGraph, nodes: ReadonlySet<string>, edges: ReadonlySet<string>): ThreatTable {
  const rows = new Map<string, ThreatRow>();
  const name = (k: string) => graph.getNodeAttribute(k, "name");
  const row = (key: string): ThreatRow => {
    let r = rows.get(key);
    if (!r) {
      r = { key, name: name(key), cells: emptyCells() };
      rows.set(key, r);
    }
    return r;
  };
  for (const key of nodes) if (graph.getNodeAttribute(key, "type") === "Threat") row(key);
  const links: [string, string][] = [];
  for (const edge of edges) {
    const type = graph.getEdgeAttribute(edge, "type");
    const source = graph.source(edge);
    const target = graph.target(edge);
    const column = THREAT_COLUMNS.find((c) => c.type === type);
    if (!column) {
      if (type === "PART_OF") links.push([target, source]);
      continue;
    }
    // VIOLATES runs from the threat; the other columns point at it.
    const threat = type === "VIOLATES" ? source : target;
    const other = type === "VIOLATES" ? target : source;
    if (graph.getNodeAttribute(threat, "type") !== "Threat") continue;
    row(threat).cells[column.id].push({ key: other, name: name(other), edge });
    links.push(type === "POSES" ? [other, threat] : [threat, other]);
  }
  const sorted = [...rows.values()].sort((a, b) => a.name.localeCompare(b.name));
  for (const r of sorted) for (const c of THREAT_COLUMNS) r.cells[c.id].sort((a, b) => a.name.localeCompare(b.name));
  return { rows: sorted, layout: { nodes: [...nodes].sort().map((key) => ({ key, label: shortLabel(name(key)) })), links } };
}

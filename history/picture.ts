/**
 * The picture of a diff: the changed subgraph (new, dropped and continued entities and relations, each in its
 * change's colour, with a legend) drawn by export's slide renderer (`toSVG`). A big diff is drawn in part: the new
 * and dropped relations first, then the continued ones whose wording changed, then the rest, up to a limit.
 */
import { createGraph, type BriefGraph } from "../graph/model.ts";
import { edgeKey } from "../graph/ids.ts";
import type { EntityAttributes } from "../graph/schema.ts";
import { CHANGE_COLORS } from "../export/formats/palette.ts";
import { toSVG } from "../export/formats/svg.ts";
import type { Change, DiffReport, EntityChange, RelationChange } from "./diff.ts";

/** Relations drawn at most: beyond that a slide is unreadable. */
export const PICTURE_RELATIONS = 60;

export interface DiffPicture {
  graph: BriefGraph;
  nodes: Map<string, Change>;
  edges: Map<string, Change>;
  /** Relations drawn, of how many. */
  shown: number;
  total: number;
}

/** The attributes a slide draws (name and type); the report knows no actor kind, and the slide draws none. */
function attributesOf(e: Pick<EntityChange, "name" | "type">): EntityAttributes {
  const base = { name: e.name, aliases: [], mentions: 0 };
  return e.type === "Actor" ? { ...base, type: "Actor", kind: "organization" } : e.type === "Statement" ? { ...base, type: "Body" } : { ...base, type: e.type };
}

const PRIORITY = (r: RelationChange) => (r.change === "continued" ? (r.changedWording ? 1 : 2) : 0);

export function diffPicture(report: DiffReport, limit = PICTURE_RELATIONS): DiffPicture {
  const graph = createGraph();
  const nodes = new Map<string, Change>();
  const edges = new Map<string, Change>();
  const entityChange = new Map(report.entities.map((e) => [e.id, e] as const));
  const relations = [...report.relations].sort((x, y) => PRIORITY(x) - PRIORITY(y)).slice(0, limit);
  const addEntity = (id: string, name: string, type: EntityChange["type"]) => {
    if (graph.hasNode(id)) return;
    const known = entityChange.get(id);
    graph.addNode(id, attributesOf(known ?? { name, type }));
    if (known) nodes.set(id, known.change);
  };
  for (const r of relations) {
    addEntity(r.source, r.sourceName, entityChange.get(r.source)?.type ?? "Body");
    addEntity(r.target, r.targetName, entityChange.get(r.target)?.type ?? "Body");
    const key = edgeKey(r.source, r.type, r.target);
    graph.addDirectedEdgeWithKey(key, r.source, r.target, { type: r.type, cue: r.b[0]?.cue ?? r.a[0]?.cue ?? "", evidence: [] });
    edges.set(key, r.change);
  }
  // New and dropped entities in no drawn relation, while the picture has room.
  for (const e of report.entities) {
    if (graph.order >= limit * 2) break;
    if (e.change !== "continued") addEntity(e.id, e.name, e.type);
  }
  return { graph, nodes, edges, shown: relations.length, total: report.relations.length };
}

/** The diff's picture as SVG, coloured by change, with the two sides as its caption. */
export function diffSvg(report: DiffReport, width = 1200): string {
  const picture = diffPicture(report);
  const side = (label: string, s: DiffReport["a"]) => `${label}: ${s.statements.map((x) => `${x.title} (${x.date ?? "undated"})`).join("; ")}`;
  const part = picture.shown < picture.total ? ` (${picture.shown} of ${picture.total} relations)` : "";
  return toSVG(picture.graph, {
    width,
    title: `What changed${part}`,
    captions: [side("A", report.a), side("B", report.b)],
    status: { heading: "Change", colors: CHANGE_COLORS, nodes: picture.nodes, edges: picture.edges },
  });
}

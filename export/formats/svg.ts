/**
 * SVG for slides, for the CLI (`export --format svg|png`) and the viewer's "View as slide": the entities laid out
 * (seeded ForceAtlas2, or the places the viewer drew them), coloured by type, labelled whole or ellipsised at a word
 * boundary, relations as arrows coloured by family (the shared palette) with parallel ones drawn apart, the focal
 * node ringed, a legend of node and relation types, and a caption naming the statements (titles and dates).
 * One `<g class="node">` with one `<text>` per entity.
 */
import { isEntity, type BriefGraph } from "../../graph/model.ts";
import { ENTITY_TYPES, type StatementAttributes } from "../../graph/schema.ts";
import { layoutPositions, type Point } from "./layout.ts";
import { EDGE_COLORS, FOCAL_RING, TYPE_COLORS, nodeSize } from "./palette.ts";
import { LABEL_MAX, WRAP_WIDTH, shortLabel, wrapLabel } from "./label.ts";
import { EDGE_TYPES, type EdgeType } from "../../graph/schema.ts";
import { edgeKey } from "../../graph/ids.ts";
import { TextBuilder } from "./text.ts";
import { escapeXml } from "./xml.ts";

export interface SvgOptions {
  /** Width in px of the picture (the height follows); default 1600. */
  width?: number;
  /** A heading drawn above the picture. */
  title?: string;
  seed?: number;
  /** Where to draw each entity (y pointing down; any scale): the viewer's picture. Default: the seeded layout. */
  positions?: ReadonlyMap<string, Point>;
  /** The node the picture is about (the focus or selection): drawn with a ring. */
  focal?: string;
  /** The source lines of the caption; default: every statement node of the graph. */
  captions?: readonly string[];
  /** Colour nodes and relations by a status instead of by type (the diff brief: new, dropped, continued). */
  status?: SvgStatus;
  /** Labels wrapped between words on up to three lines (`wrapLabel`), as the viewer's layered views draw them. */
  wrap?: boolean;
  /** Nodes whose labels go left of them (the first rank of a layered view: the links leaving them cross no text of theirs). */
  labelsLeft?: ReadonlySet<string>;
}

/**
 * A status per node and per relation, each drawn in its status's colour (marked `data-status`), and a legend of the
 * statuses in place of the type legend. Elements without a status keep their type colour.
 */
export interface SvgStatus {
  /** The legend's heading ("Change"). */
  heading: string;
  /** Each status's colour, in legend order. */
  colors: Readonly<Record<string, string>>;
  nodes: ReadonlyMap<string, string>;
  /** By relation: edgeKey(source, type, target). */
  edges: ReadonlyMap<string, string>;
}

const FONT = "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif";
const MAX_LABEL = LABEL_MAX;

/** Greedy word wrap for a caption line, measured with an average glyph width. */
function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** "Title (September 23-24, 2024)" for each statement of the graph (or those of `only`), oldest first. */
export function statementCaptions(graph: BriefGraph, only?: ReadonlySet<string>): string[] {
  const statements: StatementAttributes[] = [];
  graph.forEachNode((key, a) => {
    if (a.type === "Statement" && (only === undefined || only.has(key))) statements.push(a);
  });
  statements.sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999") || a.title.localeCompare(b.title));
  return statements.map((s) => {
    const when = s.dateText ?? s.date;
    return when ? `${s.title} (${when})` : s.title;
  });
}

function fit(positions: Map<string, Point>, box: { x: number; y: number; w: number; h: number }): Map<string, Point> {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of positions.values()) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  const spanX = maxX - minX || 1;
  const spanY = maxY - minY || 1;
  const scale = Math.min(box.w / spanX, box.h / spanY);
  const offX = box.x + (box.w - spanX * scale) / 2;
  const offY = box.y + (box.h - spanY * scale) / 2;
  const out = new Map<string, Point>();
  for (const [key, p] of positions) {
    out.set(key, positions.size === 1 ? { x: box.x + box.w / 2, y: box.y + box.h / 2 } : { x: offX + (p.x - minX) * scale, y: offY + (p.y - minY) * scale });
  }
  return out;
}

/**
 * Moves nodes down (or up, at the bottom edge) until no label box overlaps another: the labels of a slide must
 * be readable. Greedy, in a fixed order, so the picture stays deterministic.
 */
function unclutter(
  positions: Map<string, Point>,
  /** Radius, label width and, for a label on several lines, its half height. */
  size: (node: string) => { r: number; w: number; half?: number; left?: boolean },
  fontSize: number,
  plot: { x: number; y: number; w: number; h: number },
): Map<string, Point> {
  const placed: { x1: number; y1: number; x2: number; y2: number }[] = [];
  const out = new Map<string, Point>();
  const step = fontSize * 0.6;
  const order = [...positions].sort(([a, p], [b, q]) => p.y - q.y || p.x - q.x || (a < b ? -1 : 1));
  for (const [node, p] of order) {
    const { r, w, half = fontSize * 0.6, left = false } = size(node);
    const box = (y: number) => ({ x1: p.x - r - (left ? 5 + w : 0), y1: y - Math.max(r, half), x2: p.x + r + (left ? 0 : 5 + w), y2: y + Math.max(r, half) });
    const clear = (y: number) => {
      const b = box(y);
      return placed.every((o) => b.x2 <= o.x1 || b.x1 >= o.x2 || b.y2 <= o.y1 || b.y1 >= o.y2);
    };
    let y = p.y;
    for (let i = 1; i <= 60 && !clear(y); i++) {
      const down = p.y + Math.ceil(i / 2) * step;
      const up = p.y - Math.ceil(i / 2) * step;
      const candidate = i % 2 === 1 ? down : up;
      if (candidate >= plot.y && candidate <= plot.y + plot.h) y = candidate;
    }
    placed.push(box(y));
    out.set(node, { x: p.x, y });
  }
  return out;
}

const n = (v: number): string => v.toFixed(1);

interface Pair {
  source: string;
  target: string;
  /** The relation types from source to target, in edge order. */
  types: EdgeType[];
}

const byKey = <T>([x]: [string, T], [y]: [string, T]): number => (x < y ? -1 : 1);

/** The ordered pairs of entities with a relation, by source, then target (a stable order for the drawing). */
function relationPairs(graph: BriefGraph): Pair[] {
  const bySource = new Map<string, Map<string, EdgeType[]>>();
  graph.forEachEdge((_key, attributes, source, target, sourceAttributes, targetAttributes) => {
    if (attributes.type === "MENTIONED_IN" || !isEntity(sourceAttributes) || !isEntity(targetAttributes)) return;
    let targets = bySource.get(source);
    if (targets === undefined) {
      targets = new Map();
      bySource.set(source, targets);
    }
    const types = targets.get(target);
    if (types === undefined) targets.set(target, [attributes.type]);
    else types.push(attributes.type);
  });
  const pairs: Pair[] = [];
  for (const [source, targets] of [...bySource].sort(byKey)) {
    for (const [target, types] of [...targets].sort(byKey)) pairs.push({ source, target, types });
  }
  return pairs;
}

/**
 * The box the node centres of a slide are fitted into (labels, legend and margins outside it), in slide pixels: what
 * a layout for the slide can aim at.
 */
export function slidePlot(options: Pick<SvgOptions, "width" | "wrap" | "labelsLeft"> = {}): { w: number; h: number } {
  const width = Math.max(320, Math.round(options.width ?? 1600));
  const u = width / 1600;
  const fontSize = Math.round(18 * u);
  const margin = 40 * u;
  const labelRoom = (options.wrap ? WRAP_WIDTH + 6 : MAX_LABEL) * 0.6 * fontSize;
  const leftRoom = options.labelsLeft && options.labelsLeft.size > 0 ? labelRoom : 0;
  // Wrapped labels reach a line above and below their node: the plot keeps that room inside the picture.
  const lines = options.wrap ? 2 * fontSize * 1.15 : 0;
  return { w: width - 2 * margin - 230 * u - labelRoom - leftRoom - 30 * u, h: Math.round(width * 0.55) - 2 * margin - lines };
}

export function toSVG(graph: BriefGraph, options: SvgOptions = {}): string {
  const width = Math.max(320, Math.round(options.width ?? 1600));
  const u = width / 1600;
  const fontSize = Math.round(18 * u);
  const margin = 40 * u;
  const titleHeight = options.title ? 56 * u : 0;
  const legendWidth = 230 * u;
  const plotHeight = Math.round(width * 0.55);
  const captionChars = Math.floor((width - 2 * margin) / (fontSize * 0.58));
  const captionLines = (options.captions ?? statementCaptions(graph)).flatMap((c) => wrap(c, captionChars - 2));
  const captionHeight = captionLines.length ? (captionLines.length + 1.6) * fontSize * 1.35 : 0;
  const height = Math.round(titleHeight + plotHeight + captionHeight + margin);

  const entities = new Set(graph.filterNodes((_k, a) => isEntity(a)));
  const layoutOptions = { include: (k: string) => entities.has(k), ...(options.seed === undefined ? {} : { seed: options.seed }) };
  const radius = new Map<string, number>();
  for (const key of entities) radius.set(key, nodeSize(graph.degree(key)) * 1.4 * u);
  const labelRoom = (options.wrap ? WRAP_WIDTH + 6 : MAX_LABEL) * 0.6 * fontSize;
  const lineHeight = fontSize * 1.15;
  const linesOf = (key: string): string[] => {
    const name = graph.getNodeAttribute(key, "name");
    return options.wrap ? wrapLabel(name) : [shortLabel(name, MAX_LABEL)];
  };
  const leftRoom = options.labelsLeft && options.labelsLeft.size > 0 ? labelRoom : 0;
  const room = slidePlot(options);
  const plot = { x: margin + 30 * u + leftRoom, y: titleHeight + margin + (options.wrap ? fontSize * 1.15 : 0), w: room.w, h: room.h };
  const given = options.positions;
  const start = given ? new Map([...given].filter(([k]) => entities.has(k))) : layoutPositions(graph, layoutOptions);
  const fitted = fit(start, plot);
  const pos =
    entities.size <= 200
      ? unclutter(
          fitted,
          (k) => {
            const lines = linesOf(k);
            const left = options.labelsLeft?.has(k) === true;
            return { r: radius.get(k) ?? 0, w: Math.max(...lines.map((l) => l.length)) * 0.6 * fontSize, half: ((lines.length - 1) * lineHeight) / 2 + fontSize * 0.6, left };
          },
          fontSize,
          plot,
        )
      : fitted;
  const pairs = relationPairs(graph);
  const relationTypes = EDGE_TYPES.filter((t) => pairs.some((p) => p.types.includes(t)));
  const status = options.status;
  const statusOf = (source: string, type: EdgeType, target: string) => status?.edges.get(edgeKey(source, type, target));
  const statusColor = (name: string | undefined) => (name === undefined ? undefined : status?.colors[name]);
  const arrows: [string, string][] = [
    ...relationTypes.map((t): [string, string] => [t, EDGE_COLORS[t]]),
    ...Object.entries(status?.colors ?? {}).map(([name, color]): [string, string] => [`status-${name}`, color]),
  ];

  const out = new TextBuilder();
  const add = (line: string): void => out.add(`${line}\n`);
  for (const line of [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" font-size="${fontSize}">`,
    `<defs>${arrows
      .map(
        ([id, color]) =>
          `<marker id="arrow-${escapeXml(id)}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="${n(7)}" markerHeight="${n(7)}" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="${color}"/></marker>`,
      )
      .join("")}</defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
  ]) {
    add(line);
  }
  if (options.title) {
    add(`<text class="title" x="${n(margin)}" y="${n(margin + 14 * u)}" font-size="${Math.round(30 * u)}" font-weight="bold" fill="#111">${escapeXml(options.title)}</text>`);
  }

  // Relations: one arrow per relation, coloured by family; several between the same two nodes bend apart.
  const edgeLabels = pairs.length <= 24;
  add(`<g class="edges" fill="none" stroke-width="${n(1.6 * u)}">`);
  for (const { source, target, types } of pairs) {
    const a = pos.get(source);
    const b = pos.get(target);
    if (!a || !b) continue;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const cut = (radius.get(target) ?? 0) + 2 * u;
    types.forEach((type, i) => {
      const bend = (i - (types.length - 1) / 2) * 26 * u;
      const cx = (a.x + b.x) / 2 - (dy / len) * bend;
      const cy = (a.y + b.y) / 2 + (dx / len) * bend;
      // End on the target's circle, along the curve's last tangent (from the control point).
      const tx = b.x - cx;
      const ty = b.y - cy;
      const tl = Math.hypot(tx, ty) || 1;
      const ex = b.x - (tx / tl) * cut;
      const ey = b.y - (ty / tl) * cut;
      const d = bend === 0 ? `M${n(a.x)},${n(a.y)}L${n(ex)},${n(ey)}` : `M${n(a.x)},${n(a.y)}Q${n(cx)},${n(cy)} ${n(ex)},${n(ey)}`;
      const changed = statusOf(source, type, target);
      const stroke = statusColor(changed);
      add(
        stroke === undefined || changed === undefined
          ? `<path class="edge" data-type="${type}" d="${d}" stroke="${EDGE_COLORS[type]}" marker-end="url(#arrow-${type})"/>`
          : `<path class="edge" data-type="${type}" data-status="${escapeXml(changed)}" data-source="${escapeXml(source)}" data-target="${escapeXml(target)}" d="${d}" stroke="${stroke}" marker-end="url(#arrow-status-${escapeXml(changed)})"/>`,
      );
      if (edgeLabels) {
        const lx = bend === 0 ? (a.x + b.x) / 2 : (a.x + 2 * cx + b.x) / 4;
        const ly = bend === 0 ? (a.y + b.y) / 2 - 4 * u : (a.y + 2 * cy + b.y) / 4;
        add(
          `<text class="edge-label" x="${n(lx)}" y="${n(ly)}" text-anchor="middle" font-size="${Math.round(13 * u)}" fill="#444" stroke="#fff" stroke-width="${n(3 * u)}" paint-order="stroke">${type}</text>`,
        );
      }
    });
  }
  add("</g>");

  add(`<g class="nodes">`);
  const circleStroke = n(1.2 * u);
  // A wrapped label's halo is wide enough to hide a line passing between its words.
  const labelStroke = n((options.wrap ? 6 : 4) * u);
  for (const key of [...entities].sort()) {
    const p = pos.get(key);
    const a = graph.getNodeAttributes(key);
    if (!p) continue;
    const r = radius.get(key) ?? 8;
    const focal = key === options.focal;
    const ring = focal ? `<circle class="focal" cx="${n(p.x)}" cy="${n(p.y)}" r="${n(r + 5 * u)}" fill="none" stroke="${FOCAL_RING}" stroke-width="${n(3 * u)}"/>` : "";
    const lines = linesOf(key);
    const label = lines.join(" ");
    const full = label === a.name ? "" : `<title>${escapeXml(a.name)}</title>`;
    const left = options.labelsLeft?.has(key) === true;
    const tx = n(left ? p.x - r - 5 * u : p.x + r + 5 * u);
    const top = p.y - ((lines.length - 1) * lineHeight) / 2 + fontSize * 0.35;
    // Several lines: one <text>, a <tspan> a line.
    const text =
      lines.length === 1
        ? escapeXml(label)
        : lines.map((line, i) => `<tspan x="${tx}" y="${n(top + i * lineHeight)}">${escapeXml(line)}</tspan>`).join("");
    const changed = status?.nodes.get(key);
    const mark = changed === undefined ? "" : ` data-status="${escapeXml(changed)}"`;
    add(
      `<g class="node${focal ? " focal" : ""}" data-id="${escapeXml(key)}" data-type="${a.type}"${mark}>${full}${ring}` +
        `<circle cx="${n(p.x)}" cy="${n(p.y)}" r="${n(r)}" fill="${statusColor(changed) ?? TYPE_COLORS[a.type]}" stroke="#222" stroke-width="${circleStroke}"/>` +
        `<text x="${tx}" y="${n(top)}" fill="#111" stroke="#fff" stroke-width="${labelStroke}" paint-order="stroke"${left ? ` text-anchor="end"` : ""}${focal ? ` font-weight="bold"` : ""}>${text}</text>` +
        `</g>`,
    );
  }
  add("</g>");

  if (status) statusLegend(add, status, { x: width - margin - legendWidth + 20 * u, y: titleHeight + margin, width: legendWidth, u, fontSize });
  else typeLegend(add, graph, entities, relationTypes, { x: width - margin - legendWidth + 20 * u, y: titleHeight + margin, width: legendWidth, u, fontSize });

  if (captionLines.length) {
    const cy = titleHeight + plotHeight + fontSize;
    add(`<g class="caption" fill="#333">`);
    add(`<line x1="${n(margin)}" y1="${n(cy - fontSize)}" x2="${n(width - margin)}" y2="${n(cy - fontSize)}" stroke="#ccc"/>`);
    add(`<text x="${n(margin)}" y="${n(cy + 4 * u)}" font-weight="bold">Source${captionLines.length > 1 ? "s" : ""}:</text>`);
    captionLines.forEach((line, i) => {
      add(`<text x="${n(margin)}" y="${n(cy + 4 * u + (i + 1) * fontSize * 1.35)}">${escapeXml(line)}</text>`);
    });
    add("</g>");
  }
  add("</svg>");
  return out.text();
}

interface LegendBox {
  x: number;
  y: number;
  width: number;
  u: number;
  fontSize: number;
}

function legendFrame(add: (line: string) => void, box: LegendBox, rows: number, heading: string): void {
  const { x, y, u } = box;
  add(`<rect x="${n(x - 14 * u)}" y="${n(y - 10 * u)}" width="${n(box.width - 10 * u)}" height="${n((rows + 2.3) * 30 * u)}" fill="#fafafa" stroke="#ccc" rx="${n(6 * u)}"/>`);
  add(`<text x="${n(x)}" y="${n(y + 16 * u)}" font-weight="bold">${escapeXml(heading)}</text>`);
}

/** The entity types present, in model order, then the relation types. */
function typeLegend(add: (line: string) => void, graph: BriefGraph, entities: ReadonlySet<string>, relationTypes: readonly EdgeType[], box: LegendBox): void {
  const { x: lx, y: ly, u, fontSize } = box;
  const typesSeen = new Set<string>();
  for (const key of entities) typesSeen.add(graph.getNodeAttribute(key, "type"));
  const present = ENTITY_TYPES.filter((t) => typesSeen.has(t));
  add(`<g class="legend">`);
  legendFrame(add, box, present.length + relationTypes.length + (relationTypes.length > 0 ? 1 : 0), "Legend");
  present.forEach((t, i) => {
    const y = ly + (i + 1.6) * 30 * u;
    add(`<circle cx="${n(lx + 8 * u)}" cy="${n(y)}" r="${n(8 * u)}" fill="${TYPE_COLORS[t]}" stroke="#222" stroke-width="${n(u)}"/>`);
    add(`<text x="${n(lx + 24 * u)}" y="${n(y + fontSize * 0.35)}">${t}</text>`);
  });
  if (relationTypes.length > 0) {
    const top = ly + (present.length + 1.6) * 30 * u;
    add(`<text x="${n(lx)}" y="${n(top + fontSize * 0.35)}" font-weight="bold">Relations</text>`);
    relationTypes.forEach((t, i) => {
      const y = top + (i + 1) * 30 * u;
      add(
        `<g class="legend-relation" data-type="${t}"><line x1="${n(lx)}" y1="${n(y)}" x2="${n(lx + 26 * u)}" y2="${n(y)}" stroke="${EDGE_COLORS[t]}" stroke-width="${n(2 * u)}" marker-end="url(#arrow-${t})"/>` +
          `<text x="${n(lx + 36 * u)}" y="${n(y + fontSize * 0.35)}" font-size="${Math.round(15 * u)}">${t}</text></g>`,
      );
    });
  }
  add("</g>");
}

/** One row per status: a node swatch and an arrow in its colour, and its name. */
function statusLegend(add: (line: string) => void, status: SvgStatus, box: LegendBox): void {
  const { x: lx, y: ly, u, fontSize } = box;
  const entries = Object.entries(status.colors);
  add(`<g class="legend status-legend">`);
  legendFrame(add, box, entries.length, status.heading);
  entries.forEach(([name, color], i) => {
    const y = ly + (i + 1.6) * 30 * u;
    add(
      `<g class="legend-status" data-status="${escapeXml(name)}"><circle cx="${n(lx + 8 * u)}" cy="${n(y)}" r="${n(8 * u)}" fill="${color}" stroke="#222" stroke-width="${n(u)}"/>` +
        `<line x1="${n(lx + 22 * u)}" y1="${n(y)}" x2="${n(lx + 50 * u)}" y2="${n(y)}" stroke="${color}" stroke-width="${n(2 * u)}" marker-end="url(#arrow-status-${escapeXml(name)})"/>` +
        `<text x="${n(lx + 60 * u)}" y="${n(y + fontSize * 0.35)}">${escapeXml(name)}</text></g>`,
    );
  });
  add("</g>");
}

/**
 * Layered (hierarchical) layout by dagre (@dagrejs/dagre: Sugiyama-style ranking, crossing reduction and placement;
 * synchronous, so the same code runs in the page and in the benchmark). Ranks run left to right, so long labels sit
 * in their column instead of colliding in a row. Each connected part is laid out on its own and the parts are packed
 * in shelves (dagre's crossing reduction grows much faster than linearly); a part too big for one dagre call drops its
 * weak links (participation) and is laid out by its strong ones (structure); a part still too big (thousands of bodies)
 * gets a linear-time layering instead of stalling the page, and so does every part of a view above DAGRE_VIEW_LIMIT
 * nodes. Nodes linked to nothing go in a block below.
 */
import dagre from "@dagrejs/dagre";
import { wrapLabel } from "../../../export/formats/label.ts";

/** One collator for every sort by name (String#localeCompare builds one per call: slow on thousands of nodes). */
const byText = new Intl.Collator("en").compare;

export interface LayeredInput {
  nodes: readonly { key: string; label: string }[];
  /** [from, to, weak?]: `from` is drawn one rank before (left of) `to`; weak links give way in very big parts. */
  links: readonly (readonly [string, string, boolean?])[];
}

export interface LayeredOptions {
  /** Width / height of the frame the picture is drawn in: parts are packed and rows spaced to fill it. */
  aspect?: number;
}

export interface LayeredLayout {
  /** Centre of each node's circle, y pointing down, in label pixels (13 px font). */
  positions: Map<string, { x: number; y: number }>;
  /** Nodes with no link, drawn as a block under the layered part. */
  unlinked: string[];
  /**
   * Nodes with links out and none in (the first rank: participants, those who pose a threat): their labels go left
   * of them, so that the links leaving them cross no text of their own.
   */
  labelsLeft: Set<string>;
}

const CHAR = 7.2;
const ROW = 26;
/** Room between two ranks, for the links and their arrowheads (the wrapped labels keep their columns narrow). */
const RANK_GAP = 44;
/** Line height of a wrapped label (13 px font). */
export const LINE = 15;
/** How far rows may be spread apart to fill a frame taller than the picture. */
const MAX_STRETCH = 2.2;
const GAP = 40;
/** Parts up to this many nodes go to dagre whole. */
export const MAX_DAGRE_PART = 60;
/** Parts this small (a body and its two participants) are laid out directly: dagre's fixed cost per call dominates. */
const MIN_DAGRE_PART = 6;
/**
 * Views above this many nodes take the linear-time layering for every part. Measured on the 2,000-body benchmark
 * (under load): dagre took 0.9 s for its 5 biggest parts (60 nodes), 1.1–1.4 s for all 25 parts up to 60 nodes —
 * a fixed cost per call, its code mostly cold — against under 0.1 s for the layering of all 486 parts; a view this
 * small (the bundled statement's hierarchy has 21 nodes, one part of 16 in dagre) keeps dagre's crossing reduction.
 */
export const DAGRE_VIEW_LIMIT = 400;

const wrapped = new Map<string, string[]>();

/** A label as the layered views draw it: wrapped between words on up to three lines (cached: every frame asks). */
export function labelLines(label: string): string[] {
  let lines = wrapped.get(label);
  if (!lines) {
    lines = wrapLabel(label);
    if (wrapped.size > 50_000) wrapped.clear();
    wrapped.set(label, lines);
  }
  return lines;
}

/** Width of a node and its label's lines, in label pixels. */
export const linesWidth = (lines: readonly string[]): number => 28 + Math.max(0, ...lines.map((l) => l.length)) * CHAR;

/** Width of a node and its wrapped label, in label pixels. */
export function labelWidth(label: string): number {
  return linesWidth(labelLines(label));
}

/** Height of a node's row, room for its wrapped label. */
export function labelHeight(label: string): number {
  return ROW + (labelLines(label).length - 1) * LINE;
}

type Link = readonly [string, string, boolean?];

/** What a layout spent where, for the benchmark: parts (count, nodes) and milliseconds by method. */
export interface LayeredStats {
  dagre: { parts: number; nodes: number; ms: number };
  quick: { parts: number; nodes: number; ms: number };
  grid: { parts: number; nodes: number; ms: number };
  /** Union–find, packing and the unlinked block. */
  rest: { ms: number };
}

export const emptyStats = (): LayeredStats => ({
  dagre: { parts: 0, nodes: 0, ms: 0 },
  quick: { parts: 0, nodes: 0, ms: 0 },
  grid: { parts: 0, nodes: 0, ms: 0 },
  rest: { ms: 0 },
});

/** Runs `make` for a part of `nodes` nodes, counting it and its time under `method` when stats are kept. */
function timed(stats: LayeredStats | undefined, method: "dagre" | "quick" | "grid", nodes: number, make: () => Block): Block {
  if (!stats) return make();
  const start = performance.now();
  const block = make();
  const s = stats[method];
  s.ms += performance.now() - start;
  s.parts++;
  s.nodes += nodes;
  return block;
}

/** Connected parts of `keys` over `links` (union–find), biggest first, each in a stable order. */
function parts(keys: readonly string[], links: readonly Link[]): { keys: string[]; links: Link[] }[] {
  const parent = new Map(keys.map((k) => [k, k] as const));
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    let c = k;
    while (c !== r) {
      const next = parent.get(c) ?? r;
      parent.set(c, r);
      c = next;
    }
    return r;
  };
  for (const [a, b] of links) if (parent.has(a) && parent.has(b)) parent.set(find(a), find(b));
  const byRoot = new Map<string, { keys: string[]; links: Link[] }>();
  for (const k of keys) {
    const r = find(k);
    const p = byRoot.get(r) ?? { keys: [], links: [] };
    p.keys.push(k);
    byRoot.set(r, p);
  }
  for (const l of links) if (parent.has(l[0]) && parent.has(l[1])) byRoot.get(find(l[0]))?.links.push(l);
  return [...byRoot.values()].sort((p, q) => q.keys.length - p.keys.length || byText(p.keys[0] ?? "", q.keys[0] ?? ""));
}

interface Block {
  /** Positions relative to the block's top left. */
  at: Map<string, { x: number; y: number }>;
  w: number;
  h: number;
}

interface Size {
  width: ReadonlyMap<string, number>;
  height: ReadonlyMap<string, number>;
  /** Nodes whose circle sits at the right of their box, the label left of it. */
  left: ReadonlySet<string>;
}

function dagreBlock(keys: readonly string[], links: readonly Link[], { width, height, left }: Size): Block {
  const g = new dagre.graphlib.Graph({ multigraph: false });
  g.setGraph({ rankdir: "LR", nodesep: 6, ranksep: RANK_GAP, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const k of keys) g.setNode(k, { width: width.get(k) ?? 100, height: height.get(k) ?? ROW });
  for (const [a, b] of links) if (a !== b) g.setEdge(a, b);
  dagre.layout(g);
  const at = new Map<string, { x: number; y: number }>();
  let w = 0;
  let h = 0;
  for (const k of keys) {
    const n = g.node(k);
    // The circle sits at the left of the node's box; its label runs to the right inside the box.
    at.set(k, { x: left.has(k) ? n.x + n.width / 2 - 10 : n.x - n.width / 2 + 10, y: n.y });
    w = Math.max(w, n.x + n.width / 2);
    h = Math.max(h, n.y + n.height / 2);
  }
  return { at, w, h };
}

/** Nodes in columns, as a block about `targetWidth` wide. */
function gridBlock(keys: readonly string[], { width, height }: Size, targetWidth: number): Block {
  const col = Math.max(...keys.map((k) => width.get(k) ?? 100)) + 20;
  const row = Math.max(...keys.map((k) => height.get(k) ?? ROW)) + 4;
  const columns = Math.max(1, Math.floor(targetWidth / col));
  const at = new Map<string, { x: number; y: number }>();
  keys.forEach((k, i) => at.set(k, { x: 10 + (i % columns) * col, y: row / 2 + Math.floor(i / columns) * row }));
  return { at, w: Math.min(keys.length, columns) * col, h: Math.ceil(keys.length / columns) * row };
}

/**
 * For parts too big for dagre (thousands of bodies): ranks by longest path from the sources, each rank ordered by
 * the mean place of its parents (one barycentre sweep). No crossing minimisation beyond that, but linear time.
 */
function quickLayeredBlock(keys: readonly string[], links: readonly Link[], { width, height, left: labelLeft }: Size): Block {
  const out = new Map<string, string[]>(keys.map((k) => [k, []]));
  const indegree = new Map<string, number>(keys.map((k) => [k, 0]));
  const parents = new Map<string, string[]>(keys.map((k) => [k, []]));
  for (const [a, b] of links) {
    out.get(a)?.push(b);
    parents.get(b)?.push(a);
    indegree.set(b, (indegree.get(b) ?? 0) + 1);
  }
  const rank = new Map<string, number>();
  let queue = keys.filter((k) => (indegree.get(k) ?? 0) === 0);
  if (queue.length === 0 && keys[0] !== undefined) queue = [keys[0]];
  for (const k of queue) rank.set(k, 0);
  // Kahn's order; nodes left on a cycle get the rank after their highest ranked parent.
  const left = new Map(indegree);
  for (let i = 0; i < queue.length; i++) {
    const k = queue[i] ?? "";
    for (const c of out.get(k) ?? []) {
      rank.set(c, Math.max(rank.get(c) ?? 0, (rank.get(k) ?? 0) + 1));
      const d = (left.get(c) ?? 1) - 1;
      left.set(c, d);
      if (d === 0) queue.push(c);
    }
  }
  for (const k of keys) if (!rank.has(k)) rank.set(k, 0);
  const ranks: string[][] = [];
  for (const k of keys) (ranks[rank.get(k) ?? 0] ??= []).push(k);
  const order = new Map<string, number>();
  const at = new Map<string, { x: number; y: number }>();
  let x = 0;
  let h = 0;
  for (const layer of ranks) {
    if (!layer) continue;
    const mean = (k: string) => {
      const ps = (parents.get(k) ?? []).map((p) => order.get(p)).filter((o) => o !== undefined);
      return ps.length === 0 ? Number.POSITIVE_INFINITY : ps.reduce((a, b) => a + b, 0) / ps.length;
    };
    const sorted = layer.map((k) => [k, mean(k)] as const).sort((p, q) => p[1] - q[1] || byText(p[0], q[0]));
    let y = 0;
    const column = Math.max(...layer.map((k) => width.get(k) ?? 100));
    sorted.forEach(([k], i) => {
      const rh = height.get(k) ?? ROW;
      order.set(k, i);
      at.set(k, { x: labelLeft.has(k) ? x + column - 10 : x + 10, y: y + rh / 2 });
      y += rh;
    });
    x += column + RANK_GAP;
    h = Math.max(h, y);
  }
  return { at, w: x, h };
}

function blocksOf(keys: readonly string[], links: readonly Link[], size: Size, dagreOk: boolean, stats?: LayeredStats): Block[] {
  if (keys.length < MIN_DAGRE_PART || (!dagreOk && keys.length <= MAX_DAGRE_PART)) return [timed(stats, "quick", keys.length, () => quickLayeredBlock(keys, links, size))];
  if (keys.length <= MAX_DAGRE_PART) return [timed(stats, "dagre", keys.length, () => dagreBlock(keys, links, size))];
  const strong = links.filter((l) => l[2] !== true);
  if (strong.length === links.length) return [timed(stats, "quick", keys.length, () => quickLayeredBlock(keys, links, size))];
  const linked = new Set(strong.flatMap(([a, b]) => [a, b]));
  const loose = keys.filter((k) => !linked.has(k));
  const blocks = parts(
    keys.filter((k) => linked.has(k)),
    strong,
  ).flatMap((p) => blocksOf(p.keys, p.links, size, dagreOk, stats));
  if (loose.length > 0) blocks.push(timed(stats, "grid", loose.length, () => gridBlock(loose, size, 4 * 300)));
  return blocks;
}

interface Packed {
  /** Each block's top left. */
  at: { x: number; y: number }[];
  w: number;
  h: number;
}

/** Shelf packing: blocks left to right, a new shelf when the row would pass `shelfWidth`. */
function pack(blocks: readonly Block[], shelfWidth: number): Packed {
  const at: { x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  let shelf = 0;
  let w = 0;
  for (const b of blocks) {
    if (x > 0 && x + b.w > shelfWidth) {
      x = 0;
      y += shelf + GAP;
      shelf = 0;
    }
    at.push({ x, y });
    w = Math.max(w, x + b.w);
    x += b.w + GAP;
    shelf = Math.max(shelf, b.h);
  }
  return { at, w, h: blocks.length > 0 ? y + shelf : 0 };
}

/** How far apart two aspect ratios are (symmetric: twice as wide is as far as twice as tall). */
const aspectGap = (w: number, h: number, aspect: number) => Math.abs(Math.log(Math.max(1, w) / Math.max(1, h) / aspect));

/**
 * The shelf width whose packing (with the unlinked block under it) comes closest to `aspect`: a dozen widths from
 * the widest block to all blocks in one row, each packing linear in the blocks.
 */
function bestPacking(blocks: readonly Block[], aspect: number, unlinkedHeight: (width: number) => number): { packed: Packed; shelfWidth: number } {
  const widest = Math.max(0, ...blocks.map((b) => b.w));
  const total = blocks.reduce((s, b) => s + b.w + GAP, 0);
  let best: { packed: Packed; shelfWidth: number; gap: number } | undefined;
  const steps = 12;
  for (let i = 0; i <= steps; i++) {
    const shelfWidth = widest * (Math.max(widest, total) / Math.max(1, widest)) ** (i / steps);
    const packed = pack(blocks, shelfWidth);
    const w = Math.max(packed.w, 1);
    const gap = aspectGap(w, packed.h + unlinkedHeight(w), aspect);
    if (!best || gap < best.gap - 1e-9) best = { packed, shelfWidth, gap };
  }
  return best ?? { packed: pack(blocks, widest), shelfWidth: widest };
}

/**
 * `stats`, when given, collects where the time went (benchmark). With `options.aspect` the parts are packed to come
 * close to that width / height, and a picture still wider than the frame has its rows spread apart (up to 2.2×), so
 * that it fills the frame instead of leaving a band empty.
 */
export function layeredLayout(input: LayeredInput, stats?: LayeredStats, options: LayeredOptions = {}): LayeredLayout {
  const start = performance.now();
  const spent = () => (stats ? stats.dagre.ms + stats.quick.ms + stats.grid.ms : 0);
  const spentBefore = spent();
  const dagreOk = input.nodes.length <= DAGRE_VIEW_LIMIT;
  const width = new Map(input.nodes.map((n) => [n.key, labelWidth(n.label)] as const));
  const keys = input.nodes.map((n) => n.key);
  const links = input.links.filter(([a, b]) => a !== b && width.has(a) && width.has(b));
  const targets = new Set(links.map((l) => l[1]));
  const size: Size = {
    width,
    height: new Map(input.nodes.map((n) => [n.key, labelHeight(n.label)] as const)),
    left: new Set(links.map((l) => l[0]).filter((k) => !targets.has(k))),
  };
  const linked = new Set(links.flatMap(([a, b]) => [a, b]));
  const blocks = parts(
    keys.filter((k) => linked.has(k)),
    links,
  ).flatMap((p) => blocksOf(p.keys, p.links, size, dagreOk, stats));
  const unlinked = keys.filter((k) => !linked.has(k));
  const unlinkedBlock = (width: number) => gridBlock(unlinked, size, Math.max(3 * 300, width));
  const unlinkedHeight = (width: number) => (unlinked.length === 0 ? 0 : 2 * ROW + unlinkedBlock(width).h);
  const area = blocks.reduce((s, b) => s + (b.w + GAP) * (b.h + GAP), 0);
  const { packed, shelfWidth } =
    options.aspect !== undefined && options.aspect > 0 && blocks.length > 1
      ? bestPacking(blocks, options.aspect, unlinkedHeight)
      : { packed: pack(blocks, Math.max(blocks[0]?.w ?? 0, Math.sqrt(area * 1.6))), shelfWidth: Math.max(blocks[0]?.w ?? 0, Math.sqrt(area * 1.6)) };
  const positions = new Map<string, { x: number; y: number }>();
  blocks.forEach((b, i) => {
    const o = packed.at[i] ?? { x: 0, y: 0 };
    for (const [k, p] of b.at) positions.set(k, { x: o.x + p.x, y: o.y + p.y });
  });
  let height = packed.h;
  let wide = packed.w;
  if (unlinked.length > 0) {
    const top = positions.size > 0 ? packed.h + 2 * ROW : 0;
    const block = unlinkedBlock(shelfWidth);
    for (const [k, p] of block.at) positions.set(k, { x: p.x, y: top + p.y });
    height = top + block.h;
    wide = Math.max(wide, block.w);
  }
  // A picture wider than the frame: spread its rows to fill the frame's height (the font follows the width).
  if (options.aspect !== undefined && options.aspect > 0 && height > 0) {
    const stretch = Math.min(MAX_STRETCH, wide / options.aspect / height);
    if (stretch > 1.05) for (const p of positions.values()) p.y *= stretch;
  }
  if (stats) stats.rest.ms += performance.now() - start - (spent() - spentBefore);
  return { positions, unlinked, labelsLeft: new Set(size.left) };
}

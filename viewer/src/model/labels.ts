/**
 * Labels on the canvas (pure, no DOM): where each label goes — the first of a few places around its node that
 * overlaps no label placed before it and no node circle but its own, found through a uniform grid so a frame
 * costs about one check per nearby item, not one per label drawn — and which text it shows, so that two names
 * that ellipsise alike still read apart.
 */
import { shortLabel } from "../../../export/formats/label.ts";

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Circle {
  key: string;
  x: number;
  y: number;
  r: number;
}

/** Grid cell size in pixels: about a short label's width, so a label spans few cells. */
const CELL = 64;
/** Clearance kept between a label and a node circle, in pixels. */
const CIRCLE_GAP = 1;

/** The labels placed so far in a frame and the node circles drawn in it, indexed by grid cell. */
export class LabelSpace {
  private readonly boxes = new Map<number, Box[]>();
  private readonly circles = new Map<number, Circle[]>();

  clear(): void {
    this.boxes.clear();
    this.circles.clear();
  }

  addBox(box: Box): void {
    this.forCells(box, (cell) => push(this.boxes, cell, box));
  }

  addCircle(circle: Circle): void {
    this.forCells(circleBox(circle), (cell) => push(this.circles, cell, circle));
  }

  /** Whether `box` overlaps no placed label and no circle other than `own`'s. */
  fits(box: Box, own?: string): boolean {
    let free = true;
    this.forCells(box, (cell) => {
      if (!free) return;
      for (const other of this.boxes.get(cell) ?? []) if (overlaps(box, other)) free = false;
      for (const c of this.circles.get(cell) ?? []) if (c.key !== own && hitsCircle(box, c)) free = false;
    });
    return free;
  }

  /** How badly `box` clashes: the area it shares with placed labels plus the area of its bounds over other circles. */
  overlapCost(box: Box, own?: string): number {
    let cost = 0;
    this.forCells(box, (cell) => {
      for (const other of this.boxes.get(cell) ?? []) cost += sharedArea(box, other);
      for (const c of this.circles.get(cell) ?? []) if (c.key !== own && hitsCircle(box, c)) cost += sharedArea(box, circleBox(c));
    });
    return cost;
  }

  /** Whether the segment passes within CIRCLE_GAP + 1 of a circle other than `own`'s. */
  crossesCircle([x1, y1, x2, y2]: Leader, own?: string): boolean {
    let hit = false;
    this.forCells({ x1: Math.min(x1, x2), y1: Math.min(y1, y2), x2: Math.max(x1, x2), y2: Math.max(y1, y2) }, (cell) => {
      if (hit) return;
      for (const c of this.circles.get(cell) ?? []) if (c.key !== own && segmentDistance(x1, y1, x2, y2, c.x, c.y) < c.r + CIRCLE_GAP + 1) hit = true;
    });
    return hit;
  }

  private forCells(box: Box, visit: (cell: number) => void): void {
    const x1 = Math.floor(box.x1 / CELL);
    const x2 = Math.floor(box.x2 / CELL);
    const y1 = Math.floor(box.y1 / CELL);
    const y2 = Math.floor(box.y2 / CELL);
    for (let x = x1; x <= x2; x++) for (let y = y1; y <= y2; y++) visit(cellKey(x, y));
  }
}

/** One number per cell (the canvas is far smaller than 2^16 cells a side; off-canvas cells wrap harmlessly). */
const cellKey = (x: number, y: number) => (x & 0xffff) * 0x10000 + (y & 0xffff);

function push<T>(map: Map<number, T[]>, cell: number, item: T): void {
  const list = map.get(cell);
  if (list) list.push(item);
  else map.set(cell, [item]);
}

const circleBox = (c: Circle): Box => ({ x1: c.x - c.r, y1: c.y - c.r, x2: c.x + c.r, y2: c.y + c.r });

const sharedArea = (a: Box, b: Box): number => Math.max(0, Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1)) * Math.max(0, Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1));

/** Distance from (px, py) to the segment (x1, y1)–(x2, y2). */
function segmentDistance(x1: number, y1: number, x2: number, y2: number, px: number, py: number): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / len));
  return Math.hypot(x1 + t * dx - px, y1 + t * dy - py);
}

export const overlaps = (a: Box, b: Box): boolean => !(a.x2 <= b.x1 || a.x1 >= b.x2 || a.y2 <= b.y1 || a.y1 >= b.y2);

/** Whether the box comes within CIRCLE_GAP of the circle (nearest point of the box to its centre). */
export function hitsCircle(box: Box, c: Circle): boolean {
  const [nx, ny] = nearestOnBox(box, c.x, c.y);
  const dx = c.x - nx;
  const dy = c.y - ny;
  const r = c.r + CIRCLE_GAP;
  return dx * dx + dy * dy < r * r;
}

/** The point of `box` nearest to (x, y): (x, y) itself when inside. */
const nearestOnBox = (box: Box, x: number, y: number): [number, number] => [Math.max(box.x1, Math.min(x, box.x2)), Math.max(box.y1, Math.min(y, box.y2))];

export interface LabelRequest {
  key: string;
  /** Node centre and radius, in pixels. */
  x: number;
  y: number;
  r: number;
  /** Text width and font size, in pixels. */
  width: number;
  fontSize: number;
}

/** The label's box when its text starts at (x, y) on the baseline. */
export const textBox = (x: number, y: number, width: number, fontSize: number): Box => ({ x1: x - 1, y1: y - fontSize, x2: x + width + 1, y2: y + fontSize / 3 });

/** Lines up (negative) or down from a label's own line, nearest first. */
const NEAR_LINES = [1, -1, 2, -2, 3, -3, 4, -4];
const RING_LINES = [0, 1, -1, 2, -2];
/** A crowded cluster's rings, in gaps out, and the lines tried on each (the second ring's lines are tried already). */
const FAR_RINGS: readonly (readonly [number, readonly number[]])[] = [
  [3, [3, -3, 4, -4, 5, -5, 6, -6]],
  [5, [0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6]],
];

/**
 * Where a label may go, best first: right of its node, left, above, below, then one to four lines up or down on
 * either side, then above or below shifted to either side, then a second ring further out, and for a crowded cluster
 * farther rings on up to six lines either way. Made one at a time: most labels fit at the first or second place.
 */
export function* labelCandidates({ x, y, r, width, fontSize }: LabelRequest): Generator<[number, number]> {
  const gap = r + 4;
  const base = y + fontSize / 3;
  const line = fontSize + 2;
  yield [x + gap, base];
  yield [x - gap - width, base];
  yield [x - width / 2, y - gap - 2];
  yield [x - width / 2, y + gap + fontSize];
  for (const k of NEAR_LINES) {
    yield [x + gap, base + k * line];
    yield [x - gap - width, base + k * line];
  }
  yield [x + gap / 2, y - gap - 2];
  yield [x - width - gap / 2, y - gap - 2];
  yield [x + gap / 2, y + gap + fontSize];
  yield [x - width - gap / 2, y + gap + fontSize];
  for (const k of RING_LINES) {
    yield [x + 3 * gap, base + k * line];
    yield [x - 3 * gap - width, base + k * line];
  }
  yield [x - width / 2, y - 2 * gap - fontSize];
  yield [x - width / 2, y + 2 * gap + 2 * fontSize];
  for (const [ring, lines] of FAR_RINGS) {
    for (const k of lines) {
      yield [x + ring * gap, base + k * line];
      yield [x - ring * gap - width, base + k * line];
    }
  }
  yield [x - width / 2, y - 3 * gap - 2 * fontSize];
  yield [x - width / 2, y + 3 * gap + 3 * fontSize];
}

/** Where a label is drawn: the text's start on the baseline, its box, and its leader line when it sits away from its node. */
export interface Placement {
  at: [number, number];
  box: Box;
  leader?: Leader;
}

/**
 * Places a label: the first candidate free of the labels and circles already in `space` whose leader line, if it sits
 * away from its node, runs through no other node (else the candidate that clashes least: a forced label is always
 * drawn), and adds its box to `space`.
 */
export function placeLabel(space: LabelSpace, request: LabelRequest): Placement {
  const boxOf = ([x, y]: [number, number]) => textBox(x, y, request.width, request.fontSize);
  let placed: Placement | undefined;
  for (const at of labelCandidates(request)) {
    const box = boxOf(at);
    if (!space.fits(box, request.key)) continue;
    // A label away from its node is joined to it by a leader line, which must not run through another node.
    const leader = leaderLine(request, box);
    if (leader && space.crossesCircle(leader, request.key)) continue;
    placed = leader ? { at, box, leader } : { at, box };
    break;
  }
  if (!placed) {
    const at = leastClash(space, labelCandidates(request), boxOf, request.key) ?? [request.x, request.y];
    const box = boxOf(at);
    const leader = leaderLine(request, box);
    placed = leader ? { at, box, leader } : { at, box };
  }
  space.addBox(placed.box);
  return placed;
}

function leastClash(space: LabelSpace, candidates: Iterable<[number, number]>, boxOf: (c: [number, number]) => Box, own: string): [number, number] | undefined {
  let best: [number, number] | undefined;
  let bestCost = Infinity;
  for (const c of candidates) {
    const cost = space.overlapCost(boxOf(c), own);
    if (cost < bestCost) [best, bestCost] = [c, cost];
  }
  return best;
}

/** A line from a node's circle to its label, in pixels: `[x1, y1]` on the circle, `[x2, y2]` on the label's box. */
export type Leader = readonly [x1: number, y1: number, x2: number, y2: number];

/**
 * The leader line of a label placed away from its node (past the nearest lines around it, as in a crowded cluster):
 * from the circle's edge towards the label to the box's nearest point, so a displaced label still reads as its node's.
 * None when the label sits beside its node, or the box covers the node's centre.
 */
export function leaderLine({ x, y, r, fontSize }: LabelRequest, box: Box): Leader | undefined {
  const [nx, ny] = nearestOnBox(box, x, y);
  const d = Math.hypot(nx - x, ny - y);
  if (d <= r + 3 + 1.5 * fontSize) return undefined;
  const edge = (r + 1) / d;
  return [x + (nx - x) * edge, y + (ny - y) * edge, nx, ny];
}

export interface Named {
  key: string;
  name: string;
  type: string;
}

/** Up to `max` characters of `name`'s last words (whole words; a single long word is cut from the left). */
function tail(name: string, max: number): string {
  if (name.length <= max) return name;
  const cut = name.slice(name.length - max);
  const space = cut.indexOf(" ");
  return space >= 0 && space < cut.length - 1 ? cut.slice(space + 1) : cut;
}

/**
 * The name's distinguishing end (up to half of `max`) after as many of its first words as fit, at least the first
 * whole: "Joint Working Group … Northern Sea", "Conditions-based OPCON … Plan".
 */
function headAndTail(name: string, max: number): string {
  const end = tail(name, Math.floor((max - 3) / 2));
  const words = name.slice(0, name.length - end.length).trim().split(/\s+/);
  let head = words[0] ?? "";
  for (const word of words.slice(1)) {
    if (head.length + 1 + word.length + 3 + end.length > max) break;
    head = `${head} ${word}`;
  }
  return `${head.replace(/[\s,;:(–-]+$/, "")} … ${end}`;
}

/**
 * The canvas label of every node: its short label (shortLabel), except where two different nodes would read
 * alike — then its head and its distinguishing end ("Joint Working Group … Northern Sea"), or for the same name twice, the
 * type and, if still alike, a number (in key order). The full name is in the tooltip on hover.
 */
export function distinctLabels(nodes: Iterable<Named>, max?: number): Map<string, string> {
  const out = new Map<string, string>();
  const byLabel = new Map<string, Named[]>();
  for (const node of nodes) {
    const label = shortLabel(node.name, max);
    out.set(node.key, label);
    const group = byLabel.get(label);
    if (group) group.push(node);
    else byLabel.set(label, [node]);
  }
  for (const group of byLabel.values()) {
    if (group.length < 2) continue;
    const names = new Set(group.map((n) => n.name));
    const long = group.map((n) => (names.size > 1 && n.name !== shortLabel(n.name, max) ? headAndTail(n.name, max ?? 34) : out.get(n.key) ?? n.name));
    const typed = group.map((n, i) => (count(long, long[i]) > 1 ? `${long[i]} (${n.type})` : (long[i] ?? n.name)));
    const sorted = group.map((n, i) => ({ n, label: typed[i] ?? n.name })).sort((a, b) => (a.n.key < b.n.key ? -1 : 1));
    const seen = new Map<string, number>();
    for (const { n, label } of sorted) {
      const dupes = count(typed, label);
      const k = (seen.get(label) ?? 0) + 1;
      seen.set(label, k);
      out.set(n.key, dupes > 1 ? `${label} ${k}` : label);
    }
  }
  return out;
}

const count = (xs: readonly (string | undefined)[], x: string | undefined) => xs.filter((y) => y === x).length;

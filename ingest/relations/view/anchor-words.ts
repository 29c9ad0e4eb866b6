/**
 * Anchor words of cue patterns: a sentence that contains none of a pattern's anchors (as substrings of its
 * lower-cased, space-joined words) is not searched. Every anchor registered is kept in one Aho–Corasick automaton,
 * and each sentence is walked through it once, in one pass over its characters, so the question "does it contain any
 * of these?" costs a few array reads instead of one substring search per anchor per pattern.
 */
import type { SentenceView } from "./view.ts";

/** Anchors by id, and ids by anchor. */
const names: string[] = [];
const ids = new Map<string, number>();

/**
 * The automaton over every anchor: for each state, its move on each ASCII character (a dense table, no failure
 * links to follow while scanning) and on other characters (sparse, failure links followed); the anchors that end
 * at each state, its own and those of its suffixes. The dense table has a column per ASCII character that some
 * anchor has, and one for all the others (they lead back to the root): some 28 columns instead of 128, so the
 * table (~1,500 states) stays small enough for the processor's caches, which one column per code did not.
 */
interface Automaton {
  /** The column of each ASCII character: 0 for those no anchor has. */
  column: Uint8Array;
  columns: number;
  /** The move from state s on an ASCII character c: ascii[s * columns + column[c]]. */
  ascii: Int32Array;
  other: Map<number, number>[];
  fail: Int32Array;
  out: (readonly number[])[];
  /** `out` flattened: the anchors ending at state s are outIds[outStart[s]] … outIds[outStart[s + 1] - 1]. */
  outStart: Int32Array;
  outIds: Int32Array;
}
let automaton: Automaton | undefined;
/** The ids of each anchor list asked about (lists are module constants; others are looked up each time). */
const idLists = new WeakMap<readonly string[], readonly number[]>();

function build(): Automaton {
  // The trie: children by character code.
  const children: Map<number, number>[] = [new Map()];
  const ends: number[][] = [[]];
  names.forEach((word, id) => {
    let at = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let child = children[at]?.get(c);
      if (child === undefined) {
        child = children.length;
        children.push(new Map());
        ends.push([]);
        children[at]?.set(c, child);
      }
      at = child;
    }
    ends[at]?.push(id);
  });
  const n = children.length;
  const column = new Uint8Array(128);
  let columns = 1;
  for (const word of names)
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (c < 128 && column[c] === 0) column[c] = columns++;
    }
  const ascii = new Int32Array(n * columns);
  const other: Map<number, number>[] = [];
  const fail = new Int32Array(n);
  const out: number[][] = ends.map((e) => [...e]);
  for (let s = 0; s < n; s++) other.push(new Map());
  // Breadth first: a state's failure state is shallower, so its moves and outputs are complete before it is used.
  const queue: number[] = [];
  for (const [c, child] of children[0] ?? []) {
    if (c < 128) ascii[column[c] ?? 0] = child;
    else other[0]?.set(c, child);
    queue.push(child);
  }
  for (let head = 0; head < queue.length; head++) {
    const s = queue[head] ?? 0;
    const f = fail[s] ?? 0;
    for (const id of out[f] ?? []) out[s]?.push(id);
    for (let k = 0; k < columns; k++) ascii[s * columns + k] = ascii[f * columns + k] ?? 0;
    for (const [c, child] of children[s] ?? []) {
      fail[child] = c < 128 ? (ascii[f * columns + (column[c] ?? 0)] ?? 0) : otherMove(other, fail, f, c);
      if (c < 128) ascii[s * columns + (column[c] ?? 0)] = child;
      else other[s]?.set(c, child);
      queue.push(child);
    }
  }
  const outStart = new Int32Array(n + 1);
  for (let s = 0; s < n; s++) outStart[s + 1] = (outStart[s] ?? 0) + (out[s]?.length ?? 0);
  const outIds = new Int32Array(outStart[n] ?? 0);
  out.forEach((ids, s) => outIds.set(ids, outStart[s] ?? 0));
  return { column, columns, ascii, other, fail, out, outStart, outIds };
}

/** The move from state `s` on a non-ASCII character: through failure links to the root. */
function otherMove(other: readonly Map<number, number>[], fail: Int32Array, s: number, c: number): number {
  for (let at = s; ; at = fail[at] ?? 0) {
    const next = other[at]?.get(c);
    if (next !== undefined) return next;
    if (at === 0) return 0;
  }
}

/**
 * What the latest scan found, without an array per sentence: scans are numbered, and `foundIn[id]` is the number of
 * the latest scan that found anchor `id`. Only the latest scan can be read; a sentence scanned before is scanned again.
 */
let foundIn = new Int32Array(0);
let latestScan = 0;
/** How many anchors were known at the latest scan (those registered since are searched for directly). */
let scannedAnchors = 0;

/** Which of the anchors known now occur in `text`, starting anywhere: the number of this scan, for `foundIn`. */
function scan(text: string): number {
  const a = (automaton ??= build());
  if (foundIn.length < names.length) foundIn = new Int32Array(names.length);
  const stamp = ++latestScan;
  scannedAnchors = names.length;
  const { column, columns, ascii, outStart, outIds } = a;
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    s = c < 128 ? (ascii[s * columns + (column[c] ?? 0)] ?? 0) : otherMove(a.other, a.fail, s, c);
    const last = outStart[s + 1] ?? 0;
    for (let k = outStart[s] ?? 0; k < last; k++) foundIn[outIds[k] ?? 0] = stamp;
  }
  return stamp;
}

/** Makes these anchors part of the automaton (at module load, where cue patterns are declared). */
export function registerAnchors(anchors: readonly string[]): void {
  for (const a of anchors)
    if (a !== "" && !ids.has(a)) {
      ids.set(a, names.length);
      names.push(a);
      automaton = undefined;
    }
}

/** The ids of these anchors (registering those not known yet), remembered by list (lists are module constants). */
export function anchorIds(anchors: readonly string[]): readonly number[] {
  let list = idLists.get(anchors);
  if (!list) {
    registerAnchors(anchors);
    list = anchors.map((a) => ids.get(a) ?? -1);
    idLists.set(anchors, list);
  }
  return list;
}

/** Whether the sentence's joined words contain any of `anchors`, whose ids are `list`. */
export function containsAnyAnchorId(view: SentenceView, anchors: readonly string[], list: readonly number[]): boolean {
  // The sentence's scan, unless another sentence was scanned since (then this one is scanned again).
  let stamp = view.anchors;
  if (stamp !== latestScan || stamp === undefined) view.anchors = stamp = scan(view.joined);
  for (let k = 0; k < list.length; k++) {
    const id = list[k] ?? -1;
    // An anchor registered after this sentence was scanned (or the empty one) is searched for directly.
    if (id >= 0 && id < scannedAnchors ? foundIn[id] === stamp : view.joined.includes(anchors[k] ?? "")) return true;
  }
  return false;
}

/** Whether the sentence's joined words contain any of `anchors`. */
export function containsAnyAnchor(view: SentenceView, anchors: readonly string[]): boolean {
  return containsAnyAnchorId(view, anchors, anchorIds(anchors));
}

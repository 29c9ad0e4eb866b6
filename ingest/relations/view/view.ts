/** A resolved sentence: its tokens and the entities mentioned over them, with regex cue search over its words. */
import { sortStable } from "../../stable-sort.ts";
import type { Sentence } from "../../text/document.ts";
import type { DocEntity } from "../../entities/entities.ts";
import type { Mention } from "../../entities/mentions.ts";
import type { ThreatMention } from "../../entities/threats.ts";
import type { Token } from "../../text/tokens.ts";

export interface Item {
  start: number;
  end: number;
  entity: DocEntity;
  mention?: Mention;
  threat?: ThreatMention;
}

/**
 * An item with every field in place, in one order: items named by a mention, by a threat and by a description all
 * share one shape, so code reading them stays monomorphic (items of several shapes deoptimised the rules on
 * constructions that the earlier text lacked).
 */
export function newItem(start: number, end: number, entity: DocEntity, mention?: Mention, threat?: ThreatMention): Item {
  return { start, end, entity, mention, threat };
}

export interface SentenceView {
  sentence: Sentence;
  tokens: Token[];
  /** Named items and threat items, ordered by start. */
  items: Item[];
  /** Lower-cased tokens joined by single spaces, for cue patterns. */
  joined: string;
  /** Where each token starts in `joined` (the space after a token belongs to it). */
  offsets: number[];
  /** Cues found so far, by pattern id (patternInfo): every rule asks for the same few patterns. */
  cues: (readonly Cue[] | undefined)[];
  /** Memoised per-sentence facts (clause starts). */
  memo: Map<string, number[]>;
  /** The scan that found which cue anchor words `joined` contains: made on first use (anchor-words.ts). */
  anchors: number | undefined;
  /** For each token, the position in `items` of the first item starting there (itemAt), indexed on first use. */
  starts: (number | undefined)[] | undefined;
}

export interface Cue {
  start: number;
  end: number;
  text: string;
  groups: Record<string, string | undefined>;
}

const NO_GROUPS: Record<string, string | undefined> = {};

/**
 * No cues: one shared list for every sentence a pattern does not match. Read-only by its type, not frozen: a frozen
 * array and an empty one have other hidden classes than a list of cues, and a rule optimised on sentences without a
 * match was deoptimised ("wrong map") by its first match. It is made with an element and emptied so that it has the
 * elements kind of a list of cues.
 */
function emptyCues(): readonly Cue[] {
  const list: Cue[] = [{ start: 0, end: 0, text: "", groups: NO_GROUPS }];
  list.pop();
  return list;
}
export const NO_CUES: readonly Cue[] = emptyCues();

export function makeView(sentence: Sentence, tokens: Token[], items: Item[]): SentenceView {
  const joined = tokens.map((t) => t.lower).join(" ");
  // One number per token (a cue's characters are mapped to tokens by search, not through one entry per character).
  const offsets: number[] = [];
  let at = 0;
  for (const t of tokens) {
    offsets.push(at);
    at += t.lower.length + 1;
  }
  sortStable(items, (a, b) => a.start - b.start || b.end - a.end);
  return { sentence, tokens, items, joined, offsets, cues: new Array<readonly Cue[] | undefined>(patternCount), memo: new Map(), anchors: undefined, starts: undefined };
}

/** The token the character at `at` of `joined` belongs to; the number of tokens at the end of `joined`. */
function tokenAtChar(view: SentenceView, at: number): number {
  if (at >= view.joined.length) return view.tokens.length;
  // The last token starting at or before `at`.
  const offsets = view.offsets;
  let low = 0;
  let high = offsets.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((offsets[mid] ?? 0) <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** The index after `at` that a global search moves on to after an empty match (one code point when unicode). */
function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const high = text.charCodeAt(at);
  const low = text.charCodeAt(at + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? at + 2 : at + 1;
}

/**
 * What is kept about each cue pattern asked about, found with one lookup: a small number (a sentence keeps its cues in
 * an array by it rather than a growing map), and the anchor words that guard it with their ids (anchor-words.ts).
 */
export interface PatternInfo {
  id: number;
  /** The anchor words the pattern is declared with (cues.ts), and their ids. */
  anchors: readonly string[] | undefined;
  anchorIds: readonly number[] | undefined;
  /** The anchor words last given with the pattern to withAnchors (anchors.ts), and their ids. */
  given: readonly string[] | undefined;
  givenIds: readonly number[] | undefined;
}

const infos = new WeakMap<RegExp, PatternInfo>();
let patternCount = 0;

export function patternInfo(pattern: RegExp): PatternInfo {
  let info = infos.get(pattern);
  if (!info) infos.set(pattern, (info = { id: patternCount++, anchors: undefined, anchorIds: undefined, given: undefined, givenIds: undefined }));
  return info;
}

/** Every match of `pattern` (global, over `joined`), as token ranges. */
/** Hyphen, non-breaking hyphen and hyphen character codes: what joins the parts of a compound word. */
const HYPHENS: ReadonlySet<number> = new Set([0x2d, 0x2010, 0x2011]);

/** "universally-agreed principles": a match that starts inside a hyphenated compound is no cue. */
function insideCompound(view: SentenceView, from: number): boolean {
  return from > 1 && HYPHENS.has(view.joined.charCodeAt(from - 1)) && view.joined.charCodeAt(from - 2) !== 32;
}

export function findCues(view: SentenceView, pattern: RegExp, info: PatternInfo = patternInfo(pattern)): readonly Cue[] {
  const id = info.id;
  const cached = view.cues[id];
  if (cached) return cached;
  // exec over the shared global pattern (as matchAll does, without cloning it on every call).
  if (!pattern.global) throw new TypeError(`findCues needs a global pattern: ${pattern.source}`);
  const out: Cue[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(view.joined); m; m = pattern.exec(view.joined)) {
    if (m[0] === "") pattern.lastIndex = advance(view.joined, pattern.lastIndex, pattern.unicode);
    const from = m.index;
    if (insideCompound(view, from)) continue;
    const to = from + m[0].length;
    const start = tokenAtChar(view, from);
    const end = to > from ? tokenAtChar(view, to - 1) + 1 : start;
    const first = view.tokens[start];
    const last = view.tokens[end - 1];
    const text = first && last ? view.sentence.text.slice(first.start, last.end) : m[0];
    out.push({ start, end, text, groups: m.groups ?? NO_GROUPS });
  }
  // No match: the shared empty list (one hidden class for every result, see NO_CUES).
  const found = out.length > 0 ? out : NO_CUES;
  view.cues[id] = found;
  return found;
}

/** A pattern's cues in a sentence read from the left only as far as asked: the start tokens read so far. */
export interface CueReader {
  pattern: RegExp;
  starts: number[];
  /** Where the search goes on in `joined`. */
  lastIndex: number;
  done: boolean;
}

/** A reader of `pattern`'s cues in this sentence (with none to read when `skip`: a sentence without its anchor words). */
export function cueReader(view: SentenceView, pattern: RegExp, skip: boolean): CueReader {
  if (!pattern.global) throw new TypeError(`cueReader needs a global pattern: ${pattern.source}`);
  // Found before: read from the list.
  const cached = view.cues[patternInfo(pattern).id];
  if (skip || cached) return { pattern, starts: cached ? cached.map((c) => c.start) : [], lastIndex: view.joined.length, done: true };
  return { pattern, starts: [], lastIndex: 0, done: false };
}

/**
 * The start of the first cue of `reader` at or after token `from`, reading on through the sentence only until one is
 * found (or one starts at or after `enough`, beyond which the caller needs none); undefined when there is none so far.
 * The same matches, in the same order, as findCues (a global search from the sentence's start).
 */
export function cueStartFrom(view: SentenceView, reader: CueReader, from: number, enough: number): number | undefined {
  for (const start of reader.starts) if (start >= from) return start;
  const pattern = reader.pattern;
  while (!reader.done) {
    pattern.lastIndex = reader.lastIndex;
    const m = pattern.exec(view.joined);
    if (!m) {
      reader.done = true;
      break;
    }
    if (m[0] === "") pattern.lastIndex = advance(view.joined, pattern.lastIndex, pattern.unicode);
    reader.lastIndex = pattern.lastIndex;
    if (insideCompound(view, m.index)) continue;
    const start = tokenAtChar(view, m.index);
    reader.starts.push(start);
    if (start >= from) return start;
    if (start >= enough) break;
  }
  return undefined;
}

export function itemsIn(view: SentenceView, from: number, to: number, accept?: (item: Item) => boolean): Item[] {
  const out: Item[] = [];
  for (const i of view.items) if (i.start >= from && i.start < to && (!accept || accept(i))) out.push(i);
  return out;
}

/** The item whose last token is `at - 1` or `at - 2` (allowing an article or comma between). */
export function itemEndingAt(view: SentenceView, at: number, accept?: (item: Item) => boolean): Item | undefined {
  // The one ending last; of those ending together, the first in order.
  let best: Item | undefined;
  for (const i of view.items) if ((i.end === at || i.end === at - 1) && (!accept || accept(i)) && (!best || i.end > best.end)) best = i;
  return best;
}

/**
 * The first item (in `items` order: the longest) starting at token `at` that `accept` takes:
 * `view.items.find((i) => i.start === at && accept(i))`, from an index of where each start's items begin.
 */
export function itemAt(view: SentenceView, at: number, accept?: (item: Item) => boolean): Item | undefined {
  let index = view.starts;
  if (!index) {
    const built: (number | undefined)[] = [];
    for (let position = 0; position < view.items.length; position++) {
      const start = view.items[position]?.start;
      if (start !== undefined && built[start] === undefined) built[start] = position;
    }
    index = built;
    view.starts = built;
  }
  const first = at >= 0 ? index[at] : undefined;
  if (first === undefined) return undefined;
  // Items are ordered by start, so those starting at `at` follow the first one.
  for (let k = first; k < view.items.length; k++) {
    const item = view.items[k];
    if (!item || item.start !== at) return undefined;
    if (!accept || accept(item)) return item;
  }
  return undefined;
}

export function lastItemBefore(view: SentenceView, at: number, accept: (item: Item) => boolean): Item | undefined {
  let best: Item | undefined;
  for (const i of view.items) if (i.end <= at && accept(i) && (!best || i.end > best.end)) best = i;
  return best;
}

/** The sentence's own words from token `start` to token `end` (exclusive). */
export function wordsOf(view: SentenceView, start: number, end: number): string {
  const a = view.tokens[start];
  const b = view.tokens[end - 1];
  return a && b ? view.sentence.text.slice(a.start, b.end) : "";
}

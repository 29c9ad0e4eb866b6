/** A resolved sentence: its tokens and the entities mentioned over them, with regex cue search over its words. */
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

export interface SentenceView {
  sentence: Sentence;
  tokens: Token[];
  /** Named items and threat items, ordered by start. */
  items: Item[];
  /** Lower-cased tokens joined by single spaces, for cue patterns. */
  joined: string;
  /** For each character of `joined`, the token it belongs to. */
  charToken: Int32Array;
  /** Cues found so far, by pattern id (patternId): every rule asks for the same few patterns. */
  cues: (Cue[] | undefined)[];
  /** Memoised per-sentence facts (clause starts). */
  memo: Map<string, number[]>;
  /** Which cue anchor words `joined` contains, by anchor id: found on first use (anchor-words.ts). */
  anchors: Uint8Array | undefined;
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

export function makeView(sentence: Sentence, tokens: Token[], items: Item[]): SentenceView {
  const joined = tokens.map((t) => t.lower).join(" ");
  const charToken = new Int32Array(joined.length + 1);
  // Each token's characters and the space after it belong to it (a plain loop: most tokens are a few characters).
  let at = 0;
  for (let i = 0; i < tokens.length; i++) {
    const end = Math.min(joined.length, at + (tokens[i]?.lower.length ?? 0) + 1);
    while (at < end) charToken[at++] = i;
  }
  charToken[joined.length] = tokens.length;
  items.sort((a, b) => a.start - b.start || b.end - a.end);
  return { sentence, tokens, items, joined, charToken, cues: new Array<Cue[] | undefined>(patternIds.count), memo: new Map(), anchors: undefined, starts: undefined };
}

/** The index after `at` that a global search moves on to after an empty match (one code point when unicode). */
function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const high = text.charCodeAt(at);
  const low = text.charCodeAt(at + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? at + 2 : at + 1;
}

/** A small number for each cue pattern asked about, so a sentence keeps its cues in an array rather than a growing map. */
const patternIds = { byPattern: new WeakMap<RegExp, number>(), count: 0 };

function patternId(pattern: RegExp): number {
  let id = patternIds.byPattern.get(pattern);
  if (id === undefined) patternIds.byPattern.set(pattern, (id = patternIds.count++));
  return id;
}

/** The cues of `pattern` in this sentence, if they were found before. */
export function cachedCues(view: SentenceView, pattern: RegExp): Cue[] | undefined {
  return view.cues[patternId(pattern)];
}

/** Keeps the cues of `pattern` in this sentence. */
export function cacheCues(view: SentenceView, pattern: RegExp, cues: Cue[]): void {
  view.cues[patternId(pattern)] = cues;
}

/** Every match of `pattern` (global, over `joined`), as token ranges. */
/** Hyphen, non-breaking hyphen and hyphen character codes: what joins the parts of a compound word. */
const HYPHENS: ReadonlySet<number> = new Set([0x2d, 0x2010, 0x2011]);

export function findCues(view: SentenceView, pattern: RegExp): Cue[] {
  const id = patternId(pattern);
  const cached = view.cues[id];
  if (cached) return cached;
  const out: Cue[] = [];
  view.cues[id] = out;
  // exec over the shared global pattern (as matchAll does, without cloning it on every call).
  if (!pattern.global) throw new TypeError(`findCues needs a global pattern: ${pattern.source}`);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(view.joined); m; m = pattern.exec(view.joined)) {
    if (m[0] === "") pattern.lastIndex = advance(view.joined, pattern.lastIndex, pattern.unicode);
    const from = m.index;
    // "universally-agreed principles": a cue word inside a hyphenated compound is no cue.
    if (from > 1 && HYPHENS.has(view.joined.charCodeAt(from - 1)) && view.joined.charCodeAt(from - 2) !== 32) continue;
    const to = from + m[0].length;
    const start = view.charToken[from] ?? 0;
    const end = to > from ? (view.charToken[to - 1] ?? start) + 1 : start;
    const first = view.tokens[start];
    const last = view.tokens[end - 1];
    const text = first && last ? view.sentence.text.slice(first.start, last.end) : m[0];
    out.push({ start, end, text, groups: m.groups ?? NO_GROUPS });
  }
  return out;
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

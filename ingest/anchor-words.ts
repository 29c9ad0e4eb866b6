/**
 * Anchor words of cue patterns: a sentence that contains none of a pattern's anchors (as substrings of its
 * lower-cased, space-joined words) is not searched. Every anchor registered is kept in one trie, and each
 * sentence is walked through it once, so the question "does it contain any of these?" costs a few array reads
 * instead of one substring search per anchor per pattern.
 */
import type { SentenceView } from "./view.ts";

interface TrieNode {
  /** Children by character code. */
  next: Map<number, TrieNode>;
  /** Children by ASCII code, the same as `next` for codes below 128 (read without hashing). */
  ascii: (TrieNode | undefined)[];
  /** The id of the anchor that ends here, or -1. */
  id: number;
}

/** Anchors by id, and ids by anchor. */
const names: string[] = [];
const ids = new Map<string, number>();
let root: TrieNode | undefined;
/** The ids of each anchor list asked about (lists are module constants; others are looked up each time). */
const idLists = new WeakMap<readonly string[], readonly number[]>();

function node(): TrieNode {
  return { next: new Map(), ascii: [], id: -1 };
}

function build(): TrieNode {
  const top = node();
  names.forEach((word, id) => {
    let at = top;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let child = at.next.get(c);
      if (!child) {
        at.next.set(c, (child = node()));
        if (c < 128) at.ascii[c] = child;
      }
      at = child;
    }
    at.id = id;
  });
  return top;
}

function step(at: TrieNode, c: number): TrieNode | undefined {
  return c < 128 ? at.ascii[c] : at.next.get(c);
}

/** Which of the anchors known now occur in `text`, starting anywhere: one flag per anchor id. */
function scan(text: string): Uint8Array {
  root ??= build();
  const present = new Uint8Array(names.length);
  for (let start = 0; start < text.length; start++) {
    let at = step(root, text.charCodeAt(start));
    for (let i = start + 1; at; i++) {
      if (at.id >= 0) present[at.id] = 1;
      if (i >= text.length) break;
      at = step(at, text.charCodeAt(i));
    }
  }
  return present;
}

/** Makes these anchors part of the trie (at module load, where cue patterns are declared). */
export function registerAnchors(anchors: readonly string[]): void {
  for (const a of anchors)
    if (a !== "" && !ids.has(a)) {
      ids.set(a, names.length);
      names.push(a);
      root = undefined;
    }
}

function idsOf(anchors: readonly string[]): readonly number[] {
  let list = idLists.get(anchors);
  if (!list) {
    registerAnchors(anchors);
    list = anchors.map((a) => ids.get(a) ?? -1);
    idLists.set(anchors, list);
  }
  return list;
}

/** Whether the sentence's joined words contain any of `anchors`. */
export function containsAnyAnchor(view: SentenceView, anchors: readonly string[]): boolean {
  const present = (view.anchors ??= scan(view.joined));
  const list = idsOf(anchors);
  for (let k = 0; k < list.length; k++) {
    const id = list[k] ?? -1;
    // An anchor registered after this sentence was scanned (or the empty one) is searched for directly.
    if (id >= 0 && id < present.length ? present[id] === 1 : view.joined.includes(anchors[k] ?? "")) return true;
  }
  return false;
}

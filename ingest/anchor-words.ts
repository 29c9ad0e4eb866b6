/**
 * Anchor words of cue patterns: a sentence that contains none of a pattern's anchors (as substrings of its
 * lower-cased, space-joined words) is not searched. Every anchor ever asked about is kept in one trie, and each
 * sentence is walked through it once, so the question "does it contain any of these?" costs set lookups instead
 * of one substring search per anchor per pattern.
 */
import type { SentenceView } from "./view.ts";

interface TrieNode {
  next: Map<number, TrieNode>;
  /** The anchor that ends here, if any. */
  word?: string;
}

/** The anchors known when a trie was built, and the trie. */
interface Trie {
  words: ReadonlySet<string>;
  root: TrieNode;
}

const known = new Set<string>();
let trie: Trie | undefined;
/** The anchors each sentence contains, with the trie they were found with (anchors added since are searched directly). */
const found = new WeakMap<SentenceView, { trie: Trie; words: Set<string> }>();

function build(): Trie {
  const root: TrieNode = { next: new Map() };
  for (const word of known) {
    let node = root;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map() }));
      node = child;
    }
    node.word = word;
  }
  return { words: new Set(known), root };
}

/** Every anchor of the trie that occurs in `text`, starting anywhere. */
function scan(text: string, t: Trie): Set<string> {
  const words = new Set<string>();
  for (let start = 0; start < text.length; start++) {
    let node = t.root.next.get(text.charCodeAt(start));
    for (let i = start + 1; node; i++) {
      if (node.word !== undefined) words.add(node.word);
      if (i >= text.length) break;
      node = node.next.get(text.charCodeAt(i));
    }
  }
  return words;
}

/** Makes these anchors part of the trie (at module load, where cue patterns are declared). */
export function registerAnchors(anchors: readonly string[]): void {
  for (const a of anchors)
    if (a !== "" && !known.has(a)) {
      known.add(a);
      trie = undefined;
    }
}

/** Whether the sentence's joined words contain any of `anchors`. */
export function containsAnyAnchor(view: SentenceView, anchors: readonly string[]): boolean {
  let seen = found.get(view);
  if (!seen) {
    trie ??= build();
    seen = { trie, words: scan(view.joined, trie) };
    found.set(view, seen);
  }
  for (const a of anchors) if (seen.trie.words.has(a) ? seen.words.has(a) : view.joined.includes(a)) return true;
  return false;
}

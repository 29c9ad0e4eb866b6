/**
 * A statement's heading lines: a sentence whose words all stand inside the names read in it (a byline, a dateline, a
 * title), but for the words its reader lets stand outside them.
 */
import type { Token } from "../text/tokens.ts";
import type { Item } from "./view/view.ts";

/** A sentence's tokens and the items read in it, in reading order. */
export interface SentenceWords {
  tokens: readonly Token[];
  items: readonly Item[];
}

/**
 * Whether every word of the sentence stands inside one of its items or is a word `outside` allows (none when it is
 * not given). Punctuation is no word. The items are walked once, in order.
 */
export function wordsInNames(w: SentenceWords, outside?: (t: Token) => boolean): boolean {
  let item = 0;
  for (let k = 0; k < w.tokens.length; k++) {
    while (item < w.items.length && (w.items[item]?.end ?? 0) <= k) item++;
    const t = w.tokens[k];
    const inside = (w.items[item]?.start ?? Infinity) <= k;
    if (!t || inside || !t.word || outside?.(t)) continue;
    return false;
  }
  return true;
}

/**
 * The principals a statement's byline names: the lines before its first sentence of prose that list who issues it
 * ("Joint statement with: A, Minister for …; B, …", "By Minister A, Minister B", a name on one line and its office on
 * the next). They are whom "the Ministers" and "the Leaders" of the statement stand for.
 */
import type { DocEntity } from "../../entities/entities.ts";
import type { Token } from "../../text/tokens.ts";
import type { Item } from "../view/view.ts";

/** Lower-case words a heading, byline or office may hold: "Joint statement with:", "Minister for Defence of Ruritania". */
const HEADING_WORD = /^(?:of|for|the|a|an|and|to|in|at|from|with|by|on|statement|statements|communiqué|communique|release|note|text)$/;
/** A spokesperson's name heads a readout without being one of its principals: "Spokesperson A:". */
const SPOKESPERSON = /^(?:spokesperson|spokesman|spokeswoman)$/;
/** How many sentences a statement's heading and byline may take, at most. */
const HEADING_SENTENCES = 16;

interface SentenceWords {
  tokens: readonly Token[];
  items: readonly Item[];
}

/** Whether every word of the sentence is inside a name, capitalised, a number or a heading's lower-case word. */
function isHeading(w: SentenceWords): boolean {
  let item = 0;
  for (let k = 0; k < w.tokens.length; k++) {
    while (item < w.items.length && (w.items[item]?.end ?? 0) <= k) item++;
    const t = w.tokens[k];
    const inside = (w.items[item]?.start ?? Infinity) <= k;
    if (!t || inside || !t.word || t.cap || /^\d/.test(t.text) || HEADING_WORD.test(t.lower)) continue;
    return false;
  }
  return true;
}

/** The persons named in the sentences that open the statement before its first sentence of prose. */
export function bylinePrincipals(work: readonly SentenceWords[]): DocEntity[] {
  const out: DocEntity[] = [];
  for (const w of work.slice(0, HEADING_SENTENCES)) {
    if (!isHeading(w)) break;
    for (const i of w.items) {
      // The office may be read as part of the name ("Spokesperson A") or stand before it.
      const spokesperson = [i.start - 2, i.start - 1, i.start].some((k) => SPOKESPERSON.test(w.tokens[k]?.lower ?? ""));
      if (i.entity.kind === "person" && !i.threat && !spokesperson && !out.includes(i.entity)) out.push(i.entity);
    }
  }
  return out;
}

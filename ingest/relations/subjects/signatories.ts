/**
 * The principals a statement's byline names: the lines before its first sentence of prose that list who issues it
 * ("Joint statement with: A, Minister for …; B, …", "By Minister A, Minister B", a name on one line and its office on
 * the next). They are whom "the Ministers" and "the Leaders" of the statement stand for.
 */
import type { DocEntity } from "../../entities/entities.ts";
import type { Token } from "../../text/tokens.ts";
import { wordsInNames, type SentenceWords } from "../headings.ts";

/** Lower-case words a heading, byline or office may hold: "Joint statement with:", "Minister for Defence of Ruritania". */
const HEADING_WORD = /^(?:of|for|the|a|an|and|to|in|at|from|with|by|on|statement|statements|communiqué|communique|release|note|text)$/;
/** A spokesperson's name heads a readout without being one of its principals: "Spokesperson A:". */
const SPOKESPERSON = /^(?:spokesperson|spokesman|spokeswoman)$/;
/** How many sentences a statement's heading and byline may take, at most. */
const HEADING_SENTENCES = 16;

/** A word a heading may hold outside its names: capitalised, a number or a heading's lower-case word. */
function headingWord(t: Token): boolean {
  return t.cap || /^\d/.test(t.text) || HEADING_WORD.test(t.lower);
}

/** The persons named in the sentences that open the statement before its first sentence of prose. */
export function bylinePrincipals(work: readonly SentenceWords[]): DocEntity[] {
  const out: DocEntity[] = [];
  for (const w of work.slice(0, HEADING_SENTENCES)) {
    if (!wordsInNames(w, headingWord)) break;
    for (const i of w.items) {
      // The office may be read as part of the name ("Spokesperson A") or stand before it.
      const spokesperson = [i.start - 2, i.start - 1, i.start].some((k) => SPOKESPERSON.test(w.tokens[k]?.lower ?? ""));
      if (i.entity.kind === "person" && !i.threat && !spokesperson && !out.includes(i.entity)) out.push(i.entity);
    }
  }
  return out;
}

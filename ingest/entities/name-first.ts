/**
 * Principals listed name first, each item of a semicolon or comma list: "Ana Roe, Director General for Defense Policy,
 * Chile Ministry of Defense; Li Wei, Performing the Duties of Deputy Director, …; and …", "…, and Bo Lund, the Chilean
 * Deputy Minister for Policy". The name opens the item and an office (after its state, if any) follows its comma.
 */
import { formKey } from "../../graph/names.ts";
import { HEADS, LEADING_NON_NAME } from "./heads.ts";
import type { Lexicon } from "../lexicon/lexicon.ts";
import { PRIORITY, slice, type Mention } from "./names.ts";
import { excellencyEnd, particlesEnd } from "./courtesies.ts";
import { compoundParts, type Token } from "../text/tokens.ts";

/** Words that may stand before the office after the comma: "Performing the Duties of". */
const ACTING = /^(?:performing|the|duties|of|acting)$/;
/** How many words after the comma the office may start, and the most words an office title has. */
const OFFICE_START = 5;
const TITLE_WORDS = 6;

function isNameWord(token: Token | undefined, lexicon: Lexicon): boolean {
  if (!token?.word || !token.cap) return false;
  return !LEADING_NON_NAME.has(token.lower) && !lexicon.titles.has(token.lower) && !lexicon.byForm.has(formKey(token.text)) && !HEADS.has(token.lower) && !lexicon.stateByAdjective.has(formKey(token.text));
}

/** A state's adjective or short form, or a compound of them ("Japanese", "ROK", "U.S."). */
function isStateWord(token: Token | undefined, lexicon: Lexicon): boolean {
  return Boolean(token?.word && token.cap && compoundParts(token.text).every((p) => lexicon.stateByAdjective.has(formKey(p))));
}

/** The end of the lexicon title starting at `at`, or -1. */
function titleEnd(sentence: string, tokens: readonly Token[], at: number, lexicon: Lexicon): number {
  const first = tokens[at];
  if (!first?.cap) return -1;
  const lower = sentence.toLowerCase();
  for (let e = Math.min(tokens.length, at + TITLE_WORDS); e > at; e--) {
    const last = tokens[e - 1];
    if (last && lexicon.titles.has(formKey(lower.slice(first.start, last.end)))) return e;
  }
  return -1;
}

export function nameFirstMentions(sentence: string, tokens: readonly Token[], lexicon: Lexicon): Mention[] {
  if (!tokens.some((t) => t.text === ";" || t.text === ",")) return [];
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // An item opens the sentence (after a bullet, if any) or follows a semicolon or a comma (", and" / "and" may come first).
    const before = tokens[i - 1];
    if (i > 0 && before?.text !== ";" && before?.text !== "," && !(i === 1 && !before?.word)) continue;
    // "H.E. Ana von der Berg, President of …": a courtesy opens the item, not the name; particles join it.
    let k = excellencyEnd(tokens, tokens[i]?.lower === "and" ? i + 1 : i);
    const start = k;
    while (k < tokens.length && k - start < 4) {
      const particles = k > start ? particlesEnd(tokens, k, (t) => isNameWord(t, lexicon)) : k;
      if (particles > k) k = particles;
      else if (isNameWord(tokens[k], lexicon)) k++;
      else break;
    }
    if (k - start < 2 || tokens[k]?.text !== ",") continue;
    // ", United Kingdom, Canadian Minister …": a state or place of several words is no one's name.
    const run = formKey(slice(sentence, tokens, start, k));
    if (lexicon.byForm.has(run) || lexicon.places.has(run)) continue;
    let at = k + 1;
    // "performing the duties of Peru Deputy Director …", "the ROK Deputy Minister …": the office's state before it.
    while (at < k + 1 + OFFICE_START && (ACTING.test(tokens[at]?.lower ?? "") || (at > k + 1 && isStateWord(tokens[at], lexicon)) || (at === k + 1 && isStateWord(tokens[at], lexicon) && titleEnd(sentence, tokens, at + 1, lexicon) > 0))) at++;
    const end = titleEnd(sentence, tokens, at, lexicon);
    if (end < 0) continue;
    let officeEnd = end;
    while (officeEnd < tokens.length && tokens[officeEnd]?.text !== "," && tokens[officeEnd]?.text !== ";") officeEnd++;
    const name = slice(sentence, tokens, start, k);
    out.push({ start, end: k, role: "entity", type: "Actor", kind: "person", name, forms: [name], priority: PRIORITY.person, states: [], title: slice(sentence, tokens, k + 1, officeEnd) });
  }
  return out;
}

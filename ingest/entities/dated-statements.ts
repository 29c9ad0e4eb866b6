/**
 * A joint statement named in lower case by its date: "the March 3 ministerial joint statement", "the governments'
 * October 2 joint statement". The date makes it one document (an Agreement), named from the month to its head.
 */
import { MONTHS } from "./heads.ts";
import { PRIORITY, slice, type Mention } from "./names.ts";
import type { Token } from "../text/tokens.ts";

/** The heads of a joint document: "joint statement", "joint declaration". */
const JOINT_HEAD = /^(?:statement|declaration|communiqu[eé])$/;
/** Most lower-case (or hyphenated) words between the date and "joint": "Minister-level trilateral". */
const KIND_WORDS = 3;

/** A word that says what kind of statement it is: lower case or hyphenated ("trilateral", "Minister-level"), no number. */
function isKindWord(t: Token | undefined): boolean {
  return Boolean(t?.word && !/^\d/.test(t.text) && (!t.cap || t.text.includes("-")));
}

/** Where the date that starts at `at` ends ("March 3", "3 March", "March 3, 2026"), or -1 when none starts there. */
function dateEnd(tokens: readonly Token[], at: number): number {
  const first = tokens[at];
  const second = tokens[at + 1];
  if (!first || !second) return -1;
  const day = (t: Token) => /^\d{1,2}$/.test(t.text);
  let k = -1;
  if (first.cap && MONTHS.has(first.lower) && day(second)) k = at + 2;
  else if (day(first) && second.cap && MONTHS.has(second.lower)) k = at + 2;
  if (k < 0) return -1;
  // ", 2026" or "2026" after the day.
  if (tokens[k]?.text === "," && /^(?:19|20)\d\d$/.test(tokens[k + 1]?.text ?? "")) return k + 2;
  return /^(?:19|20)\d\d$/.test(tokens[k]?.text ?? "") ? k + 1 : k;
}

/** "the March 3 ministerial joint statement": a dated joint document written in lower case. */
export function datedStatementMentions(sentence: string, tokens: readonly Token[]): Mention[] {
  const out: Mention[] = [];
  for (let j = 1; j < tokens.length; j++) {
    if (tokens[j]?.lower !== "joint" || tokens[j]?.cap || !JOINT_HEAD.test(tokens[j + 1]?.lower ?? "") || tokens[j + 1]?.cap) continue;
    // Back over the kind words ("Minister-level trilateral") to the date.
    let k = j;
    while (k > 0 && j - k < KIND_WORDS && isKindWord(tokens[k - 1])) k--;
    for (let start = Math.max(0, k - 4); start <= k; start++) {
      if (dateEnd(tokens, start) !== k) continue;
      const name = slice(sentence, tokens, start, j + 2);
      out.push({ start, end: j + 2, role: "entity", type: "Agreement", name, forms: [name], priority: PRIORITY.chunk, states: [] });
      break;
    }
  }
  return out;
}

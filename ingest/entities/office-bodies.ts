/**
 * The organisation an office is of: "President of the European Commission", "Director of the Research Office of the
 * Harbour Party". The office is no entity; the organisation it names is one, whether a person's name follows the
 * office or not.
 */
import { formKey, lowerKey } from "../../graph/names.ts";
import type { Lexicon } from "../lexicon/lexicon.ts";
import { PRIORITY, lexiconMention, slice, windowFor, type Mention } from "./names.ts";
import type { Token } from "../text/tokens.ts";

/**
 * The organisation or body the lexicon knows (no state: "President of the Republic of Korea" is of a state, named as
 * it is elsewhere) starting at token `at`, after "the" if there is one; undefined when none starts there.
 */
export function officeBodyAt(sentence: string, tokens: readonly Token[], at: number, lexicon: Lexicon): Mention | undefined {
  const from = tokens[at]?.lower === "the" ? at + 1 : at;
  const first = tokens[from];
  if (!first?.word || !first.cap) return undefined;
  const span = windowFor(lexicon.firstWords, first);
  for (let end = Math.min(tokens.length, from + span); end > from; end--) {
    const surface = slice(sentence, tokens, from, end);
    const entry = lexicon.byForm.get(formKey(surface));
    if (!entry || entry.kind === "state" || (entry.type !== "Body" && entry.kind !== "organization")) continue;
    // An acronym matches only as written.
    const written = lexicon.acronymForms.get(formKey(surface));
    if (written !== undefined && written !== surface) continue;
    return lexiconMention(entry, from, end, surface, PRIORITY.chunk);
  }
  return undefined;
}

/**
 * Where the organisation begins in a name that opens with an office and "of" ("President of the …", "Secretary
 * General of …"): the token after "of" (and "the"), or `s` when the name opens with no office.
 */
export function afterOfficeOf(sentence: string, tokens: readonly Token[], s: number, e: number, lexicon: Lexicon): number {
  const first = tokens[s];
  if (!first?.cap) return s;
  // Most names hold no "of" among their first words: no lower-case copy of the sentence for them.
  const most = Math.min(lexicon.titleMaxWords, e - s - 2);
  let of = false;
  for (let n = 1; n <= most && !of; n++) of = tokens[s + n]?.lower === "of";
  if (!of) return s;
  const lower = lowerKey(sentence);
  for (let n = most; n >= 1; n--) {
    const last = tokens[s + n - 1];
    if (!last || tokens[s + n]?.lower !== "of" || !lexicon.titles.has(lower.slice(first.start, last.end))) continue;
    const from = tokens[s + n + 1]?.lower === "the" ? s + n + 2 : s + n + 1;
    return from < e ? from : s;
  }
  return s;
}

/**
 * People listed after a plural office: "Foreign Ministers Ana Roe and Li Wei and Defence Ministers …",
 * "the Foreign and Defence Ministers, Ana Roe and Li Wei, …", "Trade Ministers Ana Roe and Li Wei of Chile".
 * Each name of the list is a person holding the office (singular), of the state an "of" after the list names.
 */
import { formKey } from "../../graph/names.ts";
import { HEADS, LEADING_NON_NAME } from "./heads.ts";
import type { Lexicon } from "../lexicon/lexicon.ts";
import { PRIORITY, slice, type Mention } from "./names.ts";
import type { Token } from "../text/tokens.ts";

/** Plural offices and their singular. */
const PLURAL_OFFICES: ReadonlyMap<string, string> = new Map([
  ["ministers", "Minister"],
  ["secretaries", "Secretary"],
  ["presidents", "President"],
  ["ambassadors", "Ambassador"],
]);
/** Words of an office's field before the plural noun: "Foreign and Defence", "Deputy Prime". */
const FIELD = /^(?:foreign|defen[cs]e|trade|prime|deputy|vice|national|and)$/;
/** Most words one listed name may have. */
const NAME_WORDS = 4;

function isNameWord(token: Token | undefined, lexicon: Lexicon): boolean {
  if (!token?.word || !token.cap) return false;
  return !LEADING_NON_NAME.has(token.lower) && !FIELD.test(token.lower) && !PLURAL_OFFICES.has(token.lower) && !lexicon.titles.has(token.lower) && !lexicon.byForm.has(formKey(token.text)) && !HEADS.has(token.lower);
}

/**
 * The end of a name from `at`, closed by punctuation, "and", "of" or a lower-case word; else `at`. A name has two to
 * four words, or exactly one in a list of family names only ("Presidents Roe and Lund").
 */
function nameEnd(tokens: readonly Token[], at: number, lexicon: Lexicon, single = false): number {
  let k = at;
  while (k < tokens.length && k - at < (single ? 1 : NAME_WORDS) && isNameWord(tokens[k], lexicon)) k++;
  const next = tokens[k];
  if (k - at < (single ? 1 : 2) || (next?.word && next.cap)) return at;
  return k;
}

/** The state an "of" after the list names ("of Chile", "of the Republic of Korea"), or none. */
function stateAfter(sentence: string, tokens: readonly Token[], at: number, lexicon: Lexicon): string | undefined {
  if (tokens[at]?.lower !== "of") return undefined;
  const from = tokens[at + 1]?.lower === "the" ? at + 2 : at + 1;
  for (let e = Math.min(tokens.length, from + 5); e > from; e--) {
    const entry = lexicon.byForm.get(formKey(slice(sentence, tokens, from, e)));
    if (entry?.kind === "state") return entry.name;
  }
  return undefined;
}

/** The names listed from `at`, joined by "and" or commas, and where the list ends. */
function listedNames(tokens: readonly Token[], at: number, lexicon: Lexicon, single: boolean): { names: Array<[number, number]>; end: number } {
  const names: Array<[number, number]> = [];
  let k = at;
  for (;;) {
    const e = nameEnd(tokens, k, lexicon, single);
    if (e === k) break;
    names.push([k, e]);
    k = e;
    const joiner = tokens[k]?.text === "," && tokens[k + 1]?.lower === "and" ? 2 : tokens[k]?.lower === "and" || tokens[k]?.text === "," ? 1 : 0;
    if (joiner === 0 || nameEnd(tokens, k + joiner, lexicon, single) === k + joiner) break;
    k += joiner;
  }
  return { names, end: k };
}

export function pluralTitleMentions(sentence: string, tokens: readonly Token[], lexicon: Lexicon): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const singular = PLURAL_OFFICES.get(tokens[i]?.lower ?? "");
    if (!singular || !tokens[i]?.cap) continue;
    let s = i;
    while (s > 0 && FIELD.test(tokens[s - 1]?.lower ?? "") && (tokens[s - 1]?.cap || tokens[s - 1]?.lower === "and")) s--;
    if (tokens[s]?.lower === "and") s++;
    const written = `${s < i ? `${slice(sentence, tokens, s, i)} ` : ""}${singular}`;
    const title = lexicon.titles.get(formKey(written)) ?? written;
    // "the Foreign and Defence Ministers, A and B, …": the list may be set off by commas.
    const from = tokens[i + 1]?.text === "," ? i + 2 : i + 1;
    let { names, end: k } = listedNames(tokens, from, lexicon, false);
    // "Prime Ministers Roe and Lund": family names alone, when every name of the list is one word.
    if (names.length < 2) ({ names, end: k } = listedNames(tokens, from, lexicon, true));
    if (names.length < 2) continue;
    const single = names.every(([a, b]) => b - a === 1);
    const state = stateAfter(sentence, tokens, k, lexicon);
    for (const [start, end] of names) {
      const name = slice(sentence, tokens, start, end);
      out.push({ start, end, role: "entity", type: "Actor", kind: "person", name, forms: [name], priority: PRIORITY.person, states: state ? [state] : [], title, ...(single ? { personRef: name } : {}) });
    }
    i = k - 1;
  }
  return out;
}

/**
 * A short name set in parentheses inside a longer one, after the states it joins: "Xland-Yland-Zland (Trio)
 * Leaders’ Meeting" is the "Trio Leaders’ Meeting". The states' compound, the short name and the words after it
 * are one name, typed by its head; the short form (without the compound) is its name, the whole an alias.
 */
import type { Lexicon } from "../lexicon/lexicon.ts";
import { PRIORITY, headType, slice, statesOf, type Mention } from "./names.ts";
import { compoundParts, type Token } from "../text/tokens.ts";

/** How many words may follow the parenthesis inside the name. */
const REST_WORDS = 5;

export function insertedNameMentions(sentence: string, tokens: readonly Token[], lexicon: Lexicon): Mention[] {
  const out: Mention[] = [];
  if (!sentence.includes(") ")) return out;
  for (let k = 1; k + 3 < tokens.length; k++) {
    if (tokens[k]?.text !== "(" || tokens[k + 2]?.text !== ")") continue;
    const compound = tokens[k - 1];
    const short = tokens[k + 1];
    if (!compound?.cap || !short?.cap || !short.word) continue;
    const parts = compoundParts(compound.text);
    if (parts.length < 2 || statesOf(compound.text, lexicon).length !== parts.length) continue;
    // The words after the parenthesis: capitalised, with a plural possessive ("Leaders’ Meeting").
    let e = k + 3;
    while (e < tokens.length && e - (k + 3) < REST_WORDS && (tokens[e]?.cap || (/^['’]$/.test(tokens[e]?.text ?? "") && /s$/.test(tokens[e - 1]?.text ?? "") && tokens[e + 1]?.cap))) e++;
    if (e === k + 3) continue;
    const rest = slice(sentence, tokens, k + 3, e).replace(/ (['’])/g, "$1");
    const name = `${short.text} ${rest}`;
    const head = headType(name);
    if (!head || head.type !== "Body") continue;
    const surface = slice(sentence, tokens, k - 1, e);
    out.push({ start: k - 1, end: e, role: "entity", type: head.type, name, forms: [name, surface], priority: PRIORITY.chunk, states: statesOf(compound.text, lexicon) });
  }
  return out;
}

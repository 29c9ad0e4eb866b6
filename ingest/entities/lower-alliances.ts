/**
 * An alliance named in lower case by the states it joins: "the Xland-Yland alliance", "our Xish-Yish alliance".
 * Only a compound of two or more states right before "alliance" makes it a name; a bare "alliance" does not.
 */
import type { Lexicon } from "../lexicon/lexicon.ts";
import { PRIORITY, slice, statesOf, type Mention } from "./names.ts";
import { compoundParts, type Token } from "../text/tokens.ts";

export function lowerAllianceMentions(sentence: string, tokens: readonly Token[], lexicon: Lexicon): Mention[] {
  const out: Mention[] = [];
  if (!sentence.includes(" alliance")) return out;
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k]?.text !== "alliance") continue;
    const compound = tokens[k - 1];
    if (!compound?.cap || compoundParts(compound.text).length < 2) continue;
    const states = statesOf(compound.text, lexicon);
    if (states.length < 2 || states.length !== compoundParts(compound.text).length) continue;
    const surface = slice(sentence, tokens, k - 1, k + 1);
    out.push({ start: k - 1, end: k + 1, role: "entity", type: "Actor", kind: "alliance", name: `${compound.text} Alliance`, forms: [surface], priority: PRIORITY.chunk, states });
  }
  return out;
}

/**
 * An alliance named in lower case by the states it joins: "the Xland-Yland alliance", "our Xish-Yish alliance".
 * Only a compound of two or more states right before "alliance" makes it a name; a bare "alliance" does not.
 * A first state of two words ("South Korea-U.S.") keeps its leading word.
 */
import type { Lexicon } from "../lexicon/lexicon.ts";
import { PRIORITY, compoundStart, slice, statesOf, type Mention } from "./names.ts";
import { compoundParts, type Token } from "../text/tokens.ts";

export function lowerAllianceMentions(sentence: string, tokens: readonly Token[], lexicon: Lexicon): Mention[] {
  const out: Mention[] = [];
  if (!sentence.includes(" alliance")) return out;
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k]?.text !== "alliance") continue;
    const compound = tokens[k - 1];
    if (!compound?.cap || compoundParts(compound.text).length < 2) continue;
    // "the South Korea-U.S. alliance": the first state's leading words belong to the compound.
    const start = compoundStart(sentence, tokens, k - 1, lexicon);
    const text = slice(sentence, tokens, start, k);
    const states = statesOf(text, lexicon);
    if (states.length < 2 || states.length !== compoundParts(text).length) continue;
    const surface = slice(sentence, tokens, start, k + 1);
    out.push({ start, end: k + 1, role: "entity", type: "Actor", kind: "alliance", name: `${text} Alliance`, forms: [surface], priority: PRIORITY.chunk, states });
  }
  return out;
}

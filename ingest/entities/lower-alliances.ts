/**
 * An alliance named by the states it joins before a lower-case head: "the Xland-Yland alliance", "our Xish-Yish
 * alliance". Only a compound of two or more states right before "alliance" makes it a name; a bare "alliance" does
 * not. A first state of two words ("South Korea-U.S.") keeps its leading word; a last state of several words
 * ("Xland-Republic of Yland") keeps the words after the hyphen. A plural head, in either case, names
 * one alliance per coordinated compound: "the Xland-Yland and Zland-Yland Alliances" are two alliances.
 */
import type { Lexicon } from "../lexicon/lexicon.ts";
import { PRIORITY, compoundStart, slice, statesOf, type Mention } from "./names.ts";
import { compoundParts, type Token } from "../text/tokens.ts";

/** The compound of states ending just before token `end` (its leading words included), or undefined. */
function statesCompound(sentence: string, tokens: readonly Token[], end: number, lexicon: Lexicon): { start: number; text: string; states: string[] } | undefined {
  // "the Xland-Republic of Yland alliance": the last state may be named by words after the compound's hyphen.
  let at = end - 1;
  while (at > end - 4 && at > 0 && compoundParts(tokens[at]?.text ?? "").length < 2 && (tokens[at]?.cap || tokens[at]?.lower === "of")) at--;
  const compound = tokens[at];
  if (!compound?.cap || compoundParts(compound.text).length < 2 || !tokens.slice(at, end).every((t) => t.cap || t.lower === "of")) return undefined;
  // "the South Korea-U.S. alliance": the first state's leading words belong to the compound.
  const start = compoundStart(sentence, tokens, at, lexicon);
  const text = slice(sentence, tokens, start, end);
  const states = statesOf(text, lexicon);
  if (states.length < 2 || states.length !== compoundParts(text).length) return undefined;
  return { start, text, states };
}

export function lowerAllianceMentions(sentence: string, tokens: readonly Token[], lexicon: Lexicon): Mention[] {
  const out: Mention[] = [];
  if (!sentence.includes(" alliance") && !sentence.includes(" Alliances")) return out;
  for (let k = 1; k < tokens.length; k++) {
    const head = tokens[k]?.text;
    if (head === "alliance") {
      const c = statesCompound(sentence, tokens, k, lexicon);
      if (!c) continue;
      out.push({ start: c.start, end: k + 1, role: "entity", type: "Actor", kind: "alliance", name: `${c.text} Alliance`, forms: [slice(sentence, tokens, c.start, k + 1)], priority: PRIORITY.chunk, states: c.states });
    } else if (head === "alliances" || head === "Alliances") {
      // "the Xland-Yland and Zland-Yland Alliances": compounds joined by "and" or commas, back from the head.
      const found: Mention[] = [];
      let end = k;
      for (;;) {
        const c = statesCompound(sentence, tokens, end, lexicon);
        if (!c) break;
        const last = found.length === 0;
        found.push({ start: c.start, end: last ? k + 1 : end, role: "entity", type: "Actor", kind: "alliance", name: `${c.text} Alliance`, forms: last ? [`${c.text} Alliance`, slice(sentence, tokens, c.start, k + 1)] : [`${c.text} Alliance`], priority: PRIORITY.chunk, states: c.states });
        const joint = tokens[c.start - 1]?.text;
        if (joint !== "and" && joint !== ",") break;
        end = tokens[c.start - 2]?.text === "," ? c.start - 2 : c.start - 1;
      }
      if (found.length >= 2) out.push(...found.reverse());
    }
  }
  return out;
}

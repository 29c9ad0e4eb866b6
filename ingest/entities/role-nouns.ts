/**
 * People named after a role written in lower case: "the opposition leader Ana Roe", "his counterpart Bo Lund". The
 * role noun is no title of the lexicon's (those are read in people.ts); two or three name words after it are a person.
 */
import type { Lexicon } from "../lexicon/lexicon.ts";
import { PRIORITY, slice, type Mention } from "./names.ts";
import { isNameWord } from "./people.ts";
import type { Token } from "../text/tokens.ts";

/** Role nouns that stand before a person's name in lower case. */
const ROLE_NOUNS: ReadonlySet<string> = new Set(["leader", "counterpart", "envoy", "spokesperson", "spokesman", "spokeswoman"]);
/** Most name words after the role. */
const NAME_WORDS = 3;

/** A name word, or a word spelt as an acronym of the lexicon is but not written as it ("Un", not "UN"). */
function nameWord(token: Token | undefined, lexicon: Lexicon): boolean {
  if (isNameWord(token, lexicon)) return true;
  const written = token?.cap ? lexicon.acronymForms.get(token.lower) : undefined;
  return written !== undefined && written !== token?.text;
}

export function roleNounMentions(sentence: string, tokens: readonly Token[], lexicon: Lexicon): Mention[] {
  let out: Mention[] | undefined;
  for (let i = 0; i < tokens.length - 2; i++) {
    const role = tokens[i];
    // A set, not a pattern: asked of every token; most are no role noun.
    if (!role?.word || role.cap || !ROLE_NOUNS.has(role.lower) || !tokens[i + 1]?.cap) continue;
    let k = i + 1;
    while (k < tokens.length && k - i <= NAME_WORDS && nameWord(tokens[k], lexicon) && !/^\p{Lu}\.?$/u.test(tokens[k]?.text ?? "")) k++;
    const next = tokens[k];
    // Two or three name words, then no more of a name ("leader Ana Roe said", "counterpart Bo Lund,").
    if (k - i - 1 < 2 || k - i - 1 > NAME_WORDS || next?.cap) continue;
    const name = slice(sentence, tokens, i + 1, k);
    (out ??= []).push({ start: i + 1, end: k, role: "entity", type: "Actor", kind: "person", name, forms: [name], priority: PRIORITY.person, states: [] });
    i = k - 1;
  }
  return out ?? [];
}

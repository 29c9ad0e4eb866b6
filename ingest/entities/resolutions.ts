/**
 * Numbered Security Council resolutions: "UN Security Council Resolution 2270", "UNSCR 1874", "Resolutions 2087
 * and 2094" (in a sentence that names the Security Council). Each number is its own Agreement, named the same way
 * wherever the text cites it ("United Nations Security Council Resolution 2270"), with the short forms as aliases.
 */
import { PRIORITY, slice, type Mention } from "./names.ts";
import type { Token } from "../text/tokens.ts";

/** A resolution's number: "1718", "2397"; a year in parentheses may follow ("1718 (2006)"). */
const NUMBER = /^\d{3,4}$/;
/** Words that open a citation: "Resolution 2270", "resolutions 1718 and 1874", "UNSCR 2397". */
const CITES: ReadonlySet<string> = new Set(["resolution", "resolutions", "unscr", "unscrs"]);
/** How the council is written right before "Resolution". */
const COUNCIL_WORDS = /^(?:united|nations|un|u\.n\.|security|council|unsc)$/;

/** The canonical name and the short forms of resolution `number`. */
function resolution(number: string): { name: string; forms: string[] } {
  const name = `United Nations Security Council Resolution ${number}`;
  return { name, forms: [name, `UN Security Council Resolution ${number}`, `UNSC Resolution ${number}`, `UNSCR ${number}`, `Resolution ${number}`] };
}

/** The first token of the council's name written right before `at` ("UN Security Council", "UNSC"), or `at`. */
function councilStart(tokens: readonly Token[], at: number): number {
  let k = at;
  while (k > 0 && k > at - 4 && COUNCIL_WORDS.test(tokens[k - 1]?.lower ?? "")) k--;
  const written = tokens.slice(k, at).map((t) => t.lower).join(" ");
  return /(?:security council|unsc)$/.test(written) ? k : at;
}

export function resolutionMentions(sentence: string, tokens: readonly Token[]): Mention[] {
  const out: Mention[] = [];
  let councilNamed: boolean | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const cite = tokens[i];
    // A set, not a pattern: asked of every token.
    if (!cite || !CITES.has(cite.lower) || !NUMBER.test(tokens[i + 1]?.text ?? "")) continue;
    const start = councilStart(tokens, i);
    // A bare "Resolution 2270" is the council's only where the sentence names the council.
    if (start === i && !cite.lower.startsWith("unscr")) {
      councilNamed ??= /\b(?:security council|unsc)\b/i.test(sentence);
      if (!councilNamed) continue;
    }
    let k = i + 1;
    let from = start;
    for (;;) {
      const number = tokens[k]?.text ?? "";
      let end = k + 1;
      if (tokens[end]?.text === "(" && /^\d{4}$/.test(tokens[end + 1]?.text ?? "") && tokens[end + 2]?.text === ")") end += 3;
      const { name, forms } = resolution(number);
      // The citation as written ("Resolutions 1718"), unless it is the bare number of a list's later item.
      const written = from < k ? [slice(sentence, tokens, from, end)] : [];
      out.push({ start: from, end, role: "entity", type: "Agreement", name, forms: [...new Set([...forms, ...written])], priority: PRIORITY.known, states: [] });
      const joiner = tokens[end]?.text === "," && tokens[end + 1]?.lower === "and" ? 2 : tokens[end]?.text === "," || tokens[end]?.lower === "and" ? 1 : 0;
      if (joiner === 0 || !NUMBER.test(tokens[end + joiner]?.text ?? "")) {
        i = end - 1;
        break;
      }
      k = end + joiner;
      from = k;
    }
  }
  return out;
}

/**
 * Courtesies between an office's comma and a person's name: "…, H.E. Lt. Gen. (ret.) Jane Roe", "…, H.E. Ms. Ana Torres";
 * and the lower-case particles inside a name ("Albert F. del Rosano", "Anna van Dijk").
 */
import type { Lexicon } from "../lexicon/lexicon.ts";
import type { Token } from "../text/tokens.ts";

/** Lower-case particles that join the parts of a person's name. */
export const NAME_PARTICLES = new Set(["del", "de", "da", "van", "von", "der", "dos", "bin", "binti"]);

const HONORIFICS = new Set(["mr", "ms", "mrs", "dr"]);
/** Most tokens a rank may span ("Lt. Gen.", "Rear Admiral"). */
const RANK_TOKENS = 6;

/** The end of "H.E." at `at` (one token, or "H", ".", "E", "."), or `at`. */
function excellencyEnd(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text === "H.E.") return at + 1;
  return tokens[at]?.text === "H" && tokens[at + 1]?.text === "." && tokens[at + 2]?.text === "E" && tokens[at + 3]?.text === "." ? at + 4 : at;
}

/** The end of a lexicon title (a rank) starting at `at`, or `at`. */
function rankEnd(lowerSentence: string, tokens: readonly Token[], at: number, lexicon: Lexicon): number {
  const first = tokens[at];
  if (!first?.cap) return at;
  for (let e = Math.min(tokens.length, at + RANK_TOKENS); e > at; e--) {
    const last = tokens[e - 1];
    if (last && lexicon.titles.has(lowerSentence.slice(first.start, last.end))) return tokens[e]?.text === "." ? e + 1 : e;
  }
  return at;
}

/**
 * "H.E. Lt. Gen. (ret.) " / "H.E. Ms. " at token `at`: the index where the person's name begins, or `at` when the
 * text there opens with no "H.E.". `lowerSentence` is the sentence in lower case.
 */
export function courtesyEnd(lowerSentence: string, tokens: readonly Token[], at: number, lexicon: Lexicon): number {
  const afterExcellency = excellencyEnd(tokens, at);
  if (afterExcellency === at) return at;
  let k = afterExcellency;
  if (HONORIFICS.has(tokens[k]?.lower ?? "")) k = tokens[k + 1]?.text === "." ? k + 2 : k + 1;
  else k = rankEnd(lowerSentence, tokens, k, lexicon);
  // "(ret.)": a retired officer.
  if (tokens[k]?.text === "(" && tokens[k + 1]?.lower === "ret" && (tokens[k + 2]?.text === ")" || tokens[k + 3]?.text === ")")) k = tokens[k + 2]?.text === ")" ? k + 3 : k + 4;
  return tokens[k]?.word && tokens[k]?.cap ? k : at;
}

/** Whether the capitalised words that end at token `at` (an office, "Prime Minister") follow a comma. */
export function afterComma(tokens: readonly Token[], at: number): boolean {
  let b = at - 1;
  while (b >= 0 && b > at - 4 && tokens[b]?.word && tokens[b]?.cap) b--;
  return tokens[b]?.text === ",";
}

/**
 * Courtesies between an office's comma and a person's name: "…, H.E. Lt. Gen. (ret.) Jane Roe", "…, H.E. Ms. Ana Torres";
 * the honorifics and letters around a name ("the Rt Hon … MP"); and the lower-case particles inside a name
 * ("Albert F. del Rosano", "Anna van Dijk").
 */
import type { Lexicon } from "../lexicon/lexicon.ts";
import type { Token } from "../text/tokens.ts";

/** Lower-case particles that join the parts of a person's name. */
export const NAME_PARTICLES = new Set(["del", "de", "da", "van", "von", "der", "den", "dos", "bin", "binti"]);

/**
 * The end of lower-case name particles from `at` and the family name they open ("del Rosano", "von der Berg", "van den
 * Broek"), or `at` when the words there are no such run: at most two particles, then a name word (`isName`) that is
 * no initial.
 */
export function particlesEnd(tokens: readonly Token[], at: number, isName: (t: Token | undefined) => boolean): number {
  let k = at;
  while (k < at + 2 && tokens[k]?.word && !tokens[k]?.cap && NAME_PARTICLES.has(tokens[k]?.lower ?? "")) k++;
  return k > at && isName(tokens[k]) && !/^\p{Lu}$/u.test(tokens[k]?.text ?? "") ? k + 1 : at;
}

/** Letters after a name: "MP", "AC", "Jr.": part of how the person is written, not of their name. */
export const POST_NOMINALS = new Set([
  "mp", "mla", "mlc", "ac", "ao", "am", "oam", "kc", "qc", "sc", "cbe", "obe", "mbe", "kbe", "dbe", "cmg", "kcmg", "gcmg", "cb", "kcb", "gcb",
  "dso", "csc", "dsc", "cnzm", "knzm", "onzm", "mnzm", "pc", "jr", "sr", "phd", "ret",
]);
/** "the Hon", "the Honourable", "the Right Honourable", "the Rt Hon": an honorific that opens a name. */
export const HONOURABLE = new Set(["hon", "honourable", "honorable", "excellency"]);

/** Whether `token` is a person's letters written in capitals ("MP", "AC"): they end a name, never open or join one. */
export function isPersonLetters(token: Token | undefined): boolean {
  return token !== undefined && token.cap && POST_NOMINALS.has(token.lower) && token.text === token.text.toUpperCase();
}

/** Whether an honorific opens at token `at`: "the Rt Hon", "the Right Honourable", "Hon", "the Honourable". */
export function opensHonorific(tokens: readonly Token[], at: number): boolean {
  const k = tokens[at]?.lower === "the" ? at + 1 : at;
  const t = tokens[k];
  if (!t?.cap) return false;
  if (HONOURABLE.has(t.lower) && t.lower !== "excellency") return true;
  return (t.lower === "rt" || t.lower === "right") && HONOURABLE.has(tokens[k + (tokens[k + 1]?.text === "." ? 2 : 1)]?.lower ?? "");
}

const HONORIFICS = new Set(["mr", "ms", "mrs", "dr"]);
/** Most tokens a rank may span ("Lt. Gen.", "Rear Admiral"). */
const RANK_TOKENS = 6;

/**
 * The end of "His/Her Excellency" abbreviated at `at`: "H.E." or "H.E" (one token), "HE" before a name written in mixed
 * case ("HE Ana Roe", not a heading in capitals), or "H", ".", "E", "."; `at` when there is none.
 */
export function excellencyEnd(tokens: readonly Token[], at: number): number {
  const text = tokens[at]?.text;
  if (text === "H.E." || text === "H.E") return at + 1;
  const next = tokens[at + 1];
  if (text === "HE" && next?.word && next.cap && next.text !== next.text.toUpperCase()) return at + 1;
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

/**
 * Names in quotation marks typed by the words before them. A vision named as what the parties work to bring about:
 * 'to realize a "free and open Indo-Pacific,"', 'to build an "Innovation Alliance."'. The quotation marks make the
 * phrase a name, and the verb of purpose before it (or a noun for an aim: "the vision of a …") makes the name an aim
 * the statement commits to: an Agreement (a vision, in the domain model). An exercise named as what was conducted:
 * 'the recently conducted second "Harbour Shield-2024" and the first "Reef Guard"': an Exercise, and so is a quoted
 * name joined to it by "and".
 */
import { isOrdinalOrYear } from "./heads.ts";
import { PRIORITY, displayCase, type Mention } from "./names.ts";
import type { Token } from "../text/tokens.ts";

const OPEN = /^["\u201c]$/;
const CLOSE = /^["\u201d]$/;
/** Verbs of purpose whose object is an aim: "realize a", "achieving the", "build an". */
const AIM_VERB = /^(?:realize|realise|realizing|realising|achieve|achieving|build|building|advance|advancing|promote|promoting|uphold|upholding|maintain|maintaining)$/;
const ARTICLE = /^(?:a|an|the|our|their)$/;
/** Nouns for an aim, before "of a": "the common vision of a “…”", "the goal of an “…”". */
const AIM_NOUN = /^(?:vision|goal|concept|objective|idea)$/;

/** Whether "of" at `at` follows a noun for an aim. */
function aimNounBefore(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.lower === "of" && AIM_NOUN.test(tokens[at - 1]?.lower ?? "");
}

/** Verbs whose object is an exercise: "the recently conducted …". */
const EXERCISE_VERB = /^(?:conducted|conducting|conduct|staged|staging)$/;

/** Whether the words before the quotation mark at `q` are an exercise verb, or "and" after a quoted exercise. */
function exerciseBefore(tokens: readonly Token[], q: number, previous: Mention | undefined): boolean {
  let k = q - 1;
  while (k >= 0 && (isOrdinalOrYear(tokens[k]?.text ?? "") || ARTICLE.test(tokens[k]?.lower ?? ""))) k--;
  if (EXERCISE_VERB.test(tokens[k]?.lower ?? "")) return true;
  return tokens[k]?.lower === "and" && previous?.type === "Exercise" && previous.end + 1 === k;
}

/** A name of two to six words. */
const MIN_WORDS = 2;
const MAX_WORDS = 6;

export function quotedNameMentions(sentence: string, tokens: readonly Token[]): Mention[] {
  const out: Mention[] = [];
  if (!sentence.includes('"') && !sentence.includes("\u201c")) return out;
  for (let q = 2; q < tokens.length; q++) {
    if (!OPEN.test(tokens[q]?.text ?? "")) continue;
    const exercise = exerciseBefore(tokens, q, out[out.length - 1]);
    if (!exercise && (!ARTICLE.test(tokens[q - 1]?.lower ?? "") || !(AIM_VERB.test(tokens[q - 2]?.lower ?? "") || aimNounBefore(tokens, q - 2)))) continue;
    let end = q + 1;
    while (end < tokens.length && end - q <= MAX_WORDS + 1 && !CLOSE.test(tokens[end]?.text ?? "")) end++;
    if (!CLOSE.test(tokens[end]?.text ?? "")) continue;
    // 'Indo-Pacific,"': a comma or full stop inside the closing quotation mark is not part of the name.
    let last = end;
    while (last > q + 1 && /^[,.;]$/.test(tokens[last - 1]?.text ?? "")) last--;
    const words = tokens.slice(q + 1, last);
    if (words.length < (exercise ? 1 : MIN_WORDS) || words.length > MAX_WORDS || !words.every((t) => t.word || /^[-,]$/.test(t.text))) continue;
    const first = tokens[q + 1];
    const lastToken = tokens[last - 1];
    if (!first || !lastToken || (exercise && !first.cap)) continue;
    const surface = sentence.slice(first.start, lastToken.end);
    out.push({ start: q + 1, end: last, role: "entity", type: exercise ? "Exercise" : "Agreement", name: displayCase(surface), forms: [surface], priority: PRIORITY.chunk, states: [] });
  }
  return out;
}

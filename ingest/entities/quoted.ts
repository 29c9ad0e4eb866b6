/**
 * Names in quotation marks typed by the words before them. A vision named as what the parties work to bring about:
 * 'to realize a "free and open Indo-Pacific,"', 'to build an "Innovation Alliance."'. The quotation marks make the
 * phrase a name, and the verb of purpose before it (or a noun for an aim: "the vision of a …") makes the name an aim
 * the statement commits to: an Agreement (a vision, in the domain model). An exercise named as what was conducted:
 * 'the recently conducted second "Harbour Shield-2024" and the first "Reef Guard"': an Exercise, and so is a quoted
 * name joined to it by "and". A title of an instrument in quotation marks: quotedInstrumentMentions below.
 */
import { formKey } from "../../graph/names.ts";
import { HEADS, NAME_CONNECTORS, isOrdinalOrYear } from "./heads.ts";
import type { Lexicon } from "../lexicon/lexicon.ts";
import { PRIORITY, displayCase, headType, slice, type Mention } from "./names.ts";
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

/** How long a quoted instrument's title may be, in tokens. */
const MAX_TITLE = 40;
/** Small words a title may hold besides its capitalised words. */
const TITLE_WORDS = /^(?:between|in|the|a|an|to|with|by|regarding|concerning|,)$/;

/**
 * A title in quotation marks that names an instrument: 'the two ministers witnessed the signing of the “Arrangement
 * between the Ministry of Defence of Xland and the Ministry of Defence of Yland on Cyber Cooperation”'. The quotation marks bound
 * the name; the states named after "between" are its parties (the mention's states).
 */
export function quotedInstrumentMentions(sentence: string, tokens: readonly Token[], lexicon: Lexicon): Mention[] {
  const out: Mention[] = [];
  if (!sentence.includes("\u201c") && !sentence.includes('"')) return out;
  for (let q = 0; q < tokens.length; q++) {
    if (!OPEN.test(tokens[q]?.text ?? "") || !tokens[q + 1]?.cap) continue;
    let end = q + 1;
    while (end < tokens.length && end - q <= MAX_TITLE && !CLOSE.test(tokens[end]?.text ?? "")) end++;
    if (!CLOSE.test(tokens[end]?.text ?? "") || end - q < 3) continue;
    // '… by Xland."': a full stop or comma inside the closing quotation mark ends the sentence, not the title.
    const close = end;
    while (end > q + 2 && /^[,.;]$/.test(tokens[end - 1]?.text ?? "")) end--;
    const words = tokens.slice(q + 1, end);
    if (!words.every((t) => t.cap || /^\d+$/.test(t.text) || NAME_CONNECTORS.has(t.lower) || TITLE_WORDS.test(t.lower) || /^['’]s?$/.test(t.text))) continue;
    const surface = slice(sentence, tokens, q + 1, end);
    const headFirst = HEADS.get(words[0]?.lower ?? "")?.type === "Agreement";
    if (!headFirst && headType(surface)?.type !== "Agreement") continue;
    out.push({ start: q + 1, end, role: "entity", type: "Agreement", name: surface, forms: [surface], priority: PRIORITY.chunk, states: partiesBetween(sentence, tokens, q + 1, end, lexicon) });
    q = close;
  }
  return out;
}

/** The states named after "between" in tokens [from, to): "between the Government of Xland and the Government of Yland". */
function partiesBetween(sentence: string, tokens: readonly Token[], from: number, to: number, lexicon: Lexicon): string[] {
  const between = tokens.findIndex((t, k) => k >= from && k < to && t.lower === "between");
  if (between < 0) return [];
  const out: string[] = [];
  for (let k = between + 1; k < to; k++) {
    for (let n = Math.min(5, to - k); n >= 1; n--) {
      const entry = lexicon.byForm.get(formKey(slice(sentence, tokens, k, k + n)));
      if (entry?.kind !== "state") continue;
      if (!out.includes(entry.name)) out.push(entry.name);
      k += n - 1;
      break;
    }
  }
  return out.length >= 2 ? out : [];
}

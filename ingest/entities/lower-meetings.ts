/**
 * A meeting named in lower case after the verb that convenes it: "hosted X and Y for a trilateral meeting", "held a
 * defense ministerial meeting". Its kind words and head noun make it a name (a Body).
 */
import { MEETING_HEADS, MEETING_NOUNS, isOrdinalOrYear } from "./heads.ts";
import { PRIORITY, slice, statesOf, type Mention } from "./names.ts";
import type { Lexicon } from "../lexicon/lexicon.ts";
import { compoundParts, type Token } from "../text/tokens.ts";

/** Verbs that convene a meeting, before "(X and Y) for a … meeting" or "a … meeting". */
const CONVENING: ReadonlySet<string> = new Set(["hosted", "co-hosted", "held", "had", "convened", "met", "gathered", "welcomed", "received", "attended", "conducted"]);
/** Words that say what kind of meeting it is: "a trilateral meeting", "a defense ministerial meeting". */
const MEETING_KIND = new Set([
  "bilateral", "trilateral", "quadrilateral", "multilateral", "ministerial", "defense", "defence", "military", "security",
  "strategic", "foreign", "leaders", "high-level", "senior-level", "working-level", "summit", "virtual", "policy", "video",
]);

/** "for a trilateral meeting", "held a defense ministerial meeting": a meeting named in lower case by its kind. */
export function meetingMentions(sentence: string, tokens: readonly Token[]): Mention[] {
  const out: Mention[] = [];
  for (let v = 0; v < tokens.length; v++) {
    // A set, not a pattern: asked of every token.
    if (!CONVENING.has(tokens[v]?.lower ?? "")) continue;
    // The article opens the meeting's name right after the verb, or after "for" within the next few words.
    let k = v + 1;
    // "held a …", and after the verb alone "had the 9th …" (the meeting the statement reports).
    if (!/^(?:a|an)$/.test(tokens[k]?.lower ?? "") && !(tokens[k]?.lower === "the" && tokens[v]?.lower !== "met")) {
      const at = tokens.findIndex((t, i) => i > v && i <= v + 30 && t.lower === "for" && /^(?:a|an)$/.test(tokens[i + 1]?.lower ?? ""));
      if (at < 0) continue;
      k = at + 1;
    }
    // "the 9th trilateral …": the ordinal counts the series' meetings and is no part of its name.
    const start = isOrdinalOrYear(tokens[k + 1]?.text ?? "") ? k + 2 : k + 1;
    // "held a Leaders’ meeting": the officials who meet, capitalised and in the possessive, name the meeting as its kind does.
    const officials = tokens[start]?.cap && OFFICIALS.test(tokens[start]?.lower ?? "") && /^['’]$/.test(tokens[start + 1]?.text ?? "") ? 2 : 0;
    let e = start + officials;
    while (e < tokens.length && e - start < 3 && !tokens[e]?.cap) {
      // "trilateral defense ministers’ talks": the officials who meet, in the possessive, among the kind words.
      if (OFFICIALS.test(tokens[e]?.lower ?? "") && /^['’]$/.test(tokens[e + 1]?.text ?? "")) e += 2;
      else if (MEETING_KIND.has(tokens[e]?.lower ?? "")) e++;
      else break;
    }
    if (e === start || !MEETING_HEADS.has(tokens[e]?.lower ?? "") || tokens[e + 1]?.lower === "of") continue;
    const end = topicEnd(tokens, e + 1);
    const name = slice(sentence, tokens, start, end);
    out.push({ start, end, role: "entity", type: "Body", name, forms: [name], priority: PRIORITY.chunk, states: [] });
    v = end - 1;
  }
  return out;
}

/** Lower-case words of office and kind between a compound of states and a meeting's head: "vice defense ministers’". */
const OFFICE_KIND: ReadonlySet<string> = new Set([
  ...MEETING_KIND, "vice", "deputy", "minister", "ministers", "officials", "senior", "director-level", "vice-ministerial", "and",
]);
/** How many words may stand between the compound and the head. */
const KIND_WORDS = 10;

/**
 * "Xland-Yland vice defence ministers’ talks with …", "the third Xland-Yland Foreign Ministers’ strategic dialogue",
 * "an Xland-Yland foreign and defence (2+2) officials’ meeting": a compound of states, words of office and
 * kind (some in lower case) ending in the officials who meet (with or without their possessive), and a meeting's
 * head noun name a meeting, whose states are the compound's.
 */
export function compoundMeetingMentions(sentence: string, tokens: readonly Token[], lexicon: Lexicon): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // Most tokens have no hyphen: asked of every token.
    if (!t?.cap || !t.text.includes("-")) continue;
    // The meeting's head first: most compounds have none after them, and the states are the costlier question.
    const head = meetingHeadAfter(tokens, i + 1);
    if (head < 0 || tokens[head + 1]?.lower === "of") continue;
    const parts = compoundParts(t.text).length;
    if (parts < 2) continue;
    const states = statesOf(t.text, lexicon);
    if (states.length !== parts) continue;
    // A name written in capitals throughout is the chunker's; one that does not name the officials who meet right before
    // its head ("ministers’ talks", "Defense Ministers meeting") is a description ("bilateral talks").
    const words = tokens.slice(i + 1, head + 1);
    if (!words.some((u) => u.word && !u.cap) || !officialsBefore(tokens, head)) continue;
    const end = topicEnd(tokens, head + 1);
    const name = slice(sentence, tokens, i, end);
    out.push({ start: i, end, role: "entity", type: "Body", name, forms: [name], priority: PRIORITY.chunk, states });
    i = end - 1;
  }
  return out;
}

/** Words that end a meeting's topic: a preposition, a conjunction, an article, a verb of the clause. */
const TOPIC_END = /^(?:in|at|on|with|for|to|from|by|and|or|the|a|an|which|that|who|was|were|is|are|held|hosted)$/;

/**
 * Where a lower-case meeting's name ends after its head at `at`: past its topic, "… ministerial meeting on extended
 * deterrence" (up to four lower-case words after "on"), or right there.
 */
function topicEnd(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.lower !== "on") return at;
  let k = at + 1;
  while (k < tokens.length && k - at <= 4 && /^\p{Ll}/u.test(tokens[k]?.text ?? "") && !TOPIC_END.test(tokens[k]?.lower ?? "")) k++;
  return k > at + 1 ? k : at;
}

/** Plural offices whose holders meet: "ministers", "officials". */
const OFFICIALS = /^(?:ministers|officials|leaders|secretaries|chiefs|directors-general)$/;

/**
 * Whether the officials who meet stand before the head at `head`, with or without their possessive, and only words of
 * the meeting's kind between ("Foreign Ministers’ strategic dialogue"), or the kind words say their level ("ministerial").
 */
function officialsBefore(tokens: readonly Token[], head: number): boolean {
  let k = head - 1;
  let level = false;
  while (k > 0 && MEETING_KIND.has(tokens[k]?.lower ?? "") && !tokens[k]?.cap) {
    // "Xland-Yland defense ministerial meeting": the officials' level says who meets, as their office does.
    if (tokens[k]?.lower === "ministerial") level = true;
    k--;
  }
  if (level) return true;
  if (/^['’]$/.test(tokens[k]?.text ?? "")) k--;
  return OFFICIALS.test(tokens[k]?.lower ?? "");
}

/** The meeting's head noun after the words of office and kind from `from`, or -1. */
function meetingHeadAfter(tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length && k - from <= KIND_WORDS; k++) {
    const u = tokens[k];
    if (!u) return -1;
    if (MEETING_NOUNS.has(u.lower)) return k > from ? k : -1;
    if (u.word && (u.cap || OFFICE_KIND.has(u.lower))) continue;
    // "ministers’ talks": the possessive of a plural office.
    if ((u.text === "’" || u.text === "'") && /s$/.test(tokens[k - 1]?.text ?? "")) continue;
    // "(2+2)": the format in brackets.
    if (u.text === "(" && /^\d\+\d$/.test(tokens[k + 1]?.text ?? "") && tokens[k + 2]?.text === ")") {
      k += 2;
      continue;
    }
    return -1;
  }
  return -1;
}

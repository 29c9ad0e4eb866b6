/**
 * Definite descriptions and references back: "the meeting", "this exercise", "the Framework", "these launches",
 * "such attacks" read as items for the body, exercise, agreement or threat they refer to.
 */
import type { DocEntity } from "../../entities/entities.ts";
import { isOrdinalOrYear } from "../../entities/heads.ts";
import { DESCRIPTION_TYPES, MEETING_NOUN, PREVIOUS } from "../../entities/references.ts";
import type { SentenceWork } from "../reading.ts";
import { newItem, type Item } from "../view/view.ts";
import { barePluralMeeting, CONVENE, indefiniteMeeting } from "./convened.ts";

/**
 * Whether tokens from `at` are a predecessor or an ordinal and a meeting's head noun that no name goes on after:
 * "last ministerial", "previous meeting", "10th Summit", "third Dialogue" (not "third Summit for Democracy").
 */
function sessionOfSeries(w: SentenceWork, at: number): boolean {
  const first = w.tokens[at];
  const head = w.tokens[at + 1];
  if (!first || !head) return false;
  if (PREVIOUS.test(first.lower)) return MEETING_NOUN.test(head.lower);
  if (!isOrdinalOrYear(first.text) || !head.cap || !(MEETING_NOUN.test(head.lower) || head.lower === "summit")) return false;
  const next = w.tokens[at + 2];
  return !next?.cap && !(next && /^(?:of|for|on|and)$/.test(next.lower) && w.tokens[at + 3]?.cap);
}

/** The determiners a definite description or a reference back ("these launches") opens with. */
const DESCRIBING = new Set(["the", "this", "these", "such", "those"]);
/** DESCRIPTION_TYPES as a map: asked with any word after "the", so only its own keys answer. */
const DESCRIPTION_TYPE = new Map(Object.entries(DESCRIPTION_TYPES));

/** "the meeting", "this exercise", "the Framework": items for the body, exercise or agreement they refer to. */
export function definiteDescriptions(w: SentenceWork, convened: DocEntity | undefined, lastOf: ReadonlyMap<string, DocEntity>, lastThreats: readonly DocEntity[]): Item[] {
  const out: Item[] = [];
  // No threat named so far, in the statement or this sentence: a reference back finds none (lastOf has "Threat:*"
  // whenever it has any threat's head).
  const threatBefore = lastOf.has("Threat:*") || lastThreats.length > 0 || w.items.some((i) => i.entity.type === "Threat");
  for (let k = 0; k < w.tokens.length; k++) {
    const t = w.tokens[k];
    // Only a determiner or a verb of convening opens a description: every other word is passed at once.
    if (!t || (!DESCRIBING.has(t.lower) && !CONVENE.has(t.lower) && t.lower !== "had")) continue;
    // "these launches", "such attacks": the threat last named with that head.
    // "the tests", "the acts" (not "the acts of …"): the same, after "the".
    const definite = t.lower === "the" && !w.tokens[k + 2]?.cap && w.tokens[k + 2]?.lower !== "of";
    if (!threatBefore && (t.lower === "these" || t.lower === "such" || t.lower === "those")) continue;
    if (threatBefore && (t.lower === "these" || t.lower === "such" || t.lower === "those" || definite) && w.tokens[k + 1] && !itemOver(w.items, k + 1, k + 1)) {
      const lemma = withoutFinalS(w.tokens[k + 1]?.lower ?? "");
      const generic = /^(?:action|activitie|act|move|behavior|provocation|concern)$/.test(lemma);
      // A threat named earlier in the same sentence comes first: "concerns about X …, and committed to address these concerns".
      // The whole rather than a part listed after "including": "tests, including two launches, … respond to the acts".
      // The last such threat not listed after "including" or "as", else the last one (one pass, no lists).
      let last: Item | undefined;
      let lastWhole: Item | undefined;
      for (const i of w.items) {
        if (i.end > k || i.entity.type !== "Threat" || !(generic || sameLemma(i.entity.head, lemma))) continue;
        last = i;
        if (!/^(?:including|as)$/.test(w.tokens[i.start - 1]?.lower ?? "") && !/^(?:including|as)$/.test(w.tokens[i.start - 2]?.lower ?? "")) lastWhole = i;
      }
      const here = (lastWhole ?? last)?.entity;
      // "… posed by A, B and C. … addressing these threats": a plural demonstrative of a general noun, with nothing
      // before it in its sentence, refers to every threat the last sentence that named threats named.
      const plural = (t.lower === "these" || t.lower === "those") && /s$/.test(w.tokens[k + 1]?.lower ?? "") && (generic || lemma === "threat" || lemma === "challenge");
      if (!here && plural && lastThreats.length > 1) {
        for (const entity of lastThreats) out.push(newItem(k, k + 2, entity));
        continue;
      }
      // "these security challenges", "those shared threats": the same general noun after modifiers of its own.
      const modified = here ? 0 : modifiedClassNoun(w, k);
      if (modified && lastThreats.length > 1) {
        for (const entity of lastThreats) out.push(newItem(k, modified, entity));
        continue;
      }
      // "these actions", "such activities": whatever threat was named last.
      const threat = here ?? lastOf.get(`Threat:${lemma}`) ?? (generic ? lastOf.get("Threat:*") : undefined);
      if (threat && (t.lower !== "the" || lemma !== "concern")) out.push(newItem(k, k + 2, threat));
      if (threat || t.lower !== "the") continue;
    }
    // "convened a virtual trilateral defense ministerial meeting": the meeting the statement reports, described.
    // "held trilateral defense ministerial talks": a plural description takes no article.
    // "had a breakfast meeting with …": to have a meeting is to hold it (only before a description of one).
    const described = convened && (CONVENE.has(t.lower) || t.lower === "had") ? indefiniteMeeting(w.tokens, k + 1) ?? barePluralMeeting(w.tokens, k + 1) : undefined;
    if (convened && described && !itemOver(w.items, described - 1, k)) {
      const first = w.tokens[/^(?:a|an)$/.test(w.tokens[k + 1]?.lower ?? "") ? k + 2 : k + 1];
      const last = w.tokens[described - 1];
      if (first && last) convened.forms.add(w.sentence.text.slice(first.start, last.end));
      convened.sentences.add(w.sentence.index);
      out.push(newItem(k + 1, described, convened));
      continue;
    }
    if (t.lower !== "the" && t.lower !== "this") continue;
    // "the last ministerial", "the previous meeting": the meeting the statement reports a predecessor of is the same body.
    // "the 10th Summit between …", "the third Dialogue": a session of the series counted by an ordinal is the series,
    // when no name goes on after the capitalised head ("the third Summit for Democracy" is another).
    if (sessionOfSeries(w, k + 1)) {
      const body = convened ?? lastOf.get("Body");
      if (body && !itemOver(w.items, k + 2, k)) out.push(newItem(k + 1, k + 3, body));
      continue;
    }
    const noun = w.tokens[k + 1];
    const type = noun ? DESCRIPTION_TYPE.get(noun.lower) : undefined;
    if (!noun || !type || w.tokens[k + 2]?.cap || w.tokens[k + 2]?.lower === "of") continue;
    if (itemOver(w.items, k + 1, k)) continue;
    const isMeeting = type === "Body" && /^(?:meeting|dialogue|talks|consultations|session)$/.test(noun.lower);
    const entity = isMeeting ? (convened ?? lastOf.get("Body")) : (lastItemOfType(w.items, k, type)?.entity ?? lastOf.get(type));
    if (entity) out.push(newItem(k, k + 2, entity));
  }
  return out;
}

/** How many lower-case modifiers may stand between "these" and a general noun of threats: "these common security challenges". */
const CLASS_MODIFIERS = 2;

/**
 * "these security challenges", "those shared threats" opening at the demonstrative at `k`: the end of the phrase when
 * lower-case modifiers stand between the demonstrative and a plural "threats" or "challenges", else 0.
 */
function modifiedClassNoun(w: SentenceWork, k: number): number {
  if (!/^(?:these|those)$/.test(w.tokens[k]?.lower ?? "")) return 0;
  for (let j = k + 2; j <= k + 1 + CLASS_MODIFIERS; j++) {
    const modifier = w.tokens[j - 1];
    if (!modifier?.word || modifier.cap) return 0;
    if (/^(?:threats|challenges)$/.test(w.tokens[j]?.lower ?? "")) return j + 1;
  }
  return 0;
}

/**
 * Whether an item starts at or before token `last` and ends after token `first`. A function, not a closure over the
 * loop's token: a closure in definiteDescriptions' loop made a context for every token of every sentence.
 */
function itemOver(items: readonly Item[], last: number, first: number): boolean {
  for (const i of items) if (i.start <= last && first < i.end) return true;
  return false;
}

/** The last item of `type` that ends at or before token `at`. */
function lastItemOfType(items: readonly Item[], at: number, type: string): Item | undefined {
  for (let n = items.length - 1; n >= 0; n--) {
    const i = items[n];
    if (i && i.end <= at && i.entity.type === type) return i;
  }
  return undefined;
}

/** `word.replace(/s$/, "")`, without a regular expression. */
function withoutFinalS(word: string): string {
  return word.endsWith("s") ? word.slice(0, -1) : word;
}

/** Whether `head` without one final "s" is `lemma`: head.replace(/s$/, "") === lemma, without making the string. */
function sameLemma(head: string | undefined, lemma: string): boolean {
  if (head === undefined) return false;
  return head.endsWith("s") ? head.length === lemma.length + 1 && head.startsWith(lemma) : head === lemma;
}

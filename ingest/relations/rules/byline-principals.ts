/**
 * "The Ministers" of a statement whose byline names them: "The Ruritanian and Freedonian Ministers met in Harbour
 * City for the 4th meeting of the X Committee", "At the inaugural X Consultations, Ministers reviewed …", "The
 * defence ministers of the three nations met by video link on 3 May" — each person of the byline takes part in the
 * body (when the verb names none, in the meeting the statement reports).
 */
import { containsAnyAnchor } from "../view/anchor-words.ts";
import type { RelationContext, Emit } from "../view/context.ts";
import { nameStartAfter } from "../phrases/phrases.ts";
import { bodyMetFor } from "./principals.ts";
import { itemAt, wordsOf, type Item, type SentenceView } from "../view/view.ts";

/** Plural offices that stand for the principals. */
const OFFICES = /^(?:ministers|leaders|principals)$/;
const ANCHORS: readonly string[] = ["ministers", "leaders", "principals"];
/** Verbs by which the principals meet. */
const MEETING_VERB = /^(?:met|convened|gathered|held)$/;
/** Verbs after which, with no body named, the meeting is the one the statement reports. */
const MET_ALONE = /^(?:met|convened|gathered)$/;
/** Adverbs between the subject and its verb: "the Ministers today met". */
const ADVERB = /^(?:today|yesterday|also|jointly|virtually)$/;
/** Words of the principals' description before the office: "the Ruritanian and Freedonian defence Ministers". */
const DESCRIBING = /^(?:the|and|two|three|four|five|defen[cs]e|foreign)$/;
/** Words of a phrase after the office: "from the Harbour nations (A, B and C)". */
const AFTER_OFFICE = /^(?:from|of|the|two|three|four|five|and|,|\(|\)|nations|countries|states|partners|governments)$/;
/** The words a noun of meeting may follow a body's name with: "At the SCC meeting, …". */
const MEETING_NOUN = /^(?:meeting|meetings|session|talks|consultations|dialogue)$/;
/** How long the phrase after the office may be ("from the five nations (A, B, C, D and E)"). */
const SUBJECT_WINDOW = 30;
/** Only the opening sentences report the statement's own meeting. */
const OPENING_SENTENCES = 8;
/** How far after the verb a named body makes the verb's own ("met in X on 3 May for the Talks"). */
const BODY_WINDOW = 20;

/** The first token after a paragraph number ("1.", "2 -", "(a)"). */
function afterNumber(view: SentenceView): number {
  let k = 0;
  while (k < 4 && /^(?:\d{1,3}|[().\-–—]|[a-z])$/.test(view.tokens[k]?.text ?? "") && !view.tokens[k]?.cap) k++;
  return k;
}

/** The body named at `at` past an article, ordinals and "meeting of": "the inaugural X", "the 4th meeting of the X". */
function bodyAt(view: SentenceView, at: number, ctx: RelationContext): Item | undefined {
  return itemAt(view, nameStartAfter(view, at, ctx), (i) => i.entity.type === "Body" && !i.threat);
}

/** The body met for: right after the verb, or after a "for" or "at" a little later ("met in A on 3 May for the 4th meeting of the X"). */
function bodyAfterVerb(view: SentenceView, verbEnd: number, ctx: RelationContext): Item | undefined {
  const direct = bodyMetFor(view, verbEnd);
  if (direct) return direct;
  for (let k = verbEnd; k < view.tokens.length && k <= verbEnd + BODY_WINDOW; k++) {
    const lower = view.tokens[k]?.lower;
    if (lower === ";" || lower === ".") return undefined;
    if (lower === "for" || lower === "at") return bodyAt(view, k + 1, ctx);
  }
  return undefined;
}

/** "At the X, Ministers …", "During the X meeting, the Leaders …": the body, when the principals are the subject. */
function bodyBeforeSubject(view: SentenceView, from: number, ctx: RelationContext): { body: Item; office: number } | undefined {
  if (!/^(?:at|during)$/.test(view.tokens[from]?.lower ?? "")) return undefined;
  const body = bodyAt(view, from + 1, ctx);
  if (!body) return undefined;
  let k = body.end;
  if (MEETING_NOUN.test(view.tokens[k]?.lower ?? "")) k++;
  if (view.tokens[k]?.text !== ",") return undefined;
  k++;
  if (view.tokens[k]?.lower === "the") k++;
  return OFFICES.test(view.tokens[k]?.lower ?? "") ? { body, office: k } : undefined;
}

/** "The A and B Ministers (from …) met": the office that opens the clause and the verb after it, or undefined. */
function officeThenVerb(view: SentenceView, from: number): { office: number; verb: number } | undefined {
  let k = from;
  while (k - from < 8 && !OFFICES.test(view.tokens[k]?.lower ?? "")) {
    const item = itemAt(view, k, (i) => i.entity.type === "Actor" && i.entity.kind === "state");
    if (item) k = item.end;
    else if (DESCRIBING.test(view.tokens[k]?.lower ?? "") || view.tokens[k]?.cap) k++;
    else return undefined;
  }
  if (!OFFICES.test(view.tokens[k]?.lower ?? "")) return undefined;
  const office = k++;
  while (k < view.tokens.length && k - office < SUBJECT_WINDOW) {
    const item = itemAt(view, k, (i) => i.entity.type === "Actor");
    if (item) k = item.end;
    else if (AFTER_OFFICE.test(view.tokens[k]?.lower ?? "") || view.tokens[k]?.cap) k++;
    else break;
  }
  while (ADVERB.test(view.tokens[k]?.lower ?? "")) k++;
  return MEETING_VERB.test(view.tokens[k]?.lower ?? "") ? { office, verb: k } : undefined;
}

export function bylinePrincipalClaims(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  if (ctx.principals.length === 0 || !containsAnyAnchor(view, ANCHORS)) return;
  const from = afterNumber(view);
  const before = bodyBeforeSubject(view, from, ctx);
  if (before) {
    for (const p of ctx.principals) emit(p, "PARTICIPATES_IN", before.body.entity, wordsOf(view, from, before.office + 1));
    return;
  }
  const clause = officeThenVerb(view, from);
  if (!clause) return;
  const verbEnd = clause.verb + 1;
  const named = bodyAfterVerb(view, verbEnd, ctx);
  // "met by video link on 3 May": no body named after the verb, so the meeting the statement reports.
  const alone = !named && MET_ALONE.test(view.tokens[clause.verb]?.lower ?? "") && view.sentence.index < OPENING_SENTENCES && !view.items.some((i) => i.entity.type === "Body" && i.start >= verbEnd && i.start <= verbEnd + BODY_WINDOW);
  const target = named?.entity ?? (alone ? ctx.convened : undefined);
  if (!target) return;
  const cue = wordsOf(view, clause.office, named ? named.end : verbEnd);
  for (const p of ctx.principals) emit(p, "PARTICIPATES_IN", target, cue);
}

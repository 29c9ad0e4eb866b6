/**
 * The opening of a summary or readout written by one side: "On 4 May, commencing at 9:00 a.m., Mr. A, Minister of
 * Defense of X, and Ms. B, Minister for Foreign Affairs of X, held the third X-Y Foreign and Defense Ministers'
 * Consultations (“2+2”) with Dr. C, …, and Mr. D, …, via video conference"; "Mr. A, Prime Minister of X, with Ms. B, …,
 * who are all visiting X to participate in the Z Summit, held the W Leaders' Meeting under Yish chairmanship";
 * "A MP and B MP hosted C and D on 6 May in Town for the second Harbour Consultations"; "A and B met in Town today on
 * the margins of the Q Ministers' Meeting". Every principal named before the verb, in a relative clause's list or
 * after "with", takes part in the body; a relative clause's "to participate in" names a second body they attend; a
 * state whose "chairmanship" the meeting is held under leads it.
 */
import { withAnchors } from "../view/anchors.ts";
import type { RelationContext, Emit } from "../view/context.ts";
import type { DocEntity } from "../../entities/entities.ts";
import { isOrdinalOrYear } from "../../entities/heads.ts";
import { principalList } from "./principals.ts";
import { itemAt, wordsOf, type Item, type SentenceView } from "../view/view.ts";

const VERB = /\b(?<!was |were )(?:held|hosted|co-hosted|convened|co-chaired|met|had(?= (?:a|an) ))\b/g;
const ANCHORS: readonly string[] = ["held", "hosted", "convened", "co-chaired", "met", "had"];
/** Only the opening sentences report who met. */
const OPENING_SENTENCES = 8;
/** Words that open a leading phrase of time before the principals: "On 4 May, commencing at 9 a.m. for an hour,". */
const TIME_OPENER = /^(?:on|today|yesterday|this|commencing|starting|from|in|at)$/;
/** How long that phrase may be. */
const TIME_PHRASE = 30;
/** "who are all visiting X to participate in the Z Summit": the principals' other meeting. */
const ATTEND = /^(?:participate|attend|join)$/;
/** Where the body met for may stand after the verb: "for", "at", "on the margins of", "on the sidelines of". */
const MARGINS = /^(?:margins?|sidelines?|fringes?)$/;
const PURPOSE_WINDOW = 30;
const MEETING_MODIFIER = /^(?:the|a|an|in-person|virtual|annual|regular|inaugural)$/;

const isPerson = (i: Item) => i.entity.kind === "person";

/** The first token after a paragraph or bullet marker. */
function afterMarker(view: SentenceView): number {
  let k = 0;
  while (k < 3 && /^(?:\d{1,3}|[().\-–•*])$/.test(view.tokens[k]?.text ?? "")) k++;
  return k;
}

/** Past a leading phrase of time that ends with a comma right before the principals, if there is one. */
function afterTimePhrase(view: SentenceView, from: number): number {
  if (!TIME_OPENER.test(view.tokens[from]?.lower ?? "")) return from;
  const first = view.items.find((i) => i.start >= from && !i.threat && (i.entity.type !== "Actor" || isPerson(i)) && i.entity.type !== "Threat");
  if (!first || !isPerson(first) || first.start - from > TIME_PHRASE) return from;
  // The last comma before the first person, with only capitalised words (honorifics) between.
  let k = first.start - 1;
  while (k > from && view.tokens[k]?.cap && view.tokens[k]?.text !== ",") k--;
  if (view.tokens[k]?.text !== ",") return from;
  // The phrase names no actor or body of its own.
  if (view.items.some((i) => i.start >= from && i.end <= k && !i.threat)) return from;
  return k + 1;
}

interface Principals {
  people: Item[];
  /** Relative clauses inside the list ("who are all visiting …"): [start, end) token ranges. */
  clauses: [number, number][];
}

/** The principals listed from `from` up to `verb`, "with" and relative clauses included; undefined when the span is no list. */
function principalsUpTo(view: SentenceView, from: number, verb: number): Principals | undefined {
  const { people, clauses, end } = principalList(view, from, { until: verb, joinedByWith: true, relativeClauses: true });
  return end >= verb && people.length > 0 ? { people, clauses } : undefined;
}

/** A body whose name starts at `k`, past articles, ordinals and modifiers. */
function bodyAt(view: SentenceView, k: number): Item | undefined {
  // "held a meeting with …": the description of the reported meeting is read as that body from its article on.
  const described = itemAt(view, k, (i) => i.entity.type === "Body" && !i.threat && !i.mention);
  if (described) return described;
  let j = k;
  while (MEETING_MODIFIER.test(view.tokens[j]?.lower ?? "") || isOrdinalOrYear(view.tokens[j]?.text ?? "")) j++;
  // "the second Xland – Yland Foreign Ministers' Consultations": the name may have been read from the second state on.
  const state = itemAt(view, j, (i) => i.entity.kind === "state");
  if (state && /^[–—-]$/.test(view.tokens[state.end]?.text ?? "")) j = state.end + 1;
  return itemAt(view, j, (i) => i.entity.type === "Body" && !i.threat);
}

/** The body met for: right after the verb, or after "for", "at" or "the margins of" a little later. */
function bodyAfter(view: SentenceView, verbEnd: number): Item | undefined {
  const direct = bodyAt(view, verbEnd);
  if (direct) return direct;
  for (let k = verbEnd; k < view.tokens.length && k <= verbEnd + PURPOSE_WINDOW; k++) {
    const lower = view.tokens[k]?.lower ?? "";
    if (lower === ";" || lower === ".") return undefined;
    if (lower === "for" || lower === "at" || (MARGINS.test(lower) && view.tokens[k + 1]?.lower === "of")) {
      const body = bodyAt(view, MARGINS.test(lower) ? k + 2 : k + 1);
      if (body) return body;
    }
  }
  return undefined;
}

/** Past a parenthesis right after a name: "(“2+2”)", "(ANZMIN)". */
function afterParenthesis(view: SentenceView, at: number): number {
  if (view.tokens[at]?.text !== "(") return at;
  for (let k = at + 1; k < view.tokens.length && k <= at + 6; k++) if (view.tokens[k]?.text === ")") return k + 1;
  return at;
}

/** "via videoconference", "by video link", "virtually", "online": how the meeting was held, before "with". */
const MANNER = /^(?:via|by|virtually|online|remotely)$/;
const MANNER_WORDS = 3;

/** Past a short phrase of manner that ends right before "with", if there is one. */
function afterManner(view: SentenceView, at: number): number {
  if (!MANNER.test(view.tokens[at]?.lower ?? "")) return at;
  for (let k = at + 1; k <= at + MANNER_WORDS; k++) if (view.tokens[k]?.lower === "with") return k;
  return at;
}

/** "under Australian chairmanship", "under the chairmanship of Japan": who leads the meeting. */
function chairAfter(view: SentenceView, at: number, ctx: RelationContext): { chair: DocEntity; end: number } | undefined {
  if (view.tokens[at]?.lower !== "under") return undefined;
  const adjective = view.tokens[at + 1];
  if (adjective?.cap && /^(?:chairmanship|chairship|presidency)$/.test(view.tokens[at + 2]?.lower ?? "")) {
    const chair = ctx.stateByWord(adjective.text);
    return chair ? { chair, end: at + 3 } : undefined;
  }
  if (view.tokens[at + 1]?.lower !== "the" || !/^(?:chairmanship|chairship|presidency)$/.test(view.tokens[at + 2]?.lower ?? "") || view.tokens[at + 3]?.lower !== "of") return undefined;
  const item = itemAt(view, at + 4, (i) => i.entity.type === "Actor" && !i.threat);
  return item ? { chair: item.entity, end: item.end } : undefined;
}

/** "… to participate in the Z Summit": the body a relative clause says the principals came to attend. */
function attendedIn(view: SentenceView, [from, to]: [number, number]): Item | undefined {
  for (let k = from; k < to; k++) {
    if (!ATTEND.test(view.tokens[k]?.lower ?? "") || view.tokens[k - 1]?.lower !== "to") continue;
    const at = view.tokens[k + 1]?.lower === "in" ? k + 2 : k + 1;
    const body = bodyAt(view, at);
    if (body && body.end <= to) return body;
  }
  return undefined;
}

export function summaryOpeningClaims(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  if (view.sentence.index >= OPENING_SENTENCES) return;
  for (const cue of withAnchors(view, VERB, ANCHORS)) {
    const start = afterTimePhrase(view, afterMarker(view));
    const hosts = principalsUpTo(view, start, cue.start);
    if (!hosts) continue;
    // "hosted C and D … for": the guests stand between the verb and the body.
    const guests = /hosted$/.test(cue.text) ? principalList(view, cue.end).people : [];
    const body = bodyAfter(view, cue.end);
    if (!body) continue;
    let after = afterManner(view, afterParenthesis(view, body.end));
    const counterparts = view.tokens[after]?.lower === "with" ? principalList(view, after + 1) : undefined;
    if (counterparts) after = counterparts.end;
    // A long stretch between the verb and the body (guests, a place, a date) is left out of the cue.
    const cueText = body.start - cue.end > 6 ? `${cue.text} … ${wordsOf(view, body.start, body.end)}` : wordsOf(view, cue.start, body.end);
    const everyone = [...hosts.people, ...guests, ...(counterparts?.people ?? [])];
    for (const p of everyone) emit(p.entity, "PARTICIPATES_IN", body.entity, cueText);
    for (const clause of hosts.clauses) {
      const other = attendedIn(view, clause);
      if (other) for (const p of hosts.people) emit(p.entity, "PARTICIPATES_IN", other.entity, wordsOf(view, clause[0], other.end));
    }
    const chair = chairAfter(view, afterParenthesis(view, body.end), ctx) ?? chairAfter(view, after, ctx);
    if (chair) emit(chair.chair, "LEADS", body.entity, wordsOf(view, body.start, chair.end));
  }
}

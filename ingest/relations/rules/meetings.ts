/**
 * Who took part in a meeting, as real statements write it: its conveners listed with their offices after a passive
 * ("The inaugural meeting was convened by Dr. A, Advisor of …; Dr. B, …; and Ms. C, …"), those who joined it
 * ("Joining the Chairman were A; B; and C"; "The X delegation included A and B"), and a body created by a decision of named people ("the decision by
 * President A and President B to establish the Harbour Group"), and a journey for a meeting ("X's visit to Seoul for
 * the Harbour Summit"). The meeting named in lower case after the verb that
 * convenes it is a mention: entities/lower-meetings.ts.
 */
import { withAnchors } from "../view/anchors.ts";
import type { RelationContext, Emit } from "../view/context.ts";
import { nameStartAfter } from "../phrases/phrases.ts";
import { JOINING } from "../../entities/references.ts";
import { actorList, literalSubject } from "../subjects/subjects.ts";
import { principalList } from "./principals.ts";
import { itemEndingAt, lastItemBefore, wordsOf, type Item, type SentenceView } from "../view/view.ts";

/** "was convened by", "were co-chaired by": a passive whose agents are the meeting's conveners. */
const CONVENED_BY = /\b(?:was|were) (?:jointly )?(?:convened|co-convened|chaired|co-chaired|hosted|co-hosted|presided over) by\b/g;
/** "the historic decision by A and B to establish the X". */
const DECISION_BY = /\b(?:decision|agreement|commitment|pledge|initiative|statement) by\b/g;
const TO_ESTABLISH = /^to (?:establish|create|launch|set up|stand up|form|reactivate|revitalize|institutionalize)\b/;
/** "the Harbour Council meeting, attended by A, B and C", "The session was attended by …": those listed took part. */
const ATTENDED_BY = /\battended by\b/g;
/** Lower-case words of an office written before a name ("Minister of Ruritania, Mr."), and list separators. */
const OFFICE_OR_SEPARATOR = /^(?:,|and|the|of|for|\.|['’]s)$/;

/** "X's visit to Seoul for …", "X visited Seoul … for …": a journey whose purpose a "for" names. */
const VISIT = /\b(?:visit|visited|trip|travelled|traveled) (?:to )?/g;
/** How far after the journey the meeting it was for may stand ("visit to Seoul (May 29) for the Summit"). */
const VISIT_WINDOW = 10;
/** Words between "for" and the meeting's name: articles, ordinals, years. */
const BODY_PREFIX = /^(?:the|a|an|\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|inaugural|annual|(?:19|20)\d\d)$/;

const isPerson = (i: Item) => i.entity.kind === "person";

/**
 * The people listed from `from`, each maybe followed by an appositive office ("Dr. A, Advisor of the ROK; Dr. B, …;
 * and Ms. C, …"): a person counts when it opens the list or follows a list separator.
 */
function listedPeople(view: SentenceView, from: number): Item[] {
  const out: Item[] = [];
  for (const item of view.items) {
    if (item.start < from || !isPerson(item)) continue;
    let k = item.start - 1;
    // "; and Commander, U.S. Forces Japan, Lt. Gen. X": what is left of a title before the name.
    while (k >= from && item.start - k <= 4 && (view.tokens[k]?.text === "." || /^\p{Lu}[\p{L}]*$/u.test(view.tokens[k]?.text ?? ""))) k--;
    if (view.tokens[k]?.lower === "the") k--;
    const before = view.tokens[k];
    // "…, as well as Ms C, …": a list's last name after "as well as".
    const asWellAs = before?.lower === "as" && view.tokens[k - 1]?.lower === "well" && view.tokens[k - 2]?.lower === "as";
    if (k < from || before?.text === ";" || before?.lower === "and" || before?.text === "," || asWellAs) out.push(item);
  }
  return out;
}

/** "observers from", "representatives from": people named by the states that sent them. */
const SENT_FROM = /^(?:observers|representatives|delegations|delegates|officials) from\b/;

/** Participles of taking part: "and attended by", "and joined by". */
const ATTENDANCE_PARTICIPLE = /^(?:attended|joined)$/;

/**
 * ", and attended by …", "and co-chaired by …": after the agents of a passive from token `from`, a second participle
 * with "by" that shares the passive's subject; its agents are not the first one's.
 */
function coordinatedPassive(view: SentenceView, from: number): { start: number; end: number; participle: string } | undefined {
  for (let k = from; k + 2 < view.tokens.length; k++) {
    const t = view.tokens[k];
    if (t?.text === ";") return undefined;
    if (t?.lower !== "and") continue;
    const participle = view.tokens[k + 1]?.lower ?? "";
    if (/^[a-z-]+ed$/.test(participle) && view.tokens[k + 2]?.lower === "by") return { start: view.tokens[k - 1]?.text === "," ? k - 1 : k, end: k + 3, participle };
  }
  return undefined;
}

/** Anchor words: a sentence without any of them is not searched. */
const BY = [" by"];
const JOINING_ANCHORS = ["joining", "joined by", "attending"];
/** "The Ruritanian delegation included A, office, and B", "The Freedonian side was comprised of C": its members took part. */
const DELEGATION_INCLUDED = /\b(?:delegation|side) (?:included|includes|comprised|was comprised of|consisted of|was composed of)\b/g;
const DELEGATION_ANCHORS = ["delegation ", "side "];
const ATTENDED_ANCHORS = ["attended by"];

/**
 * "A met Foreign Minister of Ruritania, Mr. B, and Defence Minister C …": the people the verb at `end` takes as its
 * object, each maybe after its office, up to the first word that is neither a name, an office nor a separator.
 */
export function peopleMet(view: SentenceView, end: number): Item[] {
  const out: Item[] = [];
  let k = view.tokens[end]?.lower === "with" ? end + 1 : end;
  while (k < view.tokens.length) {
    const item = view.items.find((i) => i.start === k);
    if (item && isPerson(item)) {
      out.push(item);
      k = item.end;
      continue;
    }
    // A state in an office ("Minister of Ruritania") belongs to the office; any other name ends the list.
    if (item && item.entity.kind !== "state") break;
    if (item) {
      k = item.end;
      continue;
    }
    const t = view.tokens[k];
    if (!t || !(t.cap || OFFICE_OR_SEPARATOR.test(t.lower))) break;
    k++;
  }
  return out;
}

/** The body a "for" within the window after token `from` names: "… (May 29) for the 2026 Harbour Summit". */
function bodyFor(view: SentenceView, from: number): Item | undefined {
  for (let k = from; k < view.tokens.length && k <= from + VISIT_WINDOW; k++) {
    const t = view.tokens[k];
    if (t?.text === "," || t?.text === ";" || t?.lower === "and") return undefined;
    if (t?.lower !== "for") continue;
    let at = k + 1;
    while (BODY_PREFIX.test(view.tokens[at]?.lower ?? "")) at++;
    return view.items.find((i) => i.start === at && i.entity.type === "Body");
  }
  return undefined;
}

export function meetingClaims(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  // "Deputy Prime Minister X's visit to Seoul (May 29) for the Harbour Summit", "X visited Seoul for the Summit".
  for (const cue of withAnchors(view, VISIT, ["visit", "trip", "travel"])) {
    const body = bodyFor(view, cue.end);
    if (!body) continue;
    const mark = view.tokens[cue.start - 1]?.text ?? "";
    const possessor = /^['’]s?$/.test(mark) ? itemEndingAt(view, cue.start - 1, isPerson) : undefined;
    // The noun needs its possessor; the verb has the people of its subject.
    const verb = /^(?:visited|travelled|traveled)$/.test(view.tokens[cue.start]?.lower ?? "");
    const travellers = possessor ? [possessor.entity] : verb ? literalSubject(view, cue.start).filter((e) => e.kind === "person") : [];
    for (const p of travellers) emit(p, "PARTICIPATES_IN", body.entity, wordsOf(view, cue.start, body.end));
  }
  for (const cue of withAnchors(view, CONVENED_BY, BY)) {
    // "The inaugural NCG meeting was convened by …": the body named before the verb, else the meeting reported.
    const body = lastItemBefore(view, cue.start, (i) => i.entity.type === "Body");
    const described = /\b(?:meeting|session|dialogue)$/.test(wordsOf(view, 0, cue.start).toLowerCase());
    const target = body && cue.start - body.end <= 3 ? body.entity : described ? ctx.convened : undefined;
    if (!target) continue;
    // "was hosted by A, and attended by B and C": the second participle of the subject opens a list of its own.
    const second = coordinatedPassive(view, cue.end);
    const people = listedPeople(view, cue.end).filter((p) => !second || p.start < second.start);
    for (const p of people) emit(p.entity, "LEADS", target, cue.text);
    if (second && ATTENDANCE_PARTICIPLE.test(second.participle)) for (const p of listedPeople(view, second.end)) emit(p.entity, "PARTICIPATES_IN", target, wordsOf(view, second.start, second.end));
  }
  for (const cue of withAnchors(view, JOINING, JOINING_ANCHORS)) {
    if (!ctx.convened) continue;
    for (const p of listedPeople(view, cue.end)) emit(p.entity, "PARTICIPATES_IN", ctx.convened, cue.text);
    // "They were joined by observers from A, B and C": the states the observers came from take part.
    const sent = SENT_FROM.exec(wordsOf(view, cue.end, cue.end + 3).toLowerCase());
    if (sent) for (const a of actorList(view, cue.end + 2)) if (a.entity.kind === "state") emit(a.entity, "PARTICIPATES_IN", ctx.convened, `${cue.text} ${sent[0]}`);
  }
  for (const cue of withAnchors(view, DELEGATION_INCLUDED, DELEGATION_ANCHORS)) {
    if (!ctx.convened) continue;
    for (const p of principalList(view, cue.end).people) emit(p.entity, "PARTICIPATES_IN", ctx.convened, cue.text);
  }
  for (const cue of withAnchors(view, ATTENDED_BY, ATTENDED_ANCHORS)) {
    // "the May 1 Harbour Council meeting, attended by …": the body named right before, else the meeting reported.
    const body = lastItemBefore(view, cue.start, (i) => i.entity.type === "Body");
    const between = body ? view.tokens.slice(body.end, cue.start).map((t) => t.lower).join(" ") : "";
    const target = body && /^(?:(?:meeting|session|talks|consultations) )?,? ?(?:(?:was|were) )?$/.test(between) ? body.entity : /\b(?:meeting|session|talks)(?: ,)?(?: (?:was|were))?$/.test(wordsOf(view, 0, cue.start).toLowerCase()) ? ctx.convened : undefined;
    if (!target) continue;
    for (const p of listedPeople(view, cue.end)) emit(p.entity, "PARTICIPATES_IN", target, cue.text);
  }
  for (const cue of withAnchors(view, DECISION_BY, BY)) {
    const to = view.tokens.findIndex((t, k) => k > cue.end && t.lower === "to");
    const people = listedPeople(view, cue.end).filter((p) => to > 0 && p.end <= to);
    const last = people[people.length - 1];
    if (!last || last.end !== to) continue;
    const after = view.tokens.slice(last.end, last.end + 3).map((t) => t.lower).join(" ");
    if (!TO_ESTABLISH.test(after)) continue;
    const at = nameStartAfter(view, last.end + 2, ctx);
    const made = view.items.find((i) => i.start >= last.end + 2 && i.start <= at + 1 && (i.entity.type === "Body" || i.entity.type === "Agreement"));
    if (made) for (const p of people) emit(p.entity, "ESTABLISHES", made.entity, `${cue.text} … ${after.split(" ").slice(0, 2).join(" ")}`);
  }
}

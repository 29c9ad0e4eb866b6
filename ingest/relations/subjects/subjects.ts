/** Subjects of clauses: the parties ("both sides", "the three Ministers"), the actors before a verb, actor lists. */
import { isActor, type RelationContext } from "../view/context.ts";
import { frontedSubject } from "./fronted.ts";
import { statesOfOffices } from "./office-adjectives.ts";
import { appositiveMembers, isStatesGrouping } from "./appositive-members.ts";
import type { DocEntity } from "../../entities/entities.ts";
import { AGENTLESS_CLAUSE, MEETING_SUBJECT, PARTY_EXPRESSION, PLURAL_ACRONYM, SIDE } from "../../entities/references.ts";
import { itemAt, itemEndingAt, itemsIn, type SentenceView } from "../view/view.ts";
import type { Token } from "../../text/tokens.ts";

export { PARTY_EXPRESSION } from "../../entities/references.ts";
export { actorList, actorListBackward } from "./actor-lists.ts";
export { statesOfOffices } from "./office-adjectives.ts";

const ADVERBIAL_START = /^(?:(?:and|but) )?(?:today|at present|currently|in addition|in particular|furthermore|moreover|additionally|also|to this end|in that vein|as such|finally|further|likewise|similarly|meanwhile|on the occasion of [^,]*|based on [^,]*|in this regard|in this context|in doing so|at the same time|following [^,]*|during [^,]*|with [^,]*|as part of [^,]*|recognizing [^,]*|noting [^,]*)\s*,\s*/;

/** "Turning to the Korean Peninsula, …", "Regarding the DPRK, …", "Over the next year, …": a leading phrase before the subject. */
const LEADING_WORDS = "(?:[a-z]+ing|[a-z]+ed by|in|on|at|with|as|as for|as to|as [a-z]+ed|for|regarding|following|during|after|before|since|given|beyond|within|amid|against|over|throughout|until|by) [^,]{0,80},\\s*";
const LEADING_PHRASE = new RegExp(`^${LEADING_WORDS}(?=(?:both|the|they|we|our|ministers|leaders)\\b)`);
/** "At this meeting, Japan and the ROK condemned …": the same phrase before a subject that names an actor (checked on the items). */
const LEADING_PHRASE_ANY = new RegExp(`^${LEADING_WORDS}`);

/** "5.", "3-", "(a)", "iv." opening a numbered paragraph; "-", "•" opening a bulleted one. */
const LIST_MARKER = /^(?:\d{1,3} [.-]|\( ?\w{1,4} ?\)|[ivx]{1,5} \.|[-–—•·*] )\s*/;

/** What may stand between ";" and a verb that shares the subject before it: "; and also oppose". */
const SHARED_SUBJECT = /^(?:and|but|also|further)$/;

/** "with both sides reiterating", "with the two countries agreeing": the parties as the subject of an absolute clause. */
const ABSOLUTE_PARTIES = /\bwith (?:both (?:sides|countries|nations|governments|ministers)|the (?:two|three|four) (?:sides|countries|nations|governments|ministers|leaders|delegations)) [a-z]+ing\b/;

const ADVERBIAL_WORDS = new Set(["in", "addition", "particular", "furthermore", "moreover", "additionally", "also", "finally", "further", "likewise", "similarly", "meanwhile"]);

const SUBJECT_FILLER = new Set(["and", "the", "of", "also", "both", "two", "three", "side", "sides", "delegation", "delegations", "'s", "’s", ",", "a", "an", "as", "well", "together", "jointly", "further", "each", "key", "senior", "respective"]);

const PREPOSITION = /^(?:with|by|to|from|of|for|on|at|in|after|before|following|alongside)$/;

/** The people listed right before token `at`, each maybe after its state ("ROK Vice Minister X and U.S. Under Secretary Y"). */
export function peopleBefore(view: SentenceView, at: number): DocEntity[] {
  const out: DocEntity[] = [];
  let k = at;
  for (;;) {
    const person = view.items.find((i) => i.end === k && i.entity.kind === "person");
    if (!person) break;
    // "Following talks with Minister A, B and C led …": a person governed by a preposition is no subject.
    if (out.length > 0 && PREPOSITION.test(view.tokens[person.start - 1]?.lower ?? "")) break;
    out.unshift(person.entity);
    k = person.start;
    if (view.items.some((i) => i.end === k && i.entity.kind === "state")) k = view.items.find((i) => i.end === k && i.entity.kind === "state")?.start ?? k;
    if (view.tokens[k - 1]?.lower === "the") k--;
    if (view.tokens[k - 1]?.lower === "and" && view.tokens[k - 2]?.text === ",") k -= 2;
    else if (view.tokens[k - 1]?.lower === "and" || view.tokens[k - 1]?.text === ",") k--;
    else break;
  }
  return out;
}

/** Nouns for the parts of a government that act for it: "the foreign affairs and defense agencies of …". */
const ORGANS = /^(?:agencies|authorities|ministries|departments|officials|governments|representatives|delegations|militaries|forces|leaders|ministers|teams|staffs)$/;

/**
 * "the trade and defense ministries of Norway and Chile held …", "the national security
 * authorities of the two countries launched …": a subject that names the states through their organs.
 */
export function organsSubject(view: SentenceView, at: number, ctx: RelationContext): DocEntity[] {
  let k = at;
  const states: DocEntity[] = [];
  const tail = view.tokens.slice(Math.max(0, at - 3), at).map((t) => t.lower).join(" ");
  if (/(?:^|\s)(?:the (?:two|three|four) (?:countries|nations|governments)|both (?:countries|nations|governments))$/.test(tail)) k = at - (tail.startsWith("both") || tail.split(" ").length === 2 ? 2 : 3);
  else {
    for (;;) {
      const item = view.items.find((i) => i.end === k && i.entity.kind === "state");
      if (!item) break;
      states.unshift(item.entity);
      k = item.start;
      if (view.tokens[k - 1]?.lower === "the") k--;
      if (view.tokens[k - 1]?.lower === "and" || view.tokens[k - 1]?.text === ",") k--;
      else break;
    }
    if (states.length < 2) return [];
  }
  if (view.tokens[k - 1]?.lower !== "of" || !ORGANS.test(view.tokens[k - 2]?.lower ?? "")) return [];
  return states.length ? [...new Set(states)] : ctx.parties;
}

/**
 * "The members of the Harbour Council (HC) stressed …", "The HC members agreed …": the clause from `start` (before
 * token `at`) opens with the members of a forum, who are the statement's parties.
 */
function forumMembers(view: SentenceView, start: number, at: number): boolean {
  let k = view.tokens[start]?.lower === "the" ? start + 1 : start;
  const of = view.tokens[k]?.lower === "members" && view.tokens[k + 1]?.lower === "of";
  if (of) k += view.tokens[k + 2]?.lower === "the" ? 3 : 2;
  const body = itemAt(view, k, (i) => i.entity.type === "Body");
  if (!body) return false;
  let end = body.end;
  // "the Harbour Council (HC)": an acronym in brackets after the name.
  if (view.tokens[end]?.text === "(" && view.tokens[end + 2]?.text === ")") end += 3;
  return of ? end <= at : view.tokens[end]?.lower === "members" && end < at;
}

/** The start of the clause holding token `at` (clause starts are found once per sentence). */
export function clauseStart(view: SentenceView, at: number): number {
  let starts = view.memo.get("clauses");
  if (!starts) {
    starts = clauseStarts(view);
    view.memo.set("clauses", starts);
  }
  let start = 0;
  for (const s of starts) {
    if (s > at) break;
    start = s;
  }
  return start;
}

/**
 * Whether a word that may be a verb stands in tokens [from, to): a lower-case word outside the names, neither a filler
 * of a subject nor a connector inside an office written in capitals ("Minister for Defence", "Secretary for Trade").
 */
function verbBetween(view: SentenceView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const x = view.tokens[k];
    if (!x || !/^[a-z]/.test(x.text) || SUBJECT_FILLER.has(x.lower) || view.items.some((it) => it.start <= k && k < it.end)) continue;
    if (OFFICE_CONNECTOR.test(x.lower) && view.tokens[k - 1]?.cap && view.tokens[k + 1]?.cap) continue;
    return true;
  }
  return false;
}

/** Lower-case words that join the capitalised words of an office: "Minister for Defence", "Secretary of State". */
const OFFICE_CONNECTOR = /^(?:for|of|and)$/;

function clauseStarts(view: SentenceView): number[] {
  const out = [0];
  for (let i = 0; i < view.tokens.length; i++) {
    const t = view.tokens[i];
    if (t?.text === ";") out.push(i + 1);
    // ", and the ROK side urged …": a new subject after ", and".
    if (t?.text === "," && view.tokens[i + 1]?.lower === "and") {
      const rest = view.tokens.slice(i + 2, i + 6).map((x) => x.lower).join(" ");
      // ", and Japan urged …" opens a clause; ", and Japan in September" does not.
      const actorNext = view.items.some(
        (item) =>
          item.entity.type === "Actor" &&
          (item.start === i + 2 || (item.start === i + 3 && view.tokens[i + 2]?.lower === "the")) &&
          /^(?:also |further )?[a-z]+ed$/.test(`${view.tokens[item.end]?.lower ?? ""}`),
      );
      // "A, B, C, and D convened …": still the subject list when no verb stands between the clause start and here.
      const from = out[out.length - 1] ?? 0;
      const verbBefore = verbBetween(view, from, i);
      if (verbBefore && (SIDE.test(rest) || PARTY_EXPRESSION.test(rest) || actorNext)) out.push(i + 2);
    }
    // "… will protect Peru against any aggression and both premiers stay committed …": the parties counted after a
    // bare "and" open a clause of their own once a verb has stood before.
    if (t?.lower === "and" && view.tokens[i - 1]?.text !== "," && mayCountParties(view.tokens[i + 1]) && COUNTED_PARTIES.test(view.tokens.slice(i + 1, i + 3).map((x) => x.lower).join(" "))) {
      const rest = view.tokens.slice(i + 1, i + 5).map((x) => x.lower).join(" ");
      const from = out[out.length - 1] ?? 0;
      const verbBefore = verbBetween(view, from, i);
      if (verbBefore && PARTY_EXPRESSION.test(rest)) out.push(i + 1);
    }
  }
  return out;
}

/** Words that open an expression counting the parties: "both …", "all three …", "the two …". */
const COUNTED_PARTIES = /^(?:both|all|the (?:two|three|four))\b/;

/** Whether COUNTED_PARTIES may match from this word on (most words after "and" open no such phrase: no join made for them). */
function mayCountParties(t: Token | undefined): boolean {
  return t !== undefined && (t.lower === "the" || t.lower.startsWith("both") || t.lower.startsWith("all"));
}

/** The actors a clause's subject names, as written ("MND and DoD held …"). */
export function literalSubject(view: SentenceView, at: number): DocEntity[] {
  // "… met Minister Y, who came to attend the Summit": inside a relative clause, its antecedent.
  const antecedent = relativeAntecedent(view, at);
  if (antecedent) return [antecedent];
  const start = clauseStart(view, at);
  const actors = itemsIn(view, start, at, isActor).filter((i) => !i.threat).map((i) => i.entity);
  // "the Chairman of the U.S. Joint Chiefs of Staff, General X, and …": the people are the subject.
  const people = actors.filter((e) => e.kind === "person");
  return [...new Set(people.length ? people : actors)];
}

/** The subject of the clause around token `at`: the parties for "both sides"/"they", else the actors before the verb. */
export function subjectOf(view: SentenceView, at: number, ctx: RelationContext): DocEntity[] {
  const start = clauseStart(view, at);
  // "We support A; and oppose B", "The Ministers reaffirmed …; opposed …; and pledged to …": a clause after ";" that opens
  // with its verb has the subject of the clause before it, and so does an adjunct the list goes on with ("…; as partners working with …").
  if (sharesSubject(view, start, at) || continuesList(view, start, at)) return subjectOf(view, start - 1, ctx);
  const clause = view.tokens.slice(start, at).map((t) => t.lower).join(" ");
  let trimmed = clause.replace(LIST_MARKER, "").replace(ADVERBIAL_START, "").replace(LEADING_PHRASE, "");
  const named = trimmed.replace(LEADING_PHRASE_ANY, "");
  if (named !== trimmed && namesActorAt(view, tokenAtOffset(view, start, at, clause.length - named.length))) trimmed = named;
  const offset = clause.length - trimmed.length;
  // "The talks covered …, with both sides reiterating their commitment to …": the parties of an absolute clause.
  if (ABSOLUTE_PARTIES.test(clause)) return ctx.parties;
  if (PARTY_EXPRESSION.test(trimmed)) return ctx.parties;
  // "It was agreed that …", "… was assessed", "… were condemned by both sides": in a joint statement an agentless passive is the parties speaking.
  if (AGENTLESS_CLAUSE.test(trimmed)) return ctx.parties;
  // "The CHODs", "the SecDefs": a plural acronym for the principals.
  const afterMarker = view.tokens.slice(start, at).findIndex((t) => t.word && !/^\d+$/.test(t.text) && !ADVERBIAL_WORDS.has(t.lower));
  const head = view.tokens[start + afterMarker];
  const next = view.tokens[start + afterMarker + 1];
  if (head?.lower === "the" && next && PLURAL_ACRONYM.test(next.text)) return ctx.parties;
  // The first token after the leading phrase.
  let k = tokenAtOffset(view, start, at, offset);
  // "Australian and Indonesian Foreign and Defence Ministers met …": the states of the offices.
  const owners = statesOfOffices(view, k, at, ctx);
  if (owners.length) return owners;
  if (forumMembers(view, k, at)) return ctx.parties;
  const sideMatch = trimmed.match(SIDE);
  if (sideMatch?.[1]) {
    const state = ctx.stateByWord(sideMatch[1]);
    if (state) return [state];
  }
  // Actors standing before the first verb of the clause.
  while (k < at && /^(?:\d{1,3}|\.|\(|\))$/.test(view.tokens[k]?.text ?? "")) k++;
  // "Guided by the Treaty, Ministers met …": a cue in a phrase that opens the sentence has the main clause's subject.
  if (start === 0 && trimmed.replace(/^[\d .()]*$/, "") === "") return frontedSubject(view, at, ctx);
  k = afterDateline(view, k, at);
  const subjects: DocEntity[] = [];
  for (; k < at; k++) {
    const item = itemAt(view, k);
    if (item) {
      if (item.entity.type !== "Actor") break;
      // "The Foreign Ministers of the Harbour Eight – A, B, … and H – condemn …": a grouping with its member states in an
      // appositive names those states.
      const listed = isStatesGrouping(item.entity) ? appositiveMembers(view, item.end) : undefined;
      if (listed && listed.end <= at) {
        subjects.push(...listed.members);
        k = listed.end - 1;
        continue;
      }
      subjects.push(item.entity.kind === "person" ? (ctx.stateOf(item.entity) ?? stateWrittenAfter(view, item.end) ?? item.entity) : item.entity);
      k = item.end - 1;
      continue;
    }
    const t = view.tokens[k];
    if (t && (SUBJECT_FILLER.has(t.lower) || t.cap)) continue;
    break;
  }
  // "Demonstrating their resolve to widen this lively, forward-looking partnership, the two premiers announced …": an opening
  // phrase with commas of its own, then the parties named right before the verb.
  if (subjects.length === 0) {
    const comma = view.tokens.slice(start, at).map((t) => t.text).lastIndexOf(",");
    if (comma >= 0 && PARTY_EXPRESSION.test(view.tokens.slice(start + comma + 1, at).map((t) => t.lower).join(" "))) return ctx.parties;
  }
  // "- Coordinate efforts to …" after "A and B intend to:": a bulleted item without a subject of its own has the lead-in's.
  if (subjects.length === 0 && start === 0 && ctx.leadIn && BULLET.test(clause)) return ctx.leadIn;
  return [...new Set(subjects)];
}

/** An upper-case participle ("REAFFIRMING", "NOTING") before a lower-case word; not an upper-case noun in "ing" ("MEETING of"). */
const PREAMBLE_PARTICIPLE = /^[A-Z]{3,}ING$/;
const ING_NOUNS = new Set(["MEETING", "BRIEFING", "BUILDING", "TRAINING", "WORKING", "FUNDING", "SHIPPING", "BEIJING", "SPRING", "KING"]);

/**
 * Whether the sentence opens with a preambular participle: "REEMPHASISING the principles …". A declaration's
 * preambular paragraph speaks as the "we" of the declaration.
 */
export function preambleParticiple(view: SentenceView): boolean {
  const first = view.tokens[0]?.text ?? "";
  return PREAMBLE_PARTICIPLE.test(first) && !ING_NOUNS.has(first) && /^[a-z]/.test(view.tokens[1]?.text ?? "");
}

/** A bullet opening an item of a list. */
const BULLET = /^[-–—•·*] /;

/** The actor a ", who …" clause holding token `at` refers back to (no comma closes the relative clause before `at`). */
function relativeAntecedent(view: SentenceView, at: number): DocEntity | undefined {
  const start = clauseStart(view, at);
  for (let k = at - 1; k > start; k--) {
    const t = view.tokens[k];
    if (t?.lower === "who" && view.tokens[k - 1]?.text === ",") {
      const named = itemEndingAt(view, k - 1, isActor);
      // "Secretary X of the United States, who …": the person the state qualifies.
      let j = named?.start ?? 0;
      if (view.tokens[j - 1]?.lower === "the") j--;
      const person = view.tokens[j - 1]?.lower === "of" ? itemEndingAt(view, j - 1, (i) => i.entity.kind === "person") : undefined;
      return (person ?? named)?.entity;
    }
    if (t?.text === "," || t?.text === ";") return undefined;
  }
  return undefined;
}

/** The token that starts `offset` characters into the lower-cased words of tokens [start, at). */
function tokenAtOffset(view: SentenceView, start: number, at: number, offset: number): number {
  let k = start;
  let chars = 0;
  while (k < at && chars < offset) chars += (view.tokens[k++]?.lower.length ?? 0) + 1;
  return k;
}

/** Whether an actor's name (or "the" and one) starts at token `k`. */
function namesActorAt(view: SentenceView, k: number): boolean {
  return itemAt(view, k, isActor) !== undefined || (view.tokens[k]?.lower === "the" && itemAt(view, k + 1, isActor) !== undefined);
}

/** A past-tense verb opening a clause: "opposed", "and pledged". */
const PAST_VERB = /^(?:[a-z]+ed|met|held|made|took|gave|saw|sought|underwent|reiterated)$/;

/**
 * Whether the clause starting at `start` follows a semicolon and opens with a verb, so has no subject of its own: the cue
 * at `at` is that verb ("; and also oppose"), or a past-tense verb opens the clause ("; pledged to uphold …").
 */
function sharesSubject(view: SentenceView, start: number, at: number): boolean {
  if (start === 0 || view.tokens[start - 1]?.text !== ";") return false;
  let first = start;
  while (first < at && SHARED_SUBJECT.test(view.tokens[first]?.lower ?? "")) first++;
  if (first === at) return true;
  const word = view.tokens[first];
  return word !== undefined && !word.cap && PAST_VERB.test(word.lower) && !view.items.some((i) => i.start <= first && first < i.end);
}

/** "President A of the Republic of X": the state written right after a person's name, whose person speaks for it. */
function stateWrittenAfter(view: SentenceView, end: number): DocEntity | undefined {
  if (view.tokens[end]?.lower !== "of") return undefined;
  const at = view.tokens[end + 1]?.lower === "the" ? end + 2 : end + 1;
  return itemAt(view, at, (i) => i.entity.kind === "state")?.entity;
}

/** "as partners", "and with": an adjunct opening a semicolon's clause, with no subject of its own before token `at`. */
function continuesList(view: SentenceView, start: number, at: number): boolean {
  if (start === 0 || view.tokens[start - 1]?.text !== ";") return false;
  const first = view.tokens[start]?.lower === "and" ? start + 1 : start;
  if (!/^(?:as|with)$/.test(view.tokens[first]?.lower ?? "")) return false;
  for (let k = first; k < at; k++) if (view.tokens[k]?.text === "," || view.items.some((i) => i.start === k && i.entity.type === "Actor")) return false;
  return true;
}

/** Whether the clause holding token `at` opens with the meeting the statement reports ("The session … featured …"). */
export function meetingIsSubject(view: SentenceView, at: number): boolean {
  const start = clauseStart(view, at);
  return MEETING_SUBJECT.test(view.tokens.slice(start, Math.min(at, start + 7)).map((t) => t.lower).join(" "));
}

/** "OTTAWA, Ontario – The Kingdom of Norland …": the place a dateline names, up to its dash, is no subject. */
function afterDateline(view: SentenceView, from: number, at: number): number {
  for (let k = from; k < at && k < from + 8; k++) {
    const t = view.tokens[k];
    if (/^[–—-]$/.test(t?.text ?? "")) return k > from ? k + 1 : from;
    if (!(t?.cap || t?.text === "," || t?.lower === "of")) return from;
  }
  return from;
}

/** How far the comma closing an opening phrase may stand from its cue. */
const OPENING_PHRASE_WINDOW = 25;

/**
 * "Guided by the principles of the Harbour Treaty, Ministers met …": a cue inside a phrase that opens the sentence
 * has the main clause's subject. Returns it, or nothing when the cue is not in such a phrase.
 */
export function openingPhraseSubject(view: SentenceView, cueStart: number, ctx: RelationContext): DocEntity[] {
  for (let k = 0; k < cueStart; k++) if (!/^(?:\d{1,3}|\.|\(|\)|[a-z]\)?)$/.test(view.tokens[k]?.text ?? "")) return [];
  const comma = view.tokens.findIndex((t, k) => k > cueStart && k <= cueStart + OPENING_PHRASE_WINDOW && t.text === ",");
  if (comma < 0) return [];
  let verb = comma + 1;
  while (verb < view.tokens.length && verb <= comma + 8 && (view.tokens[verb]?.cap || SUBJECT_FILLER.has(view.tokens[verb]?.lower ?? "") || /^(?:ministers|leaders|officials|secretaries|principals|countries|governments|we|they)$/.test(view.tokens[verb]?.lower ?? ""))) verb++;
  return verb > comma + 1 && view.tokens[verb]?.word ? subjectOf(view, verb, ctx) : [];
}

/**
 * Cooperation and participation stated through partners and forums rather than through a verb on a name:
 * "work with partners, including A, B and C", "together with A and other partners", "support for ASEAN
 * centrality", "through mechanisms like the Quad", "including through A and B", "as part of the coalition",
 * the parties' own "trilateral security cooperation" or "the A-B partnership".
 */
import type { RelationContext, Emit } from "../view/context.ts";
import { withAnchors } from "../view/anchors.ts";
import type { DocEntity } from "../../entities/entities.ts";
import { cooperationTies, othersCooperation, partiesOwnTies } from "../phrases/phrases.ts";
import { peopleMet } from "./meetings.ts";
import { PARTY_EXPRESSION, clauseStart, meetingIsSubject } from "../subjects/subjects.ts";
import { itemAt, itemEndingAt, wordsOf, type Item, type SentenceView } from "../view/view.ts";

/** "work with", "working closely together with", "together with", "collaborating through and with". */
const WORK_WITH = /\b(?:work|works|working|worked|cooperate|cooperating|collaborate|collaborating|partner|partnering|engage|engaging|coordinate|coordinating|together)(?: [a-z]+ly)?(?: together)?(?: (?:through|in) and)? with (?:(?:other|like-minded|regional|key|our|their|international|trusted) )*(?:(?:partners|allies|countries|nations|states)(?: ,)? (?:including|such as|like|notably|especially|in particular)(?: with)? )?/g;
/** "support for ASEAN centrality and unity". */
const CENTRALITY = /\b(?:centrality|unity|leadership|central role)\b/g;
/** ", whose centrality we", ", whose unity they": a relative clause of support for the name before it, said by its subject. */
const WHOSE_CENTRALITY = /\bwhose (?:centrality|unity|leadership|central role)\b/g;
/** "through mechanisms like", "to strong regional organisations, especially", "in regional fora, including at". */
const FORUMS_LIKE = /\b(?:through|via|with|to|in|within|under)(?: and (?:with|through))? (?:[a-z][\w-]* ){0,3}(?:mechanisms|organisations|organizations|architecture|institutions|forums|fora|frameworks|bodies|groupings|formats|platforms)(?: ,)? (?:such as|like|especially|including|notably|in particular)(?: (?:at|in|through|within))?\b/g;
/** "including through the A, the B and …", "including under the Quad framework". */
const INCLUDING_THROUGH = /\b(?:including|notably|especially|such as) (?:through|via|in|under)\b/g;
/** "through the United Nations": a channel of the subject's work. */
const THROUGH_ORGANISATION = /\bthrough (?:the )?/g;
/** The words one of which each of those two needs: a sentence without them is not searched. */
const FORUM_WORDS: readonly string[] = ["mechanisms", "organisations", "organizations", "architecture", "institutions", "forums", "fora", "frameworks", "bodies", "groupings", "formats", "platforms"];
const INCLUDING_WORDS: readonly string[] = ["including", "notably", "especially", "such as"];
/** "reaffirmed their commitment to the Alliance at AUSMIN 2017": the subject took part in the meeting where it spoke. */
const AT_MEETING = /\b(?:at|during) (?:the )?(?=\S)/g;
/** "the Vision adopted at the Summit": a participle the place attaches to (its agent is not the clause's subject). */
const MADE_AT = /^(?:adopted|issued|signed|announced|launched|agreed|endorsed|released|concluded|unveiled)$/;
/** "the adoption of the Outlook at the Summit": an act named by a noun, whose place is the meeting. */
const ACT_OF = /^(?:adoption|signing|issuance|launch|release|announcement|conclusion|unveiling)$/;

/** How far before "at" the act's noun may stand: "the adoption of the Harbour Outlook on the Indo-Pacific at …". */
const ACT_WINDOW = 12;

/** Whether "at the X" from token `at` places an act of the object ("adopted at", "the adoption of the Y at") rather than the subject. */
function placesAnAct(view: SentenceView, at: number): boolean {
  if (MADE_AT.test(view.tokens[at - 1]?.lower ?? "")) return true;
  for (let k = at - 1; k > 0 && at - k <= ACT_WINDOW; k--) {
    const lower = view.tokens[k]?.lower ?? "";
    if (lower === "," || lower === ";") return false;
    if (lower === "of" && ACT_OF.test(view.tokens[k - 1]?.lower ?? "")) return true;
  }
  return false;
}

/** A noun of meeting after a body's name: "At the SCC meeting, …". */
const MEETING_AFTER_NAME = /^(?:meeting|session|talks|dialogue|consultations)$/;

/** Whether only a paragraph number ("1.", "2 -", "(a)") stands before token `at`. */
function isParagraphNumber(view: SentenceView, at: number): boolean {
  return at <= 3 && view.tokens.slice(0, at).every((t) => /^(?:\d{1,3}|[().\-–—])$/.test(t.text));
}

/** "At the X, the Ministers …", "During the Dialogue, both sides …": the parties the words after the phrase's comma stand for take part in X. */
function frontedMeeting(view: SentenceView, meeting: Item, ctx: RelationContext, emit: Emit, cue: string): void {
  let k = meeting.end;
  if (MEETING_AFTER_NAME.test(view.tokens[k]?.lower ?? "")) k++;
  if (view.tokens[k]?.text !== ",") return;
  const rest = view.tokens.slice(k + 1, k + 8).map((t) => t.lower).join(" ");
  if (PARTY_EXPRESSION.test(rest)) for (const p of ctx.parties) emit(p, "PARTICIPATES_IN", meeting.entity, cue);
}

/** "as part of the global coalition". */
const AS_PART_OF = /\bas (?:a )?part of\b/g;
/** The parties' cooperation among themselves ("both nations have deepened their close cooperation in …", "years of bilateral partnership", not "… with Fiji"; "to do more together"). */
/**
 * A verb of joint work without a partner after it: "will cooperate closely", "have coordinated responses", "will collaborate to
 * ensure", "to cooperate with one another" (each other is no partner) — said by the parties, they work with each other.
 * Not when a partner or the members follow ("coordinate policy among the three countries" is read by its "among"), nor
 * after a modal of possibility ("ways in which the three countries could collaborate" is no statement that they do), nor
 * after an article or demonstrative, where the form is an adjective ("condemned the coordinated attacks", "a coordinated approach").
 */
const WORK_ADVERB = "(?: (?:closely|together|further|more|effectively|fully))";
const JOINT_WORK_VERB = String.raw`(?<!\b(?:could|might|may|a|an|the|this|that|these|those|such|any) )(?:cooperat|collaborat|coordinat)(?:e|es|ed|ing)(?!${WORK_ADVERB}*(?: [a-z]+){0,2} (?:with (?!(?:each other|one another)\b)|by|among|between|on behalf)\b)${WORK_ADVERB}*`;
const OWN_COOPERATION = new RegExp(
  String.raw`\b(?:(?:bilateral|trilateral|quadrilateral|our|their) (?:[a-z]+ ){0,3}cooperation|(?:bilateral|trilateral|quadrilateral) (?:[a-z]+ ){0,2}(?:partnership|relationship|friendship|ties)(?! (?:with|among|between)\b)|cooperative measures between the (?:two|three|four) (?:nations|countries|sides)|cooperation between the (?:two|three|four) (?:nations|countries|sides)|(?:continued|maintained|strengthened|deepened|expanded|enhanced|intensified) (?:[a-z]+ ){0,2}cooperation(?! (?:with|among|between)\b)|(?:work(?:ing)?|do(?:ing)? more|act(?:ing)?) (?:[a-z]+ly )?together|(?:communication|coordination|collaboration) and cooperation|${JOINT_WORK_VERB})\b`, "g");
/** How many share a relationship called bilateral, trilateral or quadrilateral. */
const SHARED_BY: Readonly<Record<string, number>> = { bilateral: 2, trilateral: 3, quadrilateral: 4 };
/** "the ROK-U.S. partnership": a compound of states naming their partnership. */
const PARTNERSHIP = /\bpartnership\b/g;
/** "the two countries' cooperation", "the three nations' defence partnership": the parties' own, named by their number. */
const PARTIES_OWN = /\bthe (?:two|three|four) (?:countries|nations|sides|governments) ['’] (?:[a-z]+ ){0,3}(?:cooperation|partnership|collaboration)\b/g;
const POSSESSIVE_ANCHORS: readonly string[] = ["' ", "’ "];
const HYPHEN = /[-‐‑–](?=[\p{L}\p{N}])/u;

/** Words that join a list of names, or date them ("the August 2023 Camp David Summit"). */
const LIST_GLUE = /^(?:the|and|or|,|\(|\)|well|as|\d{4}|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** Named items listed from `from`: "the A (ACR), the B and C", stopping at anything else. */
export function namedList(view: SentenceView, from: number, accept: (item: Item) => boolean): Item[] {
  const out: Item[] = [];
  let k = from;
  while (k < view.tokens.length) {
    const item = itemAt(view, k, (i) => !i.threat);
    if (item) {
      if (!accept(item)) break;
      if (!out.some((o) => o.entity === item.entity)) out.push(item);
      k = item.end;
      continue;
    }
    const t = view.tokens[k];
    // "(APEC)": an acronym repeating the name just listed.
    if (t?.text === "(" && view.tokens[k + 2]?.text === ")") {
      k += 3;
      continue;
    }
    if (t && LIST_GLUE.test(t.lower)) {
      k++;
      continue;
    }
    break;
  }
  return out;
}

const isPartner = (i: Item) => i.entity.type === "Actor" && i.entity.kind !== "person";
const isForum = (i: Item) => i.entity.type === "Body" || i.entity.type === "Agreement" || isPartner(i);

/** The relation an actor has to a forum it works through: takes part in a body or framework, belongs to a group. */
function joinForum(emit: Emit, source: DocEntity, forum: DocEntity, cue: string): void {
  if (forum.type === "Body" || forum.type === "Agreement") emit(source, "PARTICIPATES_IN", forum, cue);
  else if (forum.kind === "group" || forum.kind === "alliance") emit(source, "MEMBER_OF", forum, cue);
  else emit(source, "COOPERATES_WITH", forum, cue);
}

function sameAsParties(subjects: readonly DocEntity[], parties: readonly DocEntity[]): boolean {
  return parties.length >= 2 && subjects.length === parties.length && subjects.every((s) => parties.includes(s));
}

export function partnerClaims(view: SentenceView, ctx: RelationContext, subject: (at: number) => DocEntity[], emit: Emit): void {
  workWithClaims(view, subject, emit);
  centralityClaims(view, subject, emit);
  whoseCentralityClaims(view, ctx, emit);
  forumClaims(view, ctx, subject, emit);
  throughOrganisationClaims(view, ctx, subject, emit);
  atMeetingClaims(view, ctx, subject, emit);
  partOfClaims(view, subject, emit);
  ownCooperationClaims(view, ctx, subject, emit);
  partiesOwnClaims(view, ctx, emit);
  compoundPartnershipClaims(view, ctx, emit);
}

/** "work with partners, including A, B and C": the subject cooperates with each partner named. */
function workWithClaims(view: SentenceView, subject: (at: number) => DocEntity[], emit: Emit): void {
  for (const cue of withAnchors(view, WORK_WITH, [" with"])) {
    const partners = namedList(view, cue.end, isPartner);
    const sources = subject(cue.start);
    for (const s of sources) for (const p of partners) if (!sources.includes(p.entity)) emit(s, "COOPERATES_WITH", p.entity, cue.text);
  }
}

/** "support for ASEAN centrality": the subject cooperates with the owner of the centrality or unity supported. */
function centralityClaims(view: SentenceView, subject: (at: number) => DocEntity[], emit: Emit): void {
  for (const cue of withAnchors(view, CENTRALITY, ["centrality", "unity", "leadership", "central role"])) {
    const possessive = /^['’]s$/.test(view.tokens[cue.start - 1]?.text ?? "");
    const owner = itemEndingAt(view, possessive ? cue.start - 1 : cue.start, isPartner);
    if (!owner || owner.end < cue.start - (possessive ? 1 : 0)) continue;
    let k = owner.start - 1;
    if (view.tokens[k]?.lower === "the") k--;
    const before = `${view.tokens[k - 1]?.lower ?? ""} ${view.tokens[k]?.lower ?? ""}`;
    if (!/^(?:support for|respect for|commitment to|committed to|\S+ support|\S+ supports|\S+ supported|\S+ uphold)$/.test(before)) continue;
    for (const s of subject(k)) emit(s, "COOPERATES_WITH", owner.entity, `${before.trim()} … ${cue.text}`);
  }
}

/** "ASEAN, whose centrality we support": the relative clause's subject supports its owner. */
function whoseCentralityClaims(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  for (const cue of withAnchors(view, WHOSE_CENTRALITY, ["whose"])) {
    const owner = itemEndingAt(view, cue.start, isPartner);
    if (!owner || owner.end !== cue.start - 1 || view.tokens[cue.start - 1]?.text !== ",") continue;
    const supporters = PARTY_EXPRESSION.test(view.tokens.slice(cue.end, cue.end + 4).map((t) => t.lower).join(" ")) ? ctx.parties : [];
    for (const s of supporters) if (s !== owner.entity) emit(s, "COOPERATES_WITH", owner.entity, wordsOf(view, owner.start, cue.end + 1));
  }
}

/** "through mechanisms like the Quad", "including through A and B": the subject takes part in each forum named. */
function forumClaims(view: SentenceView, ctx: RelationContext, subject: (at: number) => DocEntity[], emit: Emit): void {
  for (const [pattern, anchors] of [[FORUMS_LIKE, FORUM_WORDS], [INCLUDING_THROUGH, INCLUDING_WORDS]] as const) {
    for (const cue of withAnchors(view, pattern, anchors)) {
      const forums = namedList(view, cue.end, isForum);
      if (forums.length === 0) continue;
      // "Noting the two nations' shared aim of acting … through fora such as A": the possessor is the agent.
      const read = subject(cue.start);
      const sources = read.length ? read : possessiveParties(view, cue.start, ctx);
      for (const s of sources) for (const f of forums) if (!sources.includes(f.entity)) joinForum(emit, s, f.entity, cue.text);
    }
  }
}

/** "to cooperate … through the United Nations": the subject works through an international organisation (one of no state). */
function throughOrganisationClaims(view: SentenceView, ctx: RelationContext, subject: (at: number) => DocEntity[], emit: Emit): void {
  for (const cue of withAnchors(view, THROUGH_ORGANISATION, ["through"])) {
    const organisation = itemAt(view, cue.end, (i) => !i.threat && i.entity.type === "Actor" && i.entity.kind === "organization" && i.entity.states.size === 0);
    if (!organisation) continue;
    const read = subject(cue.start);
    const sources = read.length ? read : possessiveParties(view, cue.start, ctx);
    for (const s of sources) if (s !== organisation.entity) joinForum(emit, s, organisation.entity, wordsOf(view, cue.start, organisation.end));
  }
}

/** "reaffirmed their commitment at AUSMIN 2017": the subject took part in the meeting where it spoke. */
function atMeetingClaims(view: SentenceView, ctx: RelationContext, subject: (at: number) => DocEntity[], emit: Emit): void {
  for (const cue of withAnchors(view, AT_MEETING, ["at ", "during "])) {
    // "at the 10th Bilateral Strategic Dialogue": an ordinal or a year before the name.
    const from = /^(?:\d+(?:st|nd|rd|th)|\d{4}|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|annual)$/i.test(view.tokens[cue.end]?.text ?? "") ? cue.end + 1 : cue.end;
    // "during the meeting": a definite description's item starts at its article.
    const described = view.tokens[cue.end - 1]?.lower === "the" ? cue.end - 1 : cue.end;
    const meeting = view.items.find((i) => (i.start === cue.end || i.start === from || (i.start === described && !i.mention)) && i.entity.type === "Body" && !i.threat);
    if (!meeting || placesAnAct(view, cue.start)) continue;
    const cueText = wordsOf(view, cue.start, meeting.end);
    // "During the meeting, the two sides discussed …": a phrase that opens the sentence has the parties after it as subject.
    if (cue.start === 0 || isParagraphNumber(view, cue.start)) {
      frontedMeeting(view, meeting, ctx, emit, cueText);
      continue;
    }
    for (const s of subject(cue.start)) if (s.type === "Actor") emit(s, "PARTICIPATES_IN", meeting.entity, cueText);
    // "A met with Minister B … during the Z": whom the subject met there was there too.
    for (const p of peopleMetBefore(view, cue.start)) emit(p.entity, "PARTICIPATES_IN", meeting.entity, cueText);
  }
}

/** How far before "at"/"during" the verb "met" may stand in its clause. */
const MET_WINDOW = 25;

/** The people the "met (with)" of the clause that ends at `at` takes as its object; none when no such verb stands there. */
function peopleMetBefore(view: SentenceView, at: number): Item[] {
  for (let k = at - 1; k >= 0 && k >= at - MET_WINDOW; k--) {
    const lower = view.tokens[k]?.lower ?? "";
    // Within one sentence a full stop is an abbreviation's ("Jr."): only a semicolon ends the clause.
    if (lower === ";") return [];
    if (lower === "met") return peopleMet(view, k + 1).filter((p) => p.end <= at);
  }
  return [];
}

/** "as part of the global coalition": the subject takes part in the whole named. */
function partOfClaims(view: SentenceView, subject: (at: number) => DocEntity[], emit: Emit): void {
  for (const cue of withAnchors(view, AS_PART_OF, ["part of"])) {
    const whole = namedList(view, cue.end, isForum)[0];
    if (!whole || whole.entity.type === "Agreement") continue;
    for (const s of subject(cue.start)) if (s !== whole.entity) joinForum(emit, s, whole.entity, cue.text);
  }
}

/** The parties' own cooperation ("both nations have deepened their close cooperation"): each party with each other. */
function ownCooperationClaims(view: SentenceView, ctx: RelationContext, subject: (at: number) => DocEntity[], emit: Emit): void {
  for (const cue of withAnchors(view, OWN_COOPERATION, ["cooperat", "collaborat", "coordinat", "together", "lateral"])) {
    if (othersCooperation(view, cue)) continue;
    // "years of bilateral partnership": a partnership counted by its members is the parties' only when the count is theirs.
    if (!/cooperation$/.test(cue.text) && /lateral/.test(cue.text) && SHARED_BY[view.tokens[cue.start]?.lower ?? ""] !== ctx.parties.length) continue;
    // "The session … featured discussions on trilateral cooperation": the meeting reported speaks for the parties.
    if (!sameAsParties(subject(cue.start), ctx.parties) && !(ctx.parties.length >= 2 && meetingIsSubject(view, cue.start))) continue;
    // "Working together as the Quad, we …": the parties act as the grouping's members.
    const grouping = groupingAfterAs(view, cue.end);
    if (grouping) {
      for (const p of ctx.parties) emit(p, "MEMBER_OF", grouping.entity, wordsOf(view, cue.start, grouping.end));
      continue;
    }
    // "We, the Ministers of A, B, C, D, E … gathered …; by working together": the members of a forum of more than four
    // work as the forum, which ties no pair of them.
    partiesOwnTies(ctx.parties, emit, cue.text);
  }
}

/** "the two countries' cooperation": the parties' own, named by their number. */
function partiesOwnClaims(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  for (const cue of withAnchors(view, PARTIES_OWN, POSSESSIVE_ANCHORS)) {
    partiesOwnTies(ctx.parties, emit, cue.text);
  }
}

/** "the ROK-U.S. partnership": the states of the compound cooperate. */
function compoundPartnershipClaims(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  for (const cue of withAnchors(view, PARTNERSHIP, ["partnership"])) {
    const compound = statesCompoundBefore(view, cue.start, ctx);
    if (!compound) continue;
    const { states } = compound;
    const cue2 = `${compound.text} ${cue.text}`;
    cooperationTies(states, emit, cue2);
  }
}

/** "the two countries' common purpose in …", "our three nations' resolve to …": the parties, by their number, in the possessive. */
const PARTIES_POSSESSIVE = /\b(?:the|our|their) (two|three|four) (?:countries|nations|governments|sides|partners|allies|democracies) ['’]/;
const COUNT: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4 };

/** The parties when the clause before token `at` names them in the possessive, by their number; else none. */
function possessiveParties(view: SentenceView, at: number, ctx: RelationContext): DocEntity[] {
  const words = view.tokens.slice(clauseStart(view, at), at).map((t) => t.lower).join(" ");
  const n = PARTIES_POSSESSIVE.exec(words)?.[1];
  return n && COUNT[n] === ctx.parties.length ? ctx.parties : [];
}

/** "as the Quad", "as AUKUS partners" right after token `at`: the grouping or alliance the subject acts as. */
function groupingAfterAs(view: SentenceView, at: number): Item | undefined {
  if (view.tokens[at]?.lower !== "as") return undefined;
  const k = view.tokens[at + 1]?.lower === "the" ? at + 2 : at + 1;
  return itemAt(view, k, (i) => !i.threat && i.entity.type === "Actor" && (i.entity.kind === "group" || i.entity.kind === "alliance"));
}

/**
 * The states of a hyphenated compound ending just before token `at`: "ROK-U.S.", and "Australia-Japan-United States",
 * whose last state is two words. Undefined unless every part is a state and there are at least two.
 */
export function statesCompoundBefore(view: SentenceView, at: number, ctx: RelationContext): { states: DocEntity[]; text: string } | undefined {
  const last = view.tokens[at - 1];
  const previous = view.tokens[at - 2];
  const candidates = [last?.text ?? ""];
  // "Australia-Japan-United" + "States": the compound's last part runs on past the token.
  if (previous && last && HYPHEN.test(previous.text) && previous.end + 1 === last.start) candidates.unshift(`${previous.text} ${last.text}`);
  for (const text of candidates) {
    const parts = text.split(HYPHEN);
    const states = [...new Set(parts.map((p) => ctx.stateByWord(p)).filter((e): e is DocEntity => e !== undefined))];
    if (states.length >= 2 && states.length === parts.length) return { states, text };
  }
  return undefined;
}

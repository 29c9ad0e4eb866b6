/**
 * Relations from verb and preposition cues. Each rule reads one resolved sentence and states
 * claims (source, type, target, cue); extract.ts checks endpoint types and attaches evidence.
 */
import type { RelationType } from "../../graph/schema.ts";
import {
  isActor, isActorBodyOrAgreement, isAgreement, isBody, isBodyExerciseOrAgreement, isBodyOrAgreement, isBodyOrExercise,
  isExercise, isNamed, isThreat, type Claim, type Emit, type RelationContext,
} from "./view/context.ts";
import {
  CONCERN_PASSIVE, CONDEMNED_PASSIVE,
  AGREED_BY, ANY_CUE, ATTENDED_ALONE, BETWEEN, CHAIRED, COMMIT, CONDEMN, COOPERATION, COOPERATION_WITH, ESTABLISH, ESTABLISHED,
  EXERCISING, HAD_MEETING, HELD, INCLUDING, LED_BY, LED_DELEGATION, MADE, MAIN_VERB, MET, PARTICIPATION, PARTNERSHIP_AMONG, PASSIVE_HELD, PERPETRATE,
  RESPECTIVE_DELEGATIONS, SIGNING_BY, ESTABLISHED_ACTIVE, SIGNED, UMBRELLA, SIMULATE, THROUGH, UNDER, URGED, VIOLATE, VIOLATIONS_OF, WHICH_ADOPTED, WITH_PARTICIPATION, WORK_OF, ADDRESS,
  cueBoundaries, findCues, scopeEnds,
} from "./view/cues.ts";
import type { DocEntity } from "../entities/entities.ts";
import { LED, isOrdinalOrYear } from "../entities/heads.ts";
import { adoptionClaims } from "./rules/adoptions.ts";
import { hostingClaims } from "./rules/hosting.ts";
import { nominalAgentClaims } from "./rules/nominal-agents.ts";
import { nominalEstablishingClaims } from "./rules/nominal-establishing.ts";
import { heldBetweenClaims, ownSessionClaims, presidencyClaims, principalClaims } from "./rules/principals.ts";
import { ownAgreementClaims } from "./rules/own-agreements.ts";
import { partnerClaims, statesCompoundBefore } from "./rules/partners.ts";
import { demandClaims } from "./rules/demands.ts";
import { meetingClaims, peopleMet } from "./rules/meetings.ts";
import { bodyBetweenClaims, forumForClaims } from "./rules/meeting-parties.ts";
import { signingClaims } from "./rules/signing.ts";
import { summaryOpeningClaims } from "./rules/summary-openings.ts";
import { oppositionClaims } from "./rules/opposition.ts";
import { coordinatedFrom, coordinatedThreats } from "./phrases/coordinated.ts";
import { partnerCommitmentClaims } from "./rules/partner-commitments.ts";
import { nominalStanceClaims } from "./rules/nominal-stances.ts";
import { threatAssessmentClaims } from "./rules/threat-assessments.ts";
import { anotherAgent, ownObligations } from "./subjects/obligations.ts";
import { metAloneClaims } from "./rules/met-alone.ts";
import { bylinePrincipalClaims } from "./rules/byline-principals.ts";
import { heldWithClaims } from "./rules/held-with.ts";
import { personStateClaims, respectiveLeads } from "./rules/person-states.ts";
import { reaffirmedClaims } from "./rules/reaffirmed.ts";
import { representedClaims } from "./rules/represented.ts";
import { ofWhichMemberClaims } from "./rules/of-which-members.ts";
import { roleAsClaims } from "./rules/roles-as.ts";
import { bringsTogetherClaims } from "./rules/brings-together.ts";
import { partyTieClaims } from "./rules/party-ties.ts";
import { responseClaims } from "./rules/responses.ts";
import { undertakingClaims } from "./rules/undertakings.ts";
import { appositiveBefore, cooperationTies, describedBefore, itemList, nameStartAfter, onlyItemsBetween, sharedObjectStart } from "./phrases/phrases.ts";
import { PARTY_EXPRESSION, actorList, actorListBackward, clauseStart, forumOfficials, literalSubject, openingPhraseSubject, organsSubject, peopleBefore, preambleParticiple, statesOfOffices, subjectOf } from "./subjects/subjects.ts";
import { itemAt, itemEndingAt, itemsIn, lastItemBefore, wordsOf, type Cue, type Item, type SentenceView } from "./view/view.ts";

export type { Claim, RelationContext } from "./view/context.ts";
export { PARTY_EXPRESSION } from "./subjects/subjects.ts";

/** "ministerial meeting of the", "session of": the words between an ordinal and the body a meeting is a session of. */
const SESSION_OF = /^(?:(?:ministerial|plenary|working-level|senior officials) )?(?:meeting|session|round) of (?:the )?/;

/** Addressees of an appeal that include whoever makes it: "the international community", "all UN Member States". */
const EVERYONE = /^(?:the international community|all (?:un |united nations )?(?:member states|states|countries|nations))\b/;

/** Nouns of joint work that a forum may frame: "engagement under the Harbour Dialogue". */
const JOINT_WORK = /^(?:cooperation|engagement|coordination|collaboration|consultations|dialogue|work)$/;

/**
 * "deepening their trilateral engagement with Fiji under the Harbour Dialogue (HD)": the clause's subject, and the
 * partners after "with", take part in the forum the joint work runs under (the "under" cue starts at `under`).
 */
function workUnder(view: SentenceView, under: number, forum: Item, subject: (at: number) => DocEntity[], emit: (s: DocEntity, t: RelationType, o: DocEntity, cue: string) => void): void {
  let k = under;
  const partners = actorListBackward(view, k);
  const first = partners[0];
  if (first) {
    k = first.start;
    if (view.tokens[k - 1]?.lower === "the") k--;
    if (view.tokens[k - 1]?.lower !== "with") return;
    k--;
  }
  if (!JOINT_WORK.test(view.tokens[k - 1]?.lower ?? "")) return;
  const cue = wordsOf(view, k - 1, forum.end);
  for (const s of subject(k - 1)) emit(s, "PARTICIPATES_IN", forum.entity, cue);
  for (const p of partners) if (p.entity.kind === "state" || p.entity.kind === "organization") emit(p.entity, "PARTICIPATES_IN", forum.entity, cue);
}

/** "threats to our security", "risks to regional stability": a class of threats named by what they threaten. */
const THREATS_TO = /^(?:threats?|risks?|challenges?|dangers?) to\b/i;

/** "with a view to", "in order to", "so as to", "efforts to" right before a verb: the clause's subject's purpose. */
const PURPOSE = /(?:with a view to|in order to|so as to|(?:their|our|joint|coordinated|collective|common) efforts to|coordinate efforts to)$/;
/** A verb or noun of fighting before "against": "(have) defended against", "their fight against" — its subject resists the threat. */
const FIGHT = /^(?:fight|fights|fought|fighting|struggle|defended)$/;
/** Verbs that ask another to do something: what they ask for has not happened. */
const REQUEST = /\b(?:invit|urg|call(?:ed|s)? (?:on|upon)|encourag|ask|request|press)[a-z]*\b/;
/** "cooperation in", "coordination on": the parties' joint work, right before a verb of response. */
const JOINT_WORK_IN = /\b(?:cooperation|coordination|collaboration|efforts|together) (?:in|on)$/;


/** What each rule of a sentence is given: the sentence, the statement, where claims go, and the sentence's scopes. */
interface RuleInput {
  view: SentenceView;
  ctx: RelationContext;
  emit: Emit;
  /** Where the object of a cue ending at `from` ends: the next cue or clause break. */
  scopeEnd: (from: number) => number;
  /** Where the clause going on at `from` ends: the next main verb or clause break. */
  clauseEnd: (from: number) => number;
  /** The subject of the verb at token `at`. */
  subject: (at: number) => DocEntity[];
}

export function extractClaims(view: SentenceView, ctx: RelationContext): Claim[] {
  const claims: Claim[] = [];
  const sentence = view.sentence.index;
  let clauses: number[] | undefined;
  // Each rule is a function of its own: small functions are optimised sooner and cheaper than one of every rule,
  // and a construction one rule meets for the first time sends only that rule back to the interpreter.
  // The sentence's helpers are methods of the input (none uses `this`), not named arrow functions: under tsx
  // (esbuild's keepNames) each of those costs a defineProperty of its name, for every sentence.
  const input: RuleInput = {
    view,
    ctx,
    emit(source, type, target, cue) {
      if (source && target && source !== target) claims.push({ source, type, target, sentence, cue });
    },
    // Worked out when a rule first asks (most sentences match no cue that needs them).
    scopeEnd: scopeEnds(view, ANY_CUE),
    clauseEnd(from) {
      return (clauses ??= cueBoundaries(view, [MAIN_VERB])).find((b) => b >= from) ?? view.tokens.length;
    },
    subject(at) {
      return subjectOf(view, at, ctx);
    },
  };
  const { emit, subject } = input;
  // Subject verbs object: condemn, commit, participate.
  condemnClaims(input);
  passiveCondemnClaims(input);
  commitClaims(input);
  heldClaims(input);
  hadClaims(input);
  exercisingClaims(input);
  workOfClaims(input);
  throughClaims(input);
  participationClaims(input);

  // Leadership.
  chairedClaims(input);
  for (const cue of findCues(view, RESPECTIVE_DELEGATIONS)) respectiveLeads(view, cue, ctx, emit);
  passiveHeldClaims(input);
  ledDelegationClaims(input);
  ledByClaims(input);
  hyphenLedClaims(input);

  // Structure: "X under the Y", "A, such as B and C" (threats), "established by".
  underClaims(input);
  suchAsClaims(input);
  establishedByClaims(input);
  basedOnClaims(input);
  establishClaims(input);
  umbrellaClaims(input);
  stoodUpClaims(input);
  whichAdoptedClaims(input);

  // Agreements and their parties.
  agreedByClaims(input);
  metClaims(input);
  attendedAloneClaims(input);
  agreementBetweenClaims(input);
  agreementOwnerClaims(input);

  // Threats: simulated by exercises, violating agreements, addressed by bodies, posed by actors.
  simulateClaims(input);
  violateClaims(input);
  addressClaims(input);
  perpetrateClaims(input);
  withParticipationClaims(input);
  exerciseBetweenClaims(input);
  signingByClaims(input);
  cooperationWithClaims(input);
  partnershipAmongClaims(input);
  compoundCooperationClaims(input);
  // Partners, forums and the parties' own cooperation (partners.ts).
  partnerClaims(view, ctx, subject, emit);
  undertakingClaims(view, subject, emit);
  hostingClaims(view, emit);
  adoptionClaims(view, emit);
  nominalAgentClaims(view, subject, emit);
  nominalEstablishingClaims(view, subject, emit);
  responseClaims(view, ctx, subject, emit);
  meetingClaims(view, ctx, emit);
  demandClaims(view, subject, emit);
  principalClaims(view, emit);
  summaryOpeningClaims(view, ctx, emit);
  oppositionClaims(view, subject, emit);
  heldBetweenClaims(view, emit);
  bodyBetweenClaims(view, emit);
  forumForClaims(view, emit);
  signingClaims(view, ctx, subject, emit);
  partnerCommitmentClaims(view, ctx, subject, emit);
  ownSessionClaims(view, ctx.parties, emit);
  presidencyClaims(view, emit);
  ownAgreementClaims(view, ctx, emit);
  nominalStanceClaims(view, ctx, subject, emit);
  threatAssessmentClaims(view, subject, emit);
  metAloneClaims(view, ctx, emit);
  bylinePrincipalClaims(view, ctx, emit);
  heldWithClaims(view, ctx, emit);
  personStateClaims(view, ctx, emit);
  representedClaims(view, emit);
  ofWhichMemberClaims(view, ctx, emit);
  roleAsClaims(view, ctx, emit);
  bringsTogetherClaims(view, ctx, emit);
  reaffirmedClaims(view, ctx.parties, subject, emit);
  partyTieClaims(view, ctx, subject, emit);
  return claims;
}

/** The subject condemns the threats after the verb: "condemned the DPRK's launches". */
function condemnClaims({ view, emit, scopeEnd, subject }: RuleInput): void {
  for (const cue of findCues(view, CONDEMN)) {
    const from = sharedObjectStart(view, cue.end);
    for (const t of itemsIn(view, from, scopeEnd(from), isThreat)) for (const s of subject(cue.start)) emit(s, "CONDEMNS", t.entity, cue.text);
  }
}

/** "The DPRK's ICBM tests … were strongly condemned (by both sides)": the threats stand before the verb. */
function passiveCondemnClaims({ view, ctx, emit, scopeEnd }: RuleInput): void {
  for (const cue of findCues(view, CONDEMNED_PASSIVE)) {
    for (const t of itemsIn(view, clauseStart(view, cue.start), cue.start, isThreat)) for (const p of ctx.parties) emit(p, "CONDEMNS", t.entity, cue.text);
  }
  for (const cue of findCues(view, CONCERN_PASSIVE)) for (const t of itemsIn(view, cue.end, scopeEnd(cue.end), isThreat)) for (const p of ctx.parties) emit(p, "CONDEMNS", t.entity, cue.text);
}

/** Commitments: "reaffirmed their commitment to the Treaty", "Australia's endorsement of the Framework". */
function commitClaims({ view, ctx, emit, scopeEnd, clauseEnd, subject }: RuleInput): void {
  for (const cue of findCues(view, COMMIT)) {
    // "insisting that Iran abide by its obligations under …": "its" is the nearest actor's, not the subject's.
    const bound = ownObligations(view, cue);
    // "called on the PRC to abide by UNCLOS": what others are urged to do is not the subject's commitment.
    // "underlined the need for Iran to return to compliance with …": another agent's undertaking, not the subject's.
    // "urged X to cease …, honour …, and abide by the Accord": the demand runs on until the subject's next main verb.
    // "called on the international community to implement …": an addressee that holds the speakers is no other agent.
    const urged = findCues(view, URGED).filter((u) => !EVERYONE.test(view.tokens.slice(u.end, u.end + 6).map((t) => t.lower).join(" ")));
    if (!bound && (urged.some((u) => u.end <= cue.start && (cue.start - u.end <= 8 || clauseEnd(u.end) > cue.start)) || anotherAgent(view, cue))) continue;
    // "Australia's endorsement of the Framework": the possessor commits to the agreement the noun governs.
    // "the Quad's solidarity and strong commitment to": stance words may stand between the owner and the noun.
    const possessive = possessiveBefore(view, cue.start);
    const owner = possessive >= 0 ? itemEndingAt(view, possessive, isActor) : bound;
    const objects = itemsIn(view, cue.end, verbOfNounPhrase(view, cue.end, scopeEnd(cue.end)), isAgreement);
    // "the Leaders' pledges in the Harbour Accord": the principals' own, that is the parties'.
    if (!owner && principalsPossessive(view, cue.start)) {
      const first = objects[0];
      if (first && first.start - cue.end <= 3) for (const p of ctx.parties) emit(p, "COMMITS_TO", first.entity, wordsOf(view, cue.start - 3, cue.end));
      continue;
    }
    if (owner) {
      const first = objects[0];
      // "… of the United States' Framework": an article and another owner may stand between.
      // "… to the common vision of a “Harbour Vision”": a quoted aim a little further.
      const quoted = /^["\u201c]$/.test(view.tokens[(first?.start ?? 0) - 1]?.text ?? "");
      if (first && first.start - cue.end <= (quoted ? 7 : 5)) emit(owner.entity, "COMMITS_TO", first.entity, wordsOf(view, owner.start, cue.end));
      continue;
    }
    const who = subject(cue.start);
    // "REAFFIRMING the principles enshrined in …": a declaration's preambular paragraph commits the declaring parties.
    const speakers = who.length ? who : preambleParticiple(view) ? ctx.parties : openingPhraseSubject(view, cue.start, ctx);
    for (const t of objects) if (!ownedByOthers(view, cue, t)) for (const s of speakers) emit(s, "COMMITS_TO", t.entity, cue.text);
  }
}

/** Finite auxiliaries and modals: the verb of a clause whose subject is the noun phrase before them. */
const FINITE = /^(?:has|have|had|is|are|was|were|will|would|shall|should|can|could|must|may|might)$/;
/** Words after which a finite verb opens a relative clause inside the phrase, not the clause's own verb. */
const RELATIVE = /^(?:which|that|who|whom|whose)$/;

/**
 * Where the complement of a cue ends, before `end`: at the finite verb of the clause when the cue's noun phrase is its
 * subject ("their shared commitment to open markets has strengthened the Harbour Partnership": what has been
 * strengthened is no object of the commitment). A finite verb right after a relative pronoun stays inside the phrase.
 */
function verbOfNounPhrase(view: SentenceView, from: number, end: number): number {
  for (let k = from; k < end; k++) if (FINITE.test(view.tokens[k]?.lower ?? "") && !RELATIVE.test(view.tokens[k - 1]?.lower ?? "")) return k;
  return end;
}

/** "underpinned by … the Harbour Partnership between Xland and Yland": an instrument of two others is theirs, not the speakers'. */
function ownedByOthers(view: SentenceView, cue: Cue, t: Item): boolean {
  return cue.text.startsWith("underpinned") && /^(?:between|among)$/.test(view.tokens[t.end]?.lower ?? "");
}

/** Taking part by a verb: "held the third meeting of the X", "took part in the Y". */
function heldClaims(input: RuleInput): void {
  const { view, ctx, emit, scopeEnd } = input;
  for (const cue of findCues(view, HELD)) {
    // "invited X to attend", "urged X to attend": a request, not attendance.
    if (cue.text.startsWith("to ") && REQUEST.test(wordsOf(view, clauseStart(view, cue.start), cue.start).toLowerCase())) continue;
    const target = itemsIn(view, cue.end, scopeEnd(cue.end), isBodyOrExercise)[0];
    if (!target || (target.start - cue.end > 3 && target.start !== nameStartAfter(view, cue.end, ctx))) continue;
    for (const s of takingPart(input, cue, cue.text !== "held")) emit(s, "PARTICIPATES_IN", target.entity, cue.text);
  }
}

/** "had the ninth trilateral talks": "had" holds only a meeting right after it ("had an opportunity to visit the X" does not). */
function hadClaims(input: RuleInput): void {
  const { view, emit, scopeEnd } = input;
  for (const cue of findCues(view, HAD_MEETING)) {
    const target = itemsIn(view, cue.end, scopeEnd(cue.end), isBodyOrExercise)[0];
    if (target?.entity.type !== "Body" || target.start - cue.end > 3) continue;
    for (const s of takingPart(input, cue, true)) emit(s, "PARTICIPATES_IN", target.entity, cue.text);
  }
}

/**
 * Who takes part by the verb at `cue`: the organs the subject names, a forum's officials ("HC Defence Ministers took part
 * in …" stand for its members, the parties), the actors the clause names, or the subject. "held" is said of a meeting's
 * hosts, not of a person named before it (`persons` false).
 */
function takingPart({ view, ctx, subject }: RuleInput, cue: Cue, persons: boolean): readonly DocEntity[] {
  const organs = organsSubject(view, cue.start, ctx);
  if (organs.length) return organs;
  if (forumOfficials(view, clauseStart(view, cue.start), cue.start, ctx)) return ctx.parties;
  const actors = itemsIn(view, 0, cue.start, isActor).filter((i) => persons || i.entity.kind !== "person");
  return actors.length ? literalSubject(view, cue.start) : subject(cue.start);
}

/** Taking part in exercises, said in any tense: "agreed to hold mine countermeasures drills and Exercise X", "will keep conducting …". */
function exercisingClaims({ view, emit, subject }: RuleInput): void {
  for (const cue of findCues(view, EXERCISING)) {
    const first = itemsIn(view, cue.end, cue.end + 4, isBodyOrExercise)[0];
    if (!first || first.entity.type !== "Exercise") continue;
    for (const x of itemList(view, first.start, isBodyOrExercise)) if (x.entity.type === "Exercise") for (const s of subject(cue.start)) emit(s, "PARTICIPATES_IN", x.entity, cue.text);
  }
}

/** The work of a body the subject speaks of: "welcomed the progress of the X". */
function workOfClaims({ view, emit, clauseEnd, subject }: RuleInput): void {
  for (const cue of findCues(view, WORK_OF)) {
    const body = itemsIn(view, cue.end, cue.end + 3, isBodyExerciseOrAgreement)[0];
    if (!body) continue;
    // "progress under the Defence Science Talks and the Supply Chain Committee": every body of the list.
    for (const b of itemList(view, body.start, isBodyOrExercise)) for (const s of subject(cue.start)) emit(s, "PARTICIPATES_IN", b.entity, cue.text);
    if (body.entity.type === "Agreement") for (const s of subject(cue.start)) emit(s, "PARTICIPATES_IN", body.entity, cue.text);
    // "the work of the CCWG, including the Cyber Alliance and Cyber Flag exercise".
    const incl = findCues(view, INCLUDING).find((c) => c.start >= body.end && (c.start <= body.end + 1 || onlyItemsBetween(view, body.end, c.start, ["Body"])));
    if (incl) for (const part of itemsIn(view, incl.end, clauseEnd(incl.end), isBodyOrExercise)) emit(part.entity, "PART_OF", body.entity, `${cue.text} … ${incl.text.replace(/^,\s*/, "")}`);
  }
}

/** "through the X": the subject works through the body; an agreement made through it is the body's. */
function throughClaims({ view, emit, subject }: RuleInput): void {
  for (const cue of findCues(view, THROUGH)) {
    const body = itemsIn(view, cue.end, cue.end + 1, isBody)[0];
    if (!body) continue;
    const agreement = lastItemBefore(view, cue.start, isAgreement);
    const made = agreement ? findCues(view, MADE).find((c) => c.start >= agreement.end && c.end <= cue.start && c.start - agreement.end <= 8) : undefined;
    if (agreement && made) emit(body.entity, "ESTABLISHES", agreement.entity, `${made.text} … ${cue.text.trim()}`);
    else for (const s of subject(cue.start)) emit(s, "PARTICIPATES_IN", body.entity, cue.text.trim());
  }
}

/** "participation in the X", "Japan's involvement in the Y". */
function participationClaims({ view, emit, subject }: RuleInput): void {
  for (const cue of findCues(view, PARTICIPATION)) {
    const target = itemsIn(view, cue.end, cue.end + 2, isBodyExerciseOrAgreement)[0];
    if (!target) continue;
    // "the participation of the U.S. in X": the actors named between "of" and "in", and nothing else.
    if (cue.groups.of) {
      const ofAt = view.tokens.findIndex((t, k) => k > cue.start && t.lower === "of");
      const named = actorList(view, ofAt + 1);
      if (named.length && named[named.length - 1]?.end === cue.end - 1) for (const a of named) emit(a.entity, "PARTICIPATES_IN", target.entity, cue.text);
      continue;
    }
    const owner = view.tokens[cue.start - 1]?.text.match(/^['’]s$/) ? itemEndingAt(view, cue.start - 1, isActor) : undefined;
    for (const s of owner ? [owner.entity] : subject(cue.start)) emit(s, "PARTICIPATES_IN", target.entity, cue.text);
  }
}

/** Leading a meeting or exercise: "co-chaired the X", "hosted the Y". */
function chairedClaims({ view, ctx, emit }: RuleInput): void {
  for (const cue of findCues(view, CHAIRED)) {
    const named = nameStartAfter(view, cue.end, ctx);
    let body = itemsIn(view, cue.end, Math.max(cue.end + 3, named + 1), isBodyOrExercise)[0];
    // "A and B hosted C and D in Manila for the fifth 2+2": hosts and guests take part.
    let guests: Item[] = [];
    if (!body && cue.text.includes("host")) {
      const forAt = view.tokens.findIndex((t, k) => k > cue.end && k <= cue.end + 30 && t.lower === "for" && itemsIn(view, k + 1, k + 4, isBody).length > 0);
      if (forAt > 0) {
        body = itemsIn(view, forAt + 1, forAt + 4, isBody)[0];
        guests = itemsIn(view, cue.end, forAt, isActor).filter((i) => i.entity.kind === "person" || i.entity.kind === "state");
      }
    }
    if (!body) continue;
    // "A hosted B for the X": hosting guests for a meeting is taking part in it with them; "A hosted the X" leads it.
    const hostsFor = guests.length > 0;
    for (const s of literalSubject(view, cue.start)) emit(s, hostsFor ? "PARTICIPATES_IN" : "LEADS", body.entity, hostsFor ? wordsOf(view, cue.start, body.end) : cue.text);
    for (const g of guests) emit(g.entity, "PARTICIPATES_IN", body.entity, wordsOf(view, cue.start, body.end));
  }
}

/** "The X was held …" near the opening: the parties take part in it. */
function passiveHeldClaims({ view, ctx, emit }: RuleInput): void {
  for (const cue of findCues(view, PASSIVE_HELD)) {
    const body = lastItemBefore(view, cue.start, isBody);
    if (body && cue.start - body.end <= 1 && view.sentence.index < 6) for (const p of ctx.parties) emit(p, "PARTICIPATES_IN", body.entity, wordsOf(view, body.start, cue.end));
  }
}

/** "led the U.S. delegation": the people of the subject lead their state's delegation. */
function ledDelegationClaims({ view, ctx, emit }: RuleInput): void {
  for (const cue of findCues(view, LED_DELEGATION)) {
    // "X, and Y, led the U.S. delegation": every person of the subject leads it.
    // "… in Washington D.C. ROK Vice Minister X and Vice Minister Y led the ROK delegation": the people listed right before the verb.
    const adjacent = peopleBefore(view, cue.start);
    const listed = adjacent.length ? adjacent : literalSubject(view, cue.start).filter((e) => e.kind === "person");
    const last = lastItemBefore(view, cue.start, (i) => i.entity.kind === "person")?.entity;
    const people = listed.length ? listed : last ? [last] : [];
    const adjective = cue.groups.adj?.trim();
    const inside = itemsIn(view, cue.start, cue.end, isActor)[0]?.entity;
    const led = inside ?? (adjective ? ctx.stateByWord(adjective) : undefined);
    for (const person of led ? people : []) {
      emit(person, "LEADS", led, cue.text);
      if (led?.kind === "state") emit(person, "MEMBER_OF", led, cue.text);
    }
  }
}

/** "led by", "conducted by": the leaders of what is named before. */
function ledByClaims({ view, ctx, emit, scopeEnd }: RuleInput): void {
  for (const cue of findCues(view, LED_BY)) {
    // "Freedom Edge, the trilateral multi-domain exercise conducted by …": the name stands before its description.
    const target =
      itemEndingAt(view, cue.start, isNamed) ??
      appositiveBefore(view, cue.start) ??
      describedBefore(view, cue.start);
    // "conducted by the three countries": the parties.
    const byWhom = view.tokens.slice(cue.end, cue.end + 4).map((t) => t.lower).join(" ");
    const leaders = PARTY_EXPRESSION.test(byWhom) ? ctx.parties.map((entity) => ({ entity })) : actorList(view, cue.end);
    // "The ROK delegation was led by X": X leads the delegation's state.
    const delegation = /^(?:was|were)$/.test(view.tokens[cue.start - 1]?.lower ?? "") && view.tokens[cue.start - 2]?.lower === "delegation" ? ctx.stateByWord(view.tokens[cue.start - 3]?.text ?? "") : undefined;
    if (delegation) {
      // "was led by Deputy Minister for National Defense Policy (DEPMIN), Mr. X": the first person after the titles.
      const heads = leaders.some((l) => l.entity.kind === "person") ? leaders : itemsIn(view, cue.end, scopeEnd(cue.end), (i) => i.entity.kind === "person").slice(0, 1);
      for (const l of heads) if (l.entity.kind === "person") emit(l.entity, "LEADS", delegation, cue.text);
      continue;
    }
    if (target) for (const l of leaders) emit(l.entity, "LEADS", target.entity, cue.text);
  }
}

/** "the NATO-led Assistance Force", "a U.S.-led coalition exercise": the name before "-led" leads what follows. */
function hyphenLedClaims({ view, emit }: RuleInput): void {
  if (!view.joined.includes("-led ")) return;
  for (const leader of view.items) {
    if (leader.entity.type !== "Actor" || !LED.test(view.tokens[leader.end - 1]?.text ?? "")) continue;
    const led = itemAt(view, leader.end, (i) => i.entity.type !== "Threat" && (i.entity.type !== "Actor" || i.entity.kind === "organization"));
    if (led) emit(leader.entity, "LEADS", led.entity, wordsOf(view, leader.start, led.end));
  }
}

/** "X under the Y": a part of a whole. */
function underClaims({ view, emit, subject }: RuleInput): void {
  for (const cue of findCues(view, UNDER)) {
    // "the DSTEC, which operates under the SCM".
    const which = /^(?:operates|operate|functions|sits|falls|works|serves)$/.test(view.tokens[cue.start - 1]?.lower ?? "") && view.tokens[cue.start - 2]?.lower === "which" ? cue.start - 3 : cue.start;
    const part = itemEndingAt(view, which, isBodyOrExercise);
    const whole = itemsIn(view, cue.end, cue.end + 1, isBodyOrAgreement)[0];
    if (part && whole) emit(part.entity, "PART_OF", whole.entity, wordsOf(view, part.start, whole.end));
    else if (!part && whole?.entity.type === "Body") workUnder(view, cue.start, whole, subject, emit);
  }
}

/** "threats, such as A and B": each a part of the whole. */
function suchAsClaims({ view, emit, scopeEnd }: RuleInput): void {
  for (const cue of findCues(view, INCLUDING)) {
    const whole = itemEndingAt(view, cue.start, isThreat);
    if (!whole) continue;
    if (/such as/.test(cue.text)) {
      // "dangers and threats to our shared security, such as …": a class named by what it threatens has examples, not parts.
      if (THREATS_TO.test(whole.entity.name)) continue;
      for (const part of itemsIn(view, cue.end, scopeEnd(cue.end), isThreat)) emit(part.entity, "PART_OF", whole.entity, cue.text.replace(/^,\s*/, ""));
      continue;
    }
    // "X's dangerous conduct, including missile launches and cyber theft": the acts listed right after are parts of it,
    // (who poses each part is read with the threats' owners, in relations/threats/owners.ts).
    const first = itemAt(view, cue.end, isThreat);
    if (!first) continue;
    for (const part of coordinatedThreats(view, first)) {
      emit(part.entity, "PART_OF", whole.entity, wordsOf(view, whole.start, part.end));
    }
  }
}

/** "established by X", "signed at the 42nd SCM": the creator after the participle. */
function establishedByClaims({ view, emit }: RuleInput): void {
  for (const cue of findCues(view, ESTABLISHED)) {
    const created = lastItemBefore(view, cue.start, isBodyOrAgreement);
    let from = cue.end;
    // "adopted at the Eighth Trilateral Summit": an ordinal word, like "8th", qualifies the meeting and is not its name.
    while (/^(?:the|a|an|\d{4}|\d+(?:st|nd|rd|th)|january|february|march|april|may|june|july|august|september|october|november|december)$/.test(view.tokens[from]?.lower ?? "") || isOrdinalOrYear(view.tokens[from]?.text ?? "")) from++;
    let creator = itemsIn(view, from, from + 1, isActorBodyOrAgreement)[0];
    // "established by Japan's Ministry of Defense": the possessed organisation, not its state.
    if (creator && /^['’]s$/.test(view.tokens[creator.end]?.text ?? "")) creator = itemsIn(view, creator.end + 1, creator.end + 2, isActorBodyOrAgreement)[0] ?? creator;
    if (!created || !creator || cue.start - created.end > 3) continue;
    // "the DICWG, newly established under the KIDD": a body set up under another is part of it.
    if (created.entity.type === "Body" && creator.entity.type === "Body" && /under/.test(cue.text)) emit(created.entity, "PART_OF", creator.entity, cue.text);
    else emit(creator.entity, "ESTABLISHES", created.entity, cue.text);
  }
}

/** "the inaugural Harbour Consultations based on the Harbour Declaration": the agreement a body rests on provides for it. */
function basedOnClaims({ view, emit }: RuleInput): void {
  for (const cue of findCues(view, COMMIT)) {
    if (cue.text !== "based on") continue;
    const body = itemEndingAt(view, cue.start, isBody);
    const agreement = itemsIn(view, cue.end, cue.end + 3, isAgreement)[0];
    if (body && agreement && agreement.start - cue.end <= 1) emit(agreement.entity, "ESTABLISHES", body.entity, wordsOf(view, body.start, agreement.end));
  }
}

/** "The two sides agreed to establish a NCCWG": the subject establishes it. */
function establishClaims({ view, emit, subject }: RuleInput): void {
  for (const cue of findCues(view, ESTABLISH)) {
    const made = itemsIn(view, cue.end, cue.end + 3, isBodyOrAgreement)[0];
    if (!made || made.start - cue.end > 2) continue;
    // "agreed to establish the A Working Group and the B Working Group": every name of the list.
    for (const m of coordinatedFrom(view, made).filter(isBodyOrAgreement)) for (const s of subject(cue.start)) emit(s, "ESTABLISHES", m.entity, cue.text.trim());
  }
}

/** "The HSC serves as the umbrella for three committees: A, B and C", "the SCM oversees A and B": each is part of it. */
function umbrellaClaims({ view, emit }: RuleInput): void {
  for (const cue of findCues(view, UMBRELLA)) {
    const whole = lastItemBefore(view, cue.start, isBody);
    if (!whole || view.items.some((i) => i.start >= whole.end && i.start < cue.start) || cue.start - whole.end > 6) continue;
    const end = view.tokens.findIndex((t, k) => k > cue.end && t.text === ";");
    for (const part of itemsIn(view, cue.end, end < 0 ? view.tokens.length : end, isBody)) emit(part.entity, "PART_OF", whole.entity, `${wordsOf(view, whole.start, whole.end)} … ${cue.text}`);
  }
}

/** "The two sides stood up a maritime domain awareness initiative", "Both sides signed the Harbour Agreement". */
function stoodUpClaims({ view, ctx, emit, subject }: RuleInput): void {
  for (const [pattern, type, accept] of [[ESTABLISHED_ACTIVE, "ESTABLISHES", isBodyOrAgreement], [SIGNED, "PARTY_TO", isAgreement]] as const) {
    for (const cue of findCues(view, pattern)) {
      // "called on X to sign the Treaty": what another is urged to sign is not the subject's.
      if (cue.text.startsWith("to") && findCues(view, URGED).some((u) => u.end <= cue.start)) continue;
      let k = cue.end;
      while (/^(?:a|an|the|their|its|new|updated|revised|renewed|amended|enhanced|expanded|\d{4}|["\u201c\u2018'])$/.test(view.tokens[k]?.lower ?? "")) k++;
      // "signed the updated Xland-Yland Joint Statement on …": the states' compound may qualify the name read after it.
      const made = itemAt(view, k, (i) => accept(i)) ?? view.items.find((i) => i.start > k && i.start <= k + 2 && accept(i) && statesQualify(view, k, i.start, ctx));
      if (!made) continue;
      // "signed the A Treaty and the B Accord": the verb governs every name of the list.
      for (const m of coordinatedFrom(view, made).filter(accept)) {
        for (const s of subject(cue.start)) emit(s, type, m.entity, cue.text);
        // "Minister A and Secretary B met today to sign the Accord": the people who sign are its signatories too.
        if (type === "PARTY_TO") for (const p of literalSubject(view, cue.start)) if (p.kind === "person") emit(p, type, m.entity, cue.text);
      }
    }
  }
}

/** "the Guidelines …, which the ROK and the United States adopted": the adopters are parties. */
function whichAdoptedClaims({ view, emit }: RuleInput): void {
  for (const cue of findCues(view, WHICH_ADOPTED)) {
    const agreement = itemEndingAt(view, cue.start, isAgreement);
    if (!agreement) continue;
    const actors = actorList(view, cue.end);
    const verb = view.tokens[(actors[actors.length - 1]?.end ?? cue.end) + (view.tokens[(actors[actors.length - 1]?.end ?? 0)]?.lower === "have" ? 1 : 0)];
    if (actors.length && /^(?:adopted|signed|concluded|agreed|endorsed|approved|ratified|issued|released)$/.test(verb?.lower ?? "")) for (const a of actors) emit(a.entity, "PARTY_TO", agreement.entity, wordsOf(view, agreement.start, (actors[actors.length - 1]?.end ?? cue.end) + 1));
  }
}

/** "agreed by", "signed by": the parties of the agreement before. */
function agreedByClaims({ view, ctx, emit }: RuleInput): void {
  for (const cue of findCues(view, AGREED_BY)) {
    const agreement = itemEndingAt(view, cue.start, isAgreement);
    if (!agreement) continue;
    // "signed by the three countries' defense ministers": the parties.
    const after = view.tokens.slice(cue.end, cue.end + 4).map((t) => t.lower).join(" ");
    // "signed by the navies of our two countries": organs "of" the parties sign for them.
    const of = view.tokens.findIndex((t, k) => k >= cue.end && k <= cue.end + 4 && t.lower === "of");
    const organsOf = of > 0 && PARTY_EXPRESSION.test(view.tokens.slice(of + 1, of + 5).map((t) => t.lower).join(" "));
    // "signed by Prime Ministers A and B": a plural office before the list is each name's.
    const signers = PARTY_EXPRESSION.test(after) || organsOf ? ctx.parties : actorList(view, pastPluralOffice(view, cue.end)).map((a) => a.entity);
    for (const a of signers) emit(a, "PARTY_TO", agreement.entity, cue.text);
  }
}

/**
 * "General X … met in Tokyo … for the Tri-CHOD": those who met take part.
 * "The Ministers gathered in Perth on 3 May for the Second Harbour Talks": the parties.
 */
function metClaims({ view, ctx, emit, subject }: RuleInput): void {
  for (const cue of findCues(view, MET)) {
    const bodyAfter = (i: number) => {
      let k = i + 1;
      // "for the fourth in-person Quad Leaders Summit", "for the annual AUKMIN": ordinals and the meeting's manner.
      while (/^(?:the|a|an|\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|inaugural|annual|in-person|virtual|special|regular|informal|extraordinary|(?:19|20)\d\d)$/.test(view.tokens[k]?.lower ?? "")) k++;
      // "for the seventh ministerial meeting of the Harbour Dialogue": a session of the body is the body met for.
      const session = SESSION_OF.exec(view.tokens.slice(k, k + 5).map((t) => t.lower).join(" "));
      if (session && !view.items.some((it) => it.start <= k && k < it.end)) k += session[0].trim().split(" ").length;
      return view.items.find((it) => it.entity.type === "Body" && (it.start === k || (it.start < k && it.end > k && it.start > i)));
    };
    // "A and B met Foreign Minister C and Defence Minister D … for the Harbour Talks": those met take part too.
    const met = cue.text === "met" ? peopleMet(view, cue.end) : [];
    const from = met[met.length - 1]?.end ?? cue.end;
    const k = view.tokens.findIndex((t, i) => i >= from && i <= from + 14 && (t.lower === "for" || t.lower === "at") && bodyAfter(i) !== undefined);
    const body = k < 0 ? undefined : bodyAfter(k);
    if (!body) continue;
    const actors = itemsIn(view, clauseStart(view, cue.start), cue.start, isActor);
    // "Canadian and New Zealand Ministers met": the states of the offices, even when one adjective is also a name;
    // "The Canadian, Japanese, and Australian delegations met": more states by their adjectives than the names written.
    const offices = statesOfOffices(view, clauseStart(view, cue.start), cue.start, ctx);
    const literal = actors.length ? literalSubject(view, cue.start) : [];
    const read = subject(cue.start);
    // "met apart for a Coast Guard Chiefs' Meeting and a Fisheries Ministers' Meeting": each body of the list.
    const sources = [...(offices.length ? offices : literal.length >= read.length ? literal : read), ...met.map((m) => m.entity)];
    for (const b of coordinatedFrom(view, body)) for (const s of sources) emit(s, "PARTICIPATES_IN", b.entity, wordsOf(view, cue.start, b.end));
  }
}

/** "Admiral X, Commander of …, also attended.": attending the meeting the statement reports. */
function attendedAloneClaims({ view, ctx, emit }: RuleInput): void {
  for (const cue of findCues(view, ATTENDED_ALONE)) {
    if (!ctx.convened) continue;
    for (const s of literalSubject(view, cue.start)) emit(s, "PARTICIPATES_IN", ctx.convened, cue.text);
  }
}

/** "the Agreement between A and B": its parties. */
function agreementBetweenClaims({ view, emit }: RuleInput): void {
  for (const cue of findCues(view, BETWEEN)) {
    const agreement = itemEndingAt(view, cue.start, isAgreement);
    if (agreement) for (const a of actorList(view, cue.end)) emit(a.entity, "PARTY_TO", agreement.entity, wordsOf(view, agreement.start, cue.end));
  }
}

/**
 * The head nouns of a government's own policy: "Xland's Pacific Strategy", "Yland's Harbour Initiative", "Zland's
 * Outlook". Its owner commits to a policy of its own; it is not a party to it, as one is to a treaty both sides signed.
 */
const OWN_POLICY = /\b(?:strategy|initiative|outlook|policy|step-up|doctrine)$/i;

/** An agreement in the possessive of actors: "the United States' National Security Strategy". */
function agreementOwnerClaims({ view, emit, subject }: RuleInput): void {
  for (const item of view.items) {
    if (item.entity.type !== "Agreement") continue;
    // "President Biden and President Yoon's April 2023 Washington Declaration".
    // "the United States' National Security Strategy and National Defense Strategy": the owner of a list of agreements.
    let first = item;
    for (;;) {
      const joiner = view.tokens[first.start - 1]?.lower;
      const previous = joiner === "and" || joiner === "," ? view.items.find((i) => i.end === first.start - 1 && isAgreement(i)) : undefined;
      if (!previous) break;
      first = previous;
    }
    let k = first.start - 1;
    while (k >= 0 && /^(?:\d{4}|january|february|march|april|may|june|july|august|september|october|november|december|the)$/.test(view.tokens[k]?.lower ?? "")) k--;
    // "India sees Xland as a partner in its “Look North” policy": the singular pronoun stands for the clause's one subject.
    if (/^["\u201c\u2018]$/.test(view.tokens[k]?.text ?? "") && view.tokens[k - 1]?.lower === "its") k--;
    if (view.tokens[k]?.lower === "its") {
      const owner = subject(k);
      const only = owner[0];
      if (owner.length === 1 && only && only.type === "Actor" && only.kind !== "person") emit(only, OWN_POLICY.test(item.entity.name) ? "COMMITS_TO" : "PARTY_TO", item.entity, wordsOf(view, k, item.end));
      continue;
    }
    // "the United States' National Security Strategy": the possessive of a name ending in s.
    const mark = view.tokens[k]?.text ?? "";
    if (!/^['’]s$/.test(mark) && !(/^['’]$/.test(mark) && /s$/.test(view.tokens[k - 1]?.text ?? ""))) continue;
    const owners = actorListBackward(view, k);
    const type = OWN_POLICY.test(item.entity.name) ? "COMMITS_TO" : "PARTY_TO";
    for (const o of owners) emit(o.entity, type, item.entity, wordsOf(view, owners[0]?.start ?? o.start, item.end));
  }
}

/** An exercise simulating or including threats. */
function simulateClaims({ view, emit, scopeEnd }: RuleInput): void {
  for (const cue of findCues(view, SIMULATE)) {
    const exercise = lastItemBefore(view, cue.start, isExercise);
    if (!exercise || cue.start - exercise.end > 16 || view.items.some((i) => i.start >= exercise.end && i.start < cue.start && i.entity.type !== "Actor")) continue;
    for (const t of itemsIn(view, cue.end, scopeEnd(cue.end), isThreat)) emit(exercise.entity, "SIMULATES", t.entity, cue.text);
  }
}

/** Threats violating agreements: "launches, which violate UNSC resolutions". */
function violateClaims({ view, emit, scopeEnd }: RuleInput): void {
  for (const cue of [...findCues(view, VIOLATE), ...findCues(view, VIOLATIONS_OF)]) {
    const threat = lastItemBefore(view, cue.start, isThreat);
    if (!threat || cue.start - threat.end > 12 || view.items.some((i) => i.start >= threat.end && i.start < cue.start && i.entity.type !== "Actor")) continue;
    // "A and B, which violate X": a plural verb after ", which" has the whole list of threats before it as subject.
    // "These actions are in violation of X": a demonstrative that stands for several threats stands for each.
    // "condemned A and B as clear violations of X", "A and B are violations of X": a plural predicate has the list as subject.
    const plural = (view.tokens[cue.start - 1]?.lower === "which" && view.tokens[cue.start - 2]?.text === "," && /^violate$/.test(cue.text)) || /^(?:as|are|were) .*violations of$/.test(cue.text);
    const list = plural ? threatList(view, threat) : itemsIn(view, threat.start, threat.start + 1, (i) => isThreat(i) && i.end === threat.end);
    for (const a of itemsIn(view, cue.end, scopeEnd(cue.end), isAgreement)) for (const t of list) emit(t.entity, "VIOLATES", a.entity, cue.text);
  }
}

/** Threats addressed by a body, or by the parties when the text gives it as their purpose. */
function addressClaims({ view, ctx, emit, scopeEnd, subject }: RuleInput): void {
  for (const cue of findCues(view, ADDRESS)) {
    const source = lastItemBefore(view, cue.start, isBodyExerciseOrAgreement);
    const threat = itemsIn(view, cue.end, scopeEnd(cue.end), isThreat)[0];
    if (source && threat && cue.start - source.end <= 4) emit(source.entity, "ADDRESSES", threat.entity, cue.text);
    // "They … continue to coordinate, with a view to deterring such actions": the parties address it. Only an explicit
    // purpose phrase: a bare "to respond to" may have another agent ("the CMWG would update its posture to address …").
    // "… maintaining close cooperation in addressing these threats": the parties' joint work addresses them.
    // "The two countries will continue their fight against terrorism": the parties' own fight.
    else if (threat && threat.start - cue.end <= 2 && (PURPOSE.test(wordsOf(view, Math.max(0, cue.start - 4), cue.start).toLowerCase()) || JOINT_WORK_IN.test(wordsOf(view, Math.max(0, cue.start - 2), cue.start).toLowerCase()) || (cue.text === "against" && FIGHT.test(view.tokens[cue.start - 1]?.lower ?? "")))) {
      const speakers = subject(cue.start);
      // Every threat the object names: "these threats" may stand for several.
      const threats = itemsIn(view, threat.start, threat.start + 1, isThreat);
      if (speakers.length > 0 && speakers.every((x) => ctx.parties.includes(x))) for (const x of speakers) for (const t of threats) emit(x, "ADDRESSES", t.entity, cue.text);
    }
  }
}

/** "the DPRK has launched thousands of trash balloons": an actor doing a threat poses it. */
function perpetrateClaims({ view, ctx, emit, scopeEnd }: RuleInput): void {
  for (const cue of findCues(view, PERPETRATE)) {
    // The actor right before the verb ("the DPRK has launched").
    // "Russia's continued war …": after a possessive the participle describes the possessed act; its owner is read with it.
    if (/^['’]s?$/.test(view.tokens[cue.start - 1]?.text ?? "")) continue;
    const doer = itemEndingAt(view, cue.start, isActor) ?? lastItemBefore(view, cue.start, (i) => isActor(i) && cue.start - i.end <= 2 && /^(?:has|have|had)$/.test(view.tokens[i.end]?.lower ?? ""));
    const actors = doer && !ctx.parties.includes(doer.entity) && doer.entity.kind !== "person" && doer.entity.kind !== "alliance" ? [doer.entity] : [];
    for (const t of itemsIn(view, cue.end, scopeEnd(cue.end), isThreat)) for (const a of actors) emit(a, "POSES", t.entity, cue.text);
  }
}

/** "with the participation of the JGSDF and the U.S. Marine Corps", "conducted with the Philippines". */
function withParticipationClaims({ view, emit }: RuleInput): void {
  for (const cue of findCues(view, WITH_PARTICIPATION)) {
    const target = lastItemBefore(view, cue.start, isBodyOrExercise);
    if (!target || cue.start - target.end > 16) continue;
    for (const a of actorList(view, cue.end)) emit(a.entity, "PARTICIPATES_IN", target.entity, cue.text);
  }
}

/** "Talisman Sabre 2025, the largest bilateral exercise between Australia and the United States". */
function exerciseBetweenClaims({ view, emit }: RuleInput): void {
  for (const cue of findCues(view, BETWEEN)) {
    const target = appositiveBefore(view, cue.start);
    if (target && (target.entity.type === "Exercise" || target.entity.type === "Body")) for (const a of actorList(view, cue.end)) emit(a.entity, "PARTICIPATES_IN", target.entity, wordsOf(view, target.start, cue.end));
  }
}

/** "the signing by the three Ministers of the Framework": the signatories are parties. */
function signingByClaims({ view, ctx, emit }: RuleInput): void {
  for (const cue of findCues(view, SIGNING_BY)) {
    const ofAt = view.tokens.findIndex((t, k) => k >= cue.end && t.lower === "of");
    if (ofAt < 0 || ofAt - cue.end > 8) continue;
    const agreement = itemsIn(view, ofAt + 1, ofAt + 3, isAgreement)[0];
    if (!agreement) continue;
    const said = view.tokens.slice(cue.end, ofAt).map((t) => t.lower).join(" ");
    const signers = PARTY_EXPRESSION.test(said) ? ctx.parties : itemsIn(view, cue.end, ofAt, isActor).map((i) => i.entity);
    for (const p of signers) emit(p, "PARTY_TO", agreement.entity, wordsOf(view, cue.start, agreement.end));
  }
}

/** "Japan's cooperation with AUKUS": cooperation between the two. */
function cooperationWithClaims({ view, emit, subject }: RuleInput): void {
  for (const cue of findCues(view, COOPERATION_WITH)) {
    // "the DPRK's military cooperation with Russia": a threat's phrase, nobody's partnership.
    if (view.items.some((i) => i.threat && i.start <= cue.start && cue.start < i.end)) continue;
    // "the Quad's solidarity and strong commitment to": stance words may stand between the owner and the noun.
    const possessive = possessiveBefore(view, cue.start);
    const owner = possessive >= 0 ? itemEndingAt(view, possessive, isActor) : undefined;
    const partners = actorList(view, cue.end);
    if (owner) for (const p of partners) emit(owner.entity, "COOPERATES_WITH", p.entity, wordsOf(view, owner.start, p.end));
    // "welcomed growing cooperation with Australia, the Philippines, and the ROK": the subject cooperates with each.
    else for (const s of subject(cue.start)) for (const p of partners) if (p.entity.kind !== "person") emit(s, "COOPERATES_WITH", p.entity, cue.text);
  }
}

/** "the trilateral partnership among Japan, Australia, and the United States". */
function partnershipAmongClaims({ view, ctx, emit }: RuleInput): void {
  for (const cue of findCues(view, PARTNERSHIP_AMONG)) {
    if (view.items.some((i) => i.threat && i.start <= cue.start && cue.start < i.end)) continue;
    // States, or agencies: "cooperation between the A Agency and the B Group".
    const members = [...new Set(actorList(view, cue.end).filter((i) => i.entity.kind === "state" || i.entity.kind === "organization").map((i) => i.entity))];
    cooperationTies(members, emit, cue.text);
    // "the broad strategic Alliance between Norway and Chile": the states are its members.
    const alliance = view.items.find((i) => i.entity.kind === "alliance" && i.start <= cue.start && cue.start < i.end && !i.threat);
    if (alliance && members.length >= 2) for (const m of members) if (m.kind === "state") emit(m, "MEMBER_OF", alliance.entity, wordsOf(view, alliance.start, cue.end));
    // "the alliance between A and B" in lower case: the parties' alliance, when A and B are the parties.
    if (!alliance && cue.text.startsWith("alliance") && ctx.alliance && members.length === ctx.parties.length && members.every((m) => ctx.parties.includes(m))) {
      for (const m of members) emit(m, "MEMBER_OF", ctx.alliance, cue.text);
    }
  }
}

/** Cooperation named by a compound of states: "ROK-U.S.-Japan security cooperation". */
function compoundCooperationClaims({ view, ctx, emit }: RuleInput): void {
  for (const cue of findCues(view, COOPERATION)) {
    const token = view.tokens[cue.start - 1];
    if (!token) continue;
    const states = token.text.split(/[-‐‑](?=[\p{L}\p{N}])/u).map((p) => ctx.stateByWord(p)).filter((s): s is DocEntity => s !== undefined);
    let unique = [...new Set(states)];
    let from = cue.start - 1;
    // "Xland-Yland-United States trilateral defense cooperation": the compound's last state runs on past the token.
    const runOn = statesCompoundBefore(view, cue.start, ctx);
    if (runOn) {
      unique = runOn.states;
      from = cue.start - runOn.text.split(" ").length;
    }
    if (unique.length < 2 || view.items.some((i) => i.threat && i.start <= cue.start - 1 && cue.start - 1 < i.end)) continue;
    cooperationTies(unique, emit, wordsOf(view, from, cue.end));
  }
}

/** A plural office and the words of its field: "Prime Ministers", "Foreign and Defence Ministers", "Presidents". */
const PLURAL_OFFICE = /^(?:ministers|presidents|secretaries|leaders|premiers|chancellors)$/;
const OFFICE_FIELD = /^(?:prime|deputy|vice|foreign|defen[cs]e|trade|national|and)$/;

/** The token after a plural office that starts at `at` ("Prime Ministers A and B"), else `at`. */
function pastPluralOffice(view: SentenceView, at: number): number {
  let k = at;
  while (k - at < 4 && OFFICE_FIELD.test(view.tokens[k]?.lower ?? "")) k++;
  return view.tokens[k]?.cap && PLURAL_OFFICE.test(view.tokens[k]?.lower ?? "") ? k + 1 : at;
}

/** Words of stance between an owner's possessive and "commitment to": "solidarity and strong". */
const STANCE_WORDS = /^(?:solidarity|support|strong|firm|steadfast|unwavering|continued|shared|enduring|resolute|and)$/;
const STANCE_WINDOW = 4;

/** The index of the possessive "'s" right before `at`, past a few stance words; -1 when there is none. */
function possessiveBefore(view: SentenceView, at: number): number {
  let k = at - 1;
  while (k > at - 1 - STANCE_WINDOW && STANCE_WORDS.test(view.tokens[k]?.lower ?? "")) k--;
  return /^['’]s$/.test(view.tokens[k]?.text ?? "") ? k : -1;
}

/** "the Presidents' …", "the Ministers' …" just before token `at`: the principals of the statement, in the possessive. */
const PRINCIPALS = /^(?:presidents|ministers|leaders|secretaries|principals)$/;
function principalsPossessive(view: SentenceView, at: number): boolean {
  const [article, office, mark] = view.tokens.slice(at - 3, at).map((t) => t.lower);
  return at >= 3 && article === "the" && PRINCIPALS.test(office ?? "") && /^['’]$/.test(mark ?? "");
}

/** Whether tokens [from, to) are a compound of states written before a name: "Xland-New Yland". */
function statesQualify(view: SentenceView, from: number, to: number, ctx: RelationContext): boolean {
  const words = view.tokens.slice(from, to).map((t) => t.text).join(" ");
  const parts = words.split(/[-‐‑](?=\p{Lu})/u);
  return parts.length >= 2 && parts.every((p) => ctx.stateByWord(p) !== undefined);
}

/** The threats coordinated with `last` ("A, B and C" ending at it): back through "and", commas and their owners. */
function threatList(view: SentenceView, last: Item): Item[] {
  const out = [last];
  let at = last.start;
  for (;;) {
    const and = view.tokens.slice(Math.max(0, at - 12), at).map((t) => t.lower).lastIndexOf("and");
    const from = and < 0 ? -1 : Math.max(0, at - 12) + and;
    // Between the previous threat and "and" only its agent phrase may stand ("drones flown by the DPRK over the border").
    const previous = from < 0 ? undefined : lastItemBefore(view, from, isThreat);
    if (!previous || view.items.some((i) => i.start >= previous.end && i.start < at && i !== last && isThreat(i))) break;
    if (from - previous.end > 10 || view.tokens.slice(previous.end, from).some((t) => /^(?:[,;:]|that|which|and)$/.test(t.lower))) break;
    out.unshift(previous);
    at = previous.start;
  }
  return out;
}

/**
 * Relations from verb and preposition cues. Each rule reads one resolved sentence and states
 * claims (source, type, target, cue); extract.ts checks endpoint types and attaches evidence.
 */
import type { RelationType } from "../graph/schema.ts";
import type { DocEntity } from "./entities.ts";
import { findCues as findAll, itemEndingAt, itemsIn, lastItemBefore, wordsOf, type Cue, type Item, type SentenceView } from "./view.ts";

export interface Claim {
  source: DocEntity;
  type: RelationType;
  target: DocEntity;
  sentence: number;
  cue: string;
}

export interface RelationContext {
  /** The statement's parties: what "both sides", "the two sides", "they" refer to. */
  parties: DocEntity[];
  /** The state an actor belongs to, when known (an organisation's or a person's state). */
  stateOf(entity: DocEntity): DocEntity | undefined;
  /** A state entity by canonical name (created on demand when the text names it). */
  state(name: string): DocEntity | undefined;
  /** Maps a lexicon adjective or short form ("ROK", "U.S.") to its state entity. */
  stateByWord(word: string): DocEntity | undefined;
  /** The body whose meeting the statement reports ("the meeting"). */
  convened?: DocEntity;
}

const isType = (...types: string[]) => (i: Item) => types.includes(i.entity.type);
const isActor = isType("Actor");
const isThreat = isType("Threat");
const isAgreement = isType("Agreement");
const isBody = isType("Body");
const isExercise = isType("Exercise");
const isBodyOrExercise = isType("Body", "Exercise");
const isBodyOrAgreement = isType("Body", "Agreement");
const isBodyExerciseOrAgreement = isType("Body", "Exercise", "Agreement");
const isActorBodyOrAgreement = isType("Actor", "Body", "Agreement");
const isNamed = isType("Body", "Exercise", "Agreement", "Actor");

/** Expressions that refer to the statement's parties. */
export const PARTY_EXPRESSION =
  /^(?:both sides|both delegations|both countries|both ministers|both leaders|the two (?:sides|delegations|countries|nations|governments|ministers|leaders|parties|secretaries|allies|co-chairs|principals)|the three (?:sides|delegations|countries|nations|governments|ministers|leaders|parties|principals)|the (?:delegations|sides|ministers|leaders|allies|parties|co-chairs|principals|participants|secretaries|chiefs|heads of delegation)|the (?:secretary|minister|chairman|chair|co-chair|under secretary|deputy minister|foreign minister|defense minister) and the (?:secretary|minister|chairman|chair|co-chair|under secretary|deputy minister|foreign minister|defense minister)|the (?:two|three|four|five|six) [a-z][a-z-]*s|they|we)\b/;

/** Words one of which a sentence must contain for a pattern to be worth running. */
const ANCHORS = new WeakMap<RegExp, readonly string[]>();
function cue(pattern: RegExp, anchors: readonly string[]): RegExp {
  ANCHORS.set(pattern, anchors);
  return pattern;
}

/** Every match of a cue pattern in the sentence; skipped outright when none of its anchor words is there. */
function findCues(view: SentenceView, pattern: RegExp): Cue[] {
  const anchors = ANCHORS.get(pattern);
  if (anchors && !anchors.some((a) => view.joined.includes(a))) return [];
  return findAll(view, pattern);
}

const ADVERBIAL_START = /^(?:in addition|in particular|furthermore|moreover|additionally|also|to this end|in that vein|as such|finally|further|likewise|similarly|meanwhile|on the occasion of [^,]*|based on [^,]*|in this regard|in this context|in doing so|at the same time|following [^,]*|during [^,]*|with [^,]*|as part of [^,]*|recognizing [^,]*|noting [^,]*)\s*,\s*/;

/** "5.", "(a)", "iv." opening a numbered paragraph. */
const LIST_MARKER = /^(?:\d{1,3} \.|\( ?\w{1,4} ?\)|[ivx]{1,5} \.)\s*/;

const ADVERBIAL_WORDS = new Set(["in", "addition", "particular", "furthermore", "moreover", "additionally", "also", "finally", "further", "likewise", "similarly", "meanwhile"]);

const SUBJECT_FILLER = new Set(["and", "the", "of", "also", "both", "two", "three", "side", "sides", "delegation", "delegations", "'s", "’s", ",", "a", "an", "as", "well", "together", "jointly", "further", "each", "key", "senior", "respective"]);

const CONDEMN = /\b(?:(?:strongly |firmly |resolutely |unequivocally |jointly )?(?:condemn(?:ed|s)?|denounc(?:ed|es)|deplor(?:ed|es)|criticiz(?:ed|es)|criticis(?:ed|es)|reject(?:ed|s)?|oppos(?:ed|es)|oppose|objected to)|(?:express(?:ed|es)?|reiterat(?:ed|es)|voic(?:ed|es)) (?:their |its |our )?(?:strong |firm |resolute )?(?:opposition|objection)s? to|(?:express(?:ed|es)?|shar(?:ed|es)|voic(?:ed|es)|reiterat(?:ed|es)) (?:their |its |our )?(?:grave |serious |deep |strong |profound )?concerns? (?:over|about|regarding|at|with|on|that)|(?:are|were|remain|remained) (?:gravely |deeply |seriously )?concerned (?:about|over|by|with)|raised (?:their |serious |grave |strong )?concerns? (?:about|over|regarding|with)|the dangers? (?:of|posed by)|warned (?:against|about|of))\b/g;
const COMMIT = /\b(?:approved|endorsed|adopted|reaffirmed (?:their |its )?(?:commitment to|support for)|pledged to|pledge to|committed to|commit to|commitment to|implementing|implementation of|implement|advance progress on|based on|in accordance with|uphold|upholding|abide by|adhere to|adherence to|comply with|compliance with|in line with|consistent with|support for|supporting|faithfully)\b/g;
const HELD = cue(/\b(?<!was |were )(?:held|convened|attended|participated in|took part in|conducted)\b(?! by)/g, ["held", "convened", "attended", "partic", "took part", "conducted"]);
const THROUGH = cue(/\bthrough (?:the work of )?(?:the )?/g, ["through"]);
const WORK_OF = cue(/\b(?:commended|welcomed|reviewed|applauded|praised|appreciated|noted|recognized|highlighted|assessed|discussed|valued) (?:the )?(?:work|efforts|progress|activities|achievements|role) of\b/g, [" of"]);
const PARTICIPATION = cue(/\b(?:participation|involvement|participating) in\b/g, ["partic", "involvement"]);
const LED_DELEGATION = cue(/\b(?:led|headed) (?:the |their |its )?(?<adj>\S+ )?delegation\b/g, ["delegation"]);
const CHAIRED = cue(/\b(?:co-chaired|chaired|presided over|co-hosted|hosted)\b/g, ["chair", "host", "presided"]);
const RESPECTIVE_DELEGATIONS = cue(/\b(?:led|headed) (?:their|the) (?:respective )?delegations\b/g, ["delegations"]);
const PASSIVE_HELD = cue(/\b(?:was|were) (?:held|convened|hosted)\b/g, ["was ", "were "]);
const LED_BY = cue(/\b(?:led|chaired|co-chaired|headed|hosted|co-hosted|organized|organised|developed|being developed|sponsored|commanded|run|overseen|managed|conducted|carried out) by\b/g, [" by"]);
const UNDER = cue(/\bunder (?:the auspices of )?(?:the )?/g, ["under"]);
const INCLUDING = cue(/(?:, )?\b(?:including|such as)\b/g, ["including", "such as"]);
const SIMULATE = cue(/\b(?:which |that )?(?:included|includes|including|simulated|simulates|simulating|featured|featuring|incorporated|rehearsed|practiced|practised|responded to|countering)\b/g, ["includ", "simulat", "featur", "incorporat", "rehears", "practi", "countering", "responded"]);
const VIOLATE = cue(/\b(?:violate|violates|violated|violating|in violation of|contravene|contravenes|breach|breaches|breaching|in breach of)\b/g, ["violat", "contraven", "breach"]);
const MADE = /\b(?:agreed(?: upon| on)?|developed|drafted|prepared|produced|formulated|established|adopted|concluded|negotiated)\b/g;
const ESTABLISH = cue(/\b(?:agreed to|decided to|resolved to|will|to)? ?(?:establish|create|launch|set up|stand up|form)\b/g, ["establish", "create", "launch", "set up", "stand up", "form"]);
const WHICH_ADOPTED = cue(/, which\b/g, [", which"]);
const AGREED_BY = cue(/\b(?:agreed(?: upon| on| to)?|signed|concluded|adopted|endorsed|ratified) by\b/g, [" by"]);
const BETWEEN = cue(/\bbetween\b/g, ["between"]);
const ESTABLISHED = cue(/\b(?:established|created|launched|set up|stood up|formed) (?:by|under|through|in accordance with|pursuant to)\b/g, ["establish", "created", "launched", "set up", "stood up", "formed"]);
const ADDRESS = /\b(?:respond to|responding to|response to|counter|countering|deter|deterring|defend against|defending against|against|address|addressing|cope with|combat|combating|neutralize|neutralizing)\b/g;
const PERPETRATE = /\b(?:has |have |had )?(?:launched|fired|conducted|sent|carried out|staged|deployed|transferred|provided|supplied|exported|continued|escalated|intensified|pursued|flown|dispatched)\b/g;
const WITH_PARTICIPATION = cue(/\b(?:with the participation of|conducted with|held with|together with|alongside)\b/g, ["with", "alongside"]);
const SIGNING_BY = cue(/\bsigning by\b/g, ["signing by"]);
const COOPERATION_WITH = cue(/\b(?:cooperation|partnership|collaboration|engagement) with\b/g, [" with"]);
const PARTNERSHIP_AMONG = cue(/\b(?:trilateral |bilateral |quadrilateral )?(?:partnership|cooperation|relationship|coordination|alliance) (?:among|between)\b/g, ["among", "between"]);
const COOPERATION = cue(/\b(?:security |defense |defence |military |trilateral |bilateral |strategic )*cooperation\b/g, ["cooperation"]);

const MET = cue(/\bmet\b/g, ["met"]);
const ATTENDED_ALONE = cue(/\b(?:also )?(?:attended|participated|took part|joined)(?= [.,;]| also| as|$)/g, ["attended", "participated", "took part", "joined"]);
const URGED = cue(/\b(?:urged|called on|called upon|calls on|urges|pressed|demanded that)\b/g, ["urge", "call", "press", "demand"]);
const MAIN_VERB = /\b(?:and )?(?:agreed|concurred|reaffirmed|affirmed|acknowledged|emphasized|welcomed|recognized|noted|decided|resolved|discussed|reviewed|shared|exchanged|consulted|visited|expressed|pledged|committed|condemned|urged|called)\b/g;
const ALL_CUES = [CONDEMN, COMMIT, HELD, THROUGH, WORK_OF, PARTICIPATION, LED_BY, VIOLATE, AGREED_BY, MAIN_VERB];
/** All cues in one pattern: where any cue starts, an object's scope ends (one pass over the sentence). */
const ANY_CUE = new RegExp(ALL_CUES.map((r) => `(?:${r.source})`).join("|"), "g");

export function extractClaims(view: SentenceView, ctx: RelationContext): Claim[] {
  const claims: Claim[] = [];
  const sentence = view.sentence.index;
  const emit = (source: DocEntity | undefined, type: RelationType, target: DocEntity | undefined, cue: string) => {
    if (source && target && source !== target) claims.push({ source, type, target, sentence, cue });
  };
  const boundaries = cueBoundaries(view, [ANY_CUE]);
  const scopeEnd = (from: number) => boundaries.find((b) => b >= from) ?? view.tokens.length;
  const clauses = cueBoundaries(view, [MAIN_VERB]);
  const clauseEnd = (from: number) => clauses.find((b) => b >= from) ?? view.tokens.length;
  const subject = (at: number) => subjectOf(view, at, ctx);

  // Subject verbs object: condemn, commit, participate.
  for (const cue of findCues(view, CONDEMN)) for (const t of itemsIn(view, cue.end, scopeEnd(cue.end), isThreat)) for (const s of subject(cue.start)) emit(s, "CONDEMNS", t.entity, cue.text);
  for (const cue of findCues(view, COMMIT)) {
    // "called on the PRC to abide by UNCLOS": what others are urged to do is not the subject's commitment.
    if (findCues(view, URGED).some((u) => u.end <= cue.start && cue.start - u.end <= 8)) continue;
    for (const t of itemsIn(view, cue.end, scopeEnd(cue.end), isAgreement)) for (const s of subject(cue.start)) emit(s, "COMMITS_TO", t.entity, cue.text);
  }
  for (const cue of findCues(view, HELD)) {
    const target = itemsIn(view, cue.end, scopeEnd(cue.end), isBodyOrExercise)[0];
    const actors = itemsIn(view, 0, cue.start, isActor).filter((i) => i.entity.kind !== "person" || cue.text !== "held");
    const sources = actors.length ? literalSubject(view, cue.start) : subject(cue.start);
    if (target && target.start - cue.end <= 3) for (const s of sources) emit(s, "PARTICIPATES_IN", target.entity, cue.text);
  }
  for (const cue of findCues(view, WORK_OF)) {
    const body = itemsIn(view, cue.end, cue.end + 3, isBodyExerciseOrAgreement)[0];
    if (!body) continue;
    for (const s of subject(cue.start)) emit(s, "PARTICIPATES_IN", body.entity, cue.text);
    // "the work of the CCWG, including the Cyber Alliance and Cyber Flag exercise".
    const incl = findCues(view, INCLUDING).find((c) => c.start >= body.end && (c.start <= body.end + 1 || onlyItemsBetween(view, body.end, c.start, ["Body"])));
    if (incl) for (const part of itemsIn(view, incl.end, clauseEnd(incl.end), isBodyOrExercise)) emit(part.entity, "PART_OF", body.entity, `${cue.text} … ${incl.text.replace(/^,\s*/, "")}`);
  }
  for (const cue of findCues(view, THROUGH)) {
    const body = itemsIn(view, cue.end, cue.end + 1, isBody)[0];
    if (!body) continue;
    const agreement = lastItemBefore(view, cue.start, isAgreement);
    const made = agreement ? findCues(view, MADE).find((c) => c.start >= agreement.end && c.end <= cue.start && c.start - agreement.end <= 8) : undefined;
    if (agreement && made) emit(body.entity, "ESTABLISHES", agreement.entity, `${made.text} … ${cue.text.trim()}`);
    else for (const s of subject(cue.start)) emit(s, "PARTICIPATES_IN", body.entity, cue.text.trim());
  }
  for (const cue of findCues(view, PARTICIPATION)) {
    const target = itemsIn(view, cue.end, cue.end + 2, isBodyExerciseOrAgreement)[0];
    if (!target) continue;
    const owner = view.tokens[cue.start - 1]?.text.match(/^['’]s$/) ? itemEndingAt(view, cue.start - 1, isActor) : undefined;
    for (const s of owner ? [owner.entity] : subject(cue.start)) emit(s, "PARTICIPATES_IN", target.entity, cue.text);
  }

  // Leadership.
  for (const cue of findCues(view, CHAIRED)) {
    let body = itemsIn(view, cue.end, cue.end + 3, isBodyOrExercise)[0];
    // "A and B hosted C and D in Manila for the fifth 2+2": the hosts lead it, the guests take part.
    let guests: Item[] = [];
    if (!body && cue.text.includes("host")) {
      const forAt = view.tokens.findIndex((t, k) => k > cue.end && k <= cue.end + 20 && t.lower === "for" && itemsIn(view, k + 1, k + 3, isBody).length > 0);
      if (forAt > 0) {
        body = itemsIn(view, forAt + 1, forAt + 3, isBody)[0];
        guests = itemsIn(view, cue.end, forAt, isActor).filter((i) => i.entity.kind === "person" || i.entity.kind === "state");
      }
    }
    if (!body) continue;
    for (const s of literalSubject(view, cue.start)) emit(s, "LEADS", body.entity, cue.text);
    for (const g of guests) emit(g.entity, "PARTICIPATES_IN", body.entity, wordsOf(view, cue.start, body.end));
  }
  for (const cue of findCues(view, RESPECTIVE_DELEGATIONS)) {
    for (const p of itemsIn(view, clauseStart(view, cue.start), cue.start, (i) => i.entity.kind === "person")) {
      const own = ctx.stateOf(p.entity);
      if (own && own !== p.entity) emit(p.entity, "LEADS", own, cue.text);
    }
  }
  for (const cue of findCues(view, PASSIVE_HELD)) {
    const body = lastItemBefore(view, cue.start, isBody);
    if (body && cue.start - body.end <= 1 && view.sentence.index < 6) for (const p of ctx.parties) emit(p, "PARTICIPATES_IN", body.entity, wordsOf(view, body.start, cue.end));
  }
  for (const cue of findCues(view, LED_DELEGATION)) {
    const person = lastItemBefore(view, cue.start, (i) => i.entity.kind === "person");
    const adjective = cue.groups.adj?.trim();
    const inside = itemsIn(view, cue.start, cue.end, isActor)[0]?.entity;
    const led = inside ?? (adjective ? ctx.stateByWord(adjective) : undefined);
    if (person && led) {
      emit(person.entity, "LEADS", led, cue.text);
      if (led.kind === "state") emit(person.entity, "MEMBER_OF", led, cue.text);
    }
  }
  for (const cue of findCues(view, LED_BY)) {
    // "Freedom Edge, the trilateral multi-domain exercise conducted by …": the name stands before its description.
    const target =
      itemEndingAt(view, cue.start, isNamed) ??
      appositiveBefore(view, cue.start) ??
      describedBefore(view, cue.start);
    const leaders = actorList(view, cue.end);
    if (target) for (const l of leaders) emit(l.entity, "LEADS", target.entity, cue.text);
  }

  // Structure: "X under the Y", "A, such as B and C" (threats), "established by".
  for (const cue of findCues(view, UNDER)) {
    const part = itemEndingAt(view, cue.start, isBodyOrExercise);
    const whole = itemsIn(view, cue.end, cue.end + 1, isBodyOrAgreement)[0];
    if (part && whole) emit(part.entity, "PART_OF", whole.entity, wordsOf(view, part.start, whole.end));
  }
  for (const cue of findCues(view, INCLUDING)) {
    const whole = itemEndingAt(view, cue.start, isThreat);
    if (!whole || !/such as/.test(cue.text)) continue;
    for (const part of itemsIn(view, cue.end, scopeEnd(cue.end), isThreat)) emit(part.entity, "PART_OF", whole.entity, cue.text.replace(/^,\s*/, ""));
  }
  for (const cue of findCues(view, ESTABLISHED)) {
    const created = lastItemBefore(view, cue.start, isBodyOrAgreement);
    let from = cue.end;
    while (/^(?:the|a|an|\d{4}|january|february|march|april|may|june|july|august|september|october|november|december)$/.test(view.tokens[from]?.lower ?? "")) from++;
    const creator = itemsIn(view, from, from + 1, isActorBodyOrAgreement)[0];
    if (!created || !creator || cue.start - created.end > 3) continue;
    // "the DICWG, newly established under the KIDD": a body set up under another is part of it.
    if (created.entity.type === "Body" && creator.entity.type === "Body" && /under/.test(cue.text)) emit(created.entity, "PART_OF", creator.entity, cue.text);
    else emit(creator.entity, "ESTABLISHES", created.entity, cue.text);
  }

  // "The two sides agreed to establish a NCCWG": the subject establishes it.
  for (const cue of findCues(view, ESTABLISH)) {
    const made = itemsIn(view, cue.end, cue.end + 3, isBodyOrAgreement)[0];
    if (!made || made.start - cue.end > 2) continue;
    for (const s of subject(cue.start)) emit(s, "ESTABLISHES", made.entity, cue.text.trim());
  }
  // "the Guidelines …, which the ROK and the United States adopted": the adopters are parties.
  for (const cue of findCues(view, WHICH_ADOPTED)) {
    const agreement = itemEndingAt(view, cue.start, isAgreement);
    if (!agreement) continue;
    const actors = actorList(view, cue.end);
    const verb = view.tokens[(actors[actors.length - 1]?.end ?? cue.end) + (view.tokens[(actors[actors.length - 1]?.end ?? 0)]?.lower === "have" ? 1 : 0)];
    if (actors.length && /^(?:adopted|signed|concluded|agreed|endorsed|approved|ratified|issued|released)$/.test(verb?.lower ?? "")) for (const a of actors) emit(a.entity, "PARTY_TO", agreement.entity, wordsOf(view, agreement.start, (actors[actors.length - 1]?.end ?? cue.end) + 1));
  }

  // Agreements and their parties.
  for (const cue of findCues(view, AGREED_BY)) {
    const agreement = itemEndingAt(view, cue.start, isAgreement);
    if (!agreement) continue;
    // "signed by the three countries' defense ministers": the parties.
    const after = view.tokens.slice(cue.end, cue.end + 4).map((t) => t.lower).join(" ");
    const signers = PARTY_EXPRESSION.test(after) ? ctx.parties : actorList(view, cue.end).map((a) => a.entity);
    for (const a of signers) emit(a, "PARTY_TO", agreement.entity, cue.text);
  }
  // "General X … met in Tokyo … for the Tri-CHOD": those who met take part.
  for (const cue of findCues(view, MET)) {
    const k = view.tokens.findIndex((t, i) => i > cue.end && i <= cue.end + 14 && (t.lower === "for" || t.lower === "at") && view.items.some((it) => it.entity.type === "Body" && (it.start === i + 1 || (it.start === i + 2 && view.tokens[i + 1]?.lower === "the"))));
    if (k < 0) continue;
    const body = itemsIn(view, k + 1, k + 3, isBody)[0];
    if (body) for (const s of literalSubject(view, cue.start)) emit(s, "PARTICIPATES_IN", body.entity, wordsOf(view, cue.start, body.end));
  }
  // "Admiral X, Commander of …, also attended.": attending the meeting the statement reports.
  for (const cue of findCues(view, ATTENDED_ALONE)) {
    if (!ctx.convened) continue;
    for (const s of literalSubject(view, cue.start)) emit(s, "PARTICIPATES_IN", ctx.convened, cue.text);
  }
  for (const cue of findCues(view, BETWEEN)) {
    const agreement = itemEndingAt(view, cue.start, isAgreement);
    if (agreement) for (const a of actorList(view, cue.end)) emit(a.entity, "PARTY_TO", agreement.entity, wordsOf(view, agreement.start, cue.end));
  }
  for (const item of view.items) {
    if (item.entity.type !== "Agreement") continue;
    // "President Biden and President Yoon's April 2023 Washington Declaration".
    let k = item.start - 1;
    while (k >= 0 && /^(?:\d{4}|january|february|march|april|may|june|july|august|september|october|november|december|the)$/.test(view.tokens[k]?.lower ?? "")) k--;
    if (!/^['’]s$/.test(view.tokens[k]?.text ?? "")) continue;
    const owners = actorListBackward(view, k);
    for (const o of owners) emit(o.entity, "PARTY_TO", item.entity, wordsOf(view, owners[0]?.start ?? o.start, item.end));
  }

  // Threats: simulated by exercises, violating agreements, addressed by bodies, posed by actors.
  for (const cue of findCues(view, SIMULATE)) {
    const exercise = lastItemBefore(view, cue.start, isExercise);
    if (!exercise || cue.start - exercise.end > 16 || view.items.some((i) => i.start >= exercise.end && i.start < cue.start && i.entity.type !== "Actor")) continue;
    for (const t of itemsIn(view, cue.end, scopeEnd(cue.end), isThreat)) emit(exercise.entity, "SIMULATES", t.entity, cue.text);
  }
  for (const cue of findCues(view, VIOLATE)) {
    const threat = lastItemBefore(view, cue.start, isThreat);
    if (!threat || cue.start - threat.end > 12 || view.items.some((i) => i.start >= threat.end && i.start < cue.start && i.entity.type !== "Actor")) continue;
    for (const a of itemsIn(view, cue.end, scopeEnd(cue.end), isAgreement)) emit(threat.entity, "VIOLATES", a.entity, cue.text);
  }
  for (const cue of findCues(view, ADDRESS)) {
    const source = lastItemBefore(view, cue.start, isBodyExerciseOrAgreement);
    const threat = itemsIn(view, cue.end, scopeEnd(cue.end), isThreat)[0];
    if (source && threat && cue.start - source.end <= 4) emit(source.entity, "ADDRESSES", threat.entity, cue.text);
  }

  // "the DPRK has launched thousands of trash balloons": an actor doing a threat poses it.
  for (const cue of findCues(view, PERPETRATE)) {
    // The actor right before the verb ("the DPRK has launched").
    const doer = itemEndingAt(view, cue.start, isActor) ?? lastItemBefore(view, cue.start, (i) => isActor(i) && cue.start - i.end <= 2 && /^(?:has|have|had)$/.test(view.tokens[i.end]?.lower ?? ""));
    const actors = doer && !ctx.parties.includes(doer.entity) && doer.entity.kind !== "person" && doer.entity.kind !== "alliance" ? [doer.entity] : [];
    for (const t of itemsIn(view, cue.end, scopeEnd(cue.end), isThreat)) for (const a of actors) emit(a, "POSES", t.entity, cue.text);
  }

  // "with the participation of the JGSDF and the U.S. Marine Corps", "conducted with the Philippines".
  for (const cue of findCues(view, WITH_PARTICIPATION)) {
    const target = lastItemBefore(view, cue.start, isBodyOrExercise);
    if (!target || cue.start - target.end > 16) continue;
    for (const a of actorList(view, cue.end)) emit(a.entity, "PARTICIPATES_IN", target.entity, cue.text);
  }
  // "Talisman Sabre 2025, the largest bilateral exercise between Australia and the United States".
  for (const cue of findCues(view, BETWEEN)) {
    const target = appositiveBefore(view, cue.start);
    if (target && (target.entity.type === "Exercise" || target.entity.type === "Body")) for (const a of actorList(view, cue.end)) emit(a.entity, "PARTICIPATES_IN", target.entity, wordsOf(view, target.start, cue.end));
  }
  // "the signing by the three Ministers of the Framework": the signatories are parties.
  for (const cue of findCues(view, SIGNING_BY)) {
    const ofAt = view.tokens.findIndex((t, k) => k >= cue.end && t.lower === "of");
    if (ofAt < 0 || ofAt - cue.end > 8) continue;
    const agreement = itemsIn(view, ofAt + 1, ofAt + 3, isAgreement)[0];
    if (!agreement) continue;
    const said = view.tokens.slice(cue.end, ofAt).map((t) => t.lower).join(" ");
    const signers = PARTY_EXPRESSION.test(said) ? ctx.parties : itemsIn(view, cue.end, ofAt, isActor).map((i) => i.entity);
    for (const p of signers) emit(p, "PARTY_TO", agreement.entity, wordsOf(view, cue.start, agreement.end));
  }
  // "Japan's cooperation with AUKUS": cooperation between the two.
  for (const cue of findCues(view, COOPERATION_WITH)) {
    const owner = /^['’]s$/.test(view.tokens[cue.start - 1]?.text ?? "") ? itemEndingAt(view, cue.start - 1, isActor) : undefined;
    const partners = actorList(view, cue.end);
    if (owner) for (const p of partners) emit(owner.entity, "COOPERATES_WITH", p.entity, wordsOf(view, owner.start, p.end));
  }
  // "the trilateral partnership among Japan, Australia, and the United States".
  for (const cue of findCues(view, PARTNERSHIP_AMONG)) {
    if (view.items.some((i) => i.threat && i.start <= cue.start && cue.start < i.end)) continue;
    const members = [...new Set(actorList(view, cue.end).filter((i) => i.entity.kind === "state").map((i) => i.entity))];
    cooperationRing(members, (a, b) => emit(a, "COOPERATES_WITH", b, cue.text));
  }

  // Cooperation named by a compound of states: "ROK-U.S.-Japan security cooperation".
  for (const cue of findCues(view, COOPERATION)) {
    const token = view.tokens[cue.start - 1];
    if (!token) continue;
    const states = token.text.split(/[-‐‑](?=[\p{L}\p{N}])/u).map((p) => ctx.stateByWord(p)).filter((s): s is DocEntity => s !== undefined);
    const unique = [...new Set(states)];
    if (unique.length < 2 || view.items.some((i) => i.threat && i.start <= cue.start - 1 && cue.start - 1 < i.end)) continue;
    cooperationRing(unique, (a, b) => emit(a, "COOPERATES_WITH", b, wordsOf(view, cue.start - 1, cue.end)));
  }
  return claims;
}

/** Token positions where a cue or a clause break starts: the end of a cue's object scope. */
function cueBoundaries(view: SentenceView, patterns: readonly RegExp[]): number[] {
  const out = new Set<number>();
  for (const pattern of patterns) for (const c of findAll(view, pattern)) out.add(c.start);
  view.tokens.forEach((t, i) => {
    if (t.text === ";" || t.text === ":") out.add(i);
  });
  return [...out].sort((a, b) => a - b);
}

/** Cooperation among several: each earlier member with each later one, and the last back to the first. */
function cooperationRing(members: readonly DocEntity[], emit: (a: DocEntity, b: DocEntity) => void): void {
  members.forEach((a, i) => members.slice(i + 1).forEach((b) => emit(a, b)));
  const first = members[0];
  const last = members[members.length - 1];
  if (members.length >= 3 && first && last) emit(last, first);
}

/** "X, the <description>" ending at `at`: the named item X. */
function appositiveBefore(view: SentenceView, at: number): Item | undefined {
  let k = at - 1;
  while (k >= 0 && k >= at - 7 && view.tokens[k]?.word && !view.tokens[k]?.cap && !view.items.some((i) => i.start <= k && k < i.end)) k--;
  if (view.tokens[k + 1]?.lower !== "the" && view.tokens[k + 1]?.lower !== "a") return undefined;
  if (view.tokens[k]?.text !== ",") return undefined;
  return itemEndingAt(view, k, (i) => i.entity.type !== "Threat");
}

/** "Freedom Edge, the trilateral exercise held in …, led by": the exercise or body a description between commas follows. */
function describedBefore(view: SentenceView, at: number): Item | undefined {
  if (view.tokens[at - 1]?.text !== ",") return undefined;
  const target = lastItemBefore(view, at, isBodyOrExercise);
  if (!target || at - target.end > 14 || view.tokens[target.end]?.text !== ",") return undefined;
  return view.items.some((i) => i.start >= target.end && i.start < at && i.entity.type !== "Actor") ? undefined : target;
}

/** Whether only items of `types` (and their articles) stand between two positions. */
function onlyItemsBetween(view: SentenceView, from: number, to: number, types: readonly string[]): boolean {
  for (let k = from; k < to; k++) {
    if (view.items.some((i) => types.includes(i.entity.type) && i.start <= k && k < i.end)) continue;
    if (!/^(?:under|of|the|,)$/.test(view.tokens[k]?.lower ?? "")) return false;
  }
  return true;
}

/** Actors listed from `from`: "the ROK and the United States", "Russia and the DPRK". */
function actorList(view: SentenceView, from: number): Item[] {
  const out: Item[] = [];
  let k = from;
  while (k < view.tokens.length) {
    const item = view.items.find((i) => i.start === k && i.entity.type === "Actor");
    if (item) {
      out.push(item);
      k = item.end;
      continue;
    }
    const lower = view.tokens[k]?.lower;
    if (lower === "the" || lower === "and" || lower === "," || lower === "both") {
      k++;
      continue;
    }
    break;
  }
  return out;
}

function actorListBackward(view: SentenceView, possessive: number): Item[] {
  const out: Item[] = [];
  let k = possessive;
  for (;;) {
    const item = view.items.find((i) => i.end === k && i.entity.type === "Actor");
    if (!item) break;
    out.unshift(item);
    k = item.start;
    const lower = view.tokens[k - 1]?.lower;
    if (lower === "and" || lower === ",") k--;
    else break;
  }
  return out;
}

/** The start of the clause holding token `at` (clause starts are found once per sentence). */
function clauseStart(view: SentenceView, at: number): number {
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
      const verbBefore = view.tokens.slice(from, i).some((x, k) => /^[a-z]/.test(x.text) && !SUBJECT_FILLER.has(x.lower) && !view.items.some((it) => it.start <= from + k && from + k < it.end));
      if (verbBefore && (/^the \S+ side\b/.test(rest) || PARTY_EXPRESSION.test(rest) || actorNext)) out.push(i + 2);
    }
  }
  return out;
}

/** The actors a clause's subject names, as written ("MND and DoD held …"). */
function literalSubject(view: SentenceView, at: number): DocEntity[] {
  const start = clauseStart(view, at);
  const actors = itemsIn(view, start, at, isActor).filter((i) => !i.threat).map((i) => i.entity);
  // "the Chairman of the U.S. Joint Chiefs of Staff, General X, and …": the people are the subject.
  const people = actors.filter((e) => e.kind === "person");
  return [...new Set(people.length ? people : actors)];
}

/** The subject of the clause around token `at`: the parties for "both sides"/"they", else the actors before the verb. */
function subjectOf(view: SentenceView, at: number, ctx: RelationContext): DocEntity[] {
  const start = clauseStart(view, at);
  const clause = view.tokens.slice(start, at).map((t) => t.lower).join(" ");
  const trimmed = clause.replace(LIST_MARKER, "").replace(ADVERBIAL_START, "");
  const offset = clause.length - trimmed.length;
  if (PARTY_EXPRESSION.test(trimmed)) return ctx.parties;
  // "The CHODs", "the SecDefs": a plural acronym for the principals.
  const afterMarker = view.tokens.slice(start, at).findIndex((t) => t.word && !/^\d+$/.test(t.text) && !ADVERBIAL_WORDS.has(t.lower));
  const head = view.tokens[start + afterMarker];
  const next = view.tokens[start + afterMarker + 1];
  if (head?.lower === "the" && next && /^[A-Z]{2,}s$/.test(next.text)) return ctx.parties;
  const sideMatch = trimmed.match(/^the (\S+) side\b/);
  if (sideMatch?.[1]) {
    const state = ctx.stateByWord(sideMatch[1]);
    if (state) return [state];
  }
  // Actors standing before the first verb of the clause.
  let k = start;
  let chars = 0;
  while (k < at && chars < offset) chars += (view.tokens[k++]?.lower.length ?? 0) + 1;
  while (k < at && /^(?:\d{1,3}|\.|\(|\))$/.test(view.tokens[k]?.text ?? "")) k++;
  const subjects: DocEntity[] = [];
  for (; k < at; k++) {
    const item = view.items.find((i) => i.start === k);
    if (item) {
      if (item.entity.type !== "Actor") break;
      subjects.push(item.entity.kind === "person" ? (ctx.stateOf(item.entity) ?? item.entity) : item.entity);
      k = item.end - 1;
      continue;
    }
    const t = view.tokens[k];
    if (t && (SUBJECT_FILLER.has(t.lower) || t.cap)) continue;
    break;
  }
  return [...new Set(subjects)];
}

export type { Cue };

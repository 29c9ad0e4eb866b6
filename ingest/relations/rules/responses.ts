/**
 * Responses to threats stated by the parties rather than by a named body: "the two nations will continue to
 * deter and respond to DPRK nuclear and missile threats", "to strengthen deterrence against DPRK aggression",
 * "a strong stance against any further provocations by the DPRK", "committed to address these concerns",
 * "the NCG will play a role in … responses to DPRK aggression", "cooperation that responds to … threats",
 * "to curb threats from X", "to block X's illicit revenue generation": verbs of stopping a threat answer it too, and
 * so do "the peaceful resolution of X" and joint work on it ("security cooperation on cyber threats").
 * The subject of the clause addresses the threat the cue governs, when that subject is a party (or stands for
 * the parties: "both sides", "the meeting") or a body of theirs.
 */
import { withAnchors } from "../view/anchors.ts";
import type { RelationContext, Emit } from "../view/context.ts";
import type { DocEntity } from "../../entities/entities.ts";
import { PARTY_EXPRESSION, clauseStart, meetingIsSubject } from "../subjects/subjects.ts";
import { coordinatedThreats } from "../phrases/coordinated.ts";
import { itemAt, type Item, type SentenceView } from "../view/view.ts";

/**
 * Verbs and nouns of a response, with what they govern right after them. Every inflection of each verb is one cue
 * ("counter", "counters", "countered", "countering"): the class is the verbs, not a tense.
 */
const RESPOND =
  /\b(?:(?:deter|deters|deterred|deterring)(?: and (?:defeat|defeating))?|counter|counters|countered|countering|(?:respond|responds|responded|responding) to|responses? to|in response to|address|addresses|addressed|addressing|(?:combat|combats|combated|combatted|combating|combatting)|(?:defend|defends|defended|defending|guard|guards|guarded|guarding) against|(?:fight|fights|fought|fighting) against|(?:deterrence|stance|posture|measures|actions?|vigilance|resilience) against|resilient to|curb|curbs|curbed|curbing|block|blocked|blocking|disrupt|disrupts|disrupted|disrupting|eliminate|eliminates|eliminated|eliminating|tackle|tackles|tackled|tackling|confront|confronts|confronted|confronting|thwart|thwarts|thwarted|thwarting|prevent|prevents|prevented|preventing|defeat|defeats|defeated|defeating|mitigate|mitigates|mitigated|mitigating|meet|meets|meeting|(?:(?:early|prompt|peaceful|swift|complete|immediate|final|diplomatic|political) )?resolution of)\b(?!-)/g;
/** Words that may stand between the cue and the threat: "the", "any further", "DPRK's". */
/** "all forms of North Korean provocations": a quantity of a kind ("forms of", "kinds of") governs the threat it counts. */
const BEFORE_THREAT = /^(?:the|any|all|such|these|those|its|their|further|future|increasingly|growing|continued|potential|and|other|forms?|kinds?|types?|sorts?|of)$/;
/** "the threat posed by", "the threats from", "the danger of": a threat named by what poses it. */
/** "the danger to regional stability posed by X's programmes": what the threat endangers may stand before its source. */
const POSED_BY = /^(?:the )?(?:threats?|dangers?|challenges?) (?:(?:to(?: [a-z]+){1,4}? )?posed by|from|of)(?= |$)/;
/** "the two nations will …", "the Alliance's capabilities to deter": what stands between the subject and the cue may not be another clause. */
const CLAUSE_BREAK = /^(?:;|but|while|whereas)$/;

const isThreat = (i: Item) => i.entity.type === "Threat";

/** The threat the cue at `end` governs: the first threat after a few determiners and premodifiers. */
function governedThreat(view: SentenceView, end: number): Item | undefined {
  let k = end;
  while (k < view.tokens.length && k - end < 4 && BEFORE_THREAT.test(view.tokens[k]?.lower ?? "") && !view.items.some((i) => i.start === k)) k++;
  const first = view.items.find((i) => i.start >= end && i.start <= k && isThreat(i));
  if (first) return first;
  // "address the threat posed by X's missile programs": what poses the threat named is what the cue governs.
  const posed = POSED_BY.exec(view.tokens.slice(end, end + 9).map((t) => t.lower).join(" "));
  if (!posed) return undefined;
  let j = end + posed[0].split(" ").length;
  if (view.tokens[j]?.lower === "the") j++;
  return view.items.find((i) => i.start === j && isThreat(i));
}

function isFriendly(e: DocEntity, ctx: RelationContext): boolean {
  const own = ctx.stateOf(e);
  return ctx.parties.includes(e) || e.kind === "alliance" || (own !== undefined && ctx.parties.includes(own));
}

/** The parties' own bodies or the parties: whoever the clause holding `at` is about. */
function responders(view: SentenceView, at: number, ctx: RelationContext, subject: (at: number) => DocEntity[]): DocEntity[] {
  // "… that the NCG will play an integral role in … responses to": a body of the parties that is the subject of a that-clause.
  // Only a "that" of the cue's own clause: "… affirmed that A will …, and both leaders remain committed to addressing …" is not A's.
  const from = clauseStart(view, at);
  const within = view.tokens.slice(from, at).map((t) => t.lower).lastIndexOf("that");
  const that = within < 0 ? -1 : from + within;
  if (that >= 0) {
    const k = view.tokens[that + 1]?.lower === "the" ? that + 2 : that + 1;
    const body = itemAt(view, k, (i) => i.entity.type === "Body");
    if (body) return [body.entity];
    // "… affirmed that the Alliance will continue to take a strong stance against …": the that-clause's own subject.
    const other = itemAt(view, k, (i) => i.entity.type === "Actor");
    if (other) return isFriendly(other.entity, ctx) ? [other.entity] : [];
    // "… emphasized that the two nations will continue to deter …".
    if (PARTY_EXPRESSION.test(view.tokens.slice(that + 1, that + 5).map((t) => t.lower).join(" "))) return ctx.parties;
  }
  const start = clauseStart(view, at);
  if (view.tokens.slice(start, at).some((t) => CLAUSE_BREAK.test(t.lower))) return [];
  const friendly = subject(at).filter((s) => isFriendly(s, ctx));
  if (friendly.length) return friendly;
  return meetingIsSubject(view, at) ? ctx.parties : [];
}

/** Anchor words: a sentence without any of them is not searched. */
const RESPOND_ANCHORS = ["deter", "counter", "respon", "address", "combat", "defend", "against", "curb", "block", "disrupt", "eliminat", "tackl", "confront", "thwart", "prevent", "defeat", "mitigat", "meet", "fight", "fought", "guard", "resilien", "resolution of"];

/** Nouns of joint work before "on"/"against": "security cooperation on cyber threats", "dialogue on disinformation". */
const JOINT_WORK_ON = /\b(?:cooperation|coordination|collaboration|dialogue|consultations) (?:on|against)\b/g;
const JOINT_WORK_ANCHORS = ["cooperation", "coordination", "collaboration", "dialogue", "consultations"];
/** How many words of a coordinated list of topics may stand before its first threat: "on defence, hybrid and cyber threats". */
const TOPIC_WINDOW = 8;

/**
 * Joint work on a threat is working against it: the first threat of the list of topics after "cooperation on", when
 * only lower-case words, commas and "and" stand before it ("on defence, hybrid and cyber threats").
 */
function topicThreat(view: SentenceView, end: number): Item | undefined {
  for (let k = end; k < view.tokens.length && k - end <= TOPIC_WINDOW; k++) {
    const item = view.items.find((i) => i.start === k);
    if (item) return isThreat(item) ? item : undefined;
    const t = view.tokens[k];
    if (!t || (t.text !== "," && (!t.word || t.cap))) return undefined;
  }
  return undefined;
}

/** Whether the joint work at `at` is written as someone's ("Russia's military cooperation") or lies inside a threat's name. */
function ownedCooperation(view: SentenceView, at: number): boolean {
  if (view.items.some((i) => isThreat(i) && i.start <= at && at < i.end)) return true;
  for (let k = at - 1; k >= 0 && at - k <= 3; k--) {
    const t = view.tokens[k];
    if (/^['’]s?$/.test(t?.text ?? "")) return true;
    if (!t?.word || t.cap) return false;
  }
  return false;
}

/** Verbs of facing a class of threats: "to confront shared challenges, including …", "to manage risks and threats such as …". */
const CONFRONT = /\b(?:confront|confronting|tackle|tackling|manage|managing|address|addressing|counter|countering|combat|combating|respond to|responding to)\b/g;
const CONFRONT_ANCHORS = ["confront", "tackl", "manag", "address", "counter", "combat", "respon"];
/** Nouns of a class of threats, whose examples follow "including" or "such as". */
const CLASS = /^(?:challenges|threats|risks|dangers)$/;
/** How many words the class may take after the verb: "address jointly dangers and threats to our shared security". */
const CLASS_WINDOW = 10;

/**
 * "to confront contemporary security challenges, including A and B": where the verb's object is a class of threats
 * in lower-case words whose examples are listed after "including"/"such as", the token where the examples start.
 */
function examplesStart(view: SentenceView, end: number): number | undefined {
  let named = false;
  for (let k = end; k < view.tokens.length && k - end <= CLASS_WINDOW; k++) {
    const t = view.tokens[k];
    if (!t) return undefined;
    if (t.lower === "including") return named ? k + 1 : undefined;
    if (t.lower === "such" && view.tokens[k + 1]?.lower === "as") return named ? k + 2 : undefined;
    if (CLASS.test(t.lower)) named = true;
    // Only lower-case words, commas and the class itself (maybe read as a threat) stand before the examples.
    const inside = view.items.find((i) => i.start <= k && k < i.end);
    if (inside ? !isThreat(inside) : t.text !== "," && (!t.word || t.cap)) return undefined;
  }
  return undefined;
}

export function responseClaims(view: SentenceView, ctx: RelationContext, subject: (at: number) => DocEntity[], emit: Emit): void {
  for (const cue of withAnchors(view, RESPOND, RESPOND_ANCHORS)) {
    const threat = governedThreat(view, cue.end);
    if (!threat) continue;
    // A body, exercise or agreement right before the cue addresses it itself (relations.ts).
    if (view.items.some((i) => i.end <= cue.start && cue.start - i.end <= 4 && /^(?:Body|Exercise|Agreement)$/.test(i.entity.type))) continue;
    const who = responders(view, cue.start, ctx, subject);
    // "these threats" may stand for several, each an item over the same words.
    const threats = [...view.items.filter((i) => i.start === threat.start && i !== threat && isThreat(i)), ...coordinatedThreats(view, threat)];
    for (const t of threats) for (const s of who) emit(s, "ADDRESSES", t.entity, cue.text);
  }
  for (const cue of withAnchors(view, JOINT_WORK_ON, JOINT_WORK_ANCHORS)) {
    const threat = topicThreat(view, cue.end);
    // "Russia's military cooperation on missiles": another's cooperation, or a threat itself, is nobody's response.
    if (!threat || ownedCooperation(view, cue.start)) continue;
    const who = responders(view, cue.start, ctx, subject);
    for (const t of coordinatedThreats(view, threat)) for (const s of who) emit(s, "ADDRESSES", t.entity, cue.text);
  }
  for (const cue of withAnchors(view, CONFRONT, CONFRONT_ANCHORS)) {
    const from = examplesStart(view, cue.end);
    if (from === undefined) continue;
    // The examples run to the end of the clause, as a list of threats: "including A, B and C".
    const examples: Item[] = [];
    for (const i of view.items) if (i.start >= from && isThreat(i) && !view.tokens.slice(from, i.start).some((t) => t.text === ";")) examples.push(i);
    const speakers = examples.length ? responders(view, cue.start, ctx, subject) : [];
    for (const t of examples) for (const s of speakers) emit(s, "ADDRESSES", t.entity, `${cue.text} … ${view.tokens[from - 1]?.lower === "as" ? "such as" : "including"}`);
  }
}


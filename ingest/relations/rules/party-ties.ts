/**
 * The parties' ties to each other and to the groupings they form, stated without a "cooperation with" cue:
 * "A and B enjoy a close relationship", "we will deepen cooperation on …", "the longstanding defence
 * relationship" (said by the parties), "continue to support Ukraine", "our commitment to AUKUS", "their
 * cooperation in the Quad", "Quad countries have built …", "announcing the creation of a partnership called X",
 * "announced its elevation to a Broad Strategic Partnership"; and a grouping's members listed after its name
 * ("the Quad (A, B, C, and D)").
 */
import type { RelationContext, Emit } from "../view/context.ts";
import { withAnchors } from "../view/anchors.ts";
import type { DocEntity } from "../../entities/entities.ts";
import { cooperationTies, othersCooperation, partiesOwnTies } from "../phrases/phrases.ts";
import { actorList, literalSubject } from "../subjects/subjects.ts";
import { appositiveMembers, isStatesGrouping } from "../subjects/appositive-members.ts";
import { itemAt, wordsOf, type Item, type SentenceView } from "../view/view.ts";

/** "enjoy an exceptionally close relationship", "share a deep partnership". */
const ENJOY_RELATIONSHIP = /\b(?:enjoy|enjoys|enjoyed|share|shares|shared|have|has|maintain|maintains) (?:a|an) (?:[a-z-]+ ){0,3}(?:relationship|partnership|friendship)\b(?! (?:with|between|among)\b)/g;
/** "are building an Alliance", "forged a strong alliance": the subject's states make the alliance named after it. */
const BUILD_ALLIANCE = /\b(?:build|builds|building|built|forge|forges|forging|forged|form|forms|forming|formed) (?:an|a|the|our|their) (?:[a-z-]+ ){0,3}(?=alliance\b)/g;
/** "the longstanding defence relationship", "our partnership", "the robust defence and security partnership" (the parties' own). */
const OWN_RELATIONSHIP = /\b(?:our|their|the) (?:[a-z-]+ ){0,4}(?:relationship|partnership|friendship)\b(?! (?:with|between|among|of)\b)/g;
/**
 * "deepen cooperation", "strengthen diplomatic, security, and defense cooperation", "are stepping up cooperation",
 * "will maintain close cooperation": a verb of growing or keeping, in any form, whose object is cooperation.
 */
const DEEPEN_COOPERATION = /\b(?:(?:deepen|strengthen|broaden|bolster|further|reinforce|boost|foster|sustain|maintain)(?:s|ed|ing)?|(?:enhanc|advanc|promot|increas|elevat|consolidat|accelerat|continu)(?:e|es|ed|ing)|(?:expand|intensif)(?:y|ies|ied|ying|s|ed|ing)?|step(?:s|ped|ping)? up|build(?:s|ing)? on|built on) (?:(?:[a-z-]+|,) ){0,6}?cooperation\b(?! (?:with|between|among)\b)/g;
/** "continue to support Ukraine", "provide support to Ukraine", "stand with Ukraine". */
const SUPPORT_STATE = /\b(?:(?:support|supports|supported|supporting|assist|assists|assisting|stand with|stands with|standing with)|(?:support|assistance|aid|solidarity) (?:to|for|with)) (?:the )?/g;
/** "reaffirmed our commitment to AUKUS", "their unwavering commitment to the Alliance". */
const COMMITMENT_TO = /\b(?:commitment|commitments|dedication) to (?:the )?/g;
/** "their cooperation in the Quad", "our work within AUKUS". */
const COOPERATION_IN = /\b(?:our|their) (?:[a-z-]+ )?(?:cooperation|collaboration|work|engagement|partnership) (?:in|within|through) (?:the )?/g;
/** "Quad countries", "AUKUS partners", "Quad members". */
const GROUP_MEMBERS = /^(?:countries|nations|members|partners|governments)$/;
/** "cooperation among the three countries", "the friendship between our two nations": the parties by their number. */
const AMONG_PARTIES = /\b(?:cooperation|coordination|collaboration|partnership|ties|relations|relationship|friendship|bonds) (?:among|between) (?:the|our|their) (?:two|three|four) (?:countries|nations|sides|governments|allies|partners|democracies)\b/g;
const NUMBERS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4 };
/** "its firm commitment to the defence of Chile", "its defence commitments to Peru and Chile". */
const DEFENCE_COMMITMENT = /\b(?:(?:defen[cs]e|security) )?commitments? to (?:the (?:defen[cs]e|security) of )?(?:the )?/g;

/** "the two countries' strong commitment to", "our four nations' dedication to": the parties' own, by a possessive. */
const PARTIES_POSSESSIVE = /\b(?:the|our|their) (two|three|four) (?:countries|nations|governments|sides|partners|allies|democracies) ?['’]s? (?:[a-z-]+ ){0,2}$/;
/** "The Group is a loose network of five democracies": a grouping defined as the parties by their number. */
const GROUP_OF = /\b(?:is|remains) (?:a|an) (?:[a-z-]+ ){0,3}(?:network|grouping|group|partnership|coalition|community|forum) of (?:the )?(?<n>two|three|four) (?:democracies|countries|nations|partners|states|governments)\b/g;
/** "announced its elevation to a Broad Strategic Partnership", "upgraded their ties to a …": the relationship raised to a named partnership. */
const ELEVATION = /\b(?:elevat(?:e|es|ed|ing|ion)|upgrad(?:e|es|ed|ing))(?: of)? (?:[a-z-]+ ){0,4}?to (?:a |an |the )?/g;

/** "their respective alliances with X", "respective alliance partnerships with X": each of the subject's states has its own alliance with X. */
const RESPECTIVE_ALLIANCES = /\brespective (?:bilateral )?alliances?(?: (?:relationships?|partnerships?|ties|commitments))? with (?:the )?/g;

/** "announcing the creation of a new regional partnership called 'PACTA'". */
const ANNOUNCED_CREATION = /\bannounc(?:e|es|ed|ing) the (?:creation|establishment|launch|formation) of (?:a |an |the )?(?:(?:[a-z-]+) ){0,6}?(?:called|named|known as|dubbed)\b/g;

const isGrouping = (e: DocEntity) => e.type === "Actor" && (e.kind === "group" || e.kind === "alliance");

function sameAsParties(subjects: readonly DocEntity[], parties: readonly DocEntity[]): boolean {
  return parties.length >= 2 && subjects.length === parties.length && subjects.every((s) => parties.includes(s));
}

/** The named item at `at`, past an article and opening quotation marks. */
function namedItemAt(view: SentenceView, at: number): Item | undefined {
  let k = at;
  while (/^(?:["“‘']|the)$/.test(view.tokens[k]?.lower ?? "")) k++;
  return itemAt(view, k, (i) => !i.threat);
}

/** "the alliance", "our alliance" (lower case) at token `at`, past "the": the parties' own alliance, when the statement names it. */
function partiesAllianceAt(view: SentenceView, at: number, ctx: RelationContext): Item | undefined {
  const k = /^(?:the|our|their)$/.test(view.tokens[at]?.lower ?? "") ? at + 1 : at;
  if (!ctx.alliance || view.tokens[k]?.text !== "alliance" || itemAt(view, k)) return undefined;
  return { start: at, end: k + 1, entity: ctx.alliance };
}

export function partyTieClaims(view: SentenceView, ctx: RelationContext, subject: (at: number) => DocEntity[], emit: Emit): void {
  enjoyClaims(view, emit);
  buildAllianceClaims(view, ctx, emit);
  ownTieClaims(view, ctx, subject, emit);
  supportStateClaims(view, ctx, subject, emit);
  commitmentToClaims(view, ctx, subject, emit);
  groupOfClaims(view, ctx, emit);
  cooperationInClaims(view, ctx, subject, emit);
  amongPartiesClaims(view, ctx, emit);
  defenceCommitmentClaims(view, subject, emit);
  groupMemberClaims(view, ctx, subject, emit);
  elevationClaims(view, ctx, subject, emit);
  announcedCreationClaims(view, ctx, subject, emit);
  respectiveAllianceClaims(view, ctx, subject, emit);
}

/** "Australia and the United Kingdom enjoy a close relationship": the states of the subject, with each other. */
function enjoyClaims(view: SentenceView, emit: Emit): void {
  for (const cue of withAnchors(view, ENJOY_RELATIONSHIP, ["relationship", "partnership", "friendship"])) {
    const states = literalSubject(view, cue.start).filter((e) => e.kind === "state");
    if (states.length >= 2) cooperationTies(states, emit, cue.text);
  }
}

/** The parties' own relationship or cooperation, when the parties say it. */
/** "A and B are building an Alliance": the states of the subject are its members. */
function buildAllianceClaims(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  for (const cue of withAnchors(view, BUILD_ALLIANCE, ["alliance"])) {
    const alliance = itemAt(view, cue.end, (i) => !i.threat && i.entity.kind === "alliance") ?? partiesAllianceAt(view, cue.end, ctx);
    const states = literalSubject(view, cue.start).filter((e) => e.kind === "state");
    if (alliance && states.length >= 2) for (const s of states) emit(s, "MEMBER_OF", alliance.entity, wordsOf(view, cue.start, alliance.end));
  }
}

function ownTieClaims(view: SentenceView, ctx: RelationContext, subject: (at: number) => DocEntity[], emit: Emit): void {
  const own: { start: number; end: number; text: string }[] = [];
  for (const cue of withAnchors(view, OWN_RELATIONSHIP, ["relationship", "partnership", "friendship"])) own.push(cue);
  for (const cue of withAnchors(view, DEEPEN_COOPERATION, ["cooperation"])) own.push(cue);
  for (const cue of own) {
    if (view.items.some((i) => i.start <= cue.start + 4 && i.start >= cue.start && i.entity.type === "Actor")) continue;
    // "the Harbour Vaccine Partnership's progress": a partnership's own name, not the parties' relationship.
    if (view.items.some((i) => !i.threat && i.entity.type !== "Actor" && i.start < cue.end && cue.end <= i.end)) continue;
    if (othersCooperation(view, cue)) continue;
    if (sameAsParties(subject(cue.start), ctx.parties)) partiesOwnTies(ctx.parties, emit, cue.text);
  }
}

/** "stand with Ukraine", "support for Ukraine" said by the parties: they cooperate with that state. */
function supportStateClaims(view: SentenceView, ctx: RelationContext, subject: (at: number) => DocEntity[], emit: Emit): void {
  for (const cue of withAnchors(view, SUPPORT_STATE, ["support", "assist", "stand", "aid", "solidarity"])) {
    const target = namedItemAt(view, cue.end);
    if (!target || target.entity.kind !== "state" || ctx.parties.includes(target.entity)) continue;
    const sources = subject(cue.start);
    if (sameAsParties(sources, ctx.parties)) for (const s of sources) emit(s, "COOPERATES_WITH", target.entity, cue.text.trim());
  }
}

/** "commitment to the Quad" said by the parties: they belong to the grouping. */
function commitmentToClaims(view: SentenceView, ctx: RelationContext, subject: (at: number) => DocEntity[], emit: Emit): void {
  for (const cue of withAnchors(view, COMMITMENT_TO, ["commitment", "dedication"])) {
    const target = namedItemAt(view, cue.end) ?? partiesAllianceAt(view, cue.end, ctx);
    if (!target || !isGrouping(target.entity)) continue;
    // "confirmed the two states' firm commitment to the pact": the parties, by their number.
    const owners = PARTIES_POSSESSIVE.exec(view.tokens.slice(Math.max(0, cue.start - 8), cue.start).map((t) => t.lower).join(" ") + " ");
    const sources = owners && NUMBERS[owners[1] ?? ""] === ctx.parties.length ? ctx.parties : subject(cue.start);
    if (sameAsParties(sources, ctx.parties)) for (const s of sources) emit(s, "MEMBER_OF", target.entity, owners ? wordsOf(view, cue.start - owners[0].trim().split(" ").length, target.end) : cue.text.trim());
  }
}

/** "The Quad is a network of four democracies", in a statement of four parties: the parties are its members. */
function groupOfClaims(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  for (const cue of withAnchors(view, GROUP_OF, ["network", "group", "partnership", "coalition", "community", "forum"])) {
    const group = view.items.find((i) => i.end === cue.start && !i.threat && (isGrouping(i.entity) || i.entity.type === "Body"));
    const count = NUMBERS[cue.groups.n ?? ""];
    if (!group || count !== ctx.parties.length || ctx.parties.length < 2) continue;
    for (const p of ctx.parties) emit(p, group.entity.type === "Body" ? "PARTICIPATES_IN" : "MEMBER_OF", group.entity, `${group.entity.name} ${cue.text}`);
  }
}

/** "cooperation in the Quad", "within the Forum" said by the parties: they belong to the grouping or take part in the body. */
function cooperationInClaims(view: SentenceView, ctx: RelationContext, subject: (at: number) => DocEntity[], emit: Emit): void {
  for (const cue of withAnchors(view, COOPERATION_IN, [" in", "within", "through"])) {
    const target = namedItemAt(view, cue.end);
    if (!target) continue;
    const sources = subject(cue.start);
    if (!sameAsParties(sources, ctx.parties)) continue;
    if (isGrouping(target.entity)) for (const s of sources) emit(s, "MEMBER_OF", target.entity, cue.text.trim());
    else if (target.entity.type === "Body") for (const s of sources) emit(s, "PARTICIPATES_IN", target.entity, cue.text.trim());
  }
}

/** "among the three countries": the parties with each other, only when the number is the parties' own (a trilateral statement's three). */
function amongPartiesClaims(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  for (const cue of withAnchors(view, AMONG_PARTIES, ["among", "between"])) {
    const count = NUMBERS[cue.text.toLowerCase().split(/\s+/).at(-2) ?? ""];
    if (ctx.parties.length >= 2 && count === ctx.parties.length) partiesOwnTies(ctx.parties, emit, cue.text);
  }
}

/** A defence commitment of the subject's states to other states: they cooperate. */
function defenceCommitmentClaims(view: SentenceView, subject: (at: number) => DocEntity[], emit: Emit): void {
  for (const cue of withAnchors(view, DEFENCE_COMMITMENT, ["commitment"])) {
    // Only a commitment to states: "to the defense of the Republic of Peru", "to the ROK and Japan" (a defence commitment).
    const defence = /defen[cs]e|security/.test(cue.text);
    const states = actorList(view, cue.end).map((i) => i.entity).filter((e) => e.kind === "state");
    if (!defence || states.length === 0) continue;
    const sources = subject(cue.start).filter((e) => e.kind === "state");
    for (const s of sources) for (const t of states) if (!sources.includes(t)) emit(s, "COOPERATES_WITH", t, cue.text.trim());
  }
}

/** A grouping's members listed after its name; "Quad countries have built …", said by the parties: they are its members. */
function groupMemberClaims(view: SentenceView, ctx: RelationContext, subject: (at: number) => DocEntity[], emit: Emit): void {
  for (const item of view.items) {
    if (!isStatesGrouping(item.entity)) continue;
    // "the Quad (Australia, India, Japan, and the United States)", "the Quad, which comprises A, B and C", "the Harbour
    // Force (HF) – comprising A, B and C –": its members.
    const listed = appositiveMembers(view, item.end);
    for (const m of listed?.members ?? []) emit(m, "MEMBER_OF", item.entity, wordsOf(view, item.start, listed?.end ?? item.end));
    if (!isGrouping(item.entity) || !GROUP_MEMBERS.test(view.tokens[item.end]?.lower ?? "")) continue;
    if (sameAsParties(subject(item.start), ctx.parties)) for (const p of ctx.parties) emit(p, "MEMBER_OF", item.entity, `${item.entity.name} ${view.tokens[item.end]?.text ?? ""}`);
  }
}

/** "both premiers announced its elevation to a Broad Strategic Partnership": the parties are party to it. */
function elevationClaims(view: SentenceView, ctx: RelationContext, subject: (at: number) => DocEntity[], emit: Emit): void {
  for (const cue of withAnchors(view, ELEVATION, ["elevat", "upgrad"])) {
    const named = itemAt(view, cue.end, (i) => i.entity.type === "Agreement" && !i.threat);
    if (named && sameAsParties(subject(cue.start), ctx.parties)) for (const p of ctx.parties) emit(p, "PARTY_TO", named.entity, wordsOf(view, cue.start, named.end));
  }
}

/** "announced the creation of the X", said by the parties: they belong to a grouping, establish a body or agreement. */
function announcedCreationClaims(view: SentenceView, ctx: RelationContext, subject: (at: number) => DocEntity[], emit: Emit): void {
  for (const cue of withAnchors(view, ANNOUNCED_CREATION, ["announc"])) {
    const made = namedItemAt(view, cue.end);
    if (!made) continue;
    const sources = subject(cue.start);
    if (!sameAsParties(sources, ctx.parties)) continue;
    // A partnership they create and belong to is a grouping of theirs; a body or agreement is one they establish.
    const type = isGrouping(made.entity) ? "MEMBER_OF" : made.entity.type === "Body" || made.entity.type === "Agreement" ? "ESTABLISHES" : undefined;
    if (type) for (const s of sources) emit(s, type, made.entity, cue.text);
  }
}

/**
 * "The ministers from A and B reaffirmed their respective alliances with C", "confirming the importance of their respective
 * alliance partnerships with C": "respective" gives each state of the subject an alliance of its own with C.
 */
function respectiveAllianceClaims(view: SentenceView, ctx: RelationContext, subject: (at: number) => DocEntity[], emit: Emit): void {
  for (const cue of withAnchors(view, RESPECTIVE_ALLIANCES, ["respective"])) {
    const ally = namedItemAt(view, cue.end);
    if (!ally || ally.entity.type !== "Actor" || (ally.entity.kind !== "state" && ally.entity.kind !== "organization")) continue;
    const owners = [...literalSubject(view, cue.start), ...subject(cue.start)].filter((e) => e.kind === "state" && e !== ally.entity);
    for (const o of new Set(owners.length ? owners : ctx.parties.filter((p) => p !== ally.entity))) emit(o, "COOPERATES_WITH", ally.entity, wordsOf(view, cue.start, ally.end));
  }
}

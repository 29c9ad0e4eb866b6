/**
 * Stances stated through nouns rather than verbs: "reiterated their unequivocal condemnation of X" (the subject
 * condemns X), "X's flagrant violations of the principles of the Charter" (the acts, and so their owner, violate
 * it), "X's disregard for A" (X violates A), "welcomed the signing today of the A-B Treaty" (its signatories are parties to it).
 */
import type { RelationContext, Emit } from "../view/context.ts";
import { withAnchors } from "../view/anchors.ts";
import type { DocEntity } from "../../entities/entities.ts";
import { namedList, statesCompoundBefore } from "./partners.ts";
import { wordsOf, type Item, type SentenceView } from "../view/view.ts";

/** "their unequivocal condemnation of", "strong denunciation of". */
const CONDEMNATION_OF = /\b(?:condemnation|denunciation|rejection) of\b/g;
/** "violations of", "breaches of": the noun after a threat phrase headed by it. */
const VIOLATION_HEADS = /^(?:violations?|breach(?:es)?)$/;
/** Words between "violations of" and the instrument: "the fundamental principles of the". */
const VIOLATED_PART = /^(?:the|fundamental|basic|core|key|principles|purposes|provisions|norms|spirit|letter|terms|of|and|its|their)$/;
/** "the signing today of", "the signing on 1 May of", "the recent signing of". */
const SIGNING_OF = /\bsigning (?:(?:today|yesterday|this week|earlier this (?:week|month|year)|on [a-z0-9 ]{1,20}?) )?of (?:the |a |an )?/g;
/** Adjectives that may stand between "of the" and the agreement's name: "the renewed Defence Cooperation Arrangement". */
const AGREEMENT_ADJECTIVE = /^(?:new|renewed|revised|updated|landmark|historic|bilateral|trilateral|(?:19|20)\d\d)$/;

/** "North Korea's flagrant disregard for multiple UNSC resolutions", "Russia's defiance of the Charter". */
const DISREGARD = /\b(?:disregard (?:for|of)|defiance of|non-?compliance with|contempt for|flouting of) (?:the |all |multiple |relevant |numerous |its )*/g;

const isThreatItem = (i: Item) => i.entity.type === "Threat";
const isAgreementItem = (i: Item) => i.entity.type === "Agreement";

export function nominalStanceClaims(view: SentenceView, ctx: RelationContext, subject: (at: number) => DocEntity[], emit: Emit): void {
  for (const cue of withAnchors(view, CONDEMNATION_OF, ["condemnation", "denunciation", "rejection"])) {
    // The threat the noun governs, right after it (an owner's possessive may stand first: "of Russia's invasion").
    const threat = view.items.find((i) => isThreatItem(i) && i.start >= cue.end && i.start <= cue.end + 1);
    if (!threat) continue;
    for (const s of subject(cue.start)) emit(s, "CONDEMNS", threat.entity, cue.text);
  }
  for (const item of view.items) {
    if (!item.threat || !VIOLATION_HEADS.test(item.threat.head) || view.tokens[item.end]?.lower !== "of") continue;
    let k = item.end + 1;
    while (k < view.tokens.length && k <= item.end + 8 && !view.items.some((i) => i.start === k) && VIOLATED_PART.test(view.tokens[k]?.lower ?? "")) k++;
    // The acts violate what they are violations of; relations/claims/violators.ts passes that on to their owner (cue "violations of").
    for (const a of namedList(view, k, isAgreementItem)) emit(item.entity, "VIOLATES", a.entity, "violations of");
  }
  for (const cue of withAnchors(view, DISREGARD, ["disregard", "defiance", "compliance", "contempt", "flouting"])) {
    // The owner stands before the noun and its judging adjectives: "North Korea's flagrant disregard".
    let k = cue.start;
    while (k > 0 && k > cue.start - 4 && view.tokens[k - 1]?.word && !view.tokens[k - 1]?.cap && !/^['’]s$/.test(view.tokens[k - 1]?.text ?? "")) k--;
    const owner = /^['’]s$/.test(view.tokens[k - 1]?.text ?? "") ? view.items.find((i) => i.end === k - 1 && i.entity.type === "Actor") : undefined;
    if (!owner) continue;
    for (const a of namedList(view, cue.end, isAgreementItem)) emit(owner.entity, "VIOLATES", a.entity, wordsOf(view, owner.start, cue.end));
  }
  for (const cue of withAnchors(view, SIGNING_OF, ["signing"])) {
    let k = cue.end;
    while (AGREEMENT_ADJECTIVE.test(view.tokens[k]?.lower ?? "")) k++;
    const agreement = view.items.find((i) => isAgreementItem(i) && i.start === k);
    // "the signing of X between A and B" and "the signing by A of X" are read by their own rules.
    if (!agreement || /^(?:between|among|by)$/.test(view.tokens[agreement.end]?.lower ?? "")) continue;
    // "the Australia-United Kingdom … Treaty": the states its name joins signed it; else whoever welcomed the signing.
    const compound = statesCompoundBefore(view, agreement.start + 1, ctx) ?? statesCompoundBefore(view, agreement.start + 2, ctx);
    const signers = compound ? compound.states : subject(cue.start);
    for (const s of signers) emit(s, "PARTY_TO", agreement.entity, cue.text.trim());
  }
}

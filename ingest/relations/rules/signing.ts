/**
 * An agreement whose signing the text reports: "Ministers welcomed the signing of the renewed Harbour Arrangement",
 * "… is reflected in the signing today of the Canada-New Zealand Logistics Treaty". Whoever welcomes the signing
 * is a party to what was signed; with no one named as the subject, the parties the agreement's own name joins are.
 * Those who agree to an agreement ("we have agreed to an Action Plan") are party to it too, and so are those the
 * text calls its parties ("both countries are parties to the Harbour Treaty", "As signatories of the Accord, …").
 * A signing "by" or "between" others is read by the rules for those words (relations.ts).
 */
import { withAnchors } from "../view/anchors.ts";
import type { RelationContext, Emit } from "../view/context.ts";
import type { DocEntity } from "../../entities/entities.ts";
import { compoundParts } from "../../text/tokens.ts";
import { coordinatedFrom } from "../phrases/coordinated.ts";
import { openingPhraseSubject } from "../subjects/subjects.ts";
import { URGED, findCues } from "../view/cues.ts";
import { itemAt, wordsOf, type Item, type SentenceView } from "../view/view.ts";

const SIGNING_OF = /\b(?:signing|signature|conclusion)(?: today| this week| this year| earlier)? of\b/g;
const ANCHORS: readonly string[] = ["signing", "signature", "conclusion"];
/** Words that may stand between the cue and the agreement's name: "the renewed", "a new". */
const BEFORE_NAME = /^(?:the|a|an|new|renewed|revised|updated|landmark|historic|(?:19|20)\d\d)$/;

/** "parties to the", "a signatory of": being party, said with the relation's own noun. */
const PARTIES_TO = /\b(?:parties|party|signatories|signatory) (?:to|of) (?:the )?/g;
const PARTIES_ANCHORS: readonly string[] = ["parties to", "party to", "parties of", "party of", "signator"];
/** "other parties to", "third parties to": parties that are not the subject. */
const OTHERS = /^(?:other|third|all|any|some)$/;

const isAgreement = (i: Item) => i.entity.type === "Agreement" && !i.threat;

/** The states a compound in the agreement's own name joins: "Canada-New Zealand Logistics Treaty" → both. */
function statesInName(view: SentenceView, agreement: Item, ctx: RelationContext): DocEntity[] {
  const out = new Set<DocEntity>();
  for (let k = agreement.start; k < agreement.end; k++) {
    const parts = compoundParts(view.tokens[k]?.text ?? "");
    if (parts.length < 2) continue;
    parts.forEach((part, n) => {
      // "Canada-New" + "Zealand": the last part may run on into the next word.
      const state = ctx.stateByWord(part) ?? (n === parts.length - 1 && k + 1 < agreement.end ? ctx.stateByWord(`${part} ${view.tokens[k + 1]?.text ?? ""}`) : undefined);
      if (state) out.add(state);
    });
  }
  return [...out];
}

/** "have agreed to an Action Plan", "agreed on the new Framework": the agreeing parties are party to what they agree to. */
const AGREED_TO = /\b(?:agreed|agree|agrees) (?:to|on|upon) (?:a |an |the )?(?:new |joint )?/g;
const AGREED_ANCHORS: readonly string[] = ["agree"];

export function signingClaims(view: SentenceView, ctx: RelationContext, subject: (at: number) => DocEntity[], emit: Emit): void {
  for (const cue of withAnchors(view, SIGNING_OF, ANCHORS)) {
    let k = cue.end;
    while (k < view.tokens.length && k - cue.end < 3 && BEFORE_NAME.test(view.tokens[k]?.lower ?? "")) k++;
    const agreement = itemAt(view, k, (i) => isAgreement(i));
    if (!agreement || /^(?:by|between|among)$/.test(view.tokens[agreement.end]?.lower ?? "")) continue;
    // "the signing of the A Agreement and the B Arrangement": one signing of every agreement listed, by the same signers.
    const signed = coordinatedFrom(view, agreement).filter(isAgreement);
    const speakers = subject(cue.start);
    const joined = signed.map((a) => statesInName(view, a, ctx)).find((states) => states.length >= 2 && states.every((s) => ctx.parties.includes(s))) ?? [];
    const signers = speakers.length ? speakers : joined;
    for (const a of signed) for (const s of signers) emit(s, "PARTY_TO", a.entity, wordsOf(view, cue.start, a.end));
  }
  for (const cue of withAnchors(view, PARTIES_TO, PARTIES_ANCHORS)) {
    const agreement = itemAt(view, cue.end, (i) => isAgreement(i));
    if (!agreement || OTHERS.test(view.tokens[cue.start - 1]?.lower ?? "") || findCues(view, URGED).some((u) => u.end <= cue.start)) continue;
    // "As parties to the Treaty, the two countries …": the opening phrase's "as" stands for the main clause's subject.
    const opening = view.tokens[cue.start - 1]?.lower === "as" ? cue.start - 1 : cue.start;
    const who = subject(cue.start);
    for (const s of who.length ? who : openingPhraseSubject(view, opening, ctx)) emit(s, "PARTY_TO", agreement.entity, wordsOf(view, cue.start, agreement.end));
  }
  for (const cue of withAnchors(view, AGREED_TO, AGREED_ANCHORS)) {
    const agreement = itemAt(view, cue.end, (i) => isAgreement(i));
    if (!agreement || /^['’]s?$/.test(view.tokens[agreement.end]?.text ?? "")) continue;
    for (const s of subject(cue.start)) emit(s, "PARTY_TO", agreement.entity, wordsOf(view, cue.start, agreement.end));
  }
}

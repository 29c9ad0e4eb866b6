/**
 * Threats the speakers judge in a reported clause: "The officials stressed that X's rocket programs pose a grave
 * threat to …", "the three ministers agreed that X's raids, and its shelling of Y, pose a serious threat",
 * "reiterated the shared view of A and B that X's buildup constitutes a direct threat". Whoever says the acts
 * threaten condemns each act of the "that" clause (CONDEMNS), as a verb of condemnation would; so does whoever says
 * the acts are a threat ("stated that X's reckless actions are a grave threat"), or that they are unacceptable ("stated that
 * bids to alter borders by force are intolerable").
 */
import { withAnchors } from "../view/anchors.ts";
import { isThreat, type Emit } from "../view/context.ts";
import type { DocEntity } from "../../entities/entities.ts";
import { itemsIn, type SentenceView } from "../view/view.ts";

/** "pose a serious threat", "constitute direct and grave threats", "represents a growing threat"; a copula says the same: "are a grave threat". */
const POSE_THREAT =
  /\b(?:pose|poses|posed|constitute|constitutes|constituted|represent|represents|represented|is|are|was|were|remains|remain) (?:(?:a|an|serious|grave|direct|clear|significant|major|growing|real|imminent|fundamental|critical|and|,) ){0,5}threats?\b/g;

/** Words that report a judgement right before "that": a past-tense verb ("stressed", "agreed", "concurred"). */
const REPORTING_VERB = /^[a-z]+ed$/;
/** Nouns that report one within a few words before "that": "the firm view of A and B that". */
const REPORTING_NOUN = /^(?:view|views|assessment|belief|understanding|judgment|judgement|conviction|recognition)$/;
/** How far back from the verb "that" may stand, and the reporting noun from "that". */
const THAT_WINDOW = 60;
const NOUN_WINDOW = 10;

/** The "that" opening the reported clause whose verb starts at `verb`, when a reporting verb or noun introduces it. */
function reportedThat(view: SentenceView, verb: number): number | undefined {
  for (let k = verb - 1; k >= 0 && k >= verb - THAT_WINDOW; k--) {
    const lower = view.tokens[k]?.lower ?? "";
    if (lower === ";") return undefined;
    if (lower !== "that") continue;
    if (REPORTING_VERB.test(view.tokens[k - 1]?.lower ?? "")) return k;
    for (let j = k - 1; j >= 0 && j >= k - NOUN_WINDOW; j--) if (REPORTING_NOUN.test(view.tokens[j]?.lower ?? "")) return k;
    return undefined;
  }
  return undefined;
}

/** A copula with a judgement that the act must not be: "are totally unacceptable", "is intolerable". */
const UNACCEPTABLE = /\b(?:is|are|was|were|remains|remain|would be|will be) (?:(?:totally|completely|absolutely|entirely|wholly|simply|clearly|utterly|also) )?(?:unacceptable|intolerable|inadmissible)\b/g;
const UNACCEPTABLE_ANCHORS = ["unacceptable", "intolerable", "inadmissible"];

export function threatAssessmentClaims(view: SentenceView, subject: (at: number) => DocEntity[], emit: Emit): void {
  const judged = withAnchors(view, UNACCEPTABLE, UNACCEPTABLE_ANCHORS);
  for (const cue of [...withAnchors(view, POSE_THREAT, ["threat"]), ...judged]) {
    const that = reportedThat(view, cue.start);
    if (that === undefined) continue;
    // "that any nuclear attack by X is unacceptable": a hypothetical act, which the text warns against rather than condemns.
    const hypothetical = (t: { start: number }) => judged.includes(cue) && view.tokens[t.start - 1]?.lower === "any";
    const threats = itemsIn(view, that + 1, cue.start, isThreat).filter((t) => !hypothetical(t));
    if (!threats.length) continue;
    const speakers = subject(that);
    for (const t of threats) for (const s of speakers) emit(s, "CONDEMNS", t.entity, `that … ${cue.text}`);
  }
}

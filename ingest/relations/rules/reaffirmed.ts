/**
 * Instruments the speakers reaffirm by name: "The ministers reaffirmed the 3 May 2026 Harbour Declaration" (or its
 * outcomes, principles or goals),
 * "reaffirmed the Treaty", commitments "founded on" an instrument ("the duties of both states founded on the
 * Harbour Treaty"), and an instrument they call the foundation of their ties ("They noted that the Harbour Treaty,
 * signed in 1951, remains the cornerstone of …"). The subject commits to the instrument (COMMITS_TO).
 */
import { withAnchors } from "../view/anchors.ts";
import type { Emit } from "../view/context.ts";
import type { DocEntity } from "../../entities/entities.ts";
import { MONTHS } from "../../entities/heads.ts";
import { coordinatedFrom } from "../phrases/coordinated.ts";
import { itemAt, itemEndingAt, wordsOf, type Item, type SentenceView } from "../view/view.ts";

/** "reaffirmed the", "reaffirm their", "founded on the": the verb right before the instrument; "reaffirmed the outcomes of the". */
const REAFFIRMED = /\b(?:reaffirmed|reaffirm|reaffirms|founded on|grounded in)(?: (?:the|their|its|our))?(?: (?:outcomes?|results?|principles|goals|objectives) of(?: the)?)?\b/g;
/** Words of a date that may stand between the verb and the name: "April 16, 2012", "3 May 2026". */
const DATE_WORD = /^(?:\d{1,2}|(?:19|20)\d\d|,)$/;
/** Most date words before the name. */
const DATE_WORDS = 4;

/** "remains the cornerstone of", "continues to be the foundation of", "serves as the bedrock of". */
const FOUNDATION =
  /\b(?:remains|remain|continues to be|continue to be|is|are|has been|have been|serves as|serve as|stands as) (?:the|a|an) (?:[a-z-]+ ){0,2}(?:foundation|cornerstone|bedrock|basis|linchpin|anchor|bulwark)s? of\b/g;
const FOUNDATION_ANCHORS = ["foundation", "cornerstone", "bedrock", "basis", "linchpin", "anchor", "bulwark"];
/** What an instrument is the foundation of, for the speakers: their ties, their alliance, their security. */
const TIES = /^(?:relationship|relations|ties|alliance|partnership|friendship|cooperation|security|defen[cs]e|peace|stability)$/;
const TIES_WINDOW = 6;
/** How long an appositive between commas may stand between the instrument and the verb. */
const APPOSITIVE = 30;

/** The agreement that is the subject of the verb at `at`: right before it, or before an appositive set off by commas. */
function agreementBefore(view: SentenceView, at: number): Item | undefined {
  const isAgreement = (i: Item) => i.entity.type === "Agreement" && !i.threat;
  const right = itemEndingAt(view, at, isAgreement);
  if (right || view.tokens[at - 1]?.text !== ",") return right;
  for (let k = at - 2; k >= 0 && at - k <= APPOSITIVE; k--) {
    const t = view.tokens[k];
    if (t?.text === ";") return undefined;
    if (t?.text === ",") return view.items.find((i) => i.end === k && isAgreement(i));
  }
  return undefined;
}

/** Who calls the instrument from `start` the foundation: the reporter of "… noted that X …", or the parties when X opens the sentence. */
function foundationSpeakers(view: SentenceView, start: number, parties: readonly DocEntity[], subject: (at: number) => DocEntity[]): readonly DocEntity[] {
  const k = view.tokens[start - 1]?.lower === "the" ? start - 1 : start;
  if (view.tokens[k - 1]?.lower === "that" && /^[a-z]+ed$/.test(view.tokens[k - 2]?.lower ?? "")) return subject(k - 1);
  return view.tokens.slice(0, k).every((t) => !t.word || /^\d+$/.test(t.text)) ? parties : [];
}

export function reaffirmedClaims(view: SentenceView, parties: readonly DocEntity[], subject: (at: number) => DocEntity[], emit: Emit): void {
  for (const cue of withAnchors(view, FOUNDATION, FOUNDATION_ANCHORS)) {
    // The foundation of the speakers' ties or security, not of any conduct: "of a broad security relationship".
    if (!view.tokens.slice(cue.end, cue.end + TIES_WINDOW).some((t) => TIES.test(t.lower))) continue;
    const named = agreementBefore(view, cue.start);
    if (named) for (const s of foundationSpeakers(view, named.start, parties, subject)) emit(s, "COMMITS_TO", named.entity, `${wordsOf(view, named.start, named.end)} … ${cue.text}`);
  }
  for (const cue of withAnchors(view, REAFFIRMED, ["reaffirm", "founded on", "grounded in"])) {
    let k = cue.end;
    while (k < cue.end + DATE_WORDS && (DATE_WORD.test(view.tokens[k]?.text ?? "") || MONTHS.has(view.tokens[k]?.lower ?? ""))) k++;
    // "the March 3 joint statement": a name may begin with its date.
    const named = itemAt(view, cue.end, (i) => i.entity.type === "Agreement") ?? itemAt(view, k, (i) => i.entity.type === "Agreement");
    if (!named) continue;
    // "reaffirmed the A Treaty, the B Accord and the C Declaration": the verb governs every name of the list.
    for (const n of coordinatedFrom(view, named)) for (const s of subject(cue.start)) emit(s, "COMMITS_TO", n.entity, cue.text);
  }
}

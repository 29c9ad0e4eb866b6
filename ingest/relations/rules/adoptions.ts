/**
 * An instrument adopted at a meeting, said with a noun: "welcomed the adoption of the Harbour Declaration at the
 * Coral Summit". The meeting makes the instrument (ESTABLISHES), as "the Harbour Declaration adopted at the Coral
 * Summit" says with the participle (relations.ts, ESTABLISHED).
 */
import { withAnchors } from "../view/anchors.ts";
import type { Emit } from "../view/context.ts";
import { MONTHS, isOrdinalOrYear } from "../../entities/heads.ts";
import { itemAt, wordsOf, type SentenceView } from "../view/view.ts";

/** "adoption of the", "signing of", "issuance of a". */
const ADOPTION_OF = /\b(?:adoption|signing|issuance) of (?:the |a |an )?/g;
const ADOPTION_ANCHORS = ["adoption of", "signing of", "issuance of"];

/** The token after "the", ordinals, years and months that qualify a meeting's name: "the 8th", "the Eighth", "the May 2026". */
function afterQualifiers(view: SentenceView, from: number): number {
  let k = from;
  for (;;) {
    const t = view.tokens[k];
    if (!t || !(t.lower === "the" || MONTHS.has(t.lower) || isOrdinalOrYear(t.text))) return k;
    k++;
  }
}

export function adoptionClaims(view: SentenceView, emit: Emit): void {
  for (const cue of withAnchors(view, ADOPTION_OF, ADOPTION_ANCHORS)) {
    const adopted = itemAt(view, cue.end, (i) => i.entity.type === "Agreement" && !i.threat);
    if (!adopted) continue;
    let k = adopted.end;
    // "… Declaration (HD) at …": the acronym repeating the name.
    if (view.tokens[k]?.text === "(" && view.tokens[k + 2]?.text === ")") k += 3;
    if (!/^(?:at|during)$/.test(view.tokens[k]?.lower ?? "")) continue;
    const meeting = itemAt(view, afterQualifiers(view, k + 1), (i) => i.entity.type === "Body" && !i.threat);
    if (meeting) emit(meeting.entity, "ESTABLISHES", adopted.entity, wordsOf(view, cue.start, meeting.end));
  }
}

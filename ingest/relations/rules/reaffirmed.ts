/**
 * Instruments the speakers reaffirm by name: "The ministers reaffirmed the 3 May 2026 Harbour Declaration",
 * "reaffirmed the Treaty", and commitments "founded on" an instrument ("the duties of both states founded on the
 * Harbour Treaty"). The subject commits to the instrument (COMMITS_TO).
 */
import { withAnchors } from "../view/anchors.ts";
import type { Claim } from "../view/context.ts";
import type { DocEntity } from "../../entities/entities.ts";
import { MONTHS } from "../../entities/heads.ts";
import { itemAt, type SentenceView } from "../view/view.ts";

type Emit = (source: DocEntity | undefined, type: Claim["type"], target: DocEntity | undefined, cue: string) => void;

/** "reaffirmed the", "reaffirm their", "founded on the": the verb right before the instrument. */
const REAFFIRMED = /\b(?:reaffirmed|reaffirm|reaffirms|founded on|grounded in)(?: (?:the|their|its|our))?\b/g;
/** Words of a date that may stand between the verb and the name: "April 16, 2012", "3 May 2026". */
const DATE_WORD = /^(?:\d{1,2}|(?:19|20)\d\d|,)$/;
/** Most date words before the name. */
const DATE_WORDS = 4;

export function reaffirmedClaims(view: SentenceView, subject: (at: number) => DocEntity[], emit: Emit): void {
  for (const cue of withAnchors(view, REAFFIRMED, ["reaffirm", "founded on", "grounded in"])) {
    let k = cue.end;
    while (k < cue.end + DATE_WORDS && (DATE_WORD.test(view.tokens[k]?.text ?? "") || MONTHS.has(view.tokens[k]?.lower ?? ""))) k++;
    const named = itemAt(view, k, (i) => i.entity.type === "Agreement");
    if (!named) continue;
    for (const s of subject(cue.start)) emit(s, "COMMITS_TO", named.entity, cue.text);
  }
}

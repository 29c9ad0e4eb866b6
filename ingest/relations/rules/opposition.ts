/**
 * Opposition stated through a noun or a modal passive: "confirmed …, and their opposition to attempts to pressure
 * neighbours" (the subject condemns what it opposes), "confirmed that X's invasion of Y cannot be tolerated"
 * (whoever confirms it condemns the acts named before the passive).
 */
import { withAnchors } from "../view/anchors.ts";
import type { Emit } from "../view/context.ts";
import type { DocEntity } from "../../entities/entities.ts";
import { itemAt, wordsOf, type Item, type SentenceView } from "../view/view.ts";

/** "their opposition to", "its firm opposition to". */
const OPPOSITION_TO = /\b(?:their|its|our) (?:strong |firm |resolute |steadfast |continued |shared |unwavering )?opposition to\b/g;
/** "cannot be tolerated", "will never be accepted", "must not be condoned". */
const NOT_TOLERATED = /\b(?:cannot|can not|can never|will not|will never|must not|must never|should not|shall not) be (?:tolerated|accepted|condoned)\b/g;

const isThreat = (i: Item) => i.entity.type === "Threat";

/** The threats listed from `from`: "A, B and C", articles and commas between. */
function threatList(view: SentenceView, from: number): Item[] {
  const out: Item[] = [];
  let k = from;
  while (k < view.tokens.length) {
    const item = itemAt(view, k, (i) => isThreat(i));
    if (item) {
      out.push(item);
      k = item.end;
      continue;
    }
    if (!/^(?:the|and|or|,)$/.test(view.tokens[k]?.lower ?? "")) break;
    k++;
  }
  return out;
}

export function oppositionClaims(view: SentenceView, subject: (at: number) => DocEntity[], emit: Emit): void {
  for (const cue of withAnchors(view, OPPOSITION_TO, ["opposition"])) {
    const threats = threatList(view, cue.end);
    if (threats.length === 0) continue;
    for (const s of subject(cue.start)) for (const t of threats) emit(s, "CONDEMNS", t.entity, cue.text);
  }
  for (const cue of withAnchors(view, NOT_TOLERATED, ["tolerated", "accepted", "condoned"])) {
    // The acts stand between "that" and the passive: "… confirmed that A, B cannot be tolerated".
    let that = cue.start - 1;
    while (that > 0 && view.tokens[that]?.lower !== "that" && view.tokens[that]?.text !== ";") that--;
    if (view.tokens[that]?.lower !== "that") continue;
    const threats = view.items.filter((i) => isThreat(i) && i.start > that && i.end <= cue.start);
    if (threats.length === 0) continue;
    for (const s of subject(that)) for (const t of threats) emit(s, "CONDEMNS", t.entity, wordsOf(view, cue.start, cue.end));
  }
}

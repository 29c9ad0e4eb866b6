/**
 * The parties' own instruments and forums, named by how many sign or meet in them: "through a bilateral Memorandum
 * of Understanding", "our trilateral Framework for …", "a bilateral Strategic Dialogue will review …" — in a
 * statement of two (three) parties, each of them is party to the instrument and takes part in the forum.
 */
import type { RelationContext, Emit } from "../view/context.ts";
import { withAnchors } from "../view/anchors.ts";
import { compoundParts } from "../../text/tokens.ts";
import { itemAt, wordsOf, type Item, type SentenceView } from "../view/view.ts";

const NUMBERED = /\b(?:bilateral|trilateral|quadrilateral)\b/g;
const NUMBERED_ANCHORS: readonly string[] = ["lateral"];
const SIGNATORIES: Readonly<Record<string, number>> = { bilateral: 2, trilateral: 3, quadrilateral: 4 };

/** Whether the name holds a compound naming a state other than the parties: "the bilateral Xland-Zland Dialogue". */
function namesOthers(view: SentenceView, item: Item, ctx: RelationContext): boolean {
  const other = (part: string) => {
    const state = ctx.stateByWord(part);
    return state !== undefined && !ctx.parties.includes(state);
  };
  for (let k = item.start; k < item.end; k++) {
    const parts = compoundParts(view.tokens[k]?.text ?? "");
    if (parts.length > 1 && parts.some(other)) return true;
  }
  return false;
}

export function ownAgreementClaims(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  const { parties } = ctx;
  for (const cue of withAnchors(view, NUMBERED, NUMBERED_ANCHORS)) {
    if (SIGNATORIES[view.tokens[cue.start]?.lower ?? ""] !== parties.length) continue;
    // "a bilateral Memorandum …": the name follows the number word at once; one named for other states is theirs.
    const named = itemAt(view, cue.end, (i) => (i.entity.type === "Agreement" || i.entity.type === "Body") && !i.threat && !namesOthers(view, i, ctx));
    // "a bilateral Strategic Dialogue": a body of the parties' number is theirs to meet in.
    const type = named?.entity.type === "Body" ? "PARTICIPATES_IN" : "PARTY_TO";
    if (named) for (const p of parties) emit(p, type, named.entity, wordsOf(view, cue.start, named.end));
  }
}

/**
 * "Minister A and Secretary B met in Seoul on 2 May to mark …": in the opening of a statement whose meeting is
 * known (its title or first sentences name it), principals who met without naming for what met for that meeting.
 */
import { withAnchors } from "../view/anchors.ts";
import type { RelationContext, Emit } from "../view/context.ts";
import { MEETING_ALONE } from "../../entities/references.ts";
import { literalSubject } from "../subjects/subjects.ts";
import { wordsOf, type SentenceView } from "../view/view.ts";

const MET_ALONE = new RegExp(MEETING_ALONE, "g");
/** Sentences (title and dateline included) that still open the statement. */
const OPENING_SENTENCES = 6;
/** How far after the verb a body named for the meeting is looked for ("met in Perth on 3 May for the Talks"). */
const BODY_WINDOW = 20;

export function metAloneClaims(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  const convened = ctx.convened;
  if (!convened || view.sentence.index >= OPENING_SENTENCES) return;
  for (const cue of withAnchors(view, MET_ALONE, ["met", "gathered"])) {
    // A body named after the verb is what they met for (the "met for" rule reads it), unless the meeting was held
    // on its margins ("met in Hanoi on the margins of the Regional Forum": they met for their own).
    if (view.items.some((i) => i.entity.type === "Body" && i.start >= cue.end && i.start <= cue.end + BODY_WINDOW && !onMargins(view, i.start))) continue;
    for (const s of literalSubject(view, cue.start)) if (s.type === "Actor") emit(s, "PARTICIPATES_IN", convened, cue.text);
  }
}

/** "on the margins of the 55th …", "on the sidelines of": the words before the body at `at`. */
const MARGINS = /\b(?:margins?|sidelines?) of(?: the)?(?: \S+)?$/;
function onMargins(view: SentenceView, at: number): boolean {
  return MARGINS.test(wordsOf(view, Math.max(0, at - 5), at).toLowerCase());
}

/**
 * "urged North Korea to honor its commitments under the Joint Statement", "demanding that X comply with its
 * obligations under Resolution 1718": the obligations "its" names are the nearest actor's before it, who commits
 * to the instrument, not the clause's subject.
 */
import { isActor } from "../view/context.ts";
import { lastItemBefore, type Cue, type Item, type SentenceView } from "../view/view.ts";

/** Nouns of what one is bound to: the cue "obligations under" and its kin. */
const BOUND = /^(?:obligations|commitments|responsibilities)\b/;

/** The actor "its" refers to before a cue "its obligations under …", or none when the cue has no "its". */
export function ownObligations(view: SentenceView, cue: Cue): Item | undefined {
  if (view.tokens[cue.start - 1]?.lower !== "its" || !BOUND.test(cue.text)) return undefined;
  return lastItemBefore(view, cue.start - 1, isActor);
}

/** How far before a commitment cue "X to …" may stand: "for Iran to return to compliance with". */
const AGENT_WINDOW = 6;

/**
 * Whether another actor than the clause's subject is the agent of the commitment cue: "stressed the need for
 * Iran to return to compliance with …", "persuade X to abide by …" (an actor, "to", then the verb).
 */
export function anotherAgent(view: SentenceView, cue: Cue): boolean {
  for (let k = cue.start - 1; k > 0 && k >= cue.start - AGENT_WINDOW; k--) {
    if (view.tokens[k]?.lower !== "to") continue;
    if (view.items.some((i) => i.end === k && isActor(i) && !i.threat)) return true;
  }
  return false;
}

/**
 * "The Harbour Union (HU) was represented by Mr. A, President of the Council, and Ms. B, President of the Board":
 * the persons who represent a party at a meeting lead its side there (a convention of the genre).
 */
import { withAnchors } from "../view/anchors.ts";
import type { Emit } from "../view/context.ts";
import { principalList } from "./principals.ts";
import { itemEndingAt, wordsOf, type Item, type SentenceView } from "../view/view.ts";

/** "was represented by", "were represented by": the passive whose agents stand for the subject. */
const REPRESENTED_BY = /\b(?:was|were|is|are) represented by\b/g;
const ANCHORS: readonly string[] = ["represented"];

/** A party a person may represent: a state or an organisation, not a person or a threat. */
const isParty = (i: Item) => i.entity.type === "Actor" && (i.entity.kind === "state" || i.entity.kind === "organization") && !i.threat;

export function representedClaims(view: SentenceView, emit: Emit): void {
  for (const cue of withAnchors(view, REPRESENTED_BY, ANCHORS)) {
    // "The Harbour Union (HU) was …": the name may end before its short form in brackets.
    const bracketed = view.tokens[cue.start - 1]?.text === ")" && view.tokens[cue.start - 3]?.text === "(" ? cue.start - 3 : cue.start;
    const party = [cue.start, bracketed].map((end) => itemEndingAt(view, end, (i) => isParty(i) && i.end === end)).find((i) => i !== undefined);
    if (!party) continue;
    const { people } = principalList(view, cue.end);
    for (const p of people) emit(p.entity, "LEADS", party.entity, wordsOf(view, party.start, p.end));
  }
}

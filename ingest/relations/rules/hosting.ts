/**
 * A visit for a meeting: "A and B welcomed C and D for the fifth U.S.-India 2+2 Ministerial Dialogue" — the hosts
 * and the guests all take part in it.
 */
import type { Emit } from "../view/context.ts";
import { withAnchors } from "../view/anchors.ts";
import { namedList } from "./partners.ts";
import { literalSubject } from "../subjects/subjects.ts";
import { itemAt, wordsOf, type Item, type SentenceView } from "../view/view.ts";

const WELCOMED = /\b(?:welcomed|received)\b/g;
const ORDINAL = /^(?:\d+(?:st|nd|rd|th)|\d{4}|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|annual|inaugural)$/i;
const isPerson = (i: Item) => i.entity.kind === "person";

export function hostingClaims(view: SentenceView, emit: Emit): void {
  for (const cue of withAnchors(view, WELCOMED, ["welcomed", "received"])) {
    const guests = namedList(view, cue.end, isPerson);
    const last = guests[guests.length - 1];
    if (!last || view.tokens[last.end]?.lower !== "for") continue;
    let k = last.end + 1;
    while (view.tokens[k]?.lower === "the" || ORDINAL.test(view.tokens[k]?.text ?? "")) k++;
    const meeting = itemAt(view, k, (i) => i.entity.type === "Body");
    if (!meeting) continue;
    const hosts = literalSubject(view, cue.start).filter((e) => e.kind === "person");
    for (const p of [...hosts, ...guests.map((g) => g.entity)]) emit(p, "PARTICIPATES_IN", meeting.entity, wordsOf(view, cue.start, meeting.end));
  }
}

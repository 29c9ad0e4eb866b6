/**
 * "The Harbour Command, of which Chile is a founding member, …": a relative clause of membership after a body or
 * organisation — the actors it names as members belong to the name it follows (a rule of English grammar).
 */
import { withAnchors } from "../view/anchors.ts";
import type { Emit, RelationContext } from "../view/context.ts";
import { PARTY_EXPRESSION, actorList } from "../subjects/subjects.ts";
import { itemEndingAt, wordsOf, type Item, type SentenceView } from "../view/view.ts";

/** ", of which": the relative clause opens right after the name, behind a comma. */
const OF_WHICH = /, of which\b/g;
const ANCHORS: readonly string[] = ["of which"];
/** "is a key member", "are founding members", "is also a member": the clause's verb and its predicate, up to the noun. */
const MEMBER_PREDICATE = /^(?:is|are|was|were|has been|have been|remains|remain)(?: also| now)? (?:(?:a|an) )?(?:[a-z-]+ ){0,2}members?\b/;

/** What members belong to: a body, or an organisation, alliance or group of actors. */
const isMembership = (i: Item) => !i.threat && (i.entity.type === "Body" || (i.entity.type === "Actor" && i.entity.kind !== "person" && i.entity.kind !== "state"));

export function ofWhichMemberClaims(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  for (const cue of withAnchors(view, OF_WHICH, ANCHORS)) {
    const whole = itemEndingAt(view, cue.start, (i) => isMembership(i) && i.end === cue.start);
    if (!whole) continue;
    // "of which both countries are members": the parties; else the actors named.
    const said = view.tokens.slice(cue.end, cue.end + 4).map((t) => t.lower).join(" ");
    const named = actorList(view, cue.end).filter((a) => a.entity.kind !== "person");
    const after = named[named.length - 1]?.end ?? cue.end;
    const members = named.length ? named.map((a) => a.entity) : PARTY_EXPRESSION.test(said) ? ctx.parties : [];
    const from = named.length ? after : cue.end + partyWords(said);
    if (!MEMBER_PREDICATE.test(view.tokens.slice(from, from + 8).map((t) => t.lower).join(" "))) continue;
    const noun = view.tokens.findIndex((t, k) => k >= from && /^members?$/.test(t.lower));
    for (const m of members) emit(m, "MEMBER_OF", whole.entity, wordsOf(view, whole.start, noun + 1));
  }
}

/** How many words a party expression ("both countries", "the two sides") takes at the start of `said`. */
function partyWords(said: string): number {
  const match = said.match(PARTY_EXPRESSION);
  return match ? match[0].trim().split(" ").length : 0;
}

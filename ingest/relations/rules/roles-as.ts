/**
 * A party in the role of host or chair: "the role played by Chile as host of the upcoming Harbour Summit", "Peru in
 * its important role as 2027 Harbour Forum Chair", "Chile's efforts as the chair country" — the party leads the body
 * it hosts or chairs; a chair or host country named with no body is the chair of the meeting the statement reports.
 */
import { withAnchors } from "../view/anchors.ts";
import type { Emit, RelationContext } from "../view/context.ts";
import type { DocEntity } from "../../entities/entities.ts";
import { isOrdinalOrYear } from "../../entities/heads.ts";
import { CHAIR_COUNTRY } from "../../entities/references.ts";
import { itemAt, wordsOf, type Item, type SentenceView } from "../view/view.ts";

/** "as host", "as the chair country", "as 2027 Harbour Forum Chair": up to five words between "as" and the role. */
const AS_ROLE = /\bas (?:the )?(?:\S+ ){0,5}?(?:host|co-host|chair|co-chair)(?: (?:country|nation))?\b/g;
const ANCHORS: readonly string[] = ["host", "chair"];
/** Lower-case words that may stand between "of the" and the body hosted: "the upcoming", "the next". */
const BODY_MODIFIER = /^(?:the|upcoming|next|coming|forthcoming|current|present)$/;

/** A party that may host or chair: a state or an organisation, no person and no threat. */
const isParty = (i: Item) => i.entity.type === "Actor" && (i.entity.kind === "state" || i.entity.kind === "organization") && !i.threat;
/** What is hosted or chaired: a body, or an organisation or group of actors. */
const isHosted = (i: Item) => !i.threat && (i.entity.type === "Body" || (i.entity.type === "Actor" && (i.entity.kind === "organization" || i.entity.kind === "group")));

export function roleAsClaims(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  for (const cue of withAnchors(view, AS_ROLE, ANCHORS)) {
    const owner = ownerBefore(view, cue.start);
    if (!owner) continue;
    const target = hostedIn(view, cue.start, cue.end) ?? (CHAIR_COUNTRY.test(cue.text) ? ctx.convened : undefined);
    if (target && target !== owner.entity) emit(owner.entity, "LEADS", target, wordsOf(view, owner.start, cue.end));
  }
}

/**
 * The party whose role it is, before "as" at `at`: right before it ("Chile as host"), in the possessive before one
 * noun ("Chile's efforts as"), or before "in its … role" ("Peru in its important role as").
 */
function ownerBefore(view: SentenceView, at: number): Item | undefined {
  const ending = (end: number) => view.items.find((i) => i.end === end && isParty(i));
  if (view.tokens[at - 1]?.lower === "role") {
    let k = at - 2;
    while (k > at - 5 && view.tokens[k]?.word && !view.tokens[k]?.cap && !/^(?:its|their)$/.test(view.tokens[k]?.lower ?? "")) k--;
    if (/^(?:its|their)$/.test(view.tokens[k]?.lower ?? "") && view.tokens[k - 1]?.lower === "in") return ending(k - 1);
  }
  if (/^['’]s$/.test(view.tokens[at - 2]?.text ?? "")) return ending(at - 2);
  return ending(at);
}

/** The body hosted or chaired: inside the role's words ("as 2027 Harbour Forum Chair"), or after "of" ("as host of the upcoming X"). */
function hostedIn(view: SentenceView, from: number, end: number): DocEntity | undefined {
  const inside = view.items.find((i) => i.start > from && i.end < end && isHosted(i));
  if (inside) return inside.entity;
  if (view.tokens[end]?.lower !== "of") return undefined;
  let k = end + 1;
  while (BODY_MODIFIER.test(view.tokens[k]?.lower ?? "") || isOrdinalOrYear(view.tokens[k]?.text ?? "")) k++;
  return itemAt(view, k, isHosted)?.entity;
}

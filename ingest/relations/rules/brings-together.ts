/**
 * "The Harbour Dialogue regularly brings together officials from the three governments", "The fifth
 * Harbour Talks took place in Lima, bringing together representatives of Chile and Peru": a body that brings together
 * the officials of states has those states taking part in it (the verb's meaning, in every inflection).
 */
import { withAnchors } from "../view/anchors.ts";
import type { Emit, RelationContext } from "../view/context.ts";
import { PARTY_EXPRESSION, actorList } from "../subjects/subjects.ts";
import { wordsOf, type SentenceView } from "../view/view.ts";

const BRINGS_TOGETHER = /\b(?:brings|brought|bring|bringing) together\b/g;
const ANCHORS: readonly string[] = ["together"];
/** How far the body that brings them together may open the sentence, and how far after the verb their states are named. */
const SUBJECT_WINDOW = 4;
const OBJECT_WINDOW = 16;
/** Where the object of "bring together" ends: a purpose, a clause break. */
const OBJECT_END = /^(?:to|[,;.]|which|who|that)$/;

export function bringsTogetherClaims(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  for (const cue of withAnchors(view, BRINGS_TOGETHER, ANCHORS)) {
    // The body the sentence opens with is its subject ("The X is a forum that brings …", "The X took place …, bringing …").
    const body = view.items.find((i) => i.start < cue.start && !i.threat && i.entity.type === "Body");
    if (!body || body.start > SUBJECT_WINDOW) continue;
    for (let k = cue.end; k < view.tokens.length && k <= cue.end + OBJECT_WINDOW && !OBJECT_END.test(view.tokens[k]?.lower ?? ""); k++) {
      if (!/^(?:of|from)$/.test(view.tokens[k]?.lower ?? "")) continue;
      const said = view.tokens.slice(k + 1, k + 5).map((t) => t.lower).join(" ");
      const match = PARTY_EXPRESSION.exec(said);
      const states = actorList(view, k + 1).filter((a) => a.entity.kind === "state");
      const members = match ? ctx.parties : states.map((a) => a.entity);
      if (members.length === 0) continue;
      const end = match ? k + 1 + match[0].trim().split(" ").length : (states[states.length - 1]?.end ?? k + 1);
      for (const m of members) emit(m, "PARTICIPATES_IN", body.entity, wordsOf(view, body.start, end));
      break;
    }
  }
}

/**
 * "A held the fourth X Meeting with Minister B, Secretary of …, and Minister C, …": those the meeting was held with
 * take part in it, wherever the sentence starts ("On 3 May, from 2 p.m., A … held …").
 */
import { withAnchors } from "../view/anchors.ts";
import type { RelationContext, Emit } from "../view/context.ts";
import { nameStartAfter } from "../phrases/phrases.ts";
import { principalList } from "./principals.ts";
import { itemAt, wordsOf, type SentenceView } from "../view/view.ts";

/** Active verbs of holding a meeting ("was held with" has the meeting as subject, and no host). */
const HELD = /\b(?<!was |were )(?:held|convened|co-chaired|co-hosted)\b/g;
const ANCHORS: readonly string[] = ["held", "convened", "co-chaired", "co-hosted"];
/** How long a parenthesis after the body's name may be: ("2+2"), (SCM). */
const PARENTHESIS = 6;

export function heldWithClaims(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  for (const cue of withAnchors(view, HELD, ANCHORS)) {
    const body = itemAt(view, nameStartAfter(view, cue.end, ctx), (i) => i.entity.type === "Body" && !i.threat);
    if (!body) continue;
    let k = body.end;
    if (view.tokens[k]?.text === "(") {
      const close = view.tokens.findIndex((t, j) => j > k && j <= k + PARENTHESIS && t.text === ")");
      if (close < 0) continue;
      k = close + 1;
    }
    if (view.tokens[k]?.lower !== "with") continue;
    const cueText = wordsOf(view, cue.start, k + 1);
    for (const p of principalList(view, k + 1).people) emit(p.entity, "PARTICIPATES_IN", body.entity, cueText);
  }
}

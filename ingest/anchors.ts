/** Cue patterns guarded by anchor words: a sentence without any of them is not searched at all. */
import { containsAnyAnchor, registerAnchors } from "./anchor-words.ts";
import { findCues } from "./cues.ts";
import type { Cue, SentenceView } from "./view.ts";

export function withAnchors(view: SentenceView, pattern: RegExp, anchors: readonly string[]): Cue[] {
  registerAnchors(anchors);
  return containsAnyAnchor(view, anchors) ? findCues(view, pattern) : [];
}

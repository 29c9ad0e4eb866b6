/** Cue patterns guarded by anchor words: a sentence without any of them is not searched at all. */
import { containsAnyAnchorId, idsFor } from "./anchor-words.ts";
import { NO_CUES, findCues } from "./cues.ts";
import type { Cue, SentenceView } from "./view.ts";

export function withAnchors(view: SentenceView, pattern: RegExp, anchors: readonly string[]): Cue[] {
  return containsAnyAnchorId(view, anchors, idsFor(pattern, anchors)) ? findCues(view, pattern) : NO_CUES;
}

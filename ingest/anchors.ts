/** Cue patterns guarded by anchor words: a sentence without any of them is not searched at all. */
import { findCues } from "./cues.ts";
import type { Cue, SentenceView } from "./view.ts";

export function withAnchors(view: SentenceView, pattern: RegExp, anchors: readonly string[]): Cue[] {
  return anchors.some((a) => view.joined.includes(a)) ? findCues(view, pattern) : [];
}

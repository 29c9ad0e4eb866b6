/** Cue patterns guarded by anchor words: a sentence without any of them is not searched at all. */
import { anchorIds, containsAnyAnchorId } from "./anchor-words.ts";
import { NO_CUES, findCues } from "./cues.ts";
import { patternInfo, type Cue, type SentenceView } from "./view.ts";

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

export function withAnchors(view: SentenceView, pattern: RegExp, anchors: readonly string[]): readonly Cue[] {
  const info = patternInfo(pattern);
  // The ids of the words given, remembered with the pattern (the same words every call, in a new array when written inline).
  let ids = info.givenIds;
  if (!ids || !info.given || !sameWords(info.given, anchors)) {
    ids = anchorIds(anchors);
    info.given = anchors;
    info.givenIds = ids;
  }
  return containsAnyAnchorId(view, anchors, ids) ? findCues(view, pattern, info) : NO_CUES;
}

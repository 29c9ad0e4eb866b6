/**
 * Splits an evidence sentence into plain and cue segments, so the page can mark the cue words (as text, never HTML).
 * A cue is one phrase of the sentence or several joined by "…" ("welcomed the work of … including"): each part is
 * found as a whole phrase, in order, after the previous one. Words are never matched one by one (that marked every "the").
 */
export interface Segment {
  text: string;
  cue: boolean;
}

export const CUE_GAP = "…";

/** [start, end) of each cue part in `text`, in order; a part that is not found is skipped. */
export function cueRanges(text: string, cue: string): [number, number][] {
  const lower = text.toLowerCase();
  const parts = cue
    .split(CUE_GAP)
    .map((p) => p.trim().toLowerCase())
    .filter((p) => p.length > 0);
  const out: [number, number][] = [];
  let from = 0;
  for (const part of parts) {
    const at = lower.indexOf(part, from);
    if (at < 0) continue;
    out.push([at, at + part.length]);
    from = at + part.length;
  }
  return out;
}

export function highlightCue(text: string, cue: string): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of cueRanges(text, cue)) {
    if (start > at) out.push({ text: text.slice(at, start), cue: false });
    out.push({ text: text.slice(start, end), cue: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), cue: false });
  return out;
}

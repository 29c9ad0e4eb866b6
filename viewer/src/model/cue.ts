/** Splits an evidence sentence into plain and cue segments, so the page can mark the cue words (as text, never HTML). */
export interface Segment {
  text: string;
  cue: boolean;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function ranges(text: string, pattern: RegExp): [number, number][] {
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

export function highlightCue(text: string, cue: string): Segment[] {
  const whole = cue.trim();
  let found = whole ? ranges(text, new RegExp(escapeRegExp(whole), "gi")) : [];
  if (found.length === 0) {
    const words = whole.split(/\s+/).filter((w) => w.length >= 3);
    found = words.flatMap((w) => ranges(text, new RegExp(`\\b${escapeRegExp(w)}\\b`, "gi")));
    found.sort((a, b) => a[0] - b[0]);
  }
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of found) {
    if (start < at) continue;
    if (start > at) out.push({ text: text.slice(at, start), cue: false });
    out.push({ text: text.slice(start, end), cue: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), cue: false });
  return out;
}

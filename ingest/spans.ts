/**
 * Where the text names what the extractor read: each entity's spans in the statement's text (for the graph's
 * MENTIONED_IN edges) and the characters of each sentence read as a name, threat or state (for `briefgraph review`).
 */
import { formKey } from "../graph/names.ts";
import type { DocEntity } from "./entities/entities.ts";
import { compoundStates } from "./entities/mentions.ts";
import type { Lexicon } from "./lexicon/lexicon.ts";
import type { SentenceWork } from "./relations/reading.ts";
import type { ReadSpan } from "./trace.ts";

/** Where the text names each entity: [start, end) offsets in the statement's text of every item read as it, in text order. */
export function mentionSpans(work: readonly SentenceWork[]): Map<DocEntity, [number, number][]> {
  const out = new Map<DocEntity, [number, number][]>();
  for (const w of work) {
    for (const item of w.items) {
      const first = w.tokens[item.start];
      const last = w.tokens[item.end - 1];
      if (!first || !last || item.end <= item.start) continue;
      const span: [number, number] = [w.sentence.start + first.start, w.sentence.start + last.end];
      const list = out.get(item.entity);
      if (list) list.push(span);
      else out.set(item.entity, [span]);
    }
  }
  for (const list of out.values()) {
    // In text order, each span once: sorted, then equal neighbours dropped.
    list.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    let kept = 0;
    for (const span of list) {
      const last = list[kept - 1];
      if (last && last[0] === span[0] && last[1] === span[1]) continue;
      list[kept++] = span;
    }
    list.length = kept;
  }
  return out;
}

/** The characters of each sentence that a name, place, title, threat, reference, state adjective or compound of states ("ROK-U.S.-Japan") was read from. */
export function readSpans(work: readonly SentenceWork[], lexicon: Lexicon): ReadSpan[] {
  const out: ReadSpan[] = [];
  for (const w of work) {
    for (const t of w.tokens) if (t.cap && (lexicon.stateByAdjective.has(formKey(t.text)) || compoundStates(t, lexicon).length > 1)) out.push({ sentence: w.sentence.index, start: t.start, end: t.end });
    const spans = [...w.mentions.filter((m) => m.role !== "entity"), ...w.items];
    for (const { start, end } of spans) {
      const first = w.tokens[start];
      const last = w.tokens[end - 1];
      if (first && last) out.push({ sentence: w.sentence.index, start: first.start, end: last.end });
    }
  }
  return out;
}

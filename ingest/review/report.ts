/** Review reports, from statements just extracted or from a store. */
import { mergeInto } from "../../graph/merge.ts";
import { createGraph, type BriefGraph } from "../../graph/model.ts";
import type { Sentence, StatementDoc } from "../text/document.ts";
import type { ExtractionTrace } from "../trace.ts";
import { cueWords, entityGaps, sentencesWithRelations, type SentenceText } from "./graph-gaps.ts";
import { REVIEW_KINDS, type ReviewItem, type ReviewKind, type ReviewReport } from "./schema.ts";
import { unreadNames } from "./unread-names.ts";

/** One statement as the extractor left it: its document, graph, sentences and what it read but did not use. */
export interface ReviewedExtraction {
  doc: StatementDoc;
  graph: BriefGraph;
  sentences: readonly Sentence[];
  trace: ExtractionTrace;
}

function finish(input: ReviewReport["input"], statements: ReviewReport["statements"], items: ReviewItem[]): ReviewReport {
  const order = (k: ReviewKind) => REVIEW_KINDS.indexOf(k);
  const sorted = items.map((item, i) => ({ item, i })).sort((a, b) => order(a.item.kind) - order(b.item.kind) || a.i - b.i).map((x) => x.item);
  const counts: Record<ReviewKind, number> = { "unresolved-name": 0, "entity-without-relation": 0, "cue-without-relation": 0, "refused-relation": 0, "person-without-office-or-state": 0 };
  for (const item of sorted) counts[item.kind] += 1;
  return { input, statements, counts, items: sorted };
}

/** What the extractor saw in these statements but could not turn into the graph. */
export function reviewExtractions(extractions: readonly ReviewedExtraction[]): ReviewReport {
  const merged = createGraph();
  const texts = new Map<string, readonly Sentence[]>();
  const items: ReviewItem[] = [];
  for (const { doc, graph, sentences, trace } of extractions) {
    mergeInto(merged, graph);
    texts.set(doc.id, sentences);
    const place = (index: number) => ({ statement: doc.id, sentence: index + 1, text: sentences[index]?.text ?? null });
    const spans = trace.read();
    for (const s of sentences) {
      const read = spans.filter((r) => r.sentence === s.index);
      for (const name of unreadNames(s.text, read)) items.push({ kind: "unresolved-name", name, at: place(s.index) });
    }
    const stated = sentencesWithRelations(graph, doc.id);
    for (const s of sentences) {
      const cues = stated.has(s.index) ? [] : cueWords(s.text);
      if (cues.length) items.push({ kind: "cue-without-relation", cues, at: place(s.index) });
    }
    for (const r of trace.refused) items.push({ kind: "refused-relation", source: r.source, relation: r.type, target: r.target, cue: r.cue, at: place(r.sentence) });
  }
  const text: SentenceText = (statement, index) => texts.get(statement)?.[index]?.text ?? null;
  items.push(...entityGaps(merged, text));
  return finish("files", extractions.map(({ doc }) => ({ id: doc.id, title: doc.title, source: doc.source })), items);
}

/**
 * What a store shows: entities in no relation and people without an office or a state. The store keeps the
 * text only of sentences that state a relation (as evidence), so other sentences are quoted by number.
 */
export function reviewStore(graph: BriefGraph): ReviewReport {
  const texts = new Map<string, string>();
  graph.forEachEdge((_key, a) => {
    if (a.type === "MENTIONED_IN") return;
    for (const e of a.evidence) texts.set(`${e.statement}#${e.sentence}`, e.text);
  });
  const statements: ReviewReport["statements"] = [];
  for (const node of graph.nodes().sort()) {
    const a = graph.getNodeAttributes(node);
    if (a.type === "Statement") statements.push({ id: node, title: a.title, source: a.source });
  }
  return finish("store", statements, entityGaps(graph, (statement, index) => texts.get(`${statement}#${index}`) ?? null));
}

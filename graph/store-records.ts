/**
 * The store's records as they are on disk. A relation's evidence names its sentence (statement id and sentence
 * number, with the offsets) but does not copy it: each quoted sentence is kept once, in the `sentences` section
 * after the edges. Reading puts the text back (`Evidence.text`, the model every other module uses), one string per
 * sentence shared by all its evidence. Stores written before this (evidence with its text inline, no `sentences`)
 * read as they are; an evidence whose sentence differs from the kept one keeps its own text inline. Pure.
 */
import { z } from "zod";
import { BriefgraphError } from "./errors.ts";
import { graphFromSerialized, type BriefGraph } from "./model.ts";
import { EvidenceSchema, MentionAttributesSchema, RelationAttributesSchema, SerializedGraphSchema, type EdgeAttributes, type Evidence, type SerializedGraph } from "./schema.ts";

export const StoredEvidenceSchema = EvidenceSchema.extend({ text: EvidenceSchema.shape.text.optional() });
export type StoredEvidence = z.infer<typeof StoredEvidenceSchema>;
const StoredRelationSchema = RelationAttributesSchema.extend({ evidence: z.array(StoredEvidenceSchema).min(1) });
export const StoredEdgeAttributesSchema = z.discriminatedUnion("type", [StoredRelationSchema, MentionAttributesSchema]);
export type StoredEdgeAttributes = z.infer<typeof StoredEdgeAttributesSchema>;

export const StoredEdgeRecordSchema = SerializedGraphSchema.shape.edges.element.extend({ attributes: StoredEdgeAttributesSchema });
export const StoredNodeRecordSchema = SerializedGraphSchema.shape.nodes.element;

/** One quoted sentence: sentence `sentence` of statement node `statement`. */
export const SentenceRecordSchema = z.object({
  statement: z.string().min(1),
  sentence: z.number().int().nonnegative(),
  text: z.string().min(1),
});
export type SentenceRecord = z.infer<typeof SentenceRecordSchema>;

export const StoredGraphSchema = SerializedGraphSchema.extend({
  edges: z.array(StoredEdgeRecordSchema),
  sentences: z.array(SentenceRecordSchema).optional(),
});

export function sentenceKey(statement: string, sentence: number): string {
  return `${statement}\u0000${sentence}`;
}

/**
 * Takes the sentences out of the edges' evidence: the edges as stored and the sentences kept, sorted by statement
 * then sentence number. `isStatement` says which ids are Statement nodes (only their sentences are kept apart).
 */
export function separateSentences(
  edges: SerializedGraph["edges"],
  isStatement: (key: string) => boolean,
): { edges: { key: string; source: string; target: string; attributes: StoredEdgeAttributes }[]; sentences: SentenceRecord[] } {
  const kept = new Map<string, SentenceRecord>();
  const out = edges.map((edge) => {
    const a = edge.attributes;
    if (a.type === "MENTIONED_IN") return { key: edge.key, source: edge.source, target: edge.target, attributes: a };
    const evidence = a.evidence.map((e): StoredEvidence => {
      if (!isStatement(e.statement)) return e;
      const key = sentenceKey(e.statement, e.sentence);
      const known = kept.get(key);
      if (known === undefined) kept.set(key, { statement: e.statement, sentence: e.sentence, text: e.text });
      else if (known.text !== e.text) return e;
      return { statement: e.statement, sentence: e.sentence, start: e.start, end: e.end, cue: e.cue };
    });
    return { key: edge.key, source: edge.source, target: edge.target, attributes: { ...a, evidence } };
  });
  const sentences = [...kept.values()].sort((x, y) => (x.statement < y.statement ? -1 : x.statement > y.statement ? 1 : x.sentence - y.sentence));
  return { edges: out, sentences };
}

/** An evidence with its text back, its keys in the model's order; undefined when the sentence is not known. */
export function withText(e: StoredEvidence, text: (statement: string, sentence: number) => string | undefined): Evidence | undefined {
  const found = e.text ?? text(e.statement, e.sentence);
  if (found === undefined) return undefined;
  return { statement: e.statement, sentence: e.sentence, start: e.start, end: e.end, text: found, cue: e.cue };
}

/** Edge attributes with every evidence's text back; undefined when one names a sentence `text` does not know. */
export function rehydrate(attributes: StoredEdgeAttributes, text: (statement: string, sentence: number) => string | undefined): EdgeAttributes | undefined {
  if (attributes.type === "MENTIONED_IN") return attributes;
  const evidence: Evidence[] = [];
  for (const e of attributes.evidence) {
    const full = withText(e, text);
    if (full === undefined) return undefined;
    evidence.push(full);
  }
  const { evidence: _stored, ...rest } = attributes;
  return { ...rest, evidence };
}

function invalid(origin: string, where: string, message: string): BriefgraphError {
  return new BriefgraphError("STORE_INVALID", `${origin}: not a briefgraph graph (${where ? `at ${where}: ` : ""}${message})`);
}

/** Validates a parsed store (this format or the older one with inline evidence text) and builds the graph. */
export function decodeStore(data: unknown, origin: string): BriefGraph {
  const parsed = StoredGraphSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid(origin, issue ? issue.path.join(".") : "", issue?.message ?? "invalid");
  }
  const table = new Map<string, string>();
  for (const s of parsed.data.sentences ?? []) table.set(sentenceKey(s.statement, s.sentence), s.text);
  const lookup = (statement: string, sentence: number) => table.get(sentenceKey(statement, sentence));
  const edges = parsed.data.edges.map((edge, i) => {
    const attributes = rehydrate(edge.attributes, lookup);
    if (attributes === undefined) throw invalid(origin, `edges.${i}.attributes.evidence`, "names a sentence the store's sentences do not hold");
    return { key: edge.key, source: edge.source, target: edge.target, attributes };
  });
  return graphFromSerialized({ attributes: parsed.data.attributes, options: parsed.data.options, nodes: parsed.data.nodes, edges }, origin);
}

/**
 * The store's records as they are on disk. A relation's evidence names its sentence (statement id and sentence
 * number, with its offsets in the statement's text) but does not copy it: the statement node keeps its text, and
 * the sentence is that text from `start` to `end`, so each sentence is on disk once, inside its statement. An
 * evidence whose text is not its statement's text at its offsets keeps its text inline. Only the sentences of a
 * statement stored without its text are kept apart, once each, in the `sentences` section after the edges (an
 * evidence whose text differs from the one kept for its sentence keeps its own inline). Reading puts the text back (`Evidence.text`, the model every other module uses),
 * one string per sentence shared by all its evidence. Stores written before this read as they are: those with a
 * `sentences` record for every quoted sentence, and the oldest, with every evidence quoting its sentence. Pure.
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

/** The text of an evidence's sentence as the store gives it back (from its statement's text or its record). */
export type SentenceText = (statement: string, sentence: number, start: number, end: number) => string | undefined;

/**
 * A stored evidence's text: its sentence record's, else its statement's text from `start` to `end`.
 * `statementText` is undefined for a statement stored without its text (or not a statement).
 */
export function sentenceTextOf(records: ReadonlyMap<string, string>, statementText: (statement: string) => string | undefined): SentenceText {
  return (statement, sentence, start, end) => {
    const kept = records.get(sentenceKey(statement, sentence));
    if (kept !== undefined) return kept;
    const text = statementText(statement);
    return text !== undefined && start >= 0 && start < end && end <= text.length ? text.slice(start, end) : undefined;
  };
}

/**
 * Takes the sentences out of the edges' evidence: the edges as stored and the sentences kept apart, sorted by
 * statement then sentence number. `statementText` gives a Statement node's text (undefined when it has none),
 * null for an id that is not a Statement node (the sentences of those stay inline).
 */
export function separateSentences(
  edges: SerializedGraph["edges"],
  statementText: (key: string) => string | undefined | null,
): { edges: { key: string; source: string; target: string; attributes: StoredEdgeAttributes }[]; sentences: SentenceRecord[] } {
  const kept = new Map<string, SentenceRecord>();
  const out = edges.map((edge) => {
    const a = edge.attributes;
    if (a.type === "MENTIONED_IN") return { key: edge.key, source: edge.source, target: edge.target, attributes: a };
    const evidence = a.evidence.map((e): StoredEvidence => {
      const whole = statementText(e.statement);
      if (whole === null) return e;
      const key = sentenceKey(e.statement, e.sentence);
      // The statement's own text holds the sentence: nothing to keep. A text it does not hold stays inline
      // (records are only for statements without their text, so a reader never mistakes one for the other).
      if (whole !== undefined) {
        if (e.start >= 0 && e.start < e.end && whole.slice(e.start, e.end) === e.text) return { statement: e.statement, sentence: e.sentence, start: e.start, end: e.end, cue: e.cue };
        return e;
      }
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
export function withText(e: StoredEvidence, text: SentenceText): Evidence | undefined {
  const found = e.text ?? text(e.statement, e.sentence, e.start, e.end);
  if (found === undefined) return undefined;
  return { statement: e.statement, sentence: e.sentence, start: e.start, end: e.end, text: found, cue: e.cue };
}

/** Edge attributes with every evidence's text back; undefined when one names a sentence `text` does not know. */
export function rehydrate(attributes: StoredEdgeAttributes, text: SentenceText): EdgeAttributes | undefined {
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
  const texts = new Map<string, string>();
  for (const node of parsed.data.nodes) if (node.attributes.type === "Statement" && node.attributes.text !== undefined) texts.set(node.key, node.attributes.text);
  const lookup = sentenceTextOf(table, (statement) => texts.get(statement));
  const edges = parsed.data.edges.map((edge, i) => {
    const attributes = rehydrate(edge.attributes, lookup);
    if (attributes === undefined) throw invalid(origin, `edges.${i}.attributes.evidence`, "names a sentence neither its statement's text nor the store's sentences hold");
    return { key: edge.key, source: edge.source, target: edge.target, attributes };
  });
  return graphFromSerialized({ attributes: parsed.data.attributes, options: parsed.data.options, nodes: parsed.data.nodes, edges }, origin);
}

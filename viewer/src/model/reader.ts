/**
 * The statement reader's model: one statement's sentences, each with the entities it names (placed by the offsets
 * ingest keeps on MENTIONED_IN, nested when one name holds another) and the relations it states. A store written
 * before the statement's text was kept gives only the sentences its relations quote, and finds the names in them by
 * their words. Also the relations the domain model allows between two mentions, and the evidence of a sentence for
 * an analyst's relation. Pure.
 */
import { isEntity, type BriefGraph } from "../../../graph/model.ts";
import { RELATION_TYPES, endpointsAllowed, type EntityType, type Evidence, type Origin, type RelationType } from "../../../graph/schema.ts";
import { splitSentences } from "../../../ingest/text/sentences.ts";

/** A place where the sentence names an entity: [start, end) in the sentence's text. */
export interface ReaderMention {
  node: string;
  name: string;
  type: EntityType;
  kind?: string;
  start: number;
  end: number;
}

export interface TextPiece {
  kind: "text";
  text: string;
}
/** A mention and what it holds: text and the mentions inside it ("DPRK" in "DPRK's missile launches"). */
export interface MentionPiece {
  kind: "mention";
  mention: ReaderMention;
  text: string;
  pieces: Piece[];
}
export type Piece = TextPiece | MentionPiece;

export interface ReaderRelation {
  edge: string;
  source: string;
  sourceName: string;
  type: RelationType;
  target: string;
  targetName: string;
  /** The cue this sentence gives for it. */
  cue: string;
  origin: Origin;
  corrections: readonly string[];
  /** How many sentences (of every statement) quote it: removing the relation removes all of them. */
  quotes: number;
}

export interface ReaderSentence {
  /** From 0, as evidence counts. */
  index: number;
  start: number;
  end: number;
  paragraph: number;
  text: string;
  mentions: ReaderMention[];
  pieces: Piece[];
  relations: ReaderRelation[];
}

export interface ReaderDoc {
  statement: string;
  title: string;
  date?: string;
  /** False when the store keeps only the sentences relations quote (written before it kept the whole text). */
  complete: boolean;
  /** How many sentences the statement has (complete or not). */
  sentenceCount: number;
  sentences: ReaderSentence[];
}

const WORD = /[\p{L}\p{N}]/u;

/** Every whole-word place `form` occurs in `text`, as [start, end). */
function wordMatches(text: string, form: string): [number, number][] {
  const out: [number, number][] = [];
  if (form === "") return out;
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + form.length);
    if ((before === "" || !WORD.test(before)) && (after === "" || !WORD.test(after))) out.push([at, at + form.length]);
  }
  return out;
}

/** Text and mentions as nested pieces; a mention that crosses the edge of an earlier one is left out. */
export function piecesOf(text: string, mentions: readonly ReaderMention[], from = 0, to = text.length): Piece[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end || a.node.localeCompare(b.node));
  const out: Piece[] = [];
  let at = from;
  let i = 0;
  while (i < sorted.length) {
    const m = sorted[i];
    i++;
    if (m === undefined || m.start < at || m.end > to || m.end <= m.start) continue;
    if (m.start > at) out.push({ kind: "text", text: text.slice(at, m.start) });
    const inner: ReaderMention[] = [];
    while (i < sorted.length && (sorted[i]?.start ?? Infinity) < m.end) {
      const next = sorted[i];
      if (next !== undefined && next.end <= m.end && !(next.start === m.start && next.end === m.end && next.node === m.node)) inner.push(next);
      i++;
    }
    out.push({ kind: "mention", mention: m, text: text.slice(m.start, m.end), pieces: piecesOf(text, inner, m.start, m.end) });
    at = m.end;
  }
  if (at < to) out.push({ kind: "text", text: text.slice(at, to) });
  return out;
}

/** The sentences the reader shows: all of them from the kept text, else those the relations quote. */
function sentencesOf(graph: BriefGraph, statement: string, text: string | undefined): Omit<ReaderSentence, "mentions" | "pieces" | "relations">[] {
  if (text !== undefined) return splitSentences(text).map((s) => ({ index: s.index, start: s.start, end: s.end, paragraph: s.paragraph, text: s.text }));
  const quoted = new Map<number, Omit<ReaderSentence, "mentions" | "pieces" | "relations">>();
  graph.forEachEdge((_key, a) => {
    if (a.type === "MENTIONED_IN") return;
    for (const e of a.evidence) if (e.statement === statement) quoted.set(e.sentence, { index: e.sentence, start: e.start, end: e.end, paragraph: e.sentence, text: e.text });
  });
  return [...quoted.values()].sort((a, b) => a.index - b.index);
}

/** The reader's view of `statement`; undefined when it is not a statement of the graph. */
export function readStatement(graph: BriefGraph, statement: string): ReaderDoc | undefined {
  if (!graph.hasNode(statement)) return undefined;
  const s = graph.getNodeAttributes(statement);
  if (s.type !== "Statement") return undefined;
  const sentences: ReaderSentence[] = sentencesOf(graph, statement, s.text).map((x) => ({ ...x, mentions: [], pieces: [], relations: [] }));
  const byIndex = new Map(sentences.map((x) => [x.index, x]));
  const containing = (start: number) => sentences.find((x) => x.start <= start && start < x.end);
  graph.forEachInEdge(statement, (_key, a, source) => {
    const e = graph.getNodeAttributes(source);
    if (a.type !== "MENTIONED_IN" || !isEntity(e)) return;
    const base = { node: source, name: e.name, type: e.type, ...(e.type === "Actor" ? { kind: e.kind } : {}) };
    if (a.spans !== undefined && s.text !== undefined) {
      for (const [start, end] of a.spans) {
        const x = containing(start);
        if (x && end <= x.end) x.mentions.push({ ...base, start: start - x.start, end: end - x.start });
      }
      return;
    }
    // Without offsets, the entity's name and aliases wherever the shown sentences write them as whole words.
    const forms = [...new Set([e.name, ...e.aliases])];
    for (const x of sentences) for (const form of forms) for (const [start, end] of wordMatches(x.text, form)) x.mentions.push({ ...base, start, end });
  });
  graph.forEachEdge((edge, a, source, target) => {
    if (a.type === "MENTIONED_IN") return;
    for (const e of a.evidence) {
      if (e.statement !== statement) continue;
      const x = byIndex.get(e.sentence);
      if (!x || x.relations.some((r) => r.edge === edge)) continue;
      x.relations.push({
        edge,
        source,
        sourceName: graph.getNodeAttribute(source, "name"),
        type: a.type,
        target,
        targetName: graph.getNodeAttribute(target, "name"),
        cue: e.cue,
        origin: a.origin ?? "extracted",
        corrections: a.corrections ?? [],
        quotes: a.evidence.length,
      });
    }
  });
  for (const x of sentences) {
    x.mentions.sort((p, q) => p.start - q.start || q.end - p.end || p.node.localeCompare(q.node));
    x.pieces = piecesOf(x.text, x.mentions);
    x.relations.sort((p, q) => p.sourceName.localeCompare(q.sourceName) || p.type.localeCompare(q.type) || p.targetName.localeCompare(q.targetName));
  }
  return { statement, title: s.title, ...(s.date ? { date: s.date } : {}), complete: s.text !== undefined, sentenceCount: s.sentences, sentences };
}

/** The entities a sentence names, each once, in the order it first names them. */
export function sentenceEntities(sentence: ReaderSentence): ReaderMention[] {
  const seen = new Map<string, ReaderMention>();
  for (const m of sentence.mentions) if (!seen.has(m.node)) seen.set(m.node, m);
  return [...seen.values()];
}

/** The relation types the domain model allows from an entity of type `from` to one of type `to`. */
export function allowedRelations(from: EntityType, to: EntityType): RelationType[] {
  return RELATION_TYPES.filter((t) => endpointsAllowed(t, from, to));
}

/** What a sentence says between two of its mentions (trimmed of spaces and punctuation), as the cue to suggest. */
export function suggestedCue(sentence: ReaderSentence, a: ReaderMention, b: ReaderMention): string {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  const between = sentence.text.slice(first.end, second.start).replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, "");
  return between.length > 0 && between.length <= 60 ? between : "";
}

/** The evidence for an analyst's relation from `sentence`, with `cue` as the sentence writes it; undefined when the cue is not words of it. */
export function sentenceEvidence(statement: string, sentence: ReaderSentence, cue: string): Evidence | undefined {
  const wanted = cue.trim();
  const at = sentence.text.toLowerCase().indexOf(wanted.toLowerCase());
  if (wanted === "" || at < 0) return undefined;
  return { statement, sentence: sentence.index, start: sentence.start, end: sentence.end, text: sentence.text, cue: sentence.text.slice(at, at + wanted.length) };
}

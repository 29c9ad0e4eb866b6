/**
 * The evidence of an analyst's relation: a sentence of a statement of the store, quoted exactly with its offsets.
 * The sentence comes from the store itself when an extracted relation already quotes it (same statement and
 * sentence number) or the store keeps the statement's text (split as ingest splits it), else from the statement's
 * source file, re-read and re-split as ingest splits it, and used only when its SHA-256 still matches the
 * statement's: the same text gives the same sentences and offsets.
 */
import { BriefgraphError } from "../graph/errors.ts";
import { findNodes } from "../graph/lookup.ts";
import type { BriefGraph } from "../graph/model.ts";
import type { Evidence, StatementAttributes } from "../graph/schema.ts";
import { sha256 } from "../ingest/extract.ts";
import { readStatement, splitSentences, toStatementDoc } from "../ingest/index.ts";

/** The statement named by id or title. */
export function resolveStatement(graph: BriefGraph, name: string): { id: string; attributes: StatementAttributes } {
  for (const id of findNodes(graph, name)) {
    const attributes = graph.getNodeAttributes(id);
    if (attributes.type === "Statement") return { id, attributes };
  }
  const titles = graph.filterNodes((_k, a) => a.type === "Statement").map((k) => graph.getNodeAttribute(k, "name"));
  throw new BriefgraphError("NAME_NOT_FOUND", `no statement "${name}"${titles.length ? `; the store holds: ${titles.map((t) => `"${t}"`).join(", ")}` : ""}`);
}

function quotedInStore(graph: BriefGraph, statement: string, sentence: number): Pick<Evidence, "start" | "end" | "text"> | undefined {
  for (const { attributes } of graph.edgeEntries()) {
    if (attributes.type === "MENTIONED_IN") continue;
    const e = attributes.evidence.find((x) => x.statement === statement && x.sentence === sentence);
    if (e) return { start: e.start, end: e.end, text: e.text };
  }
  return undefined;
}

/** The sentence from the statement's text as the store keeps it (stores written before it was kept have none). */
function fromStoredText(attributes: StatementAttributes, sentence: number): Pick<Evidence, "start" | "end" | "text"> | undefined {
  if (attributes.text === undefined) return undefined;
  const s = splitSentences(attributes.text)[sentence];
  return s ? { start: s.start, end: s.end, text: s.text } : undefined;
}

async function fromSource(id: string, attributes: StatementAttributes, sentence: number, sourcePath: string | undefined): Promise<Pick<Evidence, "start" | "end" | "text">> {
  const path = sourcePath ?? attributes.source;
  const raw = await readStatement(path);
  if (sha256(raw.content) !== attributes.sha256) {
    throw new BriefgraphError("CORRECTION_REFUSED", `${path}: not the text of statement ${id} any more (its SHA-256 differs); give the original with --source`);
  }
  const s = toStatementDoc(raw).sentences[sentence];
  if (!s) throw new BriefgraphError("CORRECTION_REFUSED", `statement ${id} has no sentence ${sentence + 1}`);
  return { start: s.start, end: s.end, text: s.text };
}

/**
 * The evidence for sentence `sentence` (from 0) of `statement`, with `cue` (words of that sentence, any case)
 * as the sentence writes them.
 */
export async function sentenceEvidence(
  graph: BriefGraph,
  statement: string,
  sentence: number,
  cue: string,
  options: { sourcePath?: string } = {},
): Promise<Evidence> {
  const { id, attributes } = resolveStatement(graph, statement);
  if (!Number.isInteger(sentence) || sentence < 0 || sentence >= attributes.sentences) {
    throw new BriefgraphError("USAGE", `--sentence ${sentence + 1}: statement "${attributes.title}" has sentences 1 to ${attributes.sentences}`);
  }
  const stored = options.sourcePath === undefined ? (quotedInStore(graph, id, sentence) ?? fromStoredText(attributes, sentence)) : undefined;
  const quote = stored ?? (await fromSource(id, attributes, sentence, options.sourcePath));
  const at = quote.text.toLowerCase().indexOf(cue.trim().toLowerCase());
  if (cue.trim() === "" || at < 0) {
    throw new BriefgraphError("USAGE", `--cue "${cue}": not words of sentence ${sentence + 1} ("${quote.text}")`);
  }
  return { statement: id, sentence, ...quote, cue: quote.text.slice(at, at + cue.trim().length) };
}

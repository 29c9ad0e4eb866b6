/** ingest/: statements (text, Markdown, HTML) → typed, evidence-grounded graphs. */
import { mergeInto } from "../graph/merge.ts";
import { createGraph, type BriefGraph } from "../graph/model.ts";
import type { StatementDoc } from "./text/document.ts";
import { extractStatement } from "./extract.ts";
import { defaultLexicon, type Lexicon } from "./lexicon/lexicon.ts";
import { collectInputs, readStatement, type OnSkip } from "./text/load.ts";

export { cleanContent, htmlToText, markdownToText, normalizeText } from "./text/clean.ts";
export { splitSentences, MAX_SENTENCE_CHARS } from "./text/sentences.ts";
export { extractStatement, toStatementDoc, type Extraction } from "./extract.ts";
export { compileLexicon, defaultLexicon, parseLexiconData, LexiconDataSchema, type Lexicon, type LexiconData } from "./lexicon/lexicon.ts";
export { collectInputs, readStatement, formatOf, DEFAULT_MAX_STATEMENT_BYTES, type OnSkip } from "./text/load.ts";
export { evaluate, parseGold, GoldSchema, type Gold, type EvalReport } from "./eval.ts";
export { PARTY_EXPRESSION, refersBack, refersToParties } from "./entities/references.ts";
export type { RawStatement, StatementDoc, Sentence, Format } from "./text/document.ts";

export interface IngestOptions {
  lexicon?: Lexicon;
  /** Called after each statement: done, total, the file. */
  onProgress?: (done: number, total: number, path: string) => void;
  /** Called with each path found in a folder but not read (a symbolic-link loop, a link to nothing) and why. */
  onSkip?: OnSkip;
  /** The largest statement file read, in bytes (default DEFAULT_MAX_STATEMENT_BYTES). */
  maxStatementBytes?: number;
}

/** Extracts one statement's text (no file needed). */
export function extractText(content: string, source = "statement.txt", format: "txt" | "md" | "html" = "txt", lexicon = defaultLexicon()): BriefGraph {
  return extractStatement({ source, format, content }, lexicon).graph;
}

/** Reads, extracts and merges every statement under `paths` (files or folders). */
export async function ingestPaths(paths: readonly string[], options: IngestOptions = {}): Promise<{ graph: BriefGraph; statements: StatementDoc[] }> {
  const files = await collectInputs(paths, options.onSkip);
  const lexicon = options.lexicon ?? defaultLexicon();
  const graph = createGraph();
  const statements: StatementDoc[] = [];
  let done = 0;
  for (const file of files) {
    const raw = await readStatement(file, { maxBytes: options.maxStatementBytes });
    const { doc, graph: one } = extractStatement(raw, lexicon);
    mergeInto(graph, one);
    statements.push(doc);
    options.onProgress?.(++done, files.length, file);
  }
  return { graph, statements };
}

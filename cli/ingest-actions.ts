/**
 * What the extract, ingest, eval and start commands do, loaded by cli/ingest.ts only when one of them runs:
 * the extractor (ingest/) is the heaviest module to load, and other commands do not need it.
 */
import { readFile } from "node:fs/promises";
import { SingleBar, Presets } from "cli-progress";
import { BriefgraphError } from "../graph/errors.ts";
import { formatStale, ingestIntoCorrectedStore } from "../corrections/index.ts";
import type { BriefGraph } from "../graph/model.ts";
import { graphStats, type GraphStats } from "../graph/stats.ts";
import { dateUndatedStatements } from "../history/dates.ts";
import { LexiconDataSchema, compileLexicon, defaultLexicon, evaluate, ingestPaths, parseGold, type IngestOptions, type Lexicon } from "../ingest/index.ts";
import { bundledLexiconData } from "../ingest/lexicon/lexicon.ts";

export { defaultLexicon, evaluate, ingestPaths, parseGold };

export async function readJson(path: string, code: "GOLD_INVALID" | "LEXICON_INVALID"): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (cause) {
    const missing = cause instanceof Error && "code" in cause && cause.code === "ENOENT";
    throw new BriefgraphError(missing ? "INPUT_NOT_FOUND" : "INPUT_UNREADABLE", `${path}: ${missing ? "no such file" : "cannot read"}`, { cause });
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new BriefgraphError(code, `${path}: not valid JSON (${cause instanceof Error ? cause.message : String(cause)})`, { cause });
  }
}

/** The bundled lexicon, extended by the user's file when given. */
export async function loadLexicon(path: string | undefined): Promise<Lexicon> {
  if (!path) return defaultLexicon();
  const data = LexiconDataSchema.safeParse(await readJson(path, "LEXICON_INVALID"));
  if (!data.success) {
    const issue = data.error.issues[0];
    throw new BriefgraphError("LEXICON_INVALID", `${path}: not a lexicon (${issue ? `${issue.path.join(".")}: ${issue.message}` : "invalid"})`);
  }
  return compileLexicon(bundledLexiconData(), data.data);
}

function progressBar(): { update: (done: number, total: number) => void; stop: () => void } {
  if (!process.stderr.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar({ format: "ingest [{bar}] {value}/{total} statements", stream: process.stderr, clearOnComplete: true }, Presets.shades_classic);
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    },
    stop: () => started && bar.stop(),
  };
}

/**
 * Ingests `paths` into the store at `storePath` (merged with what it holds, then the corrections log replayed)
 * and returns the new counts; corrections that no longer apply are reported on stderr. `date` dates the
 * statements whose text gives none.
 */
export async function ingestIntoStore(paths: readonly string[], storePath: string, lexicon: Lexicon, options: Pick<IngestOptions, "onSkip" | "maxStatementBytes"> & { date?: string } = {}): Promise<GraphStats> {
  const { date, ...ingestOptions } = options;
  const bar = progressBar();
  let extracted: BriefGraph;
  try {
    extracted = (await ingestPaths(paths, { ...ingestOptions, lexicon, onProgress: (done, total) => bar.update(done, total) })).graph;
    if (date !== undefined) dateUndatedStatements(extracted, date);
  } finally {
    bar.stop();
  }
  const { graph, stale } = await ingestIntoCorrectedStore(storePath, extracted);
  process.stderr.write(formatStale(stale));
  return graphStats(graph);
}


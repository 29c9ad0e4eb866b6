/**
 * A store with its corrections: the extracted graph (graph.extracted.json, once there are corrections), the log,
 * and the store itself (graph.json) = the extracted graph with the log replayed. Writers hold the log's lock.
 */
import { existsSync } from "node:fs";
import { BriefgraphError } from "../graph/errors.ts";
import { mergeInto } from "../graph/merge.ts";
import type { BriefGraph } from "../graph/model.ts";
import { graphToJson, readStore, writeFileAtomic, writeStore } from "../graph/store.ts";
import { withCorrectionsLock } from "./lock.ts";
import { readLog, writeLog } from "./log.ts";
import { correctionsPathFor, extractedPathFor } from "./paths.ts";
import { replay, type ReplayReport } from "./replay.ts";
import type { CorrectionsLog } from "./schema.ts";

export interface CorrectedStore extends ReplayReport {
  storePath: string;
  logPath: string;
  extracted: BriefGraph;
  log: CorrectionsLog;
  /** The extracted graph with the log replayed: what the store holds. */
  graph: BriefGraph;
}

/**
 * The extracted graph: graph.extracted.json when there is one, else the store itself (a store without
 * corrections is its extracted graph, and no store at all an empty one when `missingOk`). A store with a log with
 * entries and no extracted graph cannot be replayed or undone: it is refused.
 */
async function readExtracted(storePath: string, log: CorrectionsLog, missingOk: boolean): Promise<BriefGraph> {
  const extractedPath = extractedPathFor(storePath);
  if (existsSync(extractedPath)) return readStore(extractedPath);
  // A store rebuilt from nothing keeps its log: the corrections replay on what the new ingest extracts.
  if (log.corrections.length > 0 && !(missingOk && !existsSync(storePath))) {
    throw new BriefgraphError(
      "CORRECTIONS_INVALID",
      `${extractedPath}: missing, but ${correctionsPathFor(storePath)} holds ${log.corrections.length} corrections to replay on it (restore it, or move the log away and re-ingest)`,
    );
  }
  return readStore(storePath, { missingOk });
}

async function readParts(storePath: string, missingOk: boolean): Promise<Pick<CorrectedStore, "storePath" | "logPath" | "extracted" | "log">> {
  const logPath = correctionsPathFor(storePath);
  const log = await readLog(logPath);
  return { storePath, logPath, log, extracted: await readExtracted(storePath, log, missingOk) };
}

export async function readCorrectedStore(storePath: string, options: { missingOk?: boolean } = {}): Promise<CorrectedStore> {
  const parts = await readParts(storePath, options.missingOk ?? false);
  return { ...parts, ...replay(parts.extracted, parts.log) };
}

/** Writes the extracted graph (when it has none yet, or `extractedChanged`), then the log, then the store. */
async function writeCorrectedStore(state: CorrectedStore, extractedChanged: boolean): Promise<void> {
  const extractedPath = extractedPathFor(state.storePath);
  if (extractedChanged || !existsSync(extractedPath)) await writeFileAtomic(extractedPath, graphToJson(state.extracted));
  await writeLog(state.logPath, state.log);
  await writeStore(state.storePath, state.graph);
}

/**
 * Adds corrections under the lock: `change` gets the store as it is (log replayed) and returns the new log; the
 * result is replayed from the extracted graph and written. Returns the new state.
 */
export async function changeCorrections(storePath: string, change: (state: CorrectedStore) => Promise<CorrectionsLog> | CorrectionsLog): Promise<CorrectedStore> {
  return withCorrectionsLock(correctionsPathFor(storePath), async () => {
    const state = await readCorrectedStore(storePath);
    const log = await change(state);
    const next: CorrectedStore = { ...state, log, ...replay(state.extracted, log) };
    await writeCorrectedStore(next, false);
    return next;
  });
}

/**
 * What `ingest` does with the store: merges the newly extracted graph into the extracted graph, replays the log on
 * it and writes both. A store without corrections is written as before, and nothing else.
 */
export async function ingestIntoCorrectedStore(storePath: string, extracted: BriefGraph): Promise<CorrectedStore> {
  const logPath = correctionsPathFor(storePath);
  return withCorrectionsLock(logPath, async () => {
    const parts = await readParts(storePath, true);
    mergeInto(parts.extracted, extracted);
    if (!existsSync(logPath) && !existsSync(extractedPathFor(storePath))) {
      await writeStore(storePath, parts.extracted);
      return { ...parts, graph: parts.extracted, stale: [], notes: [] };
    }
    const next: CorrectedStore = { ...parts, ...replay(parts.extracted, parts.log) };
    await writeCorrectedStore(next, true);
    return next;
  });
}

/** corrections/: the analyst's corrections log beside the store, replayed on every ingest. */
export * from "./schema.ts";
export { correctionsPathFor, extractedPathFor } from "./paths.ts";
export { withCorrectionsLock } from "./lock.ts";
export { readLog, writeLog, parseLog, nextId, logToJson } from "./log.ts";
export { applyCorrection, type ApplyResult } from "./apply.ts";
export { replay, effectiveCorrections, undoneIds, describeCorrection, copyGraph, type ReplayReport } from "./replay.ts";
export { addCorrection, correctionAuthor, undoRefusal, type AddedCorrection } from "./add.ts";
export { readCorrectedStore, changeCorrections, ingestIntoCorrectedStore, type CorrectedStore } from "./store.ts";
export { correctionRows, formatRowsTable, formatStale, type CorrectionRow } from "./report.ts";

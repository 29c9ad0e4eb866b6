/**
 * Adding one correction to a store's log: under the lock, with the next id, refused (CORRECTION_REFUSED / USAGE)
 * when it does not apply to the store as it is, replayed and written. Shared by `briefgraph correct` and the viewer's
 * edit API, so both write exactly the same entries.
 */
import { userInfo } from "node:os";
import { BriefgraphError } from "../graph/errors.ts";
import { applyCorrection } from "./apply.ts";
import { nextId } from "./log.ts";
import { copyGraph, describeCorrection, undoneIds } from "./replay.ts";
import type { Correction, CorrectionOp, CorrectionsLog } from "./schema.ts";
import { changeCorrections, type CorrectedStore } from "./store.ts";

/** Who makes a correction: `by` when given, else the OS user. */
export function correctionAuthor(by: string | undefined): string {
  if (by !== undefined && by.trim() !== "") return by.trim();
  try {
    return userInfo().username || process.env.USER || "unknown";
  } catch {
    return process.env.USER || "unknown";
  }
}

/** Why `undo` of `id` is refused (no such entry, an undo, already undone), or undefined when it may be undone. */
export function undoRefusal(log: CorrectionsLog, id: string): string | undefined {
  const target = log.corrections.find((c) => c.id === id);
  if (!target) return `undo: no correction ${id}${log.corrections.length ? ` (the log has ${log.corrections[0]?.id} to ${log.corrections.at(-1)?.id})` : " (the log is empty)"}`;
  if (target.op === "undo") return `undo: ${id} is an undo; undo is not undone`;
  if (undoneIds(log).has(id)) return `undo: ${id} is already undone`;
  return undefined;
}

export interface AddedCorrection {
  entry: Correction;
  state: CorrectedStore;
}

/** Adds the correction `makeOp` builds from the store as it is (log replayed), by `author`, with an optional note. */
export async function addCorrection(
  storePath: string,
  makeOp: (state: CorrectedStore) => Promise<CorrectionOp> | CorrectionOp,
  meta: { author: string; note?: string | undefined },
): Promise<AddedCorrection> {
  let written: Correction | undefined;
  const state = await changeCorrections(storePath, async (current): Promise<CorrectionsLog> => {
    const op = await makeOp(current);
    const entry: Correction = {
      id: nextId(current.log),
      time: new Date().toISOString(),
      author: meta.author,
      ...(meta.note ? { note: meta.note } : {}),
      ...op,
    };
    if (op.op === "undo") {
      const refusal = undoRefusal(current.log, op.target);
      if (refusal) throw new BriefgraphError("USAGE", refusal);
    } else {
      const result = applyCorrection(copyGraph(current.graph), entry);
      if (!result.ok) throw new BriefgraphError("CORRECTION_REFUSED", `${describeCorrection(entry)}: ${result.reason}`);
    }
    written = entry;
    return { ...current.log, corrections: [...current.log.corrections, entry] };
  });
  if (!written) throw new BriefgraphError("STORE_WRITE_FAILED", `${storePath}: the correction was not written`);
  return { entry: written, state };
}

/**
 * The corrections log's lock (proper-lockfile: an mkdir lock beside the log, refreshed while held, stale after 10 s),
 * so that two processes writing corrections at once take turns; one that waits too long fails with one clear line.
 */
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { lock } from "proper-lockfile";
import { BriefgraphError } from "../graph/errors.ts";

export interface LockOptions {
  /** How many times to try again while another process holds the lock (about 0.1 s apart, up to 1 s). */
  retries?: number;
}

/** Runs `work` holding the lock on `logPath` (the log need not exist yet). */
export async function withCorrectionsLock<T>(logPath: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  await mkdir(dirname(logPath), { recursive: true });
  let release: () => Promise<void>;
  try {
    release = await lock(logPath, {
      realpath: false,
      lockfilePath: `${logPath}.lock`,
      stale: 10_000,
      retries: { retries: options.retries ?? 100, minTimeout: 50, maxTimeout: 1000, factor: 1.5 },
    });
  } catch (cause) {
    const held = cause instanceof Error && "code" in cause && cause.code === "ELOCKED";
    throw new BriefgraphError(
      held ? "CORRECTIONS_LOCKED" : "STORE_WRITE_FAILED",
      held ? `${logPath}: another briefgraph process is writing corrections; try again` : `${logPath}: cannot lock (${cause instanceof Error ? cause.message : String(cause)})`,
      { cause },
    );
  }
  try {
    return await work();
  } finally {
    await release().catch(() => undefined);
  }
}

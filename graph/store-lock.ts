/**
 * The store's lock: every writer holds it for its whole read-merge-write, so two processes writing one store at the
 * same moment take turns instead of one renaming its copy over the other's. proper-lockfile (a `<store>.lock`
 * directory, created atomically by mkdir, its mtime refreshed while held, taken over when stale after a crash).
 */
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { lock } from "proper-lockfile";
import { BriefgraphError } from "./errors.ts";

/** How long a writer waits for another one to finish: retries with back-off, about 60 s in all. */
export const STORE_LOCK_RETRIES = { retries: 70, factor: 1.3, minTimeout: 50, maxTimeout: 1_000 } as const;
/** A lock not refreshed for this long belongs to a process that died: taken over. */
const STALE_MS = 30_000;

/**
 * Runs `work` holding the lock on `storePath`; STORE_LOCKED when another process keeps it past the retries.
 * `work` calls `stillHeld()` just before it writes: it throws STORE_LOCKED if the lock was taken over meanwhile.
 */
export async function withStoreLock<T>(
  storePath: string,
  work: (stillHeld: () => void) => Promise<T>,
  retries: { retries: number; factor?: number; minTimeout?: number; maxTimeout?: number } = STORE_LOCK_RETRIES,
): Promise<T> {
  await mkdir(dirname(storePath), { recursive: true }).catch(() => undefined);
  let lost: Error | undefined;
  let release: () => Promise<void>;
  try {
    release = await lock(storePath, {
      realpath: false,
      stale: STALE_MS,
      retries,
      onCompromised: (error) => {
        lost = error;
      },
    });
  } catch (cause) {
    const busy = cause instanceof Error && "code" in cause && cause.code === "ELOCKED";
    throw new BriefgraphError(
      "STORE_LOCKED",
      busy
        ? `${storePath}: locked by another briefgraph process (still busy after waiting; try again when it is done)`
        : `${storePath}: cannot lock the store (${cause instanceof Error ? cause.message : String(cause)})`,
      { cause },
    );
  }
  const stillHeld = () => {
    if (lost) throw new BriefgraphError("STORE_LOCKED", `${storePath}: lost the store's lock to another process (${lost.message}); nothing written, run again`, { cause: lost });
  };
  try {
    return await work(stillHeld);
  } finally {
    await release().catch(() => undefined);
  }
}

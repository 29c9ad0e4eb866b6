/**
 * Temp files of atomic writes (`<file>.<pid>.<ms>.tmp`): named after the writer's process, so that the next write
 * can remove those of writers that died before their rename (a kill mid-write) without touching a live writer's.
 */
import { readdir, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export function tempPathFor(path: string): string {
  return `${path}.${process.pid}.${Date.now()}.tmp`;
}

/** Whether a process with this pid exists (EPERM: it does, under another user). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && "code" in error && error.code === "EPERM";
  }
}

/** Removes `path`'s temp files whose writer is no longer running; best effort, never throws. */
export async function removeStaleTemps(path: string): Promise<void> {
  const name = basename(path);
  const entries = await readdir(dirname(path)).catch((): string[] => []);
  for (const entry of entries) {
    if (!entry.startsWith(`${name}.`) || !entry.endsWith(".tmp")) continue;
    const match = /^\.(\d+)\.\d+\.tmp$/.exec(entry.slice(name.length));
    const pid = Number(match?.[1]);
    if (match && pid !== process.pid && !alive(pid)) await rm(join(dirname(path), entry), { force: true }).catch(() => undefined);
  }
}

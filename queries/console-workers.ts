/**
 * The console's worker threads, kept for the life of the process: a run takes an idle worker (starting one only when
 * none is idle), and gives it back when it has its answer, so the next run skips the thread's start (loading the
 * modules, from sources seconds on a busy machine) and the driver's connect. A worker whose run missed its deadline
 * is terminated instead (console.ts), and so is one that failed or exited: the next run starts a new one. Idle
 * workers do not keep the process alive. Node only.
 */
import { Worker } from "node:worker_threads";

/** The worker's heap: a row too big to decode within it fails with CYPHER_TOO_BIG instead of growing the caller. */
export const WORKER_HEAP_MB = 1024;
/** Workers kept idle for the next runs; more run at once when runs overlap, and are ended when they finish. */
const MAX_IDLE = 2;

const idle: Worker[] = [];
const exited = new WeakSet<Worker>();
let started = 0;

function startWorker(): Worker {
  // The bundle's worker (dist/console-worker.mjs) beside the bundle, else the sources' bootstrap beside this file.
  const worker = new Worker(new URL("./console-worker.mjs", import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
  started += 1;
  worker.once("exit", () => {
    exited.add(worker);
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
  });
  // A failure while idle ends the thread ("exit" follows); a failure during a run is the run's to report.
  worker.on("error", () => undefined);
  return worker;
}

/** An idle worker, else a new one; it keeps the process alive until it is given back. */
export function takeWorker(): Worker {
  let worker = idle.pop();
  while (worker !== undefined && exited.has(worker)) worker = idle.pop();
  worker ??= startWorker();
  worker.ref();
  return worker;
}

/** Gives back a worker whose run has its answer: kept idle for the next run, or ended when enough are idle. */
export function giveBackWorker(worker: Worker): void {
  if (exited.has(worker)) return;
  if (idle.length >= MAX_IDLE) {
    void worker.terminate();
    return;
  }
  worker.unref();
  idle.push(worker);
}

/** Ends a worker that must not run again (its run missed the deadline, or it failed). */
export async function endWorker(worker: Worker): Promise<void> {
  await worker.terminate();
}

/** Ends every idle worker (tests, and a server that closes): the next run starts a new one. */
export async function stopConsoleWorkers(): Promise<void> {
  await Promise.all(idle.splice(0).map((worker) => worker.terminate()));
}

/** How many worker threads this process has started: a reused worker does not count again. */
export function consoleWorkersStarted(): number {
  return started;
}

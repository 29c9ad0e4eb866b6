/**
 * The read-only Cypher console (the `cypher` command, the viewer's panel, `export --cypher`): the query runs in a
 * worker thread (console-worker.ts: plan and guard, then a READ transaction with a row limit and a byte cap), so
 * decoding a huge row never blocks the caller's event loop and the deadline always fires. The worker is long-lived
 * (console-workers.ts): started once, given back after each answer and reused with its open driver by the next run.
 * The deadline counts from the moment the worker's connection is open; at the deadline the worker is terminated
 * (its socket closes; the next run starts a new one) and the transaction, found on the server by its tag, is
 * terminated too: the console answers CYPHER_TIMEOUT once the server lists it no more. Errors are one line.
 */
import { randomUUID } from "node:crypto";
import type { Worker } from "node:worker_threads";
import { z } from "zod";
import { BriefgraphError } from "../graph/errors.ts";
import { errorMessage, type Neo4jConnection } from "./connection.ts";
import { TAG_KEY, WorkerReplySchema, type ConsoleAnswer, type WorkerInput } from "./console-protocol.ts";
import { endWorker, giveBackWorker, takeWorker, WORKER_HEAP_MB } from "./console-workers.ts";
import type { Row } from "./rows.ts";

export const CypherOptionsSchema = z.object({
  timeoutMs: z.number().int().positive().default(30_000),
  rowLimit: z.number().int().positive().default(10_000),
  /** The answer's cap: the UTF-8 size of its rows as JSON. */
  maxBytes: z.number().int().positive().default(16 * 1024 * 1024),
});
export type CypherOptions = z.input<typeof CypherOptionsSchema>;

export interface CypherResult {
  columns: string[];
  rows: Row[];
  /** True when the answer was cut (more rows than `rowLimit`, or more bytes than `maxBytes`) and the rest dropped. */
  truncated: boolean;
  /** What cut it, when it was cut. */
  stoppedBy: ConsoleAnswer["stoppedBy"];
  /** Debug: the worker thread that ran it (its threadId) and how many runs that worker has started, this one included. */
  worker: { thread: number; runs: number };
}

/** How long the worker may take to load and open its connection (the driver's own connection timeout is 5 s). */
const START_LIMIT_MS = 60_000;
/** How long, after the deadline, the console waits for the server to drop the terminated transaction. */
const SERVER_STOP_WAIT_MS = 10_000;
/** Server codes for a transaction stopped by its timeout. */
const TIMED_OUT = /TransactionTimedOut/;

function timeoutError(timeoutMs: number, stillRunning: boolean): BriefgraphError {
  const after = stillRunning ? "the server was told to stop it but still lists it" : "the query was cancelled";
  return new BriefgraphError("CYPHER_TIMEOUT", `cypher: no answer within ${timeoutMs} ms (the timeout); ${after}`);
}

type Outcome = { kind: "reply"; reply: unknown } | { kind: "failed"; error: Error } | { kind: "exit" } | { kind: "deadline" } | { kind: "no start" };

/** The run's ids, one per run in this process: the worker echoes it, so a late reply to an earlier run is never taken for this one's. */
let lastRunId = 0;

/**
 * Posts the run to `worker`; `outcome` settles with its answer, its failure, the worker's exit, the deadline
 * (`timeoutMs` after the worker said it started) or its failure to start in time, whichever comes first. `runs` is
 * what the worker said when it started (how many runs it has started). `done` stops listening.
 */
function post(worker: Worker, input: Omit<WorkerInput, "id">): { outcome: Promise<Outcome>; runs: () => number | undefined; done: () => void } {
  const id = ++lastRunId;
  let timer: NodeJS.Timeout | undefined;
  let runs: number | undefined;
  let settle: (outcome: Outcome) => void = () => undefined;
  const onMessage = (message: unknown) => {
    const reply = WorkerReplySchema.safeParse(message);
    if (reply.success && reply.data.id !== id) return;
    if (reply.data?.kind !== "started") return settle({ kind: "reply", reply: message });
    runs = reply.data.runs;
    clearTimeout(timer);
    timer = setTimeout(() => settle({ kind: "deadline" }), input.request.timeoutMs);
  };
  const onError = (error: Error) => settle({ kind: "failed", error });
  const onExit = () => settle({ kind: "exit" });
  const outcome = new Promise<Outcome>((resolve) => {
    settle = resolve;
    timer = setTimeout(() => resolve({ kind: "no start" }), START_LIMIT_MS);
    worker.on("message", onMessage);
    worker.once("error", onError);
    worker.once("exit", onExit);
  });
  worker.postMessage({ id, ...input } satisfies WorkerInput);
  const done = () => {
    clearTimeout(timer);
    worker.off("message", onMessage);
    worker.off("error", onError);
    worker.off("exit", onExit);
  };
  return { outcome, runs: () => runs, done };
}

function onDatabase(connection: Neo4jConnection): { database?: string } {
  return connection.options.database ? { database: connection.options.database } : {};
}

/** The ids of the transactions that carry the console's tag, as the server lists them. */
async function taggedTransactions(connection: Neo4jConnection, tag: string): Promise<string[]> {
  const result = await connection.driver.executeQuery(
    `SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.${TAG_KEY} = $tag RETURN transactionId`,
    { tag },
    onDatabase(connection),
  );
  return result.records.map((r) => String(r.get("transactionId")));
}

/** Terminates the tagged transaction on the server and waits until it is gone; false when it is still listed. */
async function stopOnServer(connection: Neo4jConnection, tag: string): Promise<boolean> {
  const until = performance.now() + SERVER_STOP_WAIT_MS;
  for (;;) {
    const ids = await taggedTransactions(connection, tag);
    if (ids.length === 0) return true;
    if (performance.now() > until) return false;
    // It may have ended between SHOW and TERMINATE: the next SHOW tells.
    await connection.driver.executeQuery("TERMINATE TRANSACTIONS $ids", { ids }, onDatabase(connection)).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function answerOf(outcome: Outcome, timeoutMs: number): Omit<CypherResult, "worker"> {
  if (outcome.kind === "failed") {
    if ("code" in outcome.error && outcome.error.code === "ERR_WORKER_OUT_OF_MEMORY") {
      throw new BriefgraphError("CYPHER_TOO_BIG", `cypher: the answer needs more than the console's ${WORKER_HEAP_MB} MB to decode (return less, or a smaller --limit)`);
    }
    throw new BriefgraphError("NEO4J_QUERY_FAILED", `cypher: the console's worker failed: ${errorMessage(outcome.error)}`);
  }
  if (outcome.kind === "no start") throw new BriefgraphError("NEO4J_UNAVAILABLE", `cypher: the console's connection did not open within ${START_LIMIT_MS} ms`);
  if (outcome.kind !== "reply") throw new BriefgraphError("NEO4J_QUERY_FAILED", "cypher: the console's worker stopped without an answer");
  const reply = WorkerReplySchema.safeParse(outcome.reply);
  if (!reply.success || reply.data.kind === "started") throw new BriefgraphError("NEO4J_QUERY_FAILED", "cypher: the console's worker gave an invalid answer");
  if (reply.data.kind === "error") {
    if (reply.data.code === "NEO4J_QUERY_FAILED" && TIMED_OUT.test(reply.data.message)) throw timeoutError(timeoutMs, false);
    throw new BriefgraphError(reply.data.code, reply.data.message);
  }
  const { columns, rows, stoppedBy } = reply.data.answer;
  return { columns, rows, truncated: stoppedBy !== null, stoppedBy };
}

/**
 * Runs `query` with `params` if the guard allows it, in a READ transaction on a driver of the console's worker
 * thread (`connection` gives its options, and finds and stops the transaction on the server at the deadline).
 * CYPHER_REFUSED, CYPHER_TIMEOUT, CYPHER_TOO_BIG or NEO4J_QUERY_FAILED otherwise.
 */
export async function runReadOnlyCypher(
  connection: Neo4jConnection,
  query: string,
  params: Record<string, unknown> = {},
  options: CypherOptions = {},
): Promise<CypherResult> {
  const { timeoutMs, rowLimit, maxBytes } = CypherOptionsSchema.parse(options);
  if (query.trim() === "") throw new BriefgraphError("USAGE", "cypher: the query is empty");
  const tag = randomUUID();
  const worker = takeWorker();
  const { outcome, runs, done } = post(worker, { connection: connection.options, request: { query, params, timeoutMs, rowLimit, maxBytes, tag } });
  let reusable = false;
  try {
    const first = await outcome;
    if (first.kind === "deadline") {
      done();
      await endWorker(worker);
      throw timeoutError(timeoutMs, !(await stopOnServer(connection, tag).catch(() => false)));
    }
    // An answer or an error from the run: the worker is whole. A failure, an exit or no start: it is not.
    reusable = first.kind === "reply";
    return { ...answerOf(first, timeoutMs), worker: { thread: worker.threadId, runs: runs() ?? 1 } };
  } finally {
    done();
    if (reusable) giveBackWorker(worker);
    else await endWorker(worker);
  }
}

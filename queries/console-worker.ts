/**
 * The console's worker thread, long-lived: started once per process (console-workers.ts) and given one run at a time.
 * For each run it opens a driver for the run's connection options, or reuses the one it opened for them before,
 * runs the guarded read (console-run.ts) and posts the answer or the error (console-protocol.ts). The host
 * terminates this thread at a run's deadline, which closes its sockets however far the decoding of a huge row got,
 * and starts a new one for the next run. Started through console-worker.mjs when running the sources.
 */
import { parentPort } from "node:worker_threads";
import { BriefgraphError, isBriefgraphError } from "../graph/errors.ts";
import { neo4jFailure, openNeo4j, type ConnectionOptions, type Neo4jConnection } from "./connection.ts";
import { WorkerInputSchema, type WorkerReply } from "./console-protocol.ts";
import { runGuarded } from "./console-run.ts";

/** The drivers this worker opened, by their connection options (as JSON): one per server it was asked about. */
const connections = new Map<string, Neo4jConnection>();
let runs = 0;

function send(reply: WorkerReply): void {
  parentPort?.postMessage(reply);
}

async function connectionFor(options: ConnectionOptions): Promise<Neo4jConnection> {
  const key = JSON.stringify([options.uri, options.user, options.password ?? null, options.database ?? null]);
  const known = connections.get(key);
  if (known) return known;
  const opened = await openNeo4j(options);
  connections.set(key, opened);
  return opened;
}

async function run(message: unknown): Promise<WorkerReply> {
  const input = WorkerInputSchema.safeParse(message);
  // Without a valid id the host cannot tell which run this is about: -1 reaches no run, and it gives up on its own.
  const id = input.success ? input.data.id : -1;
  try {
    if (!input.success) throw new BriefgraphError("USAGE", `cypher: the console's worker got an invalid request (${input.error.issues[0]?.message ?? "invalid"})`);
    const connection = await connectionFor(input.data.connection);
    runs += 1;
    send({ kind: "started", id, runs });
    return { kind: "answer", id, answer: await runGuarded(connection, input.data.request) };
  } catch (cause) {
    const error = isBriefgraphError(cause) ? cause : neo4jFailure("cypher", cause);
    return { kind: "error", id, code: error.code, message: error.message };
  }
}

parentPort?.on("message", (message: unknown) => {
  void run(message).then(send);
});

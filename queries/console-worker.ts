/**
 * The console's worker thread: opens its own driver, runs the guarded read (console-run.ts) and posts the answer or
 * the error (console-protocol.ts). The host terminates this thread at the deadline, which closes its socket however
 * far the decoding of a huge row got. Started by console.ts (through console-worker.mjs when running the sources).
 */
import { parentPort, workerData } from "node:worker_threads";
import { BriefgraphError, isBriefgraphError } from "../graph/errors.ts";
import { neo4jFailure, openNeo4j, type Neo4jConnection } from "./connection.ts";
import { WorkerInputSchema, type WorkerReply } from "./console-protocol.ts";
import { runGuarded } from "./console-run.ts";

function send(reply: WorkerReply): void {
  parentPort?.postMessage(reply);
}

async function reply(): Promise<WorkerReply> {
  let connection: Neo4jConnection | undefined;
  try {
    const input = WorkerInputSchema.safeParse(workerData);
    if (!input.success) throw new BriefgraphError("USAGE", `cypher: the console's worker got an invalid request (${input.error.issues[0]?.message ?? "invalid"})`);
    connection = await openNeo4j(input.data.connection);
    send({ kind: "started" });
    return { kind: "answer", answer: await runGuarded(connection, input.data.request) };
  } catch (cause) {
    const error = isBriefgraphError(cause) ? cause : neo4jFailure("cypher", cause);
    return { kind: "error", code: error.code, message: error.message };
  } finally {
    await connection?.close().catch(() => undefined);
  }
}

send(await reply());

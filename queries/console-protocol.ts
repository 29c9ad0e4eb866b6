/**
 * What the Cypher console's host (console.ts, on the caller's thread) and its long-lived worker thread
 * (console-worker.ts) send each other, defined once in zod and validated on arrival: a run in (its id, the
 * connection and the request), then "started", then the answer or the error out, each with the run's id.
 */
import { z } from "zod";
import { ERROR_CODES } from "../graph/errors.ts";
import { ConnectionOptionsSchema } from "./connection.ts";
import type { Cell } from "./rows.ts";

export const CellSchema: z.ZodType<Cell> = z.lazy(() => z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(CellSchema), z.record(z.string(), CellSchema)]));

/** The console's run, as the worker receives it. `tag` marks the transaction (its metadata) so the host can find it on the server. */
export const ConsoleRequestSchema = z.object({
  query: z.string().min(1),
  params: z.record(z.string(), z.unknown()),
  timeoutMs: z.number().int().positive(),
  rowLimit: z.number().int().positive(),
  maxBytes: z.number().int().positive(),
  tag: z.string().min(1),
});
export type ConsoleRequest = z.infer<typeof ConsoleRequestSchema>;

/** One run, as the host posts it to the worker: `id` is the host's, echoed in every reply to it. */
export const WorkerInputSchema = z.object({ id: z.number().int().nonnegative(), connection: ConnectionOptionsSchema, request: ConsoleRequestSchema });
export type WorkerInput = z.infer<typeof WorkerInputSchema>;

/** Why an answer stopped early: its row limit, or its byte cap (the UTF-8 size of its rows as JSON). */
export const StopSchema = z.enum(["rows", "bytes"]);

export const ConsoleAnswerSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), CellSchema)),
  stoppedBy: StopSchema.nullable(),
});
export type ConsoleAnswer = z.infer<typeof ConsoleAnswerSchema>;

/**
 * "started" once the worker's connection is open (opened for the first run on these options, kept for the next; the
 * deadline counts from then), then the answer or the error. `runs`: how many runs this worker has started, this one
 * included (1 for a fresh worker).
 */
export const WorkerReplySchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("started"), id: z.number().int(), runs: z.number().int().positive() }),
  z.object({ kind: z.literal("answer"), id: z.number().int(), answer: ConsoleAnswerSchema }),
  z.object({ kind: z.literal("error"), id: z.number().int(), code: z.enum(ERROR_CODES), message: z.string() }),
]);
export type WorkerReply = z.infer<typeof WorkerReplySchema>;

/** The transaction metadata key that carries the console's tag. */
export const TAG_KEY = "briefgraphConsole";

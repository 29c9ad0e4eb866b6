/** Messages between the page and the layout worker, validated on receipt. */
import { z } from "zod";

export const ToWorkerSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("init"),
    nodes: z.instanceof(ArrayBuffer),
    edges: z.instanceof(ArrayBuffer),
    settings: z.record(z.string(), z.union([z.number(), z.boolean()])),
    maxIterations: z.number().int().positive(),
  }),
  z.object({ type: z.literal("run") }),
  z.object({ type: z.literal("stop") }),
]);
export type ToWorker = z.infer<typeof ToWorkerSchema>;

export const FromWorkerSchema = z.object({
  type: z.literal("positions"),
  /** x, y per node in matrix order. */
  xy: z.instanceof(Float32Array),
  iterations: z.number().int(),
  running: z.boolean(),
  /** Milliseconds spent iterating so far. */
  elapsed: z.number(),
});
export type FromWorker = z.infer<typeof FromWorkerSchema>;

/** The page side of the layout: starts the worker, applies the latest positions once per frame, stop/resume. */
import { FromWorkerSchema, type FromWorker, type ToWorker } from "./protocol.ts";
import { buildMatrices, layoutSettings, type LayoutInput } from "./matrices.ts";

export interface LayoutStatus {
  iterations: number;
  running: boolean;
  elapsed: number;
}

export interface LayoutHandle {
  stop(): void;
  resume(): void;
  kill(): void;
  status(): LayoutStatus;
}

export function startLayout(
  input: LayoutInput,
  maxIterations: number,
  /** Live: positions are drawn as they come; otherwise only when the layout stops (keeps big graphs responsive). */
  live: boolean,
  apply: (xy: Float32Array) => void,
  onStatus: (status: LayoutStatus) => void,
): LayoutHandle {
  const worker = new Worker(new URL("./fa2.worker.ts", import.meta.url), { type: "module" });
  let status: LayoutStatus = { iterations: 0, running: true, elapsed: 0 };
  let pending: FromWorker | undefined;
  let frame = 0;
  const send = (message: ToWorker, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
  worker.addEventListener("message", (event: MessageEvent<unknown>) => {
    const parsed = FromWorkerSchema.safeParse(event.data);
    if (!parsed.success) return;
    pending = parsed.data;
    if (!frame)
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (!pending) return;
        if (live || !pending.running) apply(pending.xy);
        // The status changes only once its positions are applied, so "stopped" means "final picture drawn next".
        status = { iterations: pending.iterations, running: pending.running, elapsed: pending.elapsed };
        pending = undefined;
        onStatus(status);
      });
  });
  const { nodes, edges } = buildMatrices(input);
  send(
    { type: "init", nodes: nodes.buffer, edges: edges.buffer, settings: layoutSettings(input.keys.length), maxIterations },
    [nodes.buffer, edges.buffer],
  );
  return {
    stop: () => send({ type: "stop" }),
    resume: () => {
      status = { ...status, running: true };
      send({ type: "run" });
    },
    kill: () => worker.terminate(),
    status: () => status,
  };
}

/** The layout worker: runs ForceAtlas2 iterations in batches and posts positions back, until stopped or done. */
import { z } from "zod";
import iterate from "graphology-layout-forceatlas2/iterate.js";
import { PPN } from "./matrices.ts";
import { ToWorkerSchema, type FromWorker } from "./protocol.ts";

z.config({ jitless: true });

let nodes = new Float32Array(0);
let edges = new Float32Array(0);
let settings: Record<string, number | boolean> = {};
let maxIterations = 0;
let iterations = 0;
let elapsed = 0;
let running = false;
let scheduled = false;

const BATCH_MS = 40;

function post(): void {
  const order = nodes.length / PPN;
  const xy = new Float32Array(order * 2);
  for (let i = 0; i < order; i++) {
    xy[i * 2] = nodes[i * PPN] ?? 0;
    xy[i * 2 + 1] = nodes[i * PPN + 1] ?? 0;
  }
  const message: FromWorker = { type: "positions", xy, iterations, running, elapsed };
  self.postMessage(message, { transfer: [xy.buffer] });
}

function batch(): void {
  scheduled = false;
  if (!running) return;
  const start = performance.now();
  while (iterations < maxIterations && performance.now() - start < BATCH_MS) {
    iterate(settings, nodes, edges);
    iterations++;
  }
  elapsed += performance.now() - start;
  if (iterations >= maxIterations) running = false;
  post();
  schedule();
}

function schedule(): void {
  if (running && !scheduled) {
    scheduled = true;
    setTimeout(batch, 0);
  }
}

self.addEventListener("message", (event: MessageEvent<unknown>) => {
  const parsed = ToWorkerSchema.safeParse(event.data);
  if (!parsed.success) return;
  const message = parsed.data;
  if (message.type === "init") {
    nodes = new Float32Array(message.nodes);
    edges = new Float32Array(message.edges);
    settings = message.settings;
    maxIterations = message.maxIterations;
    iterations = 0;
    elapsed = 0;
    running = true;
  } else if (message.type === "run") {
    if (iterations >= maxIterations) maxIterations = iterations + Math.max(100, maxIterations);
    running = true;
  } else {
    running = false;
    post();
  }
  schedule();
});

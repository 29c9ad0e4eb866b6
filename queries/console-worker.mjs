// The console's worker thread when briefgraph runs from its TypeScript sources (tsx, vitest, the benchmarks):
// registers the TypeScript loader in this thread, then runs console-worker.ts. The bundle (dist/) has its own
// console-worker.mjs, built from console-worker.ts by scripts/build-cli.mjs, and needs no loader.
import { register } from "tsx/esm/api";

register();
await import("./console-worker.ts");

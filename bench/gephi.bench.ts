/**
 * Gephi reads the exports: scripts/gephi-check.mjs imports the seed's GEXF and GraphML with the Gephi toolkit
 * (0.10.1, Maven Central) and compares nodes and edges by type with `briefgraph stats`. In the benchmarks, not in
 * `npm test`: resolving the 80 MB jar and starting Gephi costs more than a minute.
 */
import { spawnSync } from "node:child_process";
import { loadavg } from "node:os";
import { join } from "node:path";

const started = performance.now();
const run = spawnSync(process.execPath, [join(import.meta.dirname, "..", "scripts", "gephi-check.mjs")], { stdio: "inherit" });
console.log(`gephi-check: exit ${run.status ?? run.signal} after ${((performance.now() - started) / 1000).toFixed(1)} s (load average ${loadavg()[0]?.toFixed(2)})`);
process.exitCode = run.status ?? 1;

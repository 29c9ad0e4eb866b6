#!/usr/bin/env node
// Runs every bench/*.bench.ts (or those whose name contains an argument) one after another,
// each in its own Node process so peak RSS is measured per benchmark.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
if (files.length === 0) {
  console.error(`bench: no benchmark matches ${filters.join(", ")}`);
  process.exit(2);
}
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file}`);
  const run = spawnSync(process.execPath, ["--import", "tsx", "--expose-gc", join(here, file)], { stdio: "inherit" });
  if (run.status !== 0) {
    failed++;
    console.error(`bench: ${file} exited with ${run.status ?? run.signal}`);
  }
}
process.exit(failed ? 1 : 0);

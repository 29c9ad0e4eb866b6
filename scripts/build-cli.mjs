#!/usr/bin/env node
// Bundles the CLI (cli/main.ts and the project's modules; npm packages stay external) into dist/cli.mjs with
// esbuild, with the Cypher console's worker thread (queries/console-worker.ts) beside it as dist/console-worker.mjs,
// and lists their source files in dist/cli.meta.json. bin/briefgraph.mjs runs the bundle while it is newer
// than every one of those files, and the TypeScript sources through tsx otherwise, so a stale bundle never runs.
// The bundle saves the TypeScript loader's start-up on every command. Run by `npm run build`, and by `npm install`
// (prepare) with --optional: there a failure is only a warning, since the CLI runs from the sources without it.
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const optional = process.argv.includes("--optional");

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const tmp = join(dist, `.build-${process.pid}.tmp`);
/** The bundle's files, written in this order: cli.mjs last, so a fresh cli.mjs always has its worker beside it. */
const ENTRIES = { "console-worker": "queries/console-worker.ts", cli: "cli/main.ts" };
try {
  const { build } = await import("esbuild");
  await mkdir(dist, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: ENTRIES,
    outdir: tmp,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    metafile: true,
    logLevel: "warning",
  });
  const inputs = Object.keys(result.metafile.inputs).sort();
  await writeFile(join(dist, "cli.meta.json"), `${JSON.stringify({ inputs }, null, 1)}\n`);
  for (const name of Object.keys(ENTRIES)) await rename(join(tmp, `${name}.mjs`), join(dist, `${name}.mjs`));
  await rm(tmp, { recursive: true, force: true });
  console.log(`build-cli: dist/cli.mjs and dist/console-worker.mjs from ${inputs.length} source files`);
} catch (error) {
  await rm(tmp, { recursive: true, force: true });
  console.error(`build-cli: ${optional ? "no bundle, the CLI runs from the sources: " : ""}${error instanceof Error ? error.message : String(error)}`);
  process.exit(optional ? 0 : 1);
}

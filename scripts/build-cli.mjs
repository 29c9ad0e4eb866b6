#!/usr/bin/env node
// Bundles the CLI (cli/main.ts and the project's modules; npm packages stay external) into dist/cli.mjs with
// esbuild, and lists its source files in dist/cli.meta.json. bin/briefgraph.mjs runs the bundle while it is newer
// than every one of those files, and the TypeScript sources through tsx otherwise, so a stale bundle never runs.
// The bundle saves the TypeScript loader's start-up on every command. Run by `npm run build`, and by `npm install`
// (prepare) with --optional: there a failure is only a warning, since the CLI runs from the sources without it.
import { rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const optional = process.argv.includes("--optional");

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "dist", "cli.mjs");
const tmp = `${out}.${process.pid}.tmp`;
try {
  const { build } = await import("esbuild");
  const result = await build({
    absWorkingDir: root,
    entryPoints: ["cli/main.ts"],
    outfile: tmp,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    metafile: true,
    logLevel: "warning",
  });
  const inputs = Object.keys(result.metafile.inputs).sort();
  await writeFile(join(root, "dist", "cli.meta.json"), `${JSON.stringify({ inputs }, null, 1)}\n`);
  await rename(tmp, out);
  console.log(`build-cli: dist/cli.mjs from ${inputs.length} source files`);
} catch (error) {
  await rm(tmp, { force: true });
  console.error(`build-cli: ${optional ? "no bundle, the CLI runs from the sources: " : ""}${error instanceof Error ? error.message : String(error)}`);
  process.exit(optional ? 0 : 1);
}

#!/usr/bin/env node
// Entry point. Runs the prebuilt bundle (dist/cli.mjs, made by `npm install` and `npm run build`) when it is newer
// than every source file it was built from; otherwise (or with BRIEFGRAPH_FROM_SOURCE=1) registers the TypeScript
// loader and runs the sources, so an edited checkout never runs stale code.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { freshBundle } from "./fresh-bundle.mjs";

const bundle = process.env.BRIEFGRAPH_FROM_SOURCE ? undefined : freshBundle(join(dirname(fileURLToPath(import.meta.url)), ".."));
let main;
if (bundle) {
  ({ main } = await import(bundle));
} else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../cli/main.ts"));
}
process.exitCode = await main(process.argv);

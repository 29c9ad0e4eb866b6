// Which CLI to run: the bundle dist/cli.mjs while it is newer than every source file dist/cli.meta.json lists
// (scripts/build-cli.mjs writes both), else none (bin/briefgraph.mjs then runs the sources through tsx).
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** The bundle's path under `root` when it is there and fresh; undefined when missing, stale or unreadable. */
export function freshBundle(root) {
  try {
    const bundle = join(root, "dist", "cli.mjs");
    const built = statSync(bundle).mtimeMs;
    const { inputs } = JSON.parse(readFileSync(join(root, "dist", "cli.meta.json"), "utf8"));
    if (!Array.isArray(inputs) || inputs.length === 0) return undefined;
    for (const input of inputs) {
      if (typeof input !== "string" || statSync(join(root, input)).mtimeMs > built) return undefined;
    }
    return bundle;
  } catch {
    return undefined;
  }
}

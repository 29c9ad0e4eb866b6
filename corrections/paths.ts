/**
 * Where the corrections of a store live: `corrections.json` beside `graph.json` (`NAME.corrections.json` beside a
 * store named otherwise), and the extracted graph the log is replayed on (`graph.extracted.json`), written once a
 * store has corrections so that undoing one gives back exactly what the extractor made.
 */
import { basename, dirname, join } from "node:path";

function stem(storePath: string): string {
  return basename(storePath).replace(/\.json$/i, "");
}

export function correctionsPathFor(storePath: string): string {
  const name = stem(storePath);
  return join(dirname(storePath), name === "graph" ? "corrections.json" : `${name}.corrections.json`);
}

export function extractedPathFor(storePath: string): string {
  return join(dirname(storePath), `${stem(storePath)}.extracted.json`);
}

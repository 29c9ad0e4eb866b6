/** The dialogue series fixture (three dated statements written for these tests) ingested into one graph. */
import { join } from "node:path";
import { createGraph, mergeInto, type BriefGraph } from "../../graph/index.ts";
import { ingestPaths } from "../../ingest/index.ts";

export const SERIES_DIR = new URL("../fixtures/dialogue-series/", import.meta.url).pathname;
export const SERIES = ["nsdd-20.txt", "nsdd-21.txt", "nsdd-22.txt"].map((f) => join(SERIES_DIR, f));
export const DATES = { nsdd20: "2022-03-10", nsdd21: "2023-04-12", nsdd22: "2024-05-20" } as const;

/** Each statement ingested on its own and merged into one store graph, in the order given. */
export async function seriesGraph(order: readonly string[] = SERIES): Promise<BriefGraph> {
  const store = createGraph();
  for (const file of order) mergeInto(store, (await ingestPaths([file])).graph);
  return store;
}

/** Where the viewer's graph comes from: the store file (validated when it changes) or Neo4j. */
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import type { BriefGraph } from "../../graph/model.ts";
import { graphToJson, readStore } from "../../graph/store.ts";
import type { CypherResult } from "../src/model/api.ts";

/** Where the graph comes from: the store file, or Neo4j (which also answers read-only Cypher). */
export interface GraphSource {
  /** What the page shows as the graph's origin: the store's file name (never its path) or the Neo4j URI. */
  describe: string;
  graph(): Promise<BriefGraph>;
  /** The graph as SerializedGraph JSON text (validated), when the source can give it without re-serialising. */
  json?: () => Promise<string>;
  cypher?: (query: string) => Promise<CypherResult>;
  /** Forget what was read, so the next request reads the source again (after the server wrote to it). */
  refresh?: () => void;
  close?: () => Promise<void>;
}

/**
 * The store as a graph source. The file is validated whenever it changes (size or mtime) and serialised once then
 * (the store keeps each quoted sentence apart, so its text is not SerializedGraph JSON as it is): not on every request.
 */
export function storeSource(storePath: string): GraphSource {
  let cached: { stamp: string; text: string; graph: BriefGraph } | undefined;
  const load = async () => {
    const info = await stat(storePath).catch(() => undefined);
    const stamp = info ? `${info.size}:${info.mtimeMs}` : "missing";
    if (cached?.stamp === stamp) return cached;
    const graph = await readStore(storePath);
    const text = graphToJson(graph);
    cached = { stamp, text, graph };
    return cached;
  };
  return {
    describe: basename(storePath),
    graph: async () => (await load()).graph,
    json: async () => (await load()).text,
    refresh: () => {
      cached = undefined;
    },
  };
}

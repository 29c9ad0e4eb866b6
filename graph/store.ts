/**
 * The embedded store: one JSON file in graphology's format (each quoted sentence kept once, see store-records.ts),
 * written atomically, validated on read.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { BriefgraphError } from "./errors.ts";
import { createGraph, serializeGraph, type BriefGraph } from "./model.ts";
import { encodeStore } from "./store-format.ts";
import { decodeStore } from "./store-records.ts";
import { encodeIndex, fingerprintOf, indexPathFor } from "./store-index.ts";
import { removeStaleTemps, tempPathFor } from "./store-temp.ts";
import { withStoreLock } from "./store-lock.ts";

export const DEFAULT_STORE = ".briefgraph/graph.json";

export function resolveStorePath(path: string | undefined): string {
  return resolve(path ?? process.env.BRIEFGRAPH_STORE ?? DEFAULT_STORE);
}

/** Reads and validates the store; a missing store is an empty graph when `missingOk`. */
export async function readStore(path: string, options: { missingOk?: boolean } = {}): Promise<BriefGraph> {
  if (!existsSync(path)) {
    if (options.missingOk) return createGraph();
    throw new BriefgraphError("INPUT_NOT_FOUND", `${path}: no store here (run \`briefgraph ingest\` first)`);
  }
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (cause) {
    throw new BriefgraphError("INPUT_UNREADABLE", `${path}: cannot read store (${describe(cause)})`, { cause });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new BriefgraphError("STORE_INVALID", `${path}: store is not valid JSON (${describe(cause)})`, { cause });
  }
  return decodeStore(data, path);
}

/** Writes `content` to `path` through a temporary file and a rename: never a half-written file. */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const tmp = tempPathFor(path);
  try {
    await mkdir(dirname(path), { recursive: true });
    await removeStaleTemps(path);
    await writeFile(tmp, content);
    await rename(tmp, path);
  } catch (cause) {
    // rm itself fails (ENOTDIR) when the folder could not be made; the write error is the one to report.
    await rm(tmp, { force: true }).catch(() => undefined);
    throw new BriefgraphError("OUTPUT_UNWRITABLE", `${path}: cannot write (${describe(cause)})`, { cause });
  }
}

export function graphToJson(graph: BriefGraph): string {
  return `${JSON.stringify(serializeGraph(graph))}\n`;
}

/** Replaces the store with `graph`, holding the store's lock (see updateStore to change what it holds). */
export async function writeStore(path: string, graph: BriefGraph): Promise<void> {
  await withStoreLock(path, async (stillHeld) => {
    stillHeld();
    await writeStoreFiles(path, graph);
  });
}

/**
 * The one read-change-write of the store every writer uses: holds the store's lock from the read to the rename, so
 * two writers at once take turns and neither loses the other's change. A missing store is read as an empty graph.
 */
export async function updateStore(path: string, change: (graph: BriefGraph) => void | Promise<void>): Promise<BriefGraph> {
  return withStoreLock(path, async (stillHeld) => {
    const graph = await readStore(path, { missingOk: true });
    await change(graph);
    stillHeld();
    await writeStoreFiles(path, graph);
    return graph;
  });
}

/**
 * Writes the store (one record per line, see store-format.ts) and then its sidecar index, without the lock (callers
 * hold it). The index is a cache: if it cannot be written, the old one is removed and readers parse the store whole.
 */
async function writeStoreFiles(path: string, graph: BriefGraph): Promise<void> {
  const { text, layout } = encodeStore(graph);
  const bytes = Buffer.from(text, "utf8");
  const indexPath = indexPathFor(path);
  try {
    await writeFileAtomic(path, bytes);
  } catch (cause) {
    throw new BriefgraphError("STORE_WRITE_FAILED", `${path}: cannot write store (${describe(cause)})`, { cause });
  }
  try {
    await writeFileAtomic(indexPath, encodeIndex({ ...layout, storeBytes: bytes.byteLength, fingerprint: fingerprintOf(bytes) }));
  } catch {
    await rm(indexPath, { force: true }).catch(() => undefined);
  }
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

/**
 * The store's sidecar index (`graph.json.idx`): the store layout of store-format.ts in a compact binary file,
 * bound to the store by its size and a hash of its first and last bytes. A cache: when it is missing, stale or
 * damaged, readers parse the store whole instead. Pure encoding and decoding; the file I/O is in store-part.ts.
 */
import { createHash } from "node:crypto";
import { z } from "zod";
import type { StoreLayout } from "./store-format.ts";

const MAGIC = "BRIEFGRAPH-INDEX\n";
/** 2: sentence records (store-records.ts); a version 1 index is not read (the store is parsed whole). */
const VERSION = 2;
/** How many bytes at each end of the store the fingerprint hashes. */
export const FINGERPRINT_SPAN = 64 * 1024;

export function indexPathFor(storePath: string): string {
  return `${storePath}.idx`;
}

/** The store's size and a hash of its first and last FINGERPRINT_SPAN bytes (`head` and `tail`). */
export function storeFingerprint(size: number, head: Uint8Array, tail: Uint8Array): string {
  return createHash("sha256").update(String(size)).update(head).update(tail).digest("hex");
}

/** The first and last FINGERPRINT_SPAN bytes of a whole store. */
export function fingerprintOf(bytes: Uint8Array): string {
  const span = Math.min(FINGERPRINT_SPAN, bytes.length);
  return storeFingerprint(bytes.length, bytes.subarray(0, span), bytes.subarray(bytes.length - span));
}

const SECTIONS = [
  "keys",
  "forms",
  "nodeType",
  "mentions",
  "nodeOffset",
  "nodeLength",
  "edgeSource",
  "edgeTarget",
  "edgeType",
  "edgeOffset",
  "edgeLength",
  "sentenceNode",
  "sentenceNumber",
  "sentenceOffset",
  "sentenceLength",
] as const;

const HeaderSchema = z.object({
  version: z.literal(VERSION),
  storeBytes: z.number().int().nonnegative(),
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  nodes: z.number().int().nonnegative(),
  edges: z.number().int().nonnegative(),
  sentences: z.number().int().nonnegative(),
  /** Byte offset and length of each section after the header, in SECTIONS order, 8-byte aligned. */
  sections: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])).length(SECTIONS.length),
});

export interface StoreIndex extends StoreLayout {
  storeBytes: number;
  fingerprint: string;
}

function sectionBytes(index: StoreIndex): Uint8Array[] {
  const text = (value: unknown) => Buffer.from(JSON.stringify(value), "utf8");
  const raw = (view: ArrayBufferView) => new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  return [
    text(index.keys),
    text(index.forms),
    raw(index.nodeType),
    raw(index.mentions),
    raw(index.nodeOffset),
    raw(index.nodeLength),
    raw(index.edgeSource),
    raw(index.edgeTarget),
    raw(index.edgeType),
    raw(index.edgeOffset),
    raw(index.edgeLength),
    raw(index.sentenceNode),
    raw(index.sentenceNumber),
    raw(index.sentenceOffset),
    raw(index.sentenceLength),
  ];
}

const align8 = (n: number) => Math.ceil(n / 8) * 8;

export function encodeIndex(index: StoreIndex): Buffer {
  const sections = sectionBytes(index);
  const placed: [number, number][] = [];
  let at = 0;
  for (const bytes of sections) {
    placed.push([at, bytes.byteLength]);
    at = align8(at + bytes.byteLength);
  }
  const header = {
    version: VERSION,
    storeBytes: index.storeBytes,
    fingerprint: index.fingerprint,
    nodes: index.keys.length,
    edges: index.edgeSource.length,
    sentences: index.sentenceNode.length,
    sections: placed,
  };
  const head = Buffer.from(`${MAGIC}${JSON.stringify(header)}\n`, "utf8");
  const start = align8(head.byteLength);
  const out = Buffer.alloc(start + at);
  head.copy(out, 0);
  sections.forEach((bytes, i) => out.set(bytes, start + (placed[i]?.[0] ?? 0)));
  return out;
}

const StringsSchema = z.array(z.string());

/** The index in `bytes`, or undefined when they are not a well-formed index of this version. */
export function decodeIndex(bytes: Uint8Array): StoreIndex | undefined {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.toString("utf8", 0, MAGIC.length) !== MAGIC) return undefined;
  const end = buffer.indexOf(10, MAGIC.length);
  if (end < 0) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(buffer.toString("utf8", MAGIC.length, end));
  } catch {
    return undefined;
  }
  const header = HeaderSchema.safeParse(json);
  if (!header.success) return undefined;
  const { nodes: n, edges: m, sentences: q, sections } = header.data;
  const start = align8(end + 1);
  const slice = (i: number): Uint8Array | undefined => {
    const [at, length] = sections[i] ?? [0, -1];
    const from = start + at;
    return length < 0 || from + length > buffer.byteLength ? undefined : new Uint8Array(buffer.buffer, buffer.byteOffset + from, length);
  };
  const strings = (i: number, count: number): string[] | undefined => {
    const part = slice(i);
    if (part === undefined) return undefined;
    try {
      const parsed = StringsSchema.safeParse(JSON.parse(Buffer.from(part.buffer, part.byteOffset, part.byteLength).toString("utf8")));
      return parsed.success && parsed.data.length === count ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  };
  // Typed views need aligned offsets; a copy (slice) gives a fresh, aligned buffer when the read one is not.
  const typed = <T>(i: number, count: number, size: number, make: (buffer: ArrayBuffer, offset: number, length: number) => T): T | undefined => {
    const part = slice(i);
    if (part === undefined || part.byteLength !== count * size) return undefined;
    if (part.byteOffset % size === 0 && part.buffer instanceof ArrayBuffer) return make(part.buffer, part.byteOffset, count);
    const copy = part.slice();
    return make(copy.buffer, 0, count);
  };
  const u8 = (i: number, count: number) => typed(i, count, 1, (b, o, l) => new Uint8Array(b, o, l));
  const u32 = (i: number, count: number) => typed(i, count, 4, (b, o, l) => new Uint32Array(b, o, l));
  const f64 = (i: number, count: number) => typed(i, count, 8, (b, o, l) => new Float64Array(b, o, l));
  const index = {
    keys: strings(0, n),
    forms: strings(1, n),
    nodeType: u8(2, n),
    mentions: u32(3, n),
    nodeOffset: f64(4, n),
    nodeLength: u32(5, n),
    edgeSource: u32(6, m),
    edgeTarget: u32(7, m),
    edgeType: u8(8, m),
    edgeOffset: f64(9, m),
    edgeLength: u32(10, m),
    sentenceNode: u32(11, q),
    sentenceNumber: u32(12, q),
    sentenceOffset: f64(13, q),
    sentenceLength: u32(14, q),
  };
  const { keys, forms, nodeType, mentions, nodeOffset, nodeLength, edgeSource, edgeTarget, edgeType, edgeOffset, edgeLength } = index;
  const { sentenceNode, sentenceNumber, sentenceOffset, sentenceLength } = index;
  if (!keys || !forms || !nodeType || !mentions || !nodeOffset || !nodeLength || !edgeSource || !edgeTarget || !edgeType || !edgeOffset || !edgeLength) {
    return undefined;
  }
  if (!sentenceNode || !sentenceNumber || !sentenceOffset || !sentenceLength) return undefined;
  for (let i = 0; i < m; i++) {
    if ((edgeSource[i] ?? n) >= n || (edgeTarget[i] ?? n) >= n) return undefined;
  }
  for (let i = 0; i < q; i++) if ((sentenceNode[i] ?? n) >= n) return undefined;
  return {
    storeBytes: header.data.storeBytes,
    fingerprint: header.data.fingerprint,
    keys,
    forms,
    nodeType,
    mentions,
    nodeOffset,
    nodeLength,
    edgeSource,
    edgeTarget,
    edgeType,
    edgeOffset,
    edgeLength,
    sentenceNode,
    sentenceNumber,
    sentenceOffset,
    sentenceLength,
  };
}

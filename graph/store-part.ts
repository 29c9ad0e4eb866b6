/**
 * Reading part of the store through its sidecar index: the neighbourhood of one entity, without parsing the rest.
 * Every record read is validated with zod and checked against the index; when the index cannot answer (missing,
 * stale, damaged, or the name is not in it) the caller reads the whole store instead. Node only.
 */
import { readSync } from "node:fs";
import { open, readFile, type FileHandle } from "node:fs/promises";
import { BriefgraphError } from "./errors.ts";
import { rankMatches, type NameMatch } from "./lookup.ts";
import { normalizeName } from "./names.ts";
import { createGraph, isEntity, type BriefGraph } from "./model.ts";
import { EDGE_TYPES, NODE_TYPES, SerializedGraphSchema, type RelationType } from "./schema.ts";
import { nameForms } from "./store-format.ts";
import { SentenceRecordSchema, StoredEdgeRecordSchema, StoredNodeRecordSchema, rehydrate, sentenceKey, sentenceTextOf } from "./store-records.ts";
import { FINGERPRINT_SPAN, decodeIndex, indexPathFor, storeFingerprint, type StoreIndex } from "./store-index.ts";

export interface NeighbourhoodRead {
  /** A name, alias or id, resolved as lookup.ts resolves it. */
  around: string;
  /** Relations to walk from it, ignoring direction. */
  hops: number;
  /** Walk (and read) only these relation types; all when absent or empty. */
  edgeTypes?: readonly RelationType[];
  /**
   * Statements to read too: "mentioned", those the entities are MENTIONED_IN, with those edges; "all", every
   * Statement node as well (to find one by title); "none" (the default), no statements.
   */
  statements?: "none" | "mentioned" | "all";
}

export interface StorePart {
  /**
   * The entities within `hops` of the centre and the relations among them, then the statements asked for and the
   * entities' MENTIONED_IN edges: nodes and edges each in key order, as export's selectSubgraph builds a selection.
   */
  graph: BriefGraph;
  /** The centre's id. */
  center: string;
}

const NodeRecordSchema = StoredNodeRecordSchema;
const EdgeRecordSchema = StoredEdgeRecordSchema;
const STATEMENT = NODE_TYPES.indexOf("Statement");
const MENTIONED_IN = EDGE_TYPES.indexOf("MENTIONED_IN");
/** Records closer than this are read in one go. */
const READ_GAP = 16 * 1024;

/** The position of the node with this id (keys are sorted), or undefined. */
function positionOf(index: StoreIndex, key: string): number | undefined {
  const keys = index.keys;
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid] ?? "") < key) lo = mid + 1;
    else hi = mid;
  }
  return keys[lo] === key ? lo : undefined;
}

/** The position of the record of sentence `sentence` of the statement at node position `node`, or undefined. */
function sentencePosition(index: StoreIndex, node: number, sentence: number): number | undefined {
  let lo = 0;
  let hi = index.sentenceNode.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const at = index.sentenceNode[mid] ?? 0;
    if (at < node || (at === node && (index.sentenceNumber[mid] ?? 0) < sentence)) lo = mid + 1;
    else hi = mid;
  }
  return index.sentenceNode[lo] === node && index.sentenceNumber[lo] === sentence ? lo : undefined;
}

/** The node for `name` as lookup.ts's findNodes finds it (the id, else names, then aliases, ranked by rankMatches). */
export function resolveInIndex(index: StoreIndex, name: string): number | undefined {
  const byKey = positionOf(index, name);
  if (byKey !== undefined) return byKey;
  const wanted = normalizeName(name);
  const matches: NameMatch<number>[] = [];
  index.forms.forEach((forms, i) => {
    if (!forms.includes(wanted)) return;
    const [first, ...aliases] = forms.split("\t");
    const mentions = index.mentions[i] ?? 0; // 0 for statements (store-format.ts)
    if (first === wanted) matches.push({ key: i, tier: 0, mentions });
    else if (index.nodeType[i] !== STATEMENT && aliases.includes(wanted)) matches.push({ key: i, tier: 1, mentions });
  });
  return rankMatches(matches)[0];
}

/** For each node, the edges touching it (compressed sparse rows). */
function incidence(index: StoreIndex): { start: Uint32Array; edges: Uint32Array } {
  const n = index.keys.length;
  const m = index.edgeSource.length;
  const start = new Uint32Array(n + 1);
  const bump = (array: Uint32Array, at: number): number => {
    const value = array[at] ?? 0;
    array[at] = value + 1;
    return value;
  };
  for (let e = 0; e < m; e++) {
    bump(start, (index.edgeSource[e] ?? 0) + 1);
    bump(start, (index.edgeTarget[e] ?? 0) + 1);
  }
  for (let i = 0; i < n; i++) start[i + 1] = (start[i + 1] ?? 0) + (start[i] ?? 0);
  const fill = start.slice(0, n);
  const edges = new Uint32Array(2 * m);
  for (let e = 0; e < m; e++) {
    const s = index.edgeSource[e] ?? 0;
    const t = index.edgeTarget[e] ?? 0;
    edges[bump(fill, s)] = e;
    edges[bump(fill, t)] = e;
  }
  return { start, edges };
}

/** Node and edge indices to read: the neighbourhood, all statements, and the edges among them. */
function choose(index: StoreIndex, center: number, read: NeighbourhoodRead): { nodes: number[]; edges: number[] } {
  const n = index.keys.length;
  const { start, edges: incident } = incidence(index);
  const wanted = read.edgeTypes?.length ? new Set(read.edgeTypes.map((t) => EDGE_TYPES.indexOf(t))) : undefined;
  const relationOk = (e: number) => {
    const type = index.edgeType[e] ?? MENTIONED_IN;
    return type !== MENTIONED_IN && (wanted === undefined || wanted.has(type));
  };
  const inside = new Uint8Array(n);
  inside[center] = 1;
  const entities = [center];
  let frontier = [center];
  for (let depth = 0; depth < read.hops && frontier.length > 0; depth++) {
    const next: number[] = [];
    for (const u of frontier) {
      for (let k = start[u] ?? 0, end = start[u + 1] ?? 0; k < end; k++) {
        const e = incident[k] ?? 0;
        if (!relationOk(e)) continue;
        const other = index.edgeSource[e] === u ? (index.edgeTarget[e] ?? 0) : (index.edgeSource[e] ?? 0);
        if (inside[other] === 0) {
          inside[other] = 1;
          entities.push(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  const taken = new Uint8Array(index.edgeSource.length);
  const relations: number[] = [];
  const mentions: number[] = [];
  for (const u of entities) {
    for (let k = start[u] ?? 0, end = start[u + 1] ?? 0; k < end; k++) {
      const e = incident[k] ?? 0;
      if (taken[e] === 1) continue;
      if (index.edgeType[e] === MENTIONED_IN) {
        if (read.statements !== undefined && read.statements !== "none" && index.edgeSource[e] === u) {
          taken[e] = 1;
          mentions.push(e);
        }
      } else if (relationOk(e) && inside[index.edgeSource[e] ?? 0] === 1 && inside[index.edgeTarget[e] ?? 0] === 1) {
        taken[e] = 1;
        relations.push(e);
      }
    }
  }
  const statements = new Uint8Array(n);
  if (read.statements === "all") for (let i = 0; i < n; i++) if (index.nodeType[i] === STATEMENT) statements[i] = 1;
  for (const e of mentions) statements[index.edgeTarget[e] ?? 0] = 1;
  const ascending = (a: number, b: number) => a - b;
  const nodes = entities.filter((i) => index.nodeType[i] !== STATEMENT).sort(ascending);
  // A Statement named as the centre stays, so that the selection can say why it cannot be one.
  if (index.nodeType[center] === STATEMENT) statements[center] = 1;
  for (let i = 0; i < n; i++) if (statements[i] === 1) nodes.push(i);
  return { nodes, edges: [...relations.sort(ascending), ...mentions.sort(ascending)] };
}

/**
 * Reads byte ranges [offset, length], in any order, in as few reads as their gaps allow; returns each one's text,
 * in the order asked. Positional reads are synchronous: thousands of small reads through the thread pool cost
 * more than they wait.
 */
async function readRecords(file: FileHandle, size: number, ranges: readonly (readonly [number, number])[]): Promise<string[]> {
  const total = ranges.reduce((sum, [, length]) => sum + length, 0);
  if (total > size / 2) {
    const whole = await file.readFile();
    return ranges.map(([offset, length]) => whole.toString("utf8", offset, offset + length));
  }
  const order = ranges.map((_range, i) => i).sort((a, b) => (ranges[a]?.[0] ?? 0) - (ranges[b]?.[0] ?? 0));
  const out = new Array<string>(ranges.length);
  let i = 0;
  while (i < order.length) {
    const [first] = ranges[order[i] ?? 0] ?? [0, 0];
    let j = i;
    let end = first;
    while (j < order.length) {
      const [offset, length] = ranges[order[j] ?? 0] ?? [0, 0];
      if (j > i && offset - end > READ_GAP) break;
      end = Math.max(end, offset + length);
      j++;
    }
    const chunk = Buffer.allocUnsafe(end - first);
    const bytesRead = readSync(file.fd, chunk, 0, chunk.length, first);
    if (bytesRead !== chunk.length) throw new Error("short read");
    for (let k = i; k < j; k++) {
      const at = order[k] ?? 0;
      const [offset, length] = ranges[at] ?? [0, 0];
      out[at] = chunk.toString("utf8", offset - first, offset - first + length);
    }
    i = j;
  }
  return out;
}

/** The store's first line (graph attributes and options) is a briefgraph header. */
function headerOk(head: Buffer): boolean {
  const end = head.indexOf(10);
  if (end < 0) return false;
  try {
    return SerializedGraphSchema.safeParse(JSON.parse(`${head.toString("utf8", 0, end)}],"edges":[]}`)).success;
  } catch {
    return false;
  }
}

async function loadIndex(path: string, file: FileHandle): Promise<StoreIndex | undefined> {
  const bytes = await readFile(indexPathFor(path)).catch(() => undefined);
  const index = bytes === undefined ? undefined : decodeIndex(bytes);
  if (index === undefined) return undefined;
  const { size } = await file.stat();
  if (size !== index.storeBytes) return undefined;
  const span = Math.min(FINGERPRINT_SPAN, size);
  const head = Buffer.alloc(span);
  const tail = Buffer.alloc(span);
  await file.read(head, 0, span, 0);
  await file.read(tail, 0, span, size - span);
  return storeFingerprint(size, head, tail) === index.fingerprint && headerOk(head) ? index : undefined;
}

function invalid(path: string, where: string, issue: { path: PropertyKey[]; message: string } | undefined): BriefgraphError {
  const at = [where, ...(issue?.path ?? []).map(String)].join(".");
  return new BriefgraphError("STORE_INVALID", `${path}: not a briefgraph graph (at ${at}: ${issue?.message ?? "invalid"})`);
}

type ReadRanges = (ranges: readonly (readonly [number, number])[]) => Promise<string[]>;

/**
 * Builds the part from the records, reading the sentences their evidence refers to (from their statements' texts or
 * their sentence records); undefined when a record does not
 * match the index (a stale index).
 */
async function build(path: string, index: StoreIndex, nodes: readonly number[], edges: readonly number[], texts: readonly string[], read: ReadRanges): Promise<BriefGraph | undefined> {
  const graph = createGraph();
  for (const [k, i] of nodes.entries()) {
    const record = NodeRecordSchema.safeParse(JSON.parse(texts[k] ?? "null"));
    if (!record.success) throw invalid(path, `nodes.${i}`, record.error.issues[0]);
    if (record.data.key !== index.keys[i] || graph.hasNode(record.data.key)) return undefined;
    graph.addNode(record.data.key, record.data.attributes);
  }
  const records = [];
  const edgeKeys = new Set<string>();
  for (const [k, e] of edges.entries()) {
    const record = EdgeRecordSchema.safeParse(JSON.parse(texts[nodes.length + k] ?? "null"));
    if (!record.success) throw invalid(path, `edges.${e}`, record.error.issues[0]);
    const { key, source, target, attributes } = record.data;
    const fits =
      source === index.keys[index.edgeSource[e] ?? 0] &&
      target === index.keys[index.edgeTarget[e] ?? 0] &&
      attributes.type === EDGE_TYPES[index.edgeType[e] ?? 0] &&
      graph.hasNode(source) &&
      graph.hasNode(target) &&
      !edgeKeys.has(key);
    if (!fits) return undefined;
    edgeKeys.add(key);
    records.push(record.data);
  }
  // The sentences the evidence names without quoting, each read once: from its record when the store keeps one
  // (a statement stored without its text), else from its statement's text (the statement's record, read once).
  const wanted = new Map<string, number>();
  const statements = new Map<string, number>();
  for (const { attributes } of records) {
    if (attributes.type === "MENTIONED_IN") continue;
    for (const e of attributes.evidence) {
      const key = sentenceKey(e.statement, e.sentence);
      if (e.text !== undefined || wanted.has(key)) continue;
      const node = positionOf(index, e.statement);
      if (node === undefined) return undefined;
      const at = sentencePosition(index, node, e.sentence);
      if (at !== undefined) wanted.set(key, at);
      else if (index.nodeType[node] === STATEMENT) statements.set(e.statement, node);
      else return undefined;
    }
  }
  const positions = [...wanted.values()];
  const statementNodes = [...statements.values()];
  let lines: string[];
  try {
    lines = await read([
      ...positions.map((at): [number, number] => [index.sentenceOffset[at] ?? 0, index.sentenceLength[at] ?? 0]),
      ...statementNodes.map((i): [number, number] => [index.nodeOffset[i] ?? 0, index.nodeLength[i] ?? 0]),
    ]);
  } catch {
    return undefined;
  }
  const table = new Map<string, string>();
  for (const [j, at] of positions.entries()) {
    const record = SentenceRecordSchema.safeParse(JSON.parse(lines[j] ?? "null"));
    if (!record.success) throw invalid(path, `sentences.${at}`, record.error.issues[0]);
    const { statement, sentence, text } = record.data;
    if (statement !== index.keys[index.sentenceNode[at] ?? 0] || sentence !== index.sentenceNumber[at]) return undefined;
    table.set(sentenceKey(statement, sentence), text);
  }
  const statementTexts = new Map<string, string>();
  for (const [j, i] of statementNodes.entries()) {
    const record = NodeRecordSchema.safeParse(JSON.parse(lines[positions.length + j] ?? "null"));
    if (!record.success) throw invalid(path, `nodes.${i}`, record.error.issues[0]);
    const { key, attributes } = record.data;
    if (key !== index.keys[i]) return undefined;
    if (attributes.type === "Statement" && attributes.text !== undefined) statementTexts.set(key, attributes.text);
  }
  const lookup = sentenceTextOf(table, (statement) => statementTexts.get(statement));
  for (const { key, source, target, attributes } of records) {
    const full = rehydrate(attributes, lookup);
    if (full === undefined) return undefined;
    graph.addDirectedEdgeWithKey(key, source, target, full);
  }
  return graph;
}

/**
 * The neighbourhood of `read.around` from the store at `path`, read through its index; undefined when the index
 * cannot answer. Throws STORE_INVALID when a record read is not a valid node or edge.
 */
export async function readStoreNeighbourhood(path: string, read: NeighbourhoodRead): Promise<StorePart | undefined> {
  let file: FileHandle;
  try {
    file = await open(path, "r");
  } catch {
    return undefined;
  }
  try {
    const index = await loadIndex(path, file);
    if (index === undefined) return undefined;
    const center = resolveInIndex(index, read.around);
    if (center === undefined) return undefined;
    const { nodes, edges } = choose(index, center, read);
    const ranges: [number, number][] = [
      ...nodes.map((i): [number, number] => [index.nodeOffset[i] ?? 0, index.nodeLength[i] ?? 0]),
      ...edges.map((e): [number, number] => [index.edgeOffset[e] ?? 0, index.edgeLength[e] ?? 0]),
    ];
    let texts: string[];
    try {
      texts = await readRecords(file, index.storeBytes, ranges);
    } catch {
      return undefined;
    }
    let graph: BriefGraph | undefined;
    try {
      graph = await build(path, index, nodes, edges, texts, (ranges) => readRecords(file, index.storeBytes, ranges));
    } catch (error) {
      if (error instanceof SyntaxError) return undefined;
      throw error;
    }
    const key = index.keys[center];
    if (graph === undefined || key === undefined) return undefined;
    // The centre was found by the index's names: they must still be the record's.
    const found = graph.getNodeAttributes(key);
    if (nameForms(found.name, isEntity(found) ? found.aliases : []) !== index.forms[center]) return undefined;
    return { graph, center: key };
  } finally {
    await file.close();
  }
}

/**
 * The store's bytes: graphology's JSON serialisation (keys sorted, so the same graph gives the same bytes) laid out
 * one node or edge record per line, then one record per quoted sentence of a statement stored without its text
 * (evidence refers to its sentence, in its statement's text, instead of copying it, see store-records.ts). The file is plain JSON that any reader parses whole; the line layout lets the
 * sidecar index (store-index.ts) point at each record, so a neighbourhood can be read without parsing the rest. Pure.
 */
import { normalizeName } from "./names.ts";
import { isEntity, serializeGraph, type BriefGraph } from "./model.ts";
import { separateSentences } from "./store-records.ts";
import { EDGE_TYPES, NODE_TYPES, type EdgeType, type NodeType } from "./schema.ts";

/** Where each record sits in the store and what the index needs to walk and resolve names without reading it. */
export interface StoreLayout {
  /** Node keys in store order (sorted). */
  keys: string[];
  /** Per node: its normalised name, then its normalised aliases (entities only), joined by "\t". */
  forms: string[];
  nodeType: Uint8Array;
  mentions: Uint32Array;
  nodeOffset: Float64Array;
  nodeLength: Uint32Array;
  edgeSource: Uint32Array;
  edgeTarget: Uint32Array;
  edgeType: Uint8Array;
  edgeOffset: Float64Array;
  edgeLength: Uint32Array;
  /** Per sentence record, in store order (by statement, then sentence number): its statement's node position. */
  sentenceNode: Uint32Array;
  sentenceNumber: Uint32Array;
  sentenceOffset: Float64Array;
  sentenceLength: Uint32Array;
}

const NODE_TYPE_CODE = new Map<NodeType, number>(NODE_TYPES.map((t, i) => [t, i]));
const EDGE_TYPE_CODE = new Map<EdgeType, number>(EDGE_TYPES.map((t, i) => [t, i]));

/** Normalised name forms joined by "\t" (normalizeName leaves only letters, digits and single spaces). */
export function nameForms(name: string, aliases: readonly string[]): string {
  return [name, ...aliases].map(normalizeName).join("\t");
}

/**
 * `value` with every object's keys in code-point order, arrays kept in their order: the attributes of a node read
 * back from the store (zod's key order) and of the same node built by ingest (the extractor's order) give the same
 * bytes.
 */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) out[key] = sortKeys(Reflect.get(value, key));
  return out;
}

/** The store text and where each record is in its UTF-8 bytes. */
export function encodeStore(graph: BriefGraph): { text: string; layout: StoreLayout } {
  const data = serializeGraph(graph);
  const { edges, sentences } = separateSentences(data.edges, (key) => {
    if (!graph.hasNode(key)) return null;
    const a = graph.getNodeAttributes(key);
    return a.type === "Statement" ? a.text : null;
  });
  const n = data.nodes.length;
  const m = edges.length;
  const q = sentences.length;
  const layout: StoreLayout = {
    keys: new Array<string>(n),
    forms: new Array<string>(n),
    nodeType: new Uint8Array(n),
    mentions: new Uint32Array(n),
    nodeOffset: new Float64Array(n),
    nodeLength: new Uint32Array(n),
    edgeSource: new Uint32Array(m),
    edgeTarget: new Uint32Array(m),
    edgeType: new Uint8Array(m),
    edgeOffset: new Float64Array(m),
    edgeLength: new Uint32Array(m),
    sentenceNode: new Uint32Array(q),
    sentenceNumber: new Uint32Array(q),
    sentenceOffset: new Float64Array(q),
    sentenceLength: new Uint32Array(q),
  };
  const parts: string[] = [];
  let offset = 0;
  const push = (text: string): number => {
    const at = offset;
    parts.push(text);
    offset += Buffer.byteLength(text, "utf8");
    return at;
  };
  push(`{"attributes":${JSON.stringify(data.attributes)},"options":${JSON.stringify(data.options)},"nodes":[\n`);
  const position = new Map<string, number>();
  data.nodes.forEach((node, i) => {
    const line = JSON.stringify({ key: node.key, attributes: sortKeys(node.attributes) });
    layout.nodeOffset[i] = push(line);
    layout.nodeLength[i] = offset - (layout.nodeOffset[i] ?? 0);
    push(i + 1 < n ? ",\n" : "\n");
    const a = node.attributes;
    layout.keys[i] = node.key;
    layout.forms[i] = isEntity(a) ? nameForms(a.name, a.aliases) : nameForms(a.name, []);
    layout.nodeType[i] = NODE_TYPE_CODE.get(a.type) ?? 0;
    layout.mentions[i] = isEntity(a) ? a.mentions : 0;
    position.set(node.key, i);
  });
  push(`],"edges":[\n`);
  edges.forEach((edge, i) => {
    const line = JSON.stringify({ key: edge.key, source: edge.source, target: edge.target, attributes: sortKeys(edge.attributes) });
    layout.edgeOffset[i] = push(line);
    layout.edgeLength[i] = offset - (layout.edgeOffset[i] ?? 0);
    push(i + 1 < m ? ",\n" : "\n");
    layout.edgeSource[i] = position.get(edge.source) ?? 0;
    layout.edgeTarget[i] = position.get(edge.target) ?? 0;
    layout.edgeType[i] = EDGE_TYPE_CODE.get(edge.attributes.type) ?? 0;
  });
  push(`],"sentences":[\n`);
  sentences.forEach((record, i) => {
    const line = JSON.stringify({ sentence: record.sentence, statement: record.statement, text: record.text });
    layout.sentenceOffset[i] = push(line);
    layout.sentenceLength[i] = offset - (layout.sentenceOffset[i] ?? 0);
    push(i + 1 < q ? ",\n" : "\n");
    layout.sentenceNode[i] = position.get(record.statement) ?? 0;
    layout.sentenceNumber[i] = record.sentence;
  });
  push("]}\n");
  return { text: parts.join(""), layout };
}

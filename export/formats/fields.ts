/**
 * The flat attribute columns every tabular or XML format shares: one declared list, so GraphML keys,
 * GEXF attributes and CSV headers agree. Lists stay lists here; each format encodes them its own way.
 */
import type { EdgeAttributes, NodeAttributes } from "../../graph/schema.ts";

export type FieldValue = string | number | readonly string[] | readonly number[] | undefined;

export interface FieldSpec {
  name: string;
  kind: "string" | "int" | "string[]" | "int[]";
}

export const NODE_FIELDS: readonly FieldSpec[] = [
  { name: "type", kind: "string" },
  { name: "name", kind: "string" },
  { name: "aliases", kind: "string[]" },
  { name: "kind", kind: "string" },
  { name: "title", kind: "string" },
  { name: "mentions", kind: "int" },
  { name: "date", kind: "string" },
  { name: "dateText", kind: "string" },
  { name: "source", kind: "string" },
  { name: "sha256", kind: "string" },
  { name: "sentences", kind: "int" },
  { name: "words", kind: "int" },
];

export const EDGE_FIELDS: readonly FieldSpec[] = [
  { name: "type", kind: "string" },
  { name: "cue", kind: "string" },
  /** The evidence list as JSON: lossless, whatever characters the sentences hold. */
  { name: "evidence", kind: "string" },
  { name: "quotes", kind: "string[]" },
  { name: "statements", kind: "string[]" },
  { name: "sentences", kind: "int[]" },
];

export function nodeFields(a: NodeAttributes): Record<string, FieldValue> {
  if (a.type === "Statement") {
    return {
      type: a.type,
      name: a.name,
      title: a.title,
      date: a.date,
      dateText: a.dateText,
      source: a.source,
      sha256: a.sha256,
      sentences: a.sentences,
      words: a.words,
    };
  }
  if (a.type === "Actor") {
    return { type: a.type, name: a.name, aliases: a.aliases, kind: a.kind, title: a.title, mentions: a.mentions };
  }
  return { type: a.type, name: a.name, aliases: a.aliases, mentions: a.mentions };
}

export function edgeFields(a: EdgeAttributes): Record<string, FieldValue> {
  if (a.type === "MENTIONED_IN") return { type: a.type, sentences: a.sentences };
  return {
    type: a.type,
    cue: a.cue,
    evidence: JSON.stringify(a.evidence),
    quotes: a.evidence.map((e) => e.text),
    statements: a.evidence.map((e) => e.statement),
    sentences: a.evidence.map((e) => e.sentence),
  };
}

/** A value as one string, lists joined by `separator`; undefined stays undefined. */
export function fieldText(value: FieldValue, separator: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  return value.map(String).join(separator);
}

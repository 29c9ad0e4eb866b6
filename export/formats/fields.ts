/**
 * The flat attribute columns the XML formats share: one declared list, so GraphML keys and GEXF attributes
 * agree. Lists are joined by "; " (neither format has a list type); the evidence list is JSON, lossless
 * whatever characters the sentences hold.
 */
import type { EdgeAttributes, NodeAttributes } from "../../graph/schema.ts";
import { escapeXml, escapeXmlJson } from "./xml.ts";

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
  /** Provenance, on what a correction made or changed (absent: extracted). */
  { name: "origin", kind: "string" },
  { name: "corrections", kind: "string[]" },
];

export const EDGE_FIELDS: readonly FieldSpec[] = [
  { name: "type", kind: "string" },
  { name: "cue", kind: "string" },
  /** The evidence list as JSON: lossless, whatever characters the sentences hold. */
  { name: "evidence", kind: "string" },
  { name: "quotes", kind: "string[]" },
  { name: "statements", kind: "string[]" },
  { name: "sentences", kind: "int[]" },
  { name: "origin", kind: "string" },
  { name: "corrections", kind: "string[]" },
];

const SEPARATOR = "; ";

/** One field as a format writes it, from the field's name and its XML-escaped text. */
export type FieldLine = (name: string, escaped: string) => string;

/** An optional string field's line, or nothing when the node has no value. */
function optional(line: FieldLine, name: string, value: string | undefined): string {
  return value === undefined ? "" : line(name, escapeXml(value));
}

/** The provenance fields of what a correction made or changed; nothing for an extracted, uncorrected element. */
function provenanceLines(a: { origin?: string; corrections?: readonly string[] }, line: FieldLine): string {
  return optional(line, "origin", a.origin) + optional(line, "corrections", a.corrections?.join(SEPARATOR));
}

/**
 * A node's fields, in the order the model lists them for its type, each as `line` writes it; absent optional
 * fields are left out. Numbers need no escaping.
 */
export function nodeFieldLines(a: NodeAttributes, line: FieldLine): string {
  const head = line("type", escapeXml(a.type)) + line("name", escapeXml(a.name));
  if (a.type === "Statement") {
    return (
      head +
      line("title", escapeXml(a.title)) +
      optional(line, "date", a.date) +
      optional(line, "dateText", a.dateText) +
      line("source", escapeXml(a.source)) +
      line("sha256", escapeXml(a.sha256)) +
      line("sentences", String(a.sentences)) +
      line("words", String(a.words))
    );
  }
  const aliases = line("aliases", escapeXml(a.aliases.join(SEPARATOR)));
  const actor = a.type === "Actor" ? line("kind", escapeXml(a.kind)) + optional(line, "title", a.title) : "";
  return head + aliases + actor + line("mentions", String(a.mentions)) + provenanceLines(a, line);
}

/** An edge's fields, as nodeFieldLines does for nodes: the evidence list once as JSON, once as three joined lists. */
export function edgeFieldLines(a: EdgeAttributes, line: FieldLine): string {
  const type = line("type", escapeXml(a.type));
  if (a.type === "MENTIONED_IN") return type + line("sentences", a.sentences.join(SEPARATOR)) + provenanceLines(a, line);
  let quotes = "";
  let statements = "";
  let sentences = "";
  a.evidence.forEach((e, i) => {
    const separator = i === 0 ? "" : SEPARATOR;
    quotes += separator + e.text;
    statements += separator + e.statement;
    sentences += separator + String(e.sentence);
  });
  return (
    type +
    line("cue", escapeXml(a.cue)) +
    line("evidence", escapeXmlJson(JSON.stringify(a.evidence))) +
    line("quotes", escapeXml(quotes)) +
    line("statements", escapeXml(statements)) +
    line("sentences", sentences) +
    provenanceLines(a, line)
  );
}

/** Neo4j driver values (nodes, relationships, paths, integers, temporals) as plain JSON-able cells. */
import { loadedNeo4jDriver } from "./driver.ts";
import type { Cell } from "./rows.ts";

function plainMap(properties: Record<string, unknown>): { [key: string]: Cell } {
  return Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, toCell(v)]));
}

export function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return value;
  if (typeof value === "bigint") return Number(value);
  const neo4j = loadedNeo4jDriver();
  if (neo4j !== undefined) {
    if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
    if (neo4j.isNode(value)) return { labels: [...value.labels], properties: plainMap(value.properties) };
    if (neo4j.isRelationship(value)) return { type: value.type, properties: plainMap(value.properties) };
    if (neo4j.isPath(value)) {
      return {
        start: toCell(value.start),
        segments: value.segments.map((s) => ({ relationship: toCell(s.relationship), end: toCell(s.end) })),
      };
    }
  }
  if (Array.isArray(value)) return value.map(toCell);
  if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  if (typeof value === "object") {
    const text = String(value);
    // Temporal and spatial values print as ISO strings / WKT-like text.
    if (text !== "[object Object]") return text;
    const entries: [string, unknown][] = Object.entries(value);
    return Object.fromEntries(entries.map(([k, v]) => [k, toCell(v)]));
  }
  return String(value);
}

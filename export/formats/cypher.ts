/**
 * A Cypher script of MERGE statements that recreates the subgraph in Neo4j: nodes labelled by type and
 * keyed by `id`, relationships typed by relation and keyed by `key`; one statement per line.
 */
import { BriefgraphError } from "../../graph/errors.ts";
import type { BriefGraph } from "../../graph/model.ts";
import { edgeFields, nodeFields, type FieldValue } from "./fields.ts";

export interface CypherOptions {
  /** An extra label on every node (and in every MATCH), to keep the subgraph apart from other data. */
  label?: string;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A Cypher string literal: JSON's escapes are a subset of Cypher's. */
function literal(value: string | number): string {
  return typeof value === "number" ? String(value) : JSON.stringify(value);
}

function mapLiteral(values: Record<string, FieldValue>, skip: string): string {
  const entries: string[] = [];
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || name === skip) continue;
    const text = typeof value === "string" || typeof value === "number" ? literal(value) : `[${value.map(literal).join(", ")}]`;
    entries.push(`\`${name}\`: ${text}`);
  }
  return `{${entries.join(", ")}}`;
}

export function toCypherStatements(graph: BriefGraph, options: CypherOptions = {}): string[] {
  if (options.label !== undefined && !IDENTIFIER.test(options.label)) {
    throw new BriefgraphError("USAGE", `cypher label "${options.label}" is not a plain identifier`);
  }
  const extra = options.label === undefined ? "" : `:${options.label}`;
  const statements: string[] = [];
  graph.forEachNode((key, attributes) => {
    statements.push(
      `MERGE (n${extra}:${attributes.type} {id: ${literal(key)}}) SET n += ${mapLiteral(nodeFields(attributes), "type")};`,
    );
  });
  graph.forEachEdge((key, attributes, source, target, sourceAttributes, targetAttributes) => {
    statements.push(
      `MATCH (a${extra}:${sourceAttributes.type} {id: ${literal(source)}}), (b${extra}:${targetAttributes.type} {id: ${literal(target)}}) ` +
        `MERGE (a)-[r:${attributes.type} {key: ${literal(key)}}]->(b) SET r += ${mapLiteral(edgeFields(attributes), "type")};`,
    );
  });
  return statements;
}

export function toCypher(graph: BriefGraph, options: CypherOptions = {}): string {
  const statements = toCypherStatements(graph, options);
  return `// briefgraph subgraph: ${graph.order} nodes, ${graph.size} relationships\n${statements.join("\n")}\n`;
}

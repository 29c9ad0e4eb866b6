/**
 * A Cypher script of MERGE statements that recreates the subgraph in Neo4j exactly as `briefgraph load`
 * stores it (see neo4j-props.ts): one statement per line, runnable with cypher-shell or statement by statement.
 */
import type { BriefGraph } from "../../graph/model.ts";
import { NEO4J_MARKER_LABEL, neo4jEdgeProps, neo4jLabels, neo4jNodeProps, type Neo4jProps, type Neo4jValue } from "./neo4j-props.ts";

/** A Cypher literal: JSON's string escapes are a subset of Cypher's. */
function literal(value: Neo4jValue): string {
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return JSON.stringify(value);
  return `[${value.map((v) => (typeof v === "number" ? String(v) : JSON.stringify(v))).join(", ")}]`;
}

function mapLiteral(props: Neo4jProps): string {
  return `{${Object.entries(props)
    .map(([name, value]) => `\`${name}\`: ${literal(value)}`)
    .join(", ")}}`;
}

export function toCypherStatements(graph: BriefGraph): string[] {
  const statements: string[] = [];
  graph.forEachNode((key, attributes) => {
    const [primary, ...rest] = neo4jLabels(attributes);
    statements.push(
      `MERGE (n:${primary} {id: ${literal(key)}}) SET n${rest.map((l) => `:${l}`).join("")}, n = ${mapLiteral(neo4jNodeProps(key, attributes))};`,
    );
  });
  graph.forEachEdge((_key, attributes, source, target) => {
    statements.push(
      `MATCH (a:${NEO4J_MARKER_LABEL} {id: ${literal(source)}}), (b:${NEO4J_MARKER_LABEL} {id: ${literal(target)}}) ` +
        `MERGE (a)-[r:${attributes.type}]->(b) SET r = ${mapLiteral(neo4jEdgeProps(attributes))};`,
    );
  });
  return statements;
}

export function toCypher(graph: BriefGraph): string {
  return `// briefgraph subgraph: ${graph.order} nodes, ${graph.size} relationships\n${toCypherStatements(graph).join("\n")}\n`;
}

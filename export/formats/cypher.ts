/**
 * A Cypher script of MERGE statements that recreates the subgraph in Neo4j exactly as `briefgraph load`
 * stores it (see neo4j-props.ts): one statement per line, runnable with cypher-shell or statement by statement.
 * It starts with the uniqueness constraints its MERGEs and MATCHes look ids up through (the ones `load`
 * creates, same names, IF NOT EXISTS), so no lookup is a label scan.
 */
import type { BriefGraph } from "../../graph/model.ts";
import { NEO4J_MARKER_LABEL, neo4jEdgeProps, neo4jLabels, neo4jNodeProps, type Neo4jProps, type Neo4jValue } from "./neo4j-props.ts";
import { TextBuilder } from "./text.ts";

/** A Cypher literal: JSON's string escapes are a subset of Cypher's. */
function literal(value: Neo4jValue): string {
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return JSON.stringify(value);
  return `[${value.map((v) => (typeof v === "number" ? String(v) : JSON.stringify(v))).join(", ")}]`;
}

function mapLiteral(props: Neo4jProps): string {
  let entries = "";
  let separator = "";
  // for-in walks a plain object's keys in Object.entries' order, without building the pairs.
  for (const name in props) {
    const value = props[name];
    if (value === undefined) continue;
    entries += `${separator}\`${name}\`: ${literal(value)}`;
    separator = ", ";
  }
  return `{${entries}}`;
}

/** Each statement in turn: the nodes' MERGEs, then the relationships'. */
function forEachStatement(graph: BriefGraph, emit: (statement: string) => void): void {
  // Each node's id literal, written once and reused by its relationships.
  const ids = new Map<string, string>();
  graph.forEachNode((key, attributes) => {
    const id = literal(key);
    ids.set(key, id);
    const [primary, ...rest] = neo4jLabels(attributes);
    emit(`MERGE (n:${primary} {id: ${id}}) SET n${rest.map((l) => `:${l}`).join("")}, n = ${mapLiteral(neo4jNodeProps(key, attributes))};`);
  });
  graph.forEachEdge((_key, attributes, source, target) => {
    emit(
      `MATCH (a:${NEO4J_MARKER_LABEL} {id: ${ids.get(source) ?? literal(source)}}), (b:${NEO4J_MARKER_LABEL} {id: ${ids.get(target) ?? literal(target)}}) ` +
        `MERGE (a)-[r:${attributes.type}]->(b) SET r = ${mapLiteral(neo4jEdgeProps(attributes))};`,
    );
  });
}

/** The labels a node is MERGEd or MATCHed by: its type, and the marker for the relationships' endpoints. */
function lookupLabels(graph: BriefGraph): string[] {
  const labels = new Set<string>();
  graph.forEachNode((_key, attributes) => {
    labels.add(attributes.type);
  });
  return [...[...labels].sort(), NEO4J_MARKER_LABEL];
}

/** The schema statements the script starts with (each its own transaction: Neo4j keeps schema and data apart). */
export function toCypherSchema(graph: BriefGraph): string[] {
  return lookupLabels(graph).map(
    (l) => `CREATE CONSTRAINT briefgraph_${l.toLowerCase()}_id IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE;`,
  );
}

/** The data statements (MERGEs), without the schema: these can run in one transaction. */
export function toCypherStatements(graph: BriefGraph): string[] {
  const statements: string[] = [];
  forEachStatement(graph, (statement) => statements.push(statement));
  return statements;
}

export function toCypher(graph: BriefGraph): string {
  const out = new TextBuilder();
  out.add(`// briefgraph subgraph: ${graph.order} nodes, ${graph.size} relationships\n`);
  for (const statement of toCypherSchema(graph)) out.add(`${statement}\n`);
  forEachStatement(graph, (statement) => out.add(`${statement}\n`));
  return out.text();
}

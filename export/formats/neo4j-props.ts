/**
 * The Neo4j shape of a briefgraph node and relationship, as the Neo4j loader (queries/load-plan.ts) writes
 * it, so a Cypher script or CSV export recreates exactly what `briefgraph load` would: labels = type, an
 * actor's kind ("Person") and the "Briefgraph" marker; node properties = id, every attribute (but a statement's whole text), nameKeys;
 * relation properties = cue, the quotes (`evidence`) and the whole evidence as JSON (`evidenceJson`); every node and
 * relationship also has `origin` (extracted or analyst) and, once corrected, `corrections` (the correction ids). Kept here (browser-safe) rather than
 * imported from queries/, whose index pulls in node-only modules; a test checks the two agree.
 */
import { normalizeName } from "../../graph/names.ts";
import { isEntity } from "../../graph/model.ts";
import type { EdgeAttributes, NodeAttributes } from "../../graph/schema.ts";

export const NEO4J_MARKER_LABEL = "Briefgraph";

export type Neo4jValue = string | number | readonly string[] | readonly number[];
export type Neo4jProps = Record<string, Neo4jValue>;

export function neo4jLabels(attributes: NodeAttributes): string[] {
  const kind = attributes.type === "Actor" ? [attributes.kind.charAt(0).toUpperCase() + attributes.kind.slice(1)] : [];
  return [attributes.type, ...kind, NEO4J_MARKER_LABEL];
}

/** The node's normalised name and aliases, "|"-framed (normalised names hold only letters, digits and spaces), as the Neo4j name lookup expects. */
export function nameKeys(name: string, aliases: readonly string[]): string {
  const keys = [...new Set([name, ...aliases].map(normalizeName).filter((k) => k !== ""))];
  return `|${keys.join("|")}|`;
}

export function neo4jNodeProps(id: string, attributes: NodeAttributes): Neo4jProps {
  const props: Neo4jProps = { id };
  for (const [key, value] of Object.entries(attributes)) {
    // A statement's whole text stays in the store (the viewer's reader): relations carry their quoted sentences.
    if (key === "text") continue;
    if (typeof value === "string" || typeof value === "number") props[key] = value;
    else if (Array.isArray(value)) props[key] = value.filter((v): v is string => typeof v === "string");
  }
  props.nameKeys = nameKeys(attributes.name, isEntity(attributes) ? attributes.aliases : []);
  props.origin = (isEntity(attributes) ? attributes.origin : undefined) ?? "extracted";
  return props;
}

/** Relationship properties (no key: a relationship is one per source, type and target, as the edge key says). */
export function neo4jEdgeProps(attributes: EdgeAttributes): Neo4jProps {
  const provenance = { origin: attributes.origin ?? "extracted", ...(attributes.corrections ? { corrections: [...attributes.corrections] } : {}) };
  if (attributes.type === "MENTIONED_IN") return { sentences: [...attributes.sentences], ...provenance };
  return { cue: attributes.cue, evidence: attributes.evidence.map((x) => x.text), evidenceJson: JSON.stringify(attributes.evidence), ...provenance };
}

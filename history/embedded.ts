/**
 * History facts from the embedded store (a BriefGraph), handed out while walking the graph (nothing is copied).
 * With a scope, only what the answer needs: the mentions and relations of some statements (diff), or of one
 * entity (timeline).
 */
import { isEntity, type BriefGraph } from "../graph/model.ts";
import type { EdgeAttributes, NodeAttributes } from "../graph/schema.ts";
import type { EntityLookup, HistoryFacts, MentionFact, RelationFact, StatementInfo } from "./facts.ts";

export type FactScope = { statements: ReadonlySet<string> } | { entity: string };

export function embeddedStatements(graph: BriefGraph): StatementInfo[] {
  const statements: StatementInfo[] = [];
  graph.forEachNode((id, a) => {
    if (a.type === "Statement") statements.push({ id, title: a.title, date: a.date ?? null, source: a.source });
  });
  return statements;
}

function entityLookup(graph: BriefGraph): EntityLookup {
  return {
    get(id) {
      if (!graph.hasNode(id)) return undefined;
      const a = graph.getNodeAttributes(id);
      return isEntity(a) ? { id, name: a.name, type: a.type } : undefined;
    },
  };
}

interface EdgeEntry {
  attributes: EdgeAttributes;
  source: string;
  target: string;
  sourceAttributes: NodeAttributes;
  targetAttributes: NodeAttributes;
}

/** The edges in scope: all, those of one entity, or the mentions of some statements and the relations quoting them. */
function edgesInScope(graph: BriefGraph, scope: FactScope | undefined): () => Iterable<EdgeEntry> {
  if (scope === undefined) return () => graph.edgeEntries();
  if ("entity" in scope) return () => graph.edgeEntries(scope.entity);
  const wanted = scope.statements;
  const quotes = (evidence: readonly { statement: string }[]) => {
    for (const e of evidence) if (wanted.has(e.statement)) return true;
    return false;
  };
  return function* () {
    for (const entry of graph.edgeEntries()) {
      const a = entry.attributes;
      if (a.type === "MENTIONED_IN" ? wanted.has(entry.target) : quotes(a.evidence)) yield entry;
    }
  };
}

export function embeddedFacts(graph: BriefGraph, scope?: FactScope): HistoryFacts {
  const edges = edgesInScope(graph, scope);
  const mentions: Iterable<MentionFact> = {
    *[Symbol.iterator]() {
      for (const { attributes: a, source, target, sourceAttributes: s } of edges()) {
        if (a.type === "MENTIONED_IN") yield { entity: source, name: s.name, entityType: s.type, statement: target, sentences: a.sentences };
      }
    },
  };
  const relations: Iterable<RelationFact> = {
    *[Symbol.iterator]() {
      for (const { attributes: a, source, target, sourceAttributes: s, targetAttributes: t } of edges()) {
        if (a.type !== "MENTIONED_IN") yield { source, sourceName: s.name, type: a.type, target, targetName: t.name, evidence: a.evidence };
      }
    },
  };
  return { statements: embeddedStatements(graph), entities: entityLookup(graph), mentions, relations };
}

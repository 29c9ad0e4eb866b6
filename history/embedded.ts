/**
 * History facts from the embedded store (a BriefGraph). With a scope, only what the answer needs is collected:
 * the mentions and relations of some statements (diff), or of one entity (timeline).
 */
import { isEntity, type BriefGraph } from "../graph/model.ts";
import type { EdgeAttributes } from "../graph/schema.ts";
import type { EntityInfo, HistoryFacts, MentionFact, RelationFact, StatementInfo } from "./facts.ts";

export type FactScope = { statements: ReadonlySet<string> } | { entity: string };

export function embeddedStatements(graph: BriefGraph): StatementInfo[] {
  const statements: StatementInfo[] = [];
  graph.forEachNode((id, a) => {
    if (a.type === "Statement") statements.push({ id, title: a.title, date: a.date ?? null, source: a.source });
  });
  return statements;
}

export function embeddedFacts(graph: BriefGraph, scope?: FactScope): HistoryFacts {
  const statements = embeddedStatements(graph);
  const entities = new Map<string, EntityInfo>();
  const know = (id: string) => {
    if (entities.has(id)) return;
    const a = graph.getNodeAttributes(id);
    if (isEntity(a)) entities.set(id, { id, name: a.name, type: a.type });
  };
  const mentions: MentionFact[] = [];
  const relations: RelationFact[] = [];
  const visit = (a: EdgeAttributes, source: string, target: string) => {
    if (a.type === "MENTIONED_IN") {
      mentions.push({ entity: source, statement: target, sentences: a.sentences });
      know(source);
      return;
    }
    relations.push({ source, type: a.type, target, evidence: a.evidence });
    know(source);
    know(target);
  };
  if (scope === undefined) {
    graph.forEachEdge((_k, a, source, target) => visit(a, source, target));
  } else if ("entity" in scope) {
    know(scope.entity);
    graph.forEachEdge(scope.entity, (_k, a, source, target) => visit(a, source, target));
  } else {
    for (const s of scope.statements) if (graph.hasNode(s)) graph.forEachInEdge(s, (_k, a, source, target) => visit(a, source, target));
    graph.forEachEdge((_k, a, source, target) => {
      if (a.type !== "MENTIONED_IN" && a.evidence.some((e) => scope.statements.has(e.statement))) visit(a, source, target);
    });
  }
  return { statements, entities, mentions, relations };
}

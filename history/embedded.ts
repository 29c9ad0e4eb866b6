/** History facts from the embedded store (a BriefGraph): one pass over its nodes and edges. */
import { isEntity, type BriefGraph } from "../graph/index.ts";
import type { EntityInfo, HistoryFacts, MentionFact, RelationFact, StatementInfo } from "./facts.ts";

export function embeddedFacts(graph: BriefGraph): HistoryFacts {
  const statements: StatementInfo[] = [];
  const entities = new Map<string, EntityInfo>();
  graph.forEachNode((id, a) => {
    if (a.type === "Statement") statements.push({ id, title: a.title, date: a.date ?? null, source: a.source });
    else if (isEntity(a)) entities.set(id, { id, name: a.name, type: a.type });
  });
  const mentions: MentionFact[] = [];
  const relations: RelationFact[] = [];
  graph.forEachEdge((_key, a, source, target) => {
    if (a.type === "MENTIONED_IN") mentions.push({ entity: source, statement: target, sentences: a.sentences });
    else relations.push({ source, type: a.type, target, evidence: a.evidence });
  });
  return { statements, entities, mentions, relations };
}

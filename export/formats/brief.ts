/** What a brief says, independent of its markup: title, statements, entities and relations with their evidence. */
import { isEntity, type BriefGraph } from "../../graph/model.ts";
import { ENTITY_TYPES } from "../../graph/schema.ts";
import { statementCaptions } from "./svg.ts";

export interface BriefEntity {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  /** Actor kind and a person's title, when known. */
  details: string;
}

export interface BriefQuote {
  text: string;
  statement: string;
  /** Sentence number in the statement, counted from 1. */
  sentence: number;
}

export interface BriefRelation {
  source: string;
  type: string;
  target: string;
  quotes: BriefQuote[];
}

export interface BriefContent {
  title: string;
  statements: string[];
  entities: BriefEntity[];
  relations: BriefRelation[];
}

export const DEFAULT_BRIEF_TITLE = "briefgraph briefing";

export function briefContent(graph: BriefGraph, title: string = DEFAULT_BRIEF_TITLE): BriefContent {
  const entities: BriefEntity[] = [];
  graph.forEachNode((id, a) => {
    if (!isEntity(a)) return;
    const details = a.type === "Actor" ? [a.kind, a.title].filter((d) => d !== undefined).join(", ") : "";
    entities.push({ id, type: a.type, name: a.name, aliases: a.aliases, details });
  });
  const order = (t: string) => ENTITY_TYPES.findIndex((x) => x === t);
  entities.sort((x, y) => order(x.type) - order(y.type) || x.name.localeCompare(y.name));

  const statementTitle = (id: string): string => {
    if (!graph.hasNode(id)) return id;
    const a = graph.getNodeAttributes(id);
    return a.type === "Statement" ? a.title : id;
  };
  const relations: BriefRelation[] = [];
  graph.forEachEdge((_key, a, source, target, sa, ta) => {
    if (a.type === "MENTIONED_IN") return;
    relations.push({
      source: sa.name,
      type: a.type,
      target: ta.name,
      quotes: a.evidence.map((e) => ({ text: e.text, statement: statementTitle(e.statement), sentence: e.sentence + 1 })),
    });
  });
  relations.sort((x, y) => x.source.localeCompare(y.source) || x.type.localeCompare(y.type) || x.target.localeCompare(y.target));
  return { title, statements: statementCaptions(graph), entities, relations };
}

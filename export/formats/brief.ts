/** What a brief says, independent of its markup: title, statements, entities and relations with their evidence. */
import { isEntity, type BriefGraph } from "../../graph/model.ts";
import { ENTITY_TYPES, type Origin } from "../../graph/schema.ts";
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
  /** Extracted, or added by an analyst's correction (corrections.json). */
  origin: Origin;
  /** The corrections that made or changed the relation. */
  corrections: string[];
}

/** The relation column of a brief: the type, marked when an analyst added the relation ("PART_OF (analyst: c3)"). */
export function relationLabel(r: Pick<BriefRelation, "type" | "origin" | "corrections">): string {
  return r.origin === "analyst" ? `${r.type} (analyst${r.corrections.length ? `: ${r.corrections.join(", ")}` : ""})` : r.type;
}

export interface BriefContent {
  title: string;
  statements: string[];
  entities: BriefEntity[];
  relations: BriefRelation[];
}

export const DEFAULT_BRIEF_TITLE = "briefgraph briefing";

/**
 * Orders by `localeCompare`, as sorting with it directly would, but calls it only to sort the distinct values
 * once: a value's rank then stands for it (equal ranks for values localeCompare calls equal), so the sorts
 * below compare small integers instead of collating the same names again and again.
 */
function localeRanks(values: ReadonlySet<string>): Map<string, number> {
  const sorted = [...values].sort((x, y) => x.localeCompare(y));
  const ranks = new Map<string, number>();
  let rank = 0;
  sorted.forEach((value, i) => {
    const previous = sorted[i - 1];
    if (previous !== undefined && previous.localeCompare(value) !== 0) rank++;
    ranks.set(value, rank);
  });
  return ranks;
}

/** Sorts by the numbers `key` gives, first to last, computing them once per item rather than per comparison. */
function sortByRanks<T>(items: readonly T[], key: (item: T) => readonly number[]): T[] {
  const keyed = items.map((item) => ({ item, ranks: key(item) }));
  keyed.sort((x, y) => {
    for (let i = 0; i < x.ranks.length; i++) {
      const d = (x.ranks[i] ?? 0) - (y.ranks[i] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  });
  return keyed.map((k) => k.item);
}

export function briefContent(graph: BriefGraph, title: string = DEFAULT_BRIEF_TITLE): BriefContent {
  const entities: BriefEntity[] = [];
  graph.forEachNode((id, a) => {
    if (!isEntity(a)) return;
    const details = a.type === "Actor" ? [a.kind, a.title].filter((d) => d !== undefined).join(", ") : "";
    entities.push({ id, type: a.type, name: a.name, aliases: a.aliases, details });
  });

  const titles = new Map<string, string>();
  const statementTitle = (id: string): string => {
    let title = titles.get(id);
    if (title === undefined) {
      const a = graph.hasNode(id) ? graph.getNodeAttributes(id) : undefined;
      title = a?.type === "Statement" ? a.title : id;
      titles.set(id, title);
    }
    return title;
  };
  const relations: BriefRelation[] = [];
  graph.forEachEdge((_key, a, source, target, sa, ta) => {
    if (a.type === "MENTIONED_IN") return;
    relations.push({
      source: sa.name,
      type: a.type,
      target: ta.name,
      quotes: a.evidence.map((e) => ({ text: e.text, statement: statementTitle(e.statement), sentence: e.sentence + 1 })),
      origin: a.origin ?? "extracted",
      corrections: a.corrections ?? [],
    });
  });

  const names = new Set(entities.map((e) => e.name));
  const types = new Set<string>();
  for (const r of relations) {
    names.add(r.source).add(r.target);
    types.add(r.type);
  }
  const nameRanks = localeRanks(names);
  const typeRanks = localeRanks(types);
  const rank = (ranks: Map<string, number>, value: string): number => ranks.get(value) ?? 0;
  const order = new Map<string, number>(ENTITY_TYPES.map((t, i) => [t, i]));
  const sortedEntities = sortByRanks(entities, (e) => [order.get(e.type) ?? -1, rank(nameRanks, e.name)]);
  const sortedRelations = sortByRanks(relations, (r) => [rank(nameRanks, r.source), rank(typeRanks, r.type), rank(nameRanks, r.target)]);
  return { title, statements: statementCaptions(graph), entities: sortedEntities, relations: sortedRelations };
}

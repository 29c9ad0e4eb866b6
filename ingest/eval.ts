/**
 * Scoring a predicted graph against gold annotations, by the rules of the gold README:
 * normalised name/alias matching with type agreement, ignore forms, duplicates reported apart,
 * relations matched at most once each, optional annotations never required.
 */
import { z } from "zod";
import { BriefgraphError } from "../graph/errors.ts";
import type { BriefGraph } from "../graph/model.ts";
import { normalizeGoldName } from "../graph/names.ts";
import { ENTITY_TYPES, RELATION_TYPES } from "../graph/schema.ts";

const oneOrMany = z.union([z.string(), z.array(z.string())]).transform((v) => (Array.isArray(v) ? v : [v]));
export const GoldSchema = z.object({
  statement: z.string().optional(),
  entities: z.array(
    z.object({
      id: z.string().min(1),
      type: oneOrMany,
      name: z.string().min(1),
      aliases: z.array(z.string()).default([]),
      kind: z.string().optional(),
      optional: z.boolean().default(false),
    }),
  ),
  ignore: z.array(z.string()).default([]),
  relations: z.array(
    z.object({
      source: oneOrMany,
      target: oneOrMany,
      type: oneOrMany,
      cue: z.string().optional(),
      optional: z.boolean().default(false),
    }),
  ),
});
export type Gold = z.infer<typeof GoldSchema>;

export function parseGold(data: unknown, origin: string): Gold {
  const parsed = GoldSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BriefgraphError("GOLD_INVALID", `${origin}: not a gold annotation file (${issue ? `${issue.path.join(".")}: ${issue.message}` : "invalid"})`);
  }
  return parsed.data;
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalReport {
  entities: Score & { matched: number; scored: number; required: number; requiredMatched: number; duplicates: string[]; unmatched: string[]; missed: string[] };
  relations: Score & { matched: number; scored: number; required: number; requiredMatched: number; unmatched: string[]; missed: string[] };
}

function score(matched: number, scored: number, requiredMatched: number, required: number): Score {
  const precision = scored === 0 ? 0 : matched / scored;
  const recall = required === 0 ? 1 : requiredMatched / required;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

const ENTITY_TYPE_SET = new Set<string>(ENTITY_TYPES);
const RELATION_TYPE_SET = new Set<string>(RELATION_TYPES);

export function evaluate(graph: BriefGraph, gold: Gold): EvalReport {
  const goldForms = gold.entities.map((e) => new Set([e.name, ...e.aliases].map(normalizeGoldName)));
  const ignore = new Set(gold.ignore.map(normalizeGoldName));
  const nodeGold = new Map<string, string>();
  const matchedGold = new Set<string>();
  const duplicates: string[] = [];
  const unmatched: string[] = [];
  let matched = 0;
  let scored = 0;
  const nodes = graph.filterNodes((_k, a) => ENTITY_TYPE_SET.has(a.type)).sort();
  // Nodes whose canonical name matches come first, so an alias never steals a gold entity from its name.
  const candidates = nodes.map((key) => {
    const a = graph.getNodeAttributes(key);
    const names = [a.name, ...(a.type === "Statement" ? [] : a.aliases)].map(normalizeGoldName);
    const hits = gold.entities
      .map((g, i) => ({ g, i }))
      .filter(({ g, i }) => g.type.includes(a.type) && names.some((n) => goldForms[i]?.has(n)))
      .map(({ g, i }) => ({ id: g.id, byName: goldForms[i]?.has(names[0] ?? "") ?? false }));
    return { key, name: a.name, names, hits };
  });
  candidates.sort((x, y) => Number(y.hits.some((h) => h.byName)) - Number(x.hits.some((h) => h.byName)));
  for (const c of candidates) {
    if (c.hits.length === 0) {
      if (!c.names.some((n) => ignore.has(n))) {
        scored++;
        unmatched.push(c.name);
      }
      continue;
    }
    const free = c.hits.find((h) => h.byName && !matchedGold.has(h.id)) ?? c.hits.find((h) => !matchedGold.has(h.id));
    if (free) {
      matchedGold.add(free.id);
      nodeGold.set(c.key, free.id);
      matched++;
      scored++;
    } else {
      nodeGold.set(c.key, c.hits[0]?.id ?? "");
      duplicates.push(c.name);
    }
  }
  const requiredEntities = gold.entities.filter((e) => !e.optional);
  const missed = requiredEntities.filter((e) => !matchedGold.has(e.id)).map((e) => e.name);
  const requiredMatched = requiredEntities.length - missed.length;

  // Relations: required gold relations are matched first.
  const order = gold.relations.map((r, i) => ({ r, i })).sort((a, b) => Number(a.r.optional) - Number(b.r.optional));
  const usedRelation = new Set<number>();
  const relUnmatched: string[] = [];
  let relMatched = 0;
  let relScored = 0;
  const edges = graph.filterEdges((_k, a) => RELATION_TYPE_SET.has(a.type)).sort();
  for (const key of edges) {
    const type = graph.getEdgeAttribute(key, "type");
    const s = nodeGold.get(graph.source(key));
    const t = nodeGold.get(graph.target(key));
    relScored++;
    const hit = s && t ? order.find(({ r, i }) => !usedRelation.has(i) && r.type.includes(type) && r.source.includes(s) && r.target.includes(t)) : undefined;
    if (hit) {
      usedRelation.add(hit.i);
      relMatched++;
    } else relUnmatched.push(`${graph.getNodeAttribute(graph.source(key), "name")} -${type}-> ${graph.getNodeAttribute(graph.target(key), "name")}`);
  }
  const requiredRelations = gold.relations.map((r, i) => ({ r, i })).filter(({ r }) => !r.optional);
  const relMissed = requiredRelations.filter(({ i }) => !usedRelation.has(i)).map(({ r }) => `${r.source.join("|")} -${r.type.join("|")}-> ${r.target.join("|")} (${r.cue ?? ""})`);
  const relRequiredMatched = requiredRelations.length - relMissed.length;
  return {
    entities: { ...score(matched, scored, requiredMatched, requiredEntities.length), matched, scored, required: requiredEntities.length, requiredMatched, duplicates, unmatched, missed },
    relations: { ...score(relMatched, relScored, relRequiredMatched, requiredRelations.length), matched: relMatched, scored: relScored, required: requiredRelations.length, requiredMatched: relRequiredMatched, unmatched: relUnmatched, missed: relMissed },
  };
}

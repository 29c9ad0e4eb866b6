/**
 * Gaps a graph shows by itself, whether it was just extracted or read from a store: entities in no
 * relation, people without an office or a state, and sentences with a relation cue that state nothing.
 */
import { isEntity, type BriefGraph } from "../../graph/model.ts";
import type { EntityAttributes } from "../../graph/schema.ts";
import type { EntityRef, ReviewItem, ReviewPlace } from "./schema.ts";

/** The text of sentence `index` (0-based) of `statement`, or null when it is not known. */
export type SentenceText = (statement: string, index: number) => string | null;

/** Words that cue a relation: a sentence holding one that states no relation is worth a look. */
const CUE =
  /\b(?:condemn(?:ed|s)?|denounc(?:ed|es)|deplor(?:ed|es)|concerns? (?:over|about|regarding)|concerned (?:about|over|by)|signed|ratified|under|led|co-led|headed|chaired|co-chaired|presided over|hosted|co-hosted|convened|established|launched|created|set up|stood up|activated|participated|participation|attended|took part|members?|violat(?:ed|es|ing|ions?)|simulat(?:ed|ing)|commit(?:ted|ment)s? to|pledged|obligations)\b/gi;

/** The relation cue words of a sentence, lower-cased, each once, in reading order. */
export function cueWords(text: string): string[] {
  return [...new Set([...text.matchAll(CUE)].map((m) => m[0].toLowerCase()))];
}

function ref(id: string, a: EntityAttributes): EntityRef {
  return { id, name: a.name, type: a.type, ...(a.type === "Actor" ? { kind: a.kind } : {}) };
}

/** Where an entity is first mentioned: the first statement (by id) and its first sentence. */
function firstMention(graph: BriefGraph, node: string, text: SentenceText): ReviewPlace | undefined {
  let best: { statement: string; sentence: number } | undefined;
  graph.forEachOutEdge(node, (_key, a, _source, target) => {
    if (a.type !== "MENTIONED_IN") return;
    const sentence = a.sentences[0];
    if (sentence === undefined) return;
    if (!best || target < best.statement || (target === best.statement && sentence < best.sentence)) best = { statement: target, sentence };
  });
  return best ? { statement: best.statement, sentence: best.sentence + 1, text: text(best.statement, best.sentence) } : undefined;
}

function hasRelation(graph: BriefGraph, node: string): boolean {
  return graph.someEdge(node, (_key, a) => a.type !== "MENTIONED_IN");
}

/** Does a MEMBER_OF or LEADS path (a person's ministry, the delegation they lead) reach a state? */
function reachesState(graph: BriefGraph, node: string): boolean {
  const seen = new Set([node]);
  let frontier = [node];
  let found = false;
  for (let hop = 0; hop < 3 && frontier.length && !found; hop++) {
    const next: string[] = [];
    for (const from of frontier)
      graph.forEachOutEdge(from, (_key, a, _source, target, _sa, ta) => {
        if ((a.type !== "MEMBER_OF" && a.type !== "LEADS") || ta.type !== "Actor" || seen.has(target)) return;
        if (ta.kind === "state") found = true;
        seen.add(target);
        next.push(target);
      });
    frontier = next;
  }
  return found;
}

/** Entities in no relation, and people without an office or a state, in the order of their ids. */
export function entityGaps(graph: BriefGraph, text: SentenceText): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const node of graph.nodes().sort()) {
    const a = graph.getNodeAttributes(node);
    if (!isEntity(a)) continue;
    const at = firstMention(graph, node, text);
    if (!at) continue;
    if (!hasRelation(graph, node)) items.push({ kind: "entity-without-relation", entity: ref(node, a), at });
    if (a.type === "Actor" && a.kind === "person") {
      const missing: ("office" | "state")[] = [];
      if (!a.title) missing.push("office");
      if (!reachesState(graph, node)) missing.push("state");
      if (missing.length) items.push({ kind: "person-without-office-or-state", entity: ref(node, a), missing, at });
    }
  }
  return items;
}

/** The sentences (0-based indices) of `statement` that some relation quotes. */
export function sentencesWithRelations(graph: BriefGraph, statement: string): Set<number> {
  const out = new Set<number>();
  graph.forEachEdge((_key, a) => {
    if (a.type === "MENTIONED_IN") return;
    for (const e of a.evidence) if (e.statement === statement) out.add(e.sentence);
  });
  return out;
}

/**
 * The seed statement as a BriefGraph built from its gold annotation (test/fixtures/…gold.json) and the
 * corpus text: every gold entity, every gold relation (first alternative) whose endpoints the model
 * allows, evidence = the statement sentence that shares most words with the gold cue, and MENTIONED_IN
 * edges to the sentences naming the entity. Independent of the extractor, so the query tests pin the
 * queries, not the extractor's recall.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { z } from "zod";
import { addRelation, createGraph, entityId, RelationTypeSchema, statementId, ActorKindSchema, EntityTypeSchema, type BriefGraph } from "../../graph/index.ts";

export const SEED_PATH = "corpus/kidd-25-joint-press-statement.txt";
const GOLD_PATH = "test/fixtures/kidd-25-joint-press-statement.gold.json";

const GoldSchema = z.object({
  entities: z.array(
    z.object({ id: z.string(), type: z.union([EntityTypeSchema, z.array(EntityTypeSchema).min(1)]), kind: ActorKindSchema.optional(), name: z.string(), aliases: z.array(z.string()) }),
  ),
  relations: z.array(z.object({ source: z.array(z.string()), type: z.array(RelationTypeSchema), target: z.array(z.string()), cue: z.string() })),
});

interface Sentence { index: number; start: number; end: number; text: string }

function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^\n]+/g;
  for (let line = re.exec(text); line !== null; line = re.exec(text)) {
    const parts = line[0].split(/(?<=[.!?])\s+(?=[A-Z"“])/);
    let from = line.index;
    for (const part of parts) {
      const start = text.indexOf(part, from);
      const trimmed = part.trim();
      if (trimmed.length > 0) out.push({ index: out.length, start, end: start + part.length, text: trimmed });
      from = start + part.length;
    }
  }
  return out;
}

const words = (s: string) => new Set(s.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 2));

function bestSentence(all: readonly Sentence[], cue: string): Sentence {
  const wanted = words(cue);
  let best = all[0];
  let score = -1;
  for (const s of all) {
    const have = words(s.text);
    const n = [...wanted].filter((w) => have.has(w)).length;
    if (n > score) {
      score = n;
      best = s;
    }
  }
  if (!best) throw new Error("seed statement has no sentences");
  return best;
}

function names(all: readonly Sentence[], forms: readonly string[]): number[] {
  const patterns = forms.map((f) => new RegExp(`(^|[^A-Za-z0-9])${f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^A-Za-z0-9])`, f.length > 4 ? "i" : ""));
  return all.filter((s) => patterns.some((p) => p.test(s.text))).map((s) => s.index);
}

export function seedGraphFromGold(): BriefGraph {
  const text = readFileSync(SEED_PATH, "utf8");
  const gold = GoldSchema.parse(JSON.parse(readFileSync(GOLD_PATH, "utf8")));
  const all = sentences(text);
  const graph = createGraph();
  const title = "Joint Press Statement for the 25th Korea-U.S. Integrated Defense Dialogue";
  const sha256 = createHash("sha256").update(text).digest("hex");
  const statement = statementId(title, sha256);
  graph.addNode(statement, {
    type: "Statement",
    name: title,
    title,
    date: "2024-09-23",
    dateText: "September23-24, 2024",
    source: SEED_PATH,
    sha256,
    sentences: all.length,
    words: text.split(/\s+/).filter(Boolean).length,
  });
  const ids = new Map<string, string>();
  for (const e of gold.entities) {
    // Some gold entities allow several types; the first is the one the graph gets.
    const type = Array.isArray(e.type) ? (e.type[0] ?? "Body") : e.type;
    const id = entityId(type, e.name);
    ids.set(e.id, id);
    const mentioned = names(all, [e.name, ...e.aliases]);
    const base = { name: e.name, aliases: e.aliases, mentions: Math.max(1, mentioned.length) };
    if (type === "Actor") graph.addNode(id, { type: "Actor", ...base, kind: e.kind ?? "organization" });
    else graph.addNode(id, { type, ...base });
    graph.addDirectedEdgeWithKey(`${id}|MENTIONED_IN|${statement}`, id, statement, { type: "MENTIONED_IN", sentences: mentioned });
  }
  for (const r of gold.relations) {
    const source = ids.get(r.source[0] ?? "");
    const target = ids.get(r.target[0] ?? "");
    const type = r.type[0];
    if (!source || !target || !type) continue;
    const s = bestSentence(all, r.cue);
    addRelation(graph, source, type, target, [{ statement, sentence: s.index, start: s.start, end: s.end, text: s.text, cue: r.cue }]);
  }
  return graph;
}

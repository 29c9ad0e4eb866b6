/**
 * A seeded generator of synthetic briefgraph graphs that respect the domain model,
 * for benchmarks (Neo4j load, viewer rendering, exports). Same options, same graph.
 */
import { entityId } from "./ids.ts";
import { addRelation, createGraph, type BriefGraph } from "./model.ts";
import { RELATION_ENDPOINTS, RELATION_TYPES, type ActorKind, type EntityType, type Evidence } from "./schema.ts";

export interface SyntheticGraphOptions {
  nodes: number;
  edges: number;
  seed?: number;
  /** Number of statement nodes that entities are MENTIONED_IN (not counted in `nodes`/`edges`). */
  statements?: number;
}

/** mulberry32: a small, fast, seeded PRNG. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPE_WEIGHTS: [EntityType, number][] = [
  ["Actor", 0.4],
  ["Body", 0.2],
  ["Agreement", 0.15],
  ["Exercise", 0.1],
  ["Threat", 0.15],
];
const KINDS: ActorKind[] = ["state", "organization", "person", "alliance", "group"];
const HEADS: Record<EntityType, string[]> = {
  Actor: ["Ministry", "Command", "Agency", "Council", "Forces"],
  Body: ["Working Group", "Committee", "Dialogue", "Consultative Group", "Talks"],
  Agreement: ["Agreement", "Framework", "Declaration", "Plan", "Treaty"],
  Exercise: ["Shield", "Flag", "Exercise", "Training", "Operations"],
  Threat: ["missile launches", "cyber attacks", "GPS jamming", "provocations", "arms transfers"],
};

/** Builds a graph of exactly `nodes` entity nodes and about `edges` relation edges (fewer only if the model forbids more). */
export function syntheticGraph(options: SyntheticGraphOptions): BriefGraph {
  const random = seededRandom(options.seed ?? 42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] ?? items[0]!;
  const graph = createGraph();
  const statementCount = Math.max(1, options.statements ?? Math.ceil(options.nodes / 1000));
  const statements: string[] = [];
  for (let s = 0; s < statementCount; s++) {
    const id = `statement:synthetic-${s}`;
    statements.push(id);
    graph.addNode(id, {
      type: "Statement",
      name: `Synthetic joint statement ${s}`,
      title: `Synthetic joint statement ${s}`,
      source: `synthetic/${s}.txt`,
      sha256: s.toString(16).padStart(64, "0"),
      sentences: 40,
      words: 900,
      date: `2024-${String((s % 12) + 1).padStart(2, "0")}-01`,
    });
  }
  const byType = new Map<EntityType, string[]>(TYPE_WEIGHTS.map(([t]) => [t, []]));
  for (let i = 0; i < options.nodes; i++) {
    let r = random();
    let type: EntityType = "Actor";
    for (const [t, w] of TYPE_WEIGHTS) {
      if (r < w) {
        type = t;
        break;
      }
      r -= w;
    }
    const name = `${pick(["Northern", "Southern", "Joint", "Combined", "Allied", "Regional", "Pacific"])} ${pick(HEADS[type])} ${i}`;
    const id = entityId(type, name);
    const acronym = name.split(/\s+/).map((w) => w[0]).join("").toUpperCase() + i;
    if (type === "Actor") graph.addNode(id, { type, name, aliases: [acronym], mentions: 1, kind: pick(KINDS) });
    else graph.addNode(id, { type, name, aliases: [acronym], mentions: 1 });
    byType.get(type)?.push(id);
    graph.addDirectedEdgeWithKey(`${id}|MENTIONED_IN|${statements[i % statementCount]}`, id, statements[i % statementCount]!, {
      type: "MENTIONED_IN",
      sentences: [i % 40],
    });
  }
  // Preferential attachment for hubs: a few nodes get many relations, as in real statements.
  const endpoint = (types: readonly EntityType[]): string | undefined => {
    const pool = byType.get(pick(types)) ?? [];
    if (pool.length === 0) return undefined;
    const skew = random() ** 2.5;
    return pool[Math.floor(skew * pool.length)];
  };
  let attempts = 0;
  let made = 0;
  while (made < options.edges && attempts < options.edges * 4) {
    attempts++;
    const type = pick(RELATION_TYPES);
    const rule = RELATION_ENDPOINTS[type];
    const source = endpoint(rule.from);
    const target = endpoint(rule.to);
    if (!source || !target || source === target) continue;
    const s = graph.getNodeAttributes(source).name;
    const t = graph.getNodeAttributes(target).name;
    const statement = statements[made % statementCount]!;
    const text = `The ${s} and the ${t} were named together in sentence ${made}.`;
    const evidence: Evidence = { statement, sentence: made % 40, start: 0, end: text.length, text, cue: "named together" };
    const before = graph.size;
    if (addRelation(graph, source, type, target, [evidence]) && graph.size > before) made++;
  }
  return graph;
}

/**
 * The store keeps each quoted sentence once: evidence refers to its sentence (statement id and sentence number)
 * and reading puts the text back. Older stores, with the sentence inside every evidence, still read.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { addRelation, createGraph, isBriefgraphError, readStore, readStoreNeighbourhood, serializeGraph, writeStore, type BriefGraph } from "../../graph/index.ts";
import { GRAPHS } from "../export/fixtures.ts";

const dir = mkdtempSync(join(tmpdir(), "briefgraph-format-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;
const pathFor = () => join(dir, `store-${counter++}.json`);

const STATEMENT = "statement:long-00000000";
const LONG = `The Republic of Korea, the United States and Japan condemned ${"the DPRK's missile launches, ".repeat(200)}and pledged to uphold the Armistice Agreement.`;

/** One statement whose one long sentence is the evidence of many relations (what made the store 145× its input). */
function manyRelationsOneSentence(relations: number): BriefGraph {
  const graph = createGraph();
  graph.addNode(STATEMENT, { type: "Statement", name: "Long", title: "Long", source: "long.txt", sha256: "1".repeat(64), sentences: 2, words: 1000 });
  graph.addNode("agreement:armistice", { type: "Agreement", name: "Armistice Agreement", aliases: [], mentions: 1 });
  for (let i = 0; i < relations; i++) {
    graph.addNode(`actor:s${i}`, { type: "Actor", kind: "state", name: `State ${i}`, aliases: [], mentions: 1 });
    addRelation(graph, `actor:s${i}`, "COMMITS_TO", "agreement:armistice", [{ statement: STATEMENT, sentence: 1, start: 10, end: 10 + LONG.length, text: LONG, cue: "pledged to" }]);
  }
  return graph;
}

const StoreFileSchema = z.object({
  edges: z.array(z.object({ attributes: z.object({ evidence: z.array(z.object({ text: z.string().optional() })).optional() }) })),
  sentences: z.array(z.object({ statement: z.string(), sentence: z.number(), text: z.string() })),
});

async function errorOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return "ok";
  } catch (error) {
    return isBriefgraphError(error) ? `${error.code}: ${error.message}` : String(error);
  }
}

describe("the store's sentences", () => {
  it("keeps a sentence quoted by 50 relations once, so the store grows with the text and not with the relations", async () => {
    const path = pathFor();
    const graph = manyRelationsOneSentence(50);
    await writeStore(path, graph);
    const text = readFileSync(path, "utf8");
    expect(text.split(LONG).length - 1).toBe(1);
    expect(text.length).toBeLessThan(LONG.length + 50 * 400);
    expect(serializeGraph(await readStore(path))).toEqual(serializeGraph(graph));
  });

  it.each(GRAPHS)("%s: each quoted sentence is kept once, an evidence quotes only a text that differs from it, and the graph reads back the same", async (_name, make) => {
    const graph = make();
    const path = pathFor();
    await writeStore(path, graph);
    const file = StoreFileSchema.parse(JSON.parse(readFileSync(path, "utf8")));
    const kept = new Map(file.sentences.map((s) => [`${s.statement}#${s.sentence}`, s.text]));
    const quoted = new Set<string>();
    let inline = 0;
    graph.forEachEdge((_key, a) => {
      if (a.type === "MENTIONED_IN") return;
      for (const e of a.evidence) {
        quoted.add(`${e.statement}#${e.sentence}`);
        if (kept.get(`${e.statement}#${e.sentence}`) !== e.text) inline++;
      }
    });
    expect(file.sentences.length).toBe(kept.size);
    expect([...kept.keys()].sort()).toEqual([...quoted].sort());
    expect(file.edges.flatMap((e) => e.attributes.evidence ?? []).filter((e) => e.text !== undefined)).toHaveLength(inline);
    expect(serializeGraph(await readStore(path))).toEqual(serializeGraph(graph));
  });

  it("gives back the sentence text through the index, for an export around a name", async () => {
    const path = pathFor();
    const graph = manyRelationsOneSentence(3);
    await writeStore(path, graph);
    const part = await readStoreNeighbourhood(path, { around: "Armistice Agreement", hops: 1 });
    expect(part?.graph.order).toBe(4);
    part?.graph.forEachEdge((key, attributes) => expect(attributes).toEqual(graph.getEdgeAttributes(key)));
  });

  it("reads a store of the older format, where every evidence quotes its sentence", async () => {
    const path = pathFor();
    const graph = manyRelationsOneSentence(3);
    writeFileSync(path, `${JSON.stringify(serializeGraph(graph))}\n`);
    expect(serializeGraph(await readStore(path))).toEqual(serializeGraph(graph));
  });

  it("keeps inline the text of an evidence that differs from the sentence kept for its number", async () => {
    const path = pathFor();
    const graph = manyRelationsOneSentence(2);
    graph.updateEdgeAttributes(graph.edges("actor:s1", "agreement:armistice")[0] ?? "", (a) =>
      a.type === "MENTIONED_IN" ? a : { ...a, evidence: a.evidence.map((e) => ({ ...e, text: "Another text for the same sentence." })) },
    );
    await writeStore(path, graph);
    expect(serializeGraph(await readStore(path))).toEqual(serializeGraph(graph));
  });

  it("refuses a store whose evidence names a sentence it does not hold, naming the store", async () => {
    const path = pathFor();
    await writeStore(path, manyRelationsOneSentence(2));
    const text = readFileSync(path, "utf8");
    writeFileSync(path, text.replace(/"sentences":\[\n[^\n]*\n\]/, '"sentences":[]'));
    expect(await errorOf(() => readStore(path))).toBe(`STORE_INVALID: ${path}: not a briefgraph graph (at edges.0.attributes.evidence: names a sentence the store's sentences do not hold)`);
  });
});

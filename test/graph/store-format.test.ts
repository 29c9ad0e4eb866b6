/**
 * The store keeps each quoted sentence once: evidence refers to its sentence (statement id, sentence number and its
 * offsets in the statement's text) and reading puts the text back, from the statement's text, or from the sentence
 * records kept for a statement stored without its text. Older stores (a record for every quoted sentence; every
 * evidence quoting its sentence) still read.
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

/** The same, with the statement's text kept (as ingest keeps it): the long sentence is its second one. */
const HEADING = "Joint Statement";
const TEXT = `${HEADING}\n\n${LONG}`;
function withStatementText(relations: number): BriefGraph {
  const graph = manyRelationsOneSentence(relations);
  const start = TEXT.indexOf(LONG);
  graph.updateNodeAttributes(STATEMENT, (a) => (a.type === "Statement" ? { ...a, text: TEXT } : a));
  graph.forEachEdge((key) => {
    graph.updateEdgeAttributes(key, (a) => (a.type === "MENTIONED_IN" ? a : { ...a, evidence: a.evidence.map((e) => ({ ...e, start, end: start + LONG.length })) }));
  });
  return graph;
}

/** The store as the format before this one wrote it: evidence without text, every quoted sentence in `sentences`. */
function previousFormat(graph: BriefGraph): string {
  const data = serializeGraph(graph);
  const sentences = new Map<string, { statement: string; sentence: number; text: string }>();
  const edges = data.edges.map((edge) => {
    const a = edge.attributes;
    if (a.type === "MENTIONED_IN") return edge;
    for (const e of a.evidence) sentences.set(`${e.statement}#${e.sentence}`, { statement: e.statement, sentence: e.sentence, text: e.text });
    return { ...edge, attributes: { ...a, evidence: a.evidence.map(({ text: _text, ...rest }) => rest) } };
  });
  return `${JSON.stringify({ ...data, edges, sentences: [...sentences.values()] })}\n`;
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
    expect(await errorOf(() => readStore(path))).toBe(`STORE_INVALID: ${path}: not a briefgraph graph (at edges.0.attributes.evidence: names a sentence neither its statement's text nor the store's sentences hold)`);
  });
});

describe("the store's sentences, when the statement keeps its text", () => {
  it("holds a sentence quoted by 50 relations only inside its statement's text: no sentence record, no quote in the evidence", async () => {
    const path = pathFor();
    const graph = withStatementText(50);
    await writeStore(path, graph);
    const text = readFileSync(path, "utf8");
    expect(text.split(LONG).length - 1).toBe(1);
    const file = StoreFileSchema.parse(JSON.parse(text));
    expect(file.sentences).toEqual([]);
    expect(file.edges.flatMap((e) => e.attributes.evidence ?? []).filter((e) => e.text !== undefined)).toEqual([]);
    expect(serializeGraph(await readStore(path))).toEqual(serializeGraph(graph));
  });

  it("gives back the sentence from the statement's text through the index, for an export around a name that does not read the statement", async () => {
    const path = pathFor();
    const graph = withStatementText(3);
    await writeStore(path, graph);
    const part = await readStoreNeighbourhood(path, { around: "Armistice Agreement", hops: 1 });
    expect(part?.graph.order).toBe(4);
    expect(part?.graph.hasNode(STATEMENT)).toBe(false);
    let relations = 0;
    part?.graph.forEachEdge((key, attributes) => {
      relations++;
      expect(attributes).toEqual(graph.getEdgeAttributes(key));
    });
    expect(relations).toBe(3);
  });

  it("keeps inline the text of an evidence that is not its statement's text at its offsets", async () => {
    const path = pathFor();
    const graph = withStatementText(2);
    graph.updateEdgeAttributes(graph.edges("actor:s1", "agreement:armistice")[0] ?? "", (a) =>
      a.type === "MENTIONED_IN" ? a : { ...a, evidence: a.evidence.map((e) => ({ ...e, text: "Another text for the same sentence." })) },
    );
    await writeStore(path, graph);
    const file = StoreFileSchema.parse(JSON.parse(readFileSync(path, "utf8")));
    expect(file.edges.flatMap((e) => e.attributes.evidence ?? []).map((e) => e.text)).toEqual([undefined, "Another text for the same sentence."]);
    expect(serializeGraph(await readStore(path))).toEqual(serializeGraph(graph));
    const part = await readStoreNeighbourhood(path, { around: "Armistice Agreement", hops: 1 });
    part?.graph.forEachEdge((key, attributes) => expect(attributes).toEqual(graph.getEdgeAttributes(key)));
  });

  it("reads a store of the format before, with a record for every quoted sentence, as the same graph", async () => {
    const path = pathFor();
    const graph = withStatementText(3);
    writeFileSync(path, previousFormat(graph));
    expect(serializeGraph(await readStore(path))).toEqual(serializeGraph(graph));
  });

  it("refuses, in one line naming the store, evidence whose offsets lie outside its statement's text", async () => {
    const path = pathFor();
    await writeStore(path, withStatementText(2));
    const text = readFileSync(path, "utf8");
    writeFileSync(path, text.replace(/"end":\d+/, `"end":${TEXT.length + 10}`));
    expect(await errorOf(() => readStore(path))).toBe(`STORE_INVALID: ${path}: not a briefgraph graph (at edges.0.attributes.evidence: names a sentence neither its statement's text nor the store's sentences hold)`);
  });
});

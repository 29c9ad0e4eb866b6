/**
 * The statement reader's model (viewer/src/model/reader.ts): sentences and mentions from a store that keeps the
 * statement's text and the mentions' offsets (the seed statement through the extractor), and from one written before
 * it did (only the quoted sentences, names found by their words); nesting of mentions; the relation types the model
 * allows; the evidence of an analyst's relation; and a store without text or offsets still reads.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { entityId, readStore, writeStore, type BriefGraph } from "../../graph/index.ts";
import { allowedRelations, piecesOf, readStatement, sentenceEvidence, type Piece, type ReaderDoc, type ReaderMention } from "../../viewer/src/model/reader.ts";
import { seedGraph, seedLikeGraph } from "./fixtures.ts";

const CMWG = entityId("Body", "Counter-Missile Working Group");

function statementOf(graph: BriefGraph): string {
  return graph.filterNodes((_k, a) => a.type === "Statement")[0] ?? "";
}

function mention(node: string, start: number, end: number): ReaderMention {
  return { node, name: node, type: "Actor", start, end };
}

/** The pieces as a string: mentions in [node: …]. */
function show(pieces: readonly Piece[]): string {
  return pieces.map((p) => (p.kind === "text" ? p.text : `[${p.mention.node}: ${show(p.pieces)}]`)).join("");
}

let extracted: BriefGraph;
let old: BriefGraph;
beforeAll(async () => {
  extracted = await seedGraph();
  old = seedLikeGraph();
});

describe("the statement reader's model", () => {
  it("reads every sentence of a statement whose text the store keeps, each the slice of the text its offsets give", () => {
    const id = statementOf(extracted);
    const s = extracted.getNodeAttributes(id);
    const doc = readStatement(extracted, id);
    if (s.type !== "Statement" || s.text === undefined || !doc) throw new Error("the extractor kept no text");
    expect(doc.complete).toBe(true);
    expect(doc.sentences.map((x) => x.index)).toEqual([...Array(s.sentences).keys()]);
    for (const x of doc.sentences) expect(x.text).toBe(s.text.slice(x.start, x.end));
  });

  it("places every mention the store keeps in its sentence, with the words it names, and lists each relation under every sentence that quotes it", () => {
    const id = statementOf(extracted);
    const s = extracted.getNodeAttributes(id);
    const doc = readStatement(extracted, id);
    if (s.type !== "Statement" || s.text === undefined || !doc) throw new Error("the extractor kept no text");
    const text = s.text;
    const spans: string[] = [];
    extracted.forEachInEdge(id, (_e, a, source) => {
      if (a.type === "MENTIONED_IN") for (const [start, end] of a.spans ?? []) spans.push(`${source} ${text.slice(start, end)}`);
    });
    expect(spans.length).toBeGreaterThan(50);
    expect(doc.sentences.flatMap((x) => x.mentions.map((m) => `${m.node} ${x.text.slice(m.start, m.end)}`)).sort()).toEqual(spans.sort());
    const quotes: string[] = [];
    extracted.forEachEdge((edge, a) => {
      if (a.type !== "MENTIONED_IN") for (const e of a.evidence) if (e.statement === id) quotes.push(`${e.sentence} ${edge}`);
    });
    expect(doc.sentences.flatMap((x) => x.relations.map((r) => `${x.index} ${r.edge}`)).sort()).toEqual([...new Set(quotes)].sort());
  });

  it("reads a store written before it kept the text: only the quoted sentences, the names found in them by their words", () => {
    const id = statementOf(old);
    const doc: ReaderDoc | undefined = readStatement(old, id);
    if (!doc) throw new Error("no statement");
    expect(doc.complete).toBe(false);
    const quoted = new Set<number>();
    old.forEachEdge((_e, a) => {
      if (a.type !== "MENTIONED_IN") for (const e of a.evidence) quoted.add(e.sentence);
    });
    expect(doc.sentences.map((x) => x.index)).toEqual([...quoted].sort((a, b) => a - b));
    const cmwg = doc.sentences.find((x) => x.text.includes("Counter-Missile Working Group (CMWG)"));
    expect(cmwg?.mentions.filter((m) => m.node === CMWG).map((m) => cmwg.text.slice(m.start, m.end))).toEqual(["Counter-Missile Working Group", "CMWG"]);
  });

  it.each([
    { holds: "two mentions apart", mentions: [mention("a", 0, 3), mention("b", 8, 11)], shown: "[a: The] big [b: Dog] ran" },
    { holds: "a mention inside another", mentions: [mention("outer", 4, 11), mention("inner", 8, 11)], shown: "The [outer: big [inner: Dog]] ran" },
    { holds: "a mention crossing another's edge (left out)", mentions: [mention("a", 0, 7), mention("b", 4, 11)], shown: "[a: The big] Dog ran" },
    { holds: "the same mention twice", mentions: [mention("a", 4, 7), mention("a", 4, 7)], shown: "The [a: big] Dog ran" },
  ])("nests the pieces of a sentence with $holds", ({ mentions, shown }) => {
    expect(show(piecesOf("The big Dog ran", mentions))).toBe(shown);
  });

  it.each([
    { from: "Actor", to: "Body", types: ["LEADS", "MEMBER_OF", "PARTICIPATES_IN", "ESTABLISHES"] },
    { from: "Exercise", to: "Threat", types: ["PART_OF", "ADDRESSES", "SIMULATES"] },
    { from: "Threat", to: "Actor", types: [] },
  ] as const)("allows from $from to $to exactly the domain model's relations", ({ from, to, types }) => {
    expect(allowedRelations(from, to)).toEqual(types);
  });

  it("quotes a sentence for an analyst's relation with its offsets and the cue as the sentence writes it, and refuses a cue it does not hold", () => {
    const id = statementOf(extracted);
    const sentence = readStatement(extracted, id)?.sentences.find((x) => x.text.includes("led the ROK delegation"));
    if (!sentence) throw new Error("fixture: no such sentence");
    expect(sentenceEvidence(id, sentence, "  LED THE ")).toEqual({ statement: id, sentence: sentence.index, start: sentence.start, end: sentence.end, text: sentence.text, cue: "led the" });
    expect(sentenceEvidence(id, sentence, "signed")).toBeUndefined();
    expect(sentenceEvidence(id, sentence, " ")).toBeUndefined();
  });

  it("reads back a store without statement text or mention offsets, and one with them, as written", async () => {
    const dir = mkdtempSync(join(tmpdir(), "briefgraph-reader-store-"));
    for (const [name, graph] of [["old", old], ["new", extracted]] as const) {
      const path = join(dir, name, "graph.json");
      await writeStore(path, graph);
      const back = await readStore(path);
      const id = statementOf(graph);
      expect(back.getNodeAttributes(id)).toEqual(graph.getNodeAttributes(id));
      expect(readStatement(back, id)).toEqual(readStatement(graph, id));
    }
  });
});

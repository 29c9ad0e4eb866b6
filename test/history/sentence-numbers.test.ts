/**
 * The README's one rule for sentence numbers (*Sentence numbers, one rule everywhere*): what people read counts
 * sentences from 1 (the sentence number: `timeline`'s `sentences` and quotes), what the graph's data carries
 * counts them from 0 (the sentence index: `query mentions`' `sentences`, the store, Neo4j), so index i is sentence
 * i + 1. Checked on the dialogue series, through the CLI as a user runs it, from the embedded store and from Neo4j:
 * the same sentence gets the same sentence number in `query mentions` (index + 1) as in `timeline` (JSON and
 * Markdown), and a timeline quote's number is the quoted sentence's place in its statement's text, counted from 1.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { writeStore, type BriefGraph } from "../../graph/index.ts";
import { splitSentences } from "../../ingest/index.ts";
import { loadGraph, type Neo4jConnection } from "../../queries/index.ts";
import { connectTestNeo4j, LOCK_HOOK_TIMEOUT_MS, lockNeo4j, releaseTestNeo4j, testNeo4j } from "../support/neo4j.ts";
import { runCli } from "../support/run-cli.ts";
import { seriesGraph } from "./series.ts";

const neo4j = await testNeo4j();

const MentionRowsSchema = z.array(z.object({ statementId: z.string(), sentences: z.array(z.number().int()) }));
const QuoteSchema = z.object({ statement: z.string(), sentence: z.number().int(), text: z.string() });
const TimelineSchema = z.object({
  mentions: z.array(z.object({ statement: z.string(), title: z.string(), date: z.string().nullable(), sentences: z.array(z.number().int()) })),
  relations: z.array(z.object({ first: QuoteSchema, last: QuoteSchema })),
});

/** The README's rule: sentence index i (the data) is sentence number i + 1 (what people read). */
const sentenceNumber = (index: number) => index + 1;

/** Entities of the series named in all three statements, in one, and a threat. */
const ENTITIES = ["NSDD", "Counter-Missile Working Group", "ballistic missile launches"];

async function json(args: string[]): Promise<unknown> {
  const run = await runCli(...args);
  if (run.code !== 0) throw new Error(`briefgraph ${args.join(" ")}: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

/** Per statement, the sentence numbers each output gives for the entity. */
async function numbersOf(
  entity: string,
  from: string[],
): Promise<{ mentions: Record<string, number[]>; timeline: Record<string, number[]>; markdownLines: string[]; markdown: string; quotes: z.infer<typeof QuoteSchema>[] }> {
  const rows = MentionRowsSchema.parse(await json(["query", "mentions", "--param", `name=${entity}`, "--format", "json", ...from]));
  const timeline = TimelineSchema.parse(await json(["timeline", entity, "--format", "json", ...from]));
  const markdown = (await runCli("timeline", entity, "--format", "md", ...from)).stdout;
  return {
    mentions: Object.fromEntries(rows.map((r) => [r.statementId, r.sentences.map(sentenceNumber).sort((a, b) => a - b)])),
    timeline: Object.fromEntries(timeline.mentions.map((m) => [m.statement, m.sentences])),
    markdownLines: timeline.mentions.map((m) => `${m.date ?? "undated"} — ${m.title} (sentences ${m.sentences.join(", ")})`),
    markdown,
    quotes: timeline.relations.flatMap((r) => [r.first, r.last]),
  };
}

describe("one sentence numbering in query mentions and timeline", () => {
  const dir = mkdtempSync(join(tmpdir(), "briefgraph-sentence-numbers-"));
  const store = join(dir, "series.json");
  let graph: BriefGraph;
  let conn: Neo4jConnection | undefined;
  let release: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    graph = await seriesGraph();
    await writeStore(store, graph);
    if (neo4j.available) {
      conn = await connectTestNeo4j(neo4j);
      release = await lockNeo4j(neo4j);
      await loadGraph(conn, graph, { replace: true });
    }
  }, LOCK_HOOK_TIMEOUT_MS);
  afterAll(async () => {
    if (neo4j.available) await releaseTestNeo4j(neo4j, conn, release);
    rmSync(dir, { recursive: true, force: true });
  });

  const backends: [string, () => string[]][] = [["the embedded store", () => ["--store", store]]];
  if (neo4j.available) backends.push(["Neo4j", () => ["--neo4j", "--uri", neo4j.options.uri]]);
  const cases = backends.flatMap(([backend, from]) => ENTITIES.map((entity) => [backend, entity, from] as const));

  it.each(cases)("from %s, %s: the same sentence has the same sentence number in query mentions and in timeline", async (_backend, entity, from) => {
    const numbers = await numbersOf(entity, from());
    expect(Object.keys(numbers.mentions).length).toBeGreaterThan(0);
    expect(numbers.timeline).toEqual(numbers.mentions);
    // The Markdown lists each statement's numbers as the JSON does.
    for (const line of numbers.markdownLines) expect(numbers.markdown).toContain(line);
  });

  it.each(cases)("from %s, %s: a timeline quote's sentence number is its place in the statement's text, from 1", async (_backend, entity, from) => {
    const { quotes } = await numbersOf(entity, from());
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) {
      const statement = graph.getNodeAttributes(q.statement);
      if (statement.type !== "Statement" || statement.text === undefined) throw new Error(`${q.statement}: no kept text`);
      expect(splitSentences(statement.text)[q.sentence - 1]?.text).toBe(q.text);
    }
  });
});

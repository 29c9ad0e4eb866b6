/**
 * Ingest speed on one core: BENCH_STATEMENTS (default 10,000) seeded synthetic statements in the genre
 * (bench/synthetic-statements.ts, ~800–1,200 words each), generated in memory and each run through the real
 * `extractStatement`; each graph is dropped after counting (memory never holds 10,000 graphs). Merging is timed
 * apart on the first BENCH_MERGE (default 1,000) graphs, since mergeInto's cost grows with the merged graph.
 * Then a subset (BENCH_FILES, default 200) written as files to a temp dir goes through `ingestPaths`.
 * Reference: compromise's `nlp(text).sentences()` over a sample (BENCH_REFERENCE_SAMPLE, default 300) of the same
 * statements, extrapolated to words/s. Targets: ≥ 200,000 words/s, ≥ 5× the reference, peak RSS < 1 GiB.
 * Then the same two figures on the real-style statements (REAL_STYLE: the fixtures written in the genre's style and
 * the bundled statement, run BENCH_REAL_ROUNDS times, default 40), and where the time goes on each kind of text:
 * µs per word by stage (bench/stage-profile.ts) beside what makes real text denser (names, relations per word).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nlp from "compromise";
import { createGraph } from "../graph/model.ts";
import { mergeInto } from "../graph/merge.ts";
import { cleanContent, collectInputs, defaultLexicon, extractStatement, ingestPaths, readStatement, splitSentences, type RawStatement } from "../ingest/index.ts";
import { encodeStore } from "../graph/store-format.ts";
import { tokenize } from "../ingest/text/tokens.ts";
import { profileStages, type StageShare } from "./stage-profile.ts";
import { syntheticStatement } from "./synthetic-statements.ts";

const COUNT = Number(process.env.BENCH_STATEMENTS ?? 10_000);
const FILES = Math.min(COUNT, Number(process.env.BENCH_FILES ?? 200));
const MERGE_N = Math.min(COUNT, Number(process.env.BENCH_MERGE ?? 1000));
const SAMPLE = Math.min(COUNT, Number(process.env.BENCH_REFERENCE_SAMPLE ?? 300));
const REAL_ROUNDS = Number(process.env.BENCH_REAL_ROUNDS ?? 40);
/** The real-style statements: written for the project in the genre's style, and the bundled real one. */
const REAL_STYLE = ["test/fixtures/genre-statements", "test/fixtures/dialogue-series", "test/fixtures/constructions", "corpus"];
const TARGET_WPS = 200_000;
const TARGET_RATIO = 5;
const TARGET_RSS = 1024 ** 3;

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MiB`;
const verdict = (ok: boolean) => (ok ? "PASS" : "MISS");
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
};

const lexicon = defaultLexicon();

// Generate once, outside the timed loop (the generator is not what is measured).
let t = performance.now();
const texts: string[] = [];
let totalWords = 0;
for (let i = 0; i < COUNT; i++) {
  const s = syntheticStatement(i + 1);
  texts.push(s.text);
  totalWords += s.words;
}
console.log(`corpus: ${fmt(COUNT)} synthetic statements, ${fmt(totalWords)} words (${fmt(totalWords / COUNT)} per statement), generated in ${((performance.now() - t) / 1000).toFixed(1)} s (seeds 1..${COUNT}, in memory)`);

// Warm-up (JIT, lexicon compile) on statements outside the measured set.
for (let i = 0; i < 20; i++) extractStatement({ source: `warmup-${i}.txt`, format: "txt", content: syntheticStatement(1_000_000 + i).text }, lexicon);

// 1. extractStatement per statement. Each graph is dropped after counting its nodes and edges: merging all
// 10,000 into one graph is O(merged size) per statement in graph/merge.ts (see section 2), so it is measured apart.
let nodes = 0;
let edges = 0;
const cpu0 = process.cpuUsage();
const wall0 = performance.now();
for (let i = 0; i < COUNT; i++) {
  const { graph } = extractStatement({ source: `synthetic/${i + 1}.txt`, format: "txt", content: texts[i] ?? "" }, lexicon);
  nodes += graph.order;
  edges += graph.size;
}
const wall = (performance.now() - wall0) / 1000;
const cpu = cpuSeconds(cpu0);
// The high-water mark of the ingest itself: before the merge and the reference sections add their own.
const ingestRss = process.resourceUsage().maxRSS * 1024;
const loopRate = totalWords / wall;
const cpuRate = totalWords / cpu;
console.log(`extractStatement × ${fmt(COUNT)} (graphs dropped, not merged): ${wall.toFixed(2)} s wall, ${cpu.toFixed(2)} s CPU`);
console.log(`  words/s: ${fmt(loopRate)} (wall), ${fmt(cpuRate)} (CPU time); ${fmt(COUNT / wall)} statements/s; ${fmt(nodes)} nodes, ${fmt(edges)} edges in all per-statement graphs`);

// 2. Merging: the first MERGE_N graphs into one, timing mergeInto alone, per quarter (growth = super-linear merge).
{
  const merged = createGraph();
  const quarter = Math.max(1, Math.floor(MERGE_N / 4));
  const perQuarter: string[] = [];
  let mergeCpu = 0;
  let totalMergeCpu = 0;
  for (let i = 0; i < MERGE_N; i++) {
    const { graph } = extractStatement({ source: `synthetic/${i + 1}.txt`, format: "txt", content: texts[i] ?? "" }, lexicon);
    const c = process.cpuUsage();
    mergeInto(merged, graph);
    const spent = cpuSeconds(c);
    mergeCpu += spent;
    totalMergeCpu += spent;
    if ((i + 1) % quarter === 0) {
      perQuarter.push(`${((1000 * mergeCpu) / quarter).toFixed(1)}`);
      mergeCpu = 0;
    }
  }
  console.log(
    `mergeInto of the first ${fmt(MERGE_N)} graphs into one: ${totalMergeCpu.toFixed(2)} s CPU (merge alone ≈ ${fmt(totalWords / COUNT / (totalMergeCpu / MERGE_N))} words/s at this size); CPU ms per statement by quarter: ${perQuarter.join(" → ")}; merged graph ${fmt(merged.order)} nodes, ${fmt(merged.size)} edges`,
  );
}

// Per-stage split on a sample: clean + sentences alone vs the whole extractor.
const stageSample = texts.slice(0, Math.min(COUNT, 1000));
const stageWords = stageSample.reduce((n, s) => n + s.split(/\s+/).filter(Boolean).length, 0);
t = performance.now();
let sentenceCount = 0;
for (const text of stageSample) sentenceCount += splitSentences(cleanContent(text, "txt")).length;
const cleanMs = performance.now() - t;
t = performance.now();
for (let i = 0; i < stageSample.length; i++) extractStatement({ source: `stage/${i}.txt`, format: "txt", content: stageSample[i] ?? "" }, lexicon);
const fullMs = performance.now() - t;
console.log(
  `  stages over ${fmt(stageSample.length)} statements: clean+sentences ${fmt(cleanMs)} ms (${((100 * cleanMs) / fullMs).toFixed(0)}%, ${fmt(stageWords / (cleanMs / 1000))} words/s, ${fmt(sentenceCount)} sentences), mentions+threats+relations+graph ${fmt(fullMs - cleanMs)} ms (${((100 * (fullMs - cleanMs)) / fullMs).toFixed(0)}%)`,
);

// 3. ingestPaths over files (a subset).
const dir = mkdtempSync(join(tmpdir(), "briefgraph-ingest-bench-"));
try {
  let fileWords = 0;
  for (let i = 0; i < FILES; i++) {
    const text = texts[i] ?? "";
    writeFileSync(join(dir, `synthetic-${String(i + 1).padStart(6, "0")}.txt`), text);
    fileWords += text.split(/\s+/).filter(Boolean).length;
  }
  const c = process.cpuUsage();
  t = performance.now();
  const { graph, statements } = await ingestPaths([dir]);
  const s = (performance.now() - t) / 1000;
  console.log(
    `ingestPaths on ${fmt(FILES)} files (${fmt(fileWords)} words): ${s.toFixed(2)} s wall, ${cpuSeconds(c).toFixed(2)} s CPU, ${fmt(fileWords / s)} words/s; ${statements.length} statements, ${fmt(graph.order)} nodes`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// 4. Reference: compromise sentences over a sample of the same statements.
const sample = texts.slice(0, SAMPLE);
const sampleWords = sample.reduce((n, s) => n + s.split(/\s+/).filter(Boolean).length, 0);
const warmSentences = nlp(texts[0] ?? "").sentences().length; // warm-up
let refSentences = 0;
const rc = process.cpuUsage();
t = performance.now();
for (const text of sample) refSentences += nlp(text).sentences().length;
const refSeconds = (performance.now() - t) / 1000;
const refCpu = cpuSeconds(rc);
const refRate = sampleWords / refSeconds;
console.log(
  `reference compromise nlp(text).sentences(): ${fmt(SAMPLE)} of ${fmt(COUNT)} statements (${fmt(sampleWords)} words, ${fmt(refSentences)} sentences; ${warmSentences} in statement 1) in ${refSeconds.toFixed(2)} s wall, ${refCpu.toFixed(2)} s CPU → ${fmt(refRate)} words/s` +
    (SAMPLE < COUNT ? ` (extrapolated from the sample: the whole corpus would take ~${(totalWords / refRate).toFixed(0)} s)` : ""),
);

const ratio = loopRate / refRate;
const cpuRatio = cpuRate / (sampleWords / refCpu);
const rss = process.resourceUsage().maxRSS * 1024;
console.log(`peak RSS: ${mib(ingestRss)} after the ingest loop (all corpus texts in memory); ${mib(rss)} for the whole process (plus the merged graph of section 2 and compromise)`);
console.log(`targets: ingest ≥ ${fmt(TARGET_WPS)} words/s (extractStatement loop, wall, one core): ${fmt(loopRate)} ${verdict(loopRate >= TARGET_WPS)} (by CPU time: ${fmt(cpuRate)} ${verdict(cpuRate >= TARGET_WPS)})`);
console.log(`         ≥ ${TARGET_RATIO}× compromise sentences() (wall/wall): ${ratio.toFixed(2)}× ${verdict(ratio >= TARGET_RATIO)} (CPU/CPU: ${cpuRatio.toFixed(2)}× ${verdict(cpuRatio >= TARGET_RATIO)})`);
console.log(`         peak RSS < 1 GiB: ingest ${mib(ingestRss)} ${verdict(ingestRss < TARGET_RSS)}; whole process ${mib(rss)} ${verdict(rss < TARGET_RSS)}`);

// 5. Real-style statements: the same two figures, on text denser in names than the synthetic one.
const root = join(import.meta.dirname, "..");
const realRaw: RawStatement[] = [];
for (const file of await collectInputs(REAL_STYLE.map((d) => join(root, d)))) realRaw.push(await readStatement(file));
const realDocs = realRaw.map((raw) => extractStatement(raw, lexicon).doc);
const realWords = realDocs.reduce((n, d) => n + d.words, 0);
for (const raw of realRaw) extractStatement(raw, lexicon); // warm-up
const realCpu0 = process.cpuUsage();
const realWall0 = performance.now();
for (let r = 0; r < REAL_ROUNDS; r++) for (const raw of realRaw) extractStatement(raw, lexicon);
const realWall = (performance.now() - realWall0) / 1000;
const realCpu = cpuSeconds(realCpu0);
const realRate = (realWords * REAL_ROUNDS) / realWall;
const realCpuRate = (realWords * REAL_ROUNDS) / realCpu;
// compromise reads the clean text (HTML and Markdown markup would not be fair to it).
const refRounds = Math.max(1, Math.round(REAL_ROUNDS / 4));
const realRc = process.cpuUsage();
t = performance.now();
for (let r = 0; r < refRounds; r++) for (const d of realDocs) nlp(d.text).sentences();
const realRefRate = (realWords * refRounds) / ((performance.now() - t) / 1000);
const realRefCpuRate = (realWords * refRounds) / cpuSeconds(realRc);
console.log(
  `real-style statements (${REAL_STYLE.join(", ")}): ${realRaw.length} statements, ${fmt(realWords)} words, × ${REAL_ROUNDS} rounds: ${realWall.toFixed(2)} s wall, ${realCpu.toFixed(2)} s CPU → ${fmt(realRate)} words/s (wall), ${fmt(realCpuRate)} (CPU); compromise sentences() × ${refRounds}: ${fmt(realRefRate)} words/s (wall), ${fmt(realRefCpuRate)} (CPU)`,
);
const realRatio = realRate / realRefRate;
const realCpuRatio = realCpuRate / realRefCpuRate;
console.log(`         real-style ≥ ${TARGET_RATIO}× compromise sentences() (wall/wall): ${realRatio.toFixed(2)}× ${verdict(realRatio >= TARGET_RATIO)} (CPU/CPU: ${realCpuRatio.toFixed(2)}× ${verdict(realCpuRatio >= TARGET_RATIO)}); ${fmt(realRate)} words/s is ${(realRate / loopRate).toFixed(2)}× the synthetic rate (CPU: ${(realCpuRate / cpuRate).toFixed(2)}×)`);

// 6. Where the time goes, per word, on each kind of text: the extractor's stages under the sampling profiler,
// then merging the set's graphs into one and writing it as a store would be written.
interface TextSet {
  name: string;
  raws: readonly RawStatement[];
  rounds: number;
}
const synthSet: TextSet = { name: "synthetic", raws: texts.slice(0, 200).map((content, i) => ({ source: `stage/${i}.txt`, format: "txt", content })), rounds: 1 };
const realSet: TextSet = { name: "real-style", raws: realRaw, rounds: Math.max(1, Math.round(REAL_ROUNDS / 4)) };
interface Breakdown {
  /** Words profiled (the set × its rounds). */
  words: number;
  /** Words of the set once (what was merged and written). */
  setWords: number;
  stages: StageShare[];
  mergeSeconds: number;
  writeSeconds: number;
  density: string;
}
async function breakdown(set: TextSet): Promise<Breakdown> {
  const results = set.raws.map((raw) => extractStatement(raw, lexicon));
  const words = results.reduce((n, r) => n + r.doc.words, 0);
  const stages = await profileStages(() => {
    for (let r = 0; r < set.rounds; r++) for (const raw of set.raws) extractStatement(raw, lexicon);
  });
  let c = process.cpuUsage();
  const merged = createGraph();
  for (const r of results) mergeInto(merged, r.graph);
  const mergeSeconds = cpuSeconds(c);
  c = process.cpuUsage();
  const out = mkdtempSync(join(tmpdir(), "briefgraph-ingest-bench-store-"));
  try {
    // What writeStore writes: the store's own records (store-format.ts), not graphology's JSON.
    writeFileSync(join(out, "graph.json"), encodeStore(merged).text);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  const writeSeconds = cpuSeconds(c);
  // What the text holds per word: sentence length, capitalised tokens (name candidates), entities and relations.
  let caps = 0;
  let sentences = 0;
  let entities = 0;
  let relations = 0;
  let distinct = 0;
  for (const r of results) {
    distinct += r.graph.order - 1;
    sentences += r.sentences.length;
    for (const s of r.sentences) for (const tok of tokenize(s.text)) if (tok.cap) caps++;
    r.graph.forEachNode((_k, a) => {
      if (a.type !== "Statement") entities += a.mentions;
    });
    r.graph.forEachEdge((_k, a) => {
      if (a.type !== "MENTIONED_IN") relations += a.evidence.length;
    });
  }
  const per100 = (n: number) => ((100 * n) / words).toFixed(1);
  const density = `${fmt(words / results.length)} words/statement, ${(words / sentences).toFixed(1)} words/sentence; per 100 words: ${per100(caps)} capitalised tokens, ${per100(distinct)} distinct entities (new names to resolve), ${per100(entities)} entity mentions (sentences × entities), ${per100(relations)} relation quotes`;
  return { words: words * set.rounds, setWords: words, stages, mergeSeconds, writeSeconds, density };
}
const perWord = (seconds: number, words: number) => (1e6 * seconds) / words;
const [synthStages, realStages] = [await breakdown(synthSet), await breakdown(realSet)];
const allStages = [...new Set([...synthStages.stages, ...realStages.stages].map((x) => x.stage))];
const secondsOf = (b: Breakdown, stage: string) => b.stages.find((x) => x.stage === stage)?.seconds ?? 0;
const totalOf = (b: Breakdown) => b.stages.reduce((n, x) => n + x.seconds, 0);
const rows = allStages
  .map((stage) => ({ stage, synth: perWord(secondsOf(synthStages, stage), synthStages.words), real: perWord(secondsOf(realStages, stage), realStages.words) }))
  .sort((a, b) => b.real - a.real);
const cell = (n: number) => n.toFixed(2).padStart(8);
console.log(`where the time goes, µs of CPU per word (sampling profiler over ${fmt(synthStages.words)} synthetic and ${fmt(realStages.words)} real-style words; under load every figure grows, the shares less):`);
console.log(`  ${"stage".padEnd(34)} ${"synthetic".padStart(9)} ${"real-style".padStart(10)}  real/synth`);
for (const r of rows) console.log(`  ${r.stage.padEnd(34)} ${cell(r.synth)}  ${cell(r.real)}   ${r.synth > 0 ? `${(r.real / r.synth).toFixed(1)}×` : "—"}`);
const synthTotal = perWord(totalOf(synthStages), synthStages.words);
const realTotal = perWord(totalOf(realStages), realStages.words);
console.log(`  ${"extraction in all".padEnd(34)} ${cell(synthTotal)}  ${cell(realTotal)}   ${(realTotal / synthTotal).toFixed(1)}×`);
console.log(`  ${"merge (the set's graphs into one)".padEnd(34)} ${cell(perWord(synthStages.mergeSeconds, synthStages.setWords))}  ${cell(perWord(realStages.mergeSeconds, realStages.setWords))}`);
console.log(`  ${"store write (serialise + file)".padEnd(34)} ${cell(perWord(synthStages.writeSeconds, synthStages.setWords))}  ${cell(perWord(realStages.writeSeconds, realStages.setWords))}`);
console.log(`  density: synthetic ${synthStages.density}`);
console.log(`           real-style ${realStages.density}`);
// Why real text is slower: the stages that cost it most per word beyond what they cost synthetic text, the per-statement
// costs spread over fewer words (its statements are shorter), and what the text holds per word.
const extra = rows
  .map((r) => ({ stage: r.stage, more: r.real - r.synth }))
  .filter((r) => r.more > 0)
  .sort((a, b) => b.more - a.more)
  .slice(0, 4);
const wordsPer = (b: Breakdown, set: TextSet) => b.setWords / set.raws.length;
console.log(
  `  why real-style text is ${realTotal > synthTotal ? "slower" : "not slower"} per word (${realTotal.toFixed(2)} vs ${synthTotal.toFixed(2)} µs): ` +
    (extra.length ? `${extra.map((r) => `${r.stage} +${r.more.toFixed(2)}`).join(", ")} µs/word; ` : "") +
    `statements of ${fmt(wordsPer(realStages, realSet))} words against ${fmt(wordsPer(synthStages, synthSet))} (per-statement work — cleaning, the document, the graph — spread over fewer words); and the density above (more names and distinct entities per word to find and resolve).`,
);

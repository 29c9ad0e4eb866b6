/**
 * Ingest speed on one core: BENCH_STATEMENTS (default 10,000) seeded synthetic statements in the genre
 * (bench/synthetic-statements.ts, ~800–1,200 words each), generated in memory and each run through the real
 * `extractStatement`; each graph is dropped after counting (memory never holds 10,000 graphs). Merging is timed
 * apart on the first BENCH_MERGE (default 1,000) graphs, since mergeInto's cost grows with the merged graph.
 * Then a subset (BENCH_FILES, default 200) written as files to a temp dir goes through `ingestPaths`.
 * Reference: compromise's `nlp(text).sentences()` over a sample (BENCH_REFERENCE_SAMPLE, default 300) of the same
 * statements, extrapolated to words/s. Targets: ≥ 200,000 words/s, ≥ 5× the reference, peak RSS < 1 GiB.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nlp from "compromise";
import { createGraph } from "../graph/model.ts";
import { mergeInto } from "../graph/merge.ts";
import { cleanContent } from "../ingest/clean.ts";
import { defaultLexicon, extractStatement, ingestPaths } from "../ingest/index.ts";
import { splitSentences } from "../ingest/sentences.ts";
import { syntheticStatement } from "./synthetic-statements.ts";

const COUNT = Number(process.env.BENCH_STATEMENTS ?? 10_000);
const FILES = Math.min(COUNT, Number(process.env.BENCH_FILES ?? 200));
const MERGE_N = Math.min(COUNT, Number(process.env.BENCH_MERGE ?? 1000));
const SAMPLE = Math.min(COUNT, Number(process.env.BENCH_REFERENCE_SAMPLE ?? 300));
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

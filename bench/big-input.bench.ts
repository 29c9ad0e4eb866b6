/**
 * Big inputs and the store's size (issue 13, defect 3). Each case runs `briefgraph ingest` into a fresh store in its
 * own process (peak RSS per case):
 *   - the seed statement, and BENCH_SIZE_STATEMENTS (default 10,000) synthetic statements in one store: store bytes
 *     per input MB, in this format (each quoted sentence once) and in the format before it (every evidence quoting
 *     its sentence: graphology's JSON of the same graph, what the store held until then);
 *   - one statement of 100,000 sentences (~16 MB, synthetic statements run together): time and peak RSS (targets
 *     < 30 s, < 1 GiB), store size;
 *   - a 2 MB single line with no full stop (one run-on "sentence"): time, peak RSS, store size.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { readStore, serializeGraph } from "../graph/index.ts";
import { jsonBytes } from "./json-bytes.ts";
import { syntheticStatement } from "./synthetic-statements.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SEED = join(ROOT, "corpus/kidd-25-joint-press-statement.txt");
const STATEMENTS = Number(process.env.BENCH_SIZE_STATEMENTS ?? 10_000);
const SENTENCES = 100_000;
const TARGET_SECONDS = 30;
const TARGET_RSS = 1024 ** 3;

const ReportSchema = z.object({ seconds: z.number(), cpu: z.number(), rss: z.number() });
const mb = (bytes: number) => bytes / 1e6;
const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MiB`;
const verdict = (ok: boolean) => (ok ? "PASS" : "MISS");

/** The child: one ingest, timed, printing its time, CPU and peak RSS as JSON on the last line. */
if (process.argv[2] === "--child") {
  const { main } = await import("../cli/main.ts");
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const code = await main([process.argv[0] ?? "node", "briefgraph", "ingest", ...process.argv.slice(3)]);
  const cpu = process.cpuUsage(cpu0);
  console.log(JSON.stringify({ seconds: (performance.now() - t0) / 1000, cpu: (cpu.user + cpu.system) / 1e6, rss: process.resourceUsage().maxRSS * 1024 }));
  process.exit(code);
}

function ingest(inputs: string[], store: string, extra: string[] = []): z.infer<typeof ReportSchema> {
  const run = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--child", ...inputs, "--store", store, ...extra], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`ingest failed (${run.status}): ${run.stderr}`);
  const last = run.stdout.trim().split("\n").pop() ?? "";
  return ReportSchema.parse(JSON.parse(last));
}

async function sizes(label: string, inputBytes: number, store: string, report: z.infer<typeof ReportSchema>): Promise<void> {
  const after = statSync(store).size;
  // graphology's JSON of the same graph and its newline, counted without making it (it can be longer than a string may be).
  const before = jsonBytes(serializeGraph(await readStore(store))) + 1;
  console.log(
    `${label}: input ${mb(inputBytes).toFixed(2)} MB; ingest ${report.seconds.toFixed(1)} s wall, ${report.cpu.toFixed(1)} s CPU, peak RSS ${mib(report.rss)}\n` +
      `  store ${mb(after).toFixed(2)} MB = ${(after / inputBytes).toFixed(2)} MB per input MB (before, every evidence quoting its sentence: ${mb(before).toFixed(2)} MB = ${(before / inputBytes).toFixed(2)} per input MB; ${(before / after).toFixed(1)}× smaller now)`,
  );
}

const dir = mkdtempSync(join(tmpdir(), "briefgraph-big-input-"));
try {
  // 1. The seed statement.
  {
    const store = join(dir, "seed.json");
    await sizes("seed statement", statSync(SEED).size, store, ingest([SEED], store));
  }

  // 2. The synthetic corpus, one file per statement.
  {
    const folder = join(dir, "synthetic");
    let bytes = 0;
    mkdirSync(folder);
    for (let i = 1; i <= STATEMENTS; i++) {
      const text = syntheticStatement(i).text;
      writeFileSync(join(folder, `s${String(i).padStart(6, "0")}.txt`), text);
      bytes += Buffer.byteLength(text);
    }
    const store = join(dir, "synthetic.json");
    await sizes(`${STATEMENTS.toLocaleString("en-US")} synthetic statements`, bytes, store, ingest([folder], store));
  }

  // 3. One statement of 100,000 sentences: synthetic statements run together (each one's body, one title).
  {
    const parts: string[] = [];
    const count = (text: string) => (text.match(/[.!?](?=\s|$)/g) ?? []).length;
    let sentences = 0;
    for (let i = 1; sentences < SENTENCES; i++) {
      const text = syntheticStatement(i).text;
      const body = i === 1 ? text : text.split("\n").slice(1).join("\n");
      parts.push(body);
      sentences += count(body);
    }
    const path = join(dir, "hundred-thousand-sentences.txt");
    writeFileSync(path, parts.join("\n\n"));
    const store = join(dir, "big.json");
    const report = ingest([path], store);
    await sizes(`one statement of ~${SENTENCES.toLocaleString("en-US")} sentences`, statSync(path).size, store, report);
    console.log(
      `  targets: < ${TARGET_SECONDS} s: ${report.seconds.toFixed(1)} s wall ${verdict(report.seconds < TARGET_SECONDS)} (CPU ${report.cpu.toFixed(1)} s ${verdict(report.cpu < TARGET_SECONDS)}); < 1 GiB: ${mib(report.rss)} ${verdict(report.rss < TARGET_RSS)}`,
    );

    // 4. The same words as one 2 MB line without a full stop.
    const line = readFileSync(path, "utf8").replace(/\s*\n\s*/g, " ").replace(/[.!?](?=\s|$)/g, ";").slice(0, 2_000_000);
    const linePath = join(dir, "one-line.txt");
    writeFileSync(linePath, line);
    const lineStore = join(dir, "line.json");
    await sizes("a 2 MB single line without a full stop", statSync(linePath).size, lineStore, ingest([linePath], lineStore));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

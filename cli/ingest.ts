/** CLI adapter for extract, ingest, stats, eval and start: files in, graphs and reports out. */
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { SingleBar, Presets } from "cli-progress";
import { BriefgraphError } from "../graph/errors.ts";
import { mergeInto } from "../graph/merge.ts";
import { graphStats, type GraphStats } from "../graph/stats.ts";
import { graphToJson, readStore, resolveStorePath, writeStore } from "../graph/store.ts";
import { compileLexicon, defaultLexicon, evaluate, ingestPaths, parseGold, type EvalReport, type Lexicon } from "../ingest/index.ts";
import { LexiconDataSchema, bundledLexiconData } from "../ingest/lexicon.ts";
import { parsePort, serveUntilStopped } from "./serve.ts";

const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const BUNDLED_CORPUS = join(PACKAGE_ROOT, "corpus");

async function readJson(path: string, code: "GOLD_INVALID" | "LEXICON_INVALID"): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (cause) {
    const missing = cause instanceof Error && "code" in cause && cause.code === "ENOENT";
    throw new BriefgraphError(missing ? "INPUT_NOT_FOUND" : "INPUT_UNREADABLE", `${path}: ${missing ? "no such file" : "cannot read"}`, { cause });
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new BriefgraphError(code, `${path}: not valid JSON (${cause instanceof Error ? cause.message : String(cause)})`, { cause });
  }
}

/** The bundled lexicon, extended by the user's file when given. */
export async function loadLexicon(path: string | undefined): Promise<Lexicon> {
  if (!path) return defaultLexicon();
  const data = LexiconDataSchema.safeParse(await readJson(path, "LEXICON_INVALID"));
  if (!data.success) {
    const issue = data.error.issues[0];
    throw new BriefgraphError("LEXICON_INVALID", `${path}: not a lexicon (${issue ? `${issue.path.join(".")}: ${issue.message}` : "invalid"})`);
  }
  return compileLexicon(bundledLexiconData(), data.data);
}

function progressBar(): { update: (done: number, total: number) => void; stop: () => void } {
  if (!process.stderr.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar({ format: "ingest [{bar}] {value}/{total} statements", stream: process.stderr, clearOnComplete: true }, Presets.shades_classic);
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    },
    stop: () => started && bar.stop(),
  };
}

export function formatStats(stats: GraphStats): string {
  const lines = [`statements: ${stats.statements}`, `nodes: ${stats.nodes}`];
  for (const [type, n] of Object.entries(stats.byType)) lines.push(`  ${type.padEnd(16)} ${n}`);
  lines.push(`edges: ${stats.edges}`);
  for (const [type, n] of Object.entries(stats.byEdgeType)) lines.push(`  ${type.padEnd(16)} ${n}`);
  return `${lines.join("\n")}\n`;
}

export function formatEval(report: EvalReport): string {
  const row = (label: string, s: EvalReport["entities"] | EvalReport["relations"]) =>
    `${label.padEnd(10)} precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (matched ${s.matched}/${s.scored} scored, ${s.requiredMatched}/${s.required} required)`;
  const lines = [row("entities", report.entities), row("relations", report.relations)];
  if (report.entities.duplicates.length) lines.push(`duplicates: ${report.entities.duplicates.join("; ")}`);
  if (report.entities.missed.length) lines.push(`missed entities: ${report.entities.missed.join("; ")}`);
  if (report.entities.unmatched.length) lines.push(`unmatched entities: ${report.entities.unmatched.join("; ")}`);
  if (report.relations.missed.length) lines.push(`missed relations:\n  ${report.relations.missed.join("\n  ")}`);
  if (report.relations.unmatched.length) lines.push(`unmatched relations:\n  ${report.relations.unmatched.join("\n  ")}`);
  return `${lines.join("\n")}\n`;
}

function parseFormat<T extends string>(value: string, allowed: readonly T[]): T {
  const hit = allowed.find((a) => a === value);
  if (!hit) throw new BriefgraphError("USAGE", `--format ${value}: expected one of ${allowed.join(", ")}`);
  return hit;
}

/** Ingests `paths` into the store at `storePath` (merged with what it holds) and returns the new counts. */
export async function ingestIntoStore(paths: readonly string[], storePath: string, lexicon: Lexicon): Promise<GraphStats> {
  const store = await readStore(storePath, { missingOk: true });
  const bar = progressBar();
  try {
    const { graph } = await ingestPaths(paths, { lexicon, onProgress: (done, total) => bar.update(done, total) });
    mergeInto(store, graph);
  } finally {
    bar.stop();
  }
  await writeStore(storePath, store);
  return graphStats(store);
}

export function registerIngestCommands(program: Command): void {
  program
    .command("extract")
    .description("Extract the graph of statements and print it as graphology JSON (the same input gives the same bytes).")
    .argument("<files...>", "statement files or folders (.txt, .md, .html)")
    .option("--lexicon <path>", "a JSON lexicon that extends the bundled one")
    .action(async (files: string[], opts: { lexicon?: string }) => {
      const { graph } = await ingestPaths(files, { lexicon: await loadLexicon(opts.lexicon) });
      process.stdout.write(graphToJson(graph));
    });

  program
    .command("ingest")
    .description("Extract statements (files or folders, recursively) and merge them into the store.")
    .argument("<paths...>", "statement files or folders")
    .option("--store <path>", "graph store (default .briefgraph/graph.json or $BRIEFGRAPH_STORE)")
    .option("--lexicon <path>", "a JSON lexicon that extends the bundled one")
    .action(async (paths: string[], opts: { store?: string; lexicon?: string }) => {
      const storePath = resolveStorePath(opts.store);
      const stats = await ingestIntoStore(paths, storePath, await loadLexicon(opts.lexicon));
      process.stdout.write(`store: ${storePath}\n${formatStats(stats)}`);
    });

  program
    .command("stats")
    .description("Count the store's nodes and edges by type.")
    .option("--store <path>", "graph store")
    .option("--format <format>", "table or json", "table")
    .action(async (opts: { store?: string; format: string }) => {
      const format = parseFormat(opts.format, ["table", "json"] as const);
      const stats = graphStats(await readStore(resolveStorePath(opts.store)));
      process.stdout.write(format === "json" ? `${JSON.stringify(stats, null, 2)}\n` : formatStats(stats));
    });

  program
    .command("eval")
    .description("Score extraction against gold annotations: entity and relation precision, recall and F1.")
    .requiredOption("--gold <path>", "gold annotation file (*.gold.json)")
    .argument("<files...>", "the statement(s) the gold annotates")
    .option("--format <format>", "table or json", "table")
    .option("--lexicon <path>", "a JSON lexicon that extends the bundled one")
    .action(async (files: string[], opts: { gold: string; format: string; lexicon?: string }) => {
      const format = parseFormat(opts.format, ["table", "json"] as const);
      const gold = parseGold(await readJson(opts.gold, "GOLD_INVALID"), opts.gold);
      const { graph } = await ingestPaths(files, { lexicon: await loadLexicon(opts.lexicon) });
      const report = evaluate(graph, gold);
      process.stdout.write(format === "json" ? `${JSON.stringify(report, null, 2)}\n` : formatEval(report));
    });

  program
    .command("start")
    .description("Ingest the bundled corpus into the store, print the summary and serve the viewer.")
    .option("--store <path>", "graph store")
    .option("--port <port>", "viewer port", "5173")
    .option("--host <host>", "viewer interface", "127.0.0.1")
    .option("--no-serve", "ingest and print the summary only")
    .action(async (opts: { store?: string; port: string; host: string; serve: boolean }) => {
      // A bad --port is refused before anything is ingested or written.
      const port = opts.serve ? parsePort(opts.port) : 0;
      const storePath = resolveStorePath(opts.store);
      const stats = await ingestIntoStore([BUNDLED_CORPUS], storePath, defaultLexicon());
      process.stdout.write(`store: ${storePath}\n${formatStats(stats)}`);
      if (!opts.serve) return;
      await serveUntilStopped({ storePath, port, host: opts.host });
    });
}

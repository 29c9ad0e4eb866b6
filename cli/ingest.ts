/** CLI adapter for extract, ingest, stats, eval and start: files in, graphs and reports out. */
import { join } from "node:path";
import type { Command } from "commander";
import { BriefgraphError } from "../graph/errors.ts";
import { graphStats, type GraphStats } from "../graph/stats.ts";
import { packageRoot } from "../graph/package-root.ts";
import { graphToJson, readStore, resolveStorePath } from "../graph/store.ts";
import { parseIsoDay } from "../history/dates.ts";
import type { EvalReport } from "../ingest/index.ts";
import { parsePort, serveUntilStopped } from "./serve.ts";
import { checkBind } from "../viewer/server/guard.ts";

/** The extractor's commands' work, loaded when one of them runs. */
const actions = () => import("./ingest-actions.ts");

export const BUNDLED_CORPUS = join(packageRoot(import.meta.url), "corpus");

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

const MAX_BYTES_FLAG = ["--max-statement-bytes <bytes>", "refuse statement files larger than this (default 33554432, 32 MiB)"] as const;

/** The --max-statement-bytes value: a positive whole number of bytes. */
export function parseMaxBytes(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n <= 0) throw new BriefgraphError("USAGE", `--max-statement-bytes ${value}: expected a positive number of bytes`);
  return n;
}

/** What ingest reads but skips in a folder goes to stderr, one line each. */
function reportSkip(path: string, reason: string): void {
  process.stderr.write(`skipped ${path}: ${reason}\n`);
}

function parseFormat<T extends string>(value: string, allowed: readonly T[]): T {
  const hit = allowed.find((a) => a === value);
  if (!hit) throw new BriefgraphError("USAGE", `--format ${value}: expected one of ${allowed.join(", ")}`);
  return hit;
}

export function registerIngestCommands(program: Command): void {
  program
    .command("extract")
    .description("Extract the graph of statements and print it as graphology JSON (the same input gives the same bytes).")
    .argument("<files...>", "statement files or folders (.txt, .md, .html)")
    .option("--lexicon <path>", "a JSON lexicon that extends the bundled one")
    .option(...MAX_BYTES_FLAG)
    .action(async (files: string[], opts: { lexicon?: string; maxStatementBytes?: string }) => {
      const maxStatementBytes = parseMaxBytes(opts.maxStatementBytes);
      const { ingestPaths, loadLexicon } = await actions();
      const { graph } = await ingestPaths(files, { lexicon: await loadLexicon(opts.lexicon), maxStatementBytes, onSkip: reportSkip });
      process.stdout.write(graphToJson(graph));
    });

  program
    .command("ingest")
    .description("Extract statements (files or folders, recursively) and merge them into the store.")
    .argument("<paths...>", "statement files or folders")
    .option("--store <path>", "graph store (default .briefgraph/graph.json or $BRIEFGRAPH_STORE)")
    .option("--lexicon <path>", "a JSON lexicon that extends the bundled one")
    .option("--date <YYYY-MM-DD>", "the date of statements whose text gives none")
    .option(...MAX_BYTES_FLAG)
    .action(async (paths: string[], opts: { store?: string; lexicon?: string; date?: string; maxStatementBytes?: string }) => {
      const date = opts.date === undefined ? undefined : parseIsoDay(opts.date, "--date");
      const maxStatementBytes = parseMaxBytes(opts.maxStatementBytes);
      const storePath = resolveStorePath(opts.store);
      const { ingestIntoStore, loadLexicon } = await actions();
      const stats = await ingestIntoStore(paths, storePath, await loadLexicon(opts.lexicon), { maxStatementBytes, onSkip: reportSkip, ...(date === undefined ? {} : { date }) });
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
      const { evaluate, ingestPaths, loadLexicon, parseGold, readJson } = await actions();
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
    .option("--host <host>", "viewer interface (not loopback: needs --allow-host)", "127.0.0.1")
    .option("--allow-host <name>", "a Host name browsers may use (repeatable)", (value: string, previous: string[]) => [...previous, value], [])
    .option("--no-serve", "ingest and print the summary only")
    .action(async (opts: { store?: string; port: string; host: string; allowHost: string[]; serve: boolean }) => {
      // A bad --port or bind is refused before anything is ingested or written.
      const port = opts.serve ? parsePort(opts.port) : 0;
      if (opts.serve) checkBind(opts.host, opts.allowHost);
      const storePath = resolveStorePath(opts.store);
      const { defaultLexicon, ingestIntoStore } = await actions();
      const stats = await ingestIntoStore([BUNDLED_CORPUS], storePath, defaultLexicon());
      process.stdout.write(`store: ${storePath}\n${formatStats(stats)}`);
      if (!opts.serve) return;
      await serveUntilStopped({ storePath, port, host: opts.host, allowHosts: opts.allowHost });
    });
}

/**
 * Bulk load: the store as CSV (export/formats/csv.ts, without the spreadsheet guard, streamed to the files a chunk
 * at a time: csv-stream.ts) imported offline by
 * `neo4j-admin database import full` into a new database of a Neo4j home. Gives the graph the online
 * load gives (same labels, types and properties) once `briefgraph load --schema-only` has run on the started
 * server (afterBulkCypher). Node only.
 */
import { createWriteStream, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { z } from "zod";
import { csvStreams, type CsvTableStream } from "../export/formats/csv-stream.ts";
import { BriefgraphError } from "../graph/errors.ts";
import type { BriefGraph } from "../graph/model.ts";
import { packageRoot } from "../graph/package-root.ts";
import { MARKER_LABEL, schemaCypher } from "./load-plan.ts";
import { NEO4J_ADMIN, runJavaTool } from "./neo4j-tools.ts";

/** Neo4j's rule for database names (5.x): a letter, then letters, digits, dots and dashes; 3 to 63 characters. */
export const BulkOptionsSchema = z.object({
  home: z.string().min(1),
  database: z.string().regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, "must be 3-63 letters, digits, dots or dashes, starting with a letter").default("neo4j"),
  /** The importer's JVM heap; its page cache is off-heap. */
  heap: z.string().regex(/^\d+[kmgKMG]$/).default("1g"),
  /**
   * The importer's off-heap memory (its caches and ID map: `--max-off-heap-memory`). Its default, 90% of the
   * machine's free memory, sizes structures it never fills for a briefgraph store; 2g holds the 500,000-element
   * synthetic store (neo4j-admin estimates 1 GiB for it).
   */
  offHeap: z.string().regex(/^\d+[kmgKMG]$/).default("2g"),
});
export type BulkOptions = z.input<typeof BulkOptionsSchema>;

export interface BulkSummary {
  nodes: number;
  relationships: number;
  /** The whole bulk load: CSV written, importer started and run. */
  seconds: number;
  /** The CSV written (built from the graph and saved). */
  csvSeconds: number;
  /** The neo4j-admin process, from its start to its exit: the JVM's start and the import step. */
  processSeconds: number;
  /** The import step as the importer reports it ("IMPORT DONE in …"). */
  importSeconds: number;
  /** The import step's stages (node import, relationship import, linking, post processing), in seconds. */
  stages: Record<string, number>;
  /** Elements (nodes + relationships) per second of the import step. */
  elementsPerSecond: number;
  byLabel: Record<string, number>;
  byType: Record<string, number>;
  home: string;
  database: string;
}

/** The home `npm run neo4j:start` runs for a Bolt port (NEO4J_BOLT_PORT, default 7687). */
export function defaultNeo4jHome(port = process.env.NEO4J_BOLT_PORT ?? "7687"): string {
  return join(packageRoot(import.meta.url), ".neo4j", "instances", `bolt-${port}`);
}

function nonEmptyDir(path: string): boolean {
  return existsSync(path) && readdirSync(path).length > 0;
}

/** The importer's "1m 2s 345ms" → seconds. */
function durationSeconds(text: string): number {
  let seconds = 0;
  for (const [, n, unit] of text.matchAll(/(\d+)\s*(ms|h|m|s)\b/g)) {
    const v = Number(n);
    seconds += unit === "h" ? v * 3600 : unit === "m" ? v * 60 : unit === "s" ? v : v / 1000;
  }
  return seconds;
}

/** "IMPORT DONE in 1m 2s 345ms." → seconds. */
export function importDoneSeconds(output: string): number | undefined {
  const match = /IMPORT DONE in ([^.\n]+)/.exec(output);
  return match?.[1] ? durationSeconds(match[1]) : undefined;
}

/** The import step's stages as the importer reports them ("Node import COMPLETED in 23s 831ms"), in seconds. */
export function importStages(output: string): Record<string, number> {
  return Object.fromEntries([...output.matchAll(/^(\w[\w ]*?) COMPLETED in ([^\n]+)$/gm)].map(([, stage = "", time = ""]) => [stage, durationSeconds(time)]));
}

function counts(graph: BriefGraph): { byLabel: Record<string, number>; byType: Record<string, number> } {
  const byLabel: Record<string, number> = {};
  const byType: Record<string, number> = {};
  graph.forEachNode((_k, a) => (byLabel[a.type] = (byLabel[a.type] ?? 0) + 1));
  graph.forEachEdge((_k, a) => (byType[a.type] = (byType[a.type] ?? 0) + 1));
  const sorted = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { byLabel: sorted(byLabel), byType: sorted(byType) };
}

/** The importer's complaint, in one line: its first ERROR/exception line, else its last line. */
function importerReason(output: string): string {
  const lines = output.split("\n").map((l) => l.trim()).filter(Boolean);
  return (lines.find((l) => /error|exception|invalid|failed/i.test(l)) ?? lines.at(-1) ?? "no output").slice(0, 300);
}

/**
 * What a bulk-loaded database needs once its server runs: the constraints and indexes the online load makes
 * (the importer cannot make them in Community), and the empty lists a CSV cannot carry (neo4j-admin reads an
 * empty cell as no property; the online load stores `aliases: []`). Idempotent, like the online load's schema.
 */
export function afterBulkCypher(): string[] {
  return [
    ...schemaCypher(),
    `MATCH (n:${MARKER_LABEL}) WHERE NOT n:Statement AND n.aliases IS NULL CALL (n) { SET n.aliases = [] } IN TRANSACTIONS OF 10000 ROWS`,
    `MATCH (:${MARKER_LABEL})-[r:MENTIONED_IN]->(:${MARKER_LABEL}) WHERE r.sentences IS NULL CALL (r) { SET r.sentences = [] } IN TRANSACTIONS OF 10000 ROWS`,
  ];
}

/**
 * A table's rows streamed to `<dir>/<name>.csv` (the write stream's backpressure respected: a chunk is made only
 * when the file takes more), then its header, final now, to `<dir>/<name>.header.csv`. Returns neo4j-admin's
 * file list for the table: header first.
 */
async function writeTable(dir: string, name: string, table: CsvTableStream): Promise<string> {
  const rows = join(dir, `${name}.csv`);
  const head = join(dir, `${name}.header.csv`);
  const file = createWriteStream(rows);
  await pipeline(Readable.from(table.rows), file);
  await writeFile(head, table.header());
  // No rows (a store without relationships): the header alone, as a CSV holding only its header line.
  return file.bytesWritten === 0 ? head : `${head},${rows}`;
}

/** `neo4j-admin database import full`, with the CSV's integer node ids (toCSV's `integerIds`) and list delimiter. */
const IMPORT_ARGS = ["database", "import", "full", "--id-type=integer", "--array-delimiter=U+001F", "--overwrite-destination=false"];

/**
 * The importer's JIT: the client compiler only (C1). The import is a short run of a large program on few cores: the
 * server compiler's (C2) compile threads cost more CPU than its faster code gives back (bench/bulk.bench.ts).
 */
const IMPORTER_JVM_ARGS = ["-XX:TieredStopAtLevel=1"];

export async function bulkLoad(graph: BriefGraph, options: BulkOptions): Promise<BulkSummary> {
  const parsed = BulkOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BriefgraphError("USAGE", `load --bulk: --${issue?.path.join(".") ?? "?"} ${issue?.message ?? "is invalid"}`);
  }
  const { database, heap, offHeap } = parsed.data;
  const home = resolve(parsed.data.home);
  const store = join(home, "data", "databases", database);
  if (nonEmptyDir(store) || nonEmptyDir(join(home, "data", "transactions", database))) {
    throw new BriefgraphError(
      "NEO4J_IMPORT_FAILED",
      `${store}: database "${database}" exists and is not empty; a bulk load only creates a new database (stop the server and remove it, or give another --database)`,
    );
  }
  const conf = join(home, "conf");
  if (!existsSync(join(conf, "neo4j.conf"))) {
    mkdirSync(conf, { recursive: true });
    writeFileSync(join(conf, "neo4j.conf"), "# Written by briefgraph load --bulk: Neo4j's defaults, data under this home.\n");
  }
  const started = performance.now();
  const dir = await mkdtemp(join(tmpdir(), "briefgraph-bulk-"));
  try {
    const csv = csvStreams(graph, { formulaSafe: false, loadCsvSafe: false, integerIds: true });
    const nodes = await writeTable(dir, "nodes", csv.nodes);
    const edges = await writeTable(dir, "edges", csv.edges);
    const written = performance.now();
    const run = await runJavaTool(NEO4J_ADMIN, [...IMPORT_ARGS, database, `--nodes=${nodes}`, `--relationships=${edges}`, `--max-off-heap-memory=${offHeap}`, `--report-file=${join(dir, "import.report")}`], {
      env: { NEO4J_HOME: home, NEO4J_CONF: conf },
      heap,
      jvmArgs: IMPORTER_JVM_ARGS,
    });
    const ended = performance.now();
    const output = `${run.stdout}\n${run.stderr}`;
    if (run.code !== 0) throw new BriefgraphError("NEO4J_IMPORT_FAILED", `neo4j-admin database import into ${store} failed (exit ${run.code}): ${importerReason(output)}`);
    const seconds = (ended - started) / 1000;
    const importSeconds = importDoneSeconds(output) ?? seconds;
    const elements = graph.order + graph.size;
    return {
      nodes: graph.order,
      relationships: graph.size,
      seconds,
      csvSeconds: (written - started) / 1000,
      processSeconds: (ended - written) / 1000,
      importSeconds,
      stages: importStages(output),
      elementsPerSecond: elements / Math.max(importSeconds, 0.001),
      ...counts(graph),
      home,
      database,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

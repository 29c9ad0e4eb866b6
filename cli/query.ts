/** CLI adapter for `load`, `query` and `cypher`: options in, queries/ does the work, text out. */
import { SingleBar } from "cli-progress";
import { Option, type Command } from "commander";
import { z } from "zod";
import { BriefgraphError, readStore, resolveStorePath } from "../graph/index.ts";
import {
  DEFAULT_BATCH_SIZE,
  bulkLoad,
  defaultNeo4jHome,
  afterBulkCypher,
  runStatements,
  type BulkSummary,
  NAMED_QUERIES,
  OutputFormatSchema,
  connectionOptions,
  formatRows,
  loadGraph,
  namedQuery,
  neo4jConfigured,
  neo4jReader,
  openNeo4j,
  parseCypherParams,
  parseStringParams,
  runReadOnlyCypher,
  type Backend,
  type LoadSummary,
  type Neo4jConnection,
} from "../queries/index.ts";

const collect = (value: string, previous: string[]): string[] => [...previous, value];

function withConnectionOptions(command: Command): Command {
  return command
    .option("--uri <uri>", "Neo4j URI (env NEO4J_URI, default bolt://localhost:7687; neo4j:// for clusters)")
    .option("--user <user>", "Neo4j user (env NEO4J_USER, default neo4j)")
    .option("--password <password>", "Neo4j password (env NEO4J_PASSWORD; none: no auth)")
    .option("--database <name>", "Neo4j database (env NEO4J_DATABASE; default: the server's)");
}

const ConnectionFlagsSchema = z.object({
  uri: z.string().optional(),
  user: z.string().optional(),
  password: z.string().optional(),
  database: z.string().optional(),
});

function positiveInt(flag: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new BriefgraphError("USAGE", `${flag} ${value}: expected a positive whole number`);
    return n;
  };
}

function parseFlags<S extends z.ZodType>(command: string, schema: S, flags: unknown): z.infer<S> {
  const parsed = schema.safeParse(flags);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new BriefgraphError("USAGE", `${command}: --${issue?.path.join(".") ?? "?"}: ${issue?.message ?? "invalid option"}`);
}

async function withNeo4j<T>(flags: z.infer<typeof ConnectionFlagsSchema>, work: (conn: Neo4jConnection) => Promise<T>): Promise<T> {
  const conn = await openNeo4j(connectionOptions(flags));
  try {
    return await work(conn);
  } finally {
    await conn.close();
  }
}

function printSummary(summary: LoadSummary): void {
  const elements = summary.nodes + summary.relationships;
  process.stdout.write(
    `loaded ${summary.nodes} nodes and ${summary.relationships} relationships (${elements} elements) in ${summary.seconds.toFixed(2)} s: ` +
      `${Math.round(summary.elementsPerSecond)} elements/s\n`,
  );
  process.stdout.write(`nodes by label: ${Object.entries(summary.byLabel).map(([k, v]) => `${k} ${v}`).join(", ")}\n`);
  process.stdout.write(`relationships by type: ${Object.entries(summary.byType).map(([k, v]) => `${k} ${v}`).join(", ")}\n`);
}

const LoadFlagsSchema = ConnectionFlagsSchema.extend({
  store: z.string().optional(),
  replace: z.boolean().optional(),
  bulk: z.boolean().optional(),
  home: z.string().min(1).optional(),
  schemaOnly: z.boolean().optional(),
  batchSize: z.number().int().min(1).max(100_000).default(DEFAULT_BATCH_SIZE),
});

function printBulkSummary(summary: BulkSummary): void {
  const elements = summary.nodes + summary.relationships;
  process.stdout.write(
    `imported ${summary.nodes} nodes and ${summary.relationships} relationships (${elements} elements) into database "${summary.database}" of ${summary.home}: ` +
      `import step ${summary.importSeconds.toFixed(2)} s as neo4j-admin reports it (${Math.round(summary.elementsPerSecond)} elements/s); ` +
      `neo4j-admin ${summary.processSeconds.toFixed(2)} s with its JVM's start, CSV ${summary.csvSeconds.toFixed(2)} s, ${summary.seconds.toFixed(2)} s in all\n`,
  );
  process.stdout.write(`nodes by label: ${Object.entries(summary.byLabel).map(([k, v]) => `${k} ${v}`).join(", ")}\n`);
  process.stdout.write(`relationships by type: ${Object.entries(summary.byType).map(([k, v]) => `${k} ${v}`).join(", ")}\n`);
  process.stdout.write("start the server on that home, then run `briefgraph load --schema-only` for the constraints and indexes\n");
}

const QueryFlagsSchema = ConnectionFlagsSchema.extend({
  store: z.string().optional(),
  neo4j: z.boolean().optional(),
  list: z.boolean().optional(),
  param: z.array(z.string()),
  format: OutputFormatSchema,
});

const CypherFlagsSchema = ConnectionFlagsSchema.extend({
  param: z.array(z.string()),
  format: OutputFormatSchema,
  timeout: z.number().int().positive(),
  limit: z.number().int().positive(),
  maxBytes: z.number().int().positive(),
});

const formatOption = () => new Option("--format <format>", "output format").choices(["table", "json", "csv"]).default("table");

function listQueries(): string {
  const width = Math.max(...NAMED_QUERIES.map((q) => q.name.length));
  return `${NAMED_QUERIES.map((q) => `${q.name.padEnd(width)}  ${q.description}${q.usage ? `\n${" ".repeat(width)}  params: ${q.usage}` : ""}`).join("\n")}\n`;
}

export function registerQueryCommands(program: Command): void {
  withConnectionOptions(
    program
      .command("load")
      .description("Load the store into Neo4j: constraints, full-text index, batched MERGE (loading twice changes nothing).")
      .option("--store <path>", "the graph store (default .briefgraph/graph.json or BRIEFGRAPH_STORE)")
      .option("--replace", "first remove what briefgraph loaded before")
      .option("--batch-size <n>", `rows per transaction (default ${DEFAULT_BATCH_SIZE})`, positiveInt("--batch-size"))
      .option("--bulk", "offline: write the CSV and run neo4j-admin database import full into a new database (--home, --database)")
      .option("--home <path>", "with --bulk: the Neo4j home (default the one `npm run neo4j:start` runs for NEO4J_BOLT_PORT)")
      .option("--schema-only", "only the constraints, indexes and empty lists a bulk load leaves out (once the server runs)"),
  ).action(async (raw: unknown) => {
    const flags = parseFlags("load", LoadFlagsSchema, raw);
    if (flags.home !== undefined && !flags.bulk) throw new BriefgraphError("USAGE", "load: --home goes with --bulk");
    if (flags.bulk && (flags.replace || flags.schemaOnly)) throw new BriefgraphError("USAGE", "load --bulk creates a new database: it takes no --replace or --schema-only");
    if (flags.schemaOnly) {
      await withNeo4j(flags, (conn) => runStatements(conn, afterBulkCypher()));
      process.stdout.write("constraints, indexes and empty lists in place\n");
      return;
    }
    const graph = await readStore(resolveStorePath(flags.store));
    if (flags.bulk) {
      printBulkSummary(await bulkLoad(graph, { home: flags.home ?? defaultNeo4jHome(), ...(flags.database === undefined ? {} : { database: flags.database }) }));
      return;
    }
    const summary = await withNeo4j(flags, async (conn) => {
      const bar = process.stderr.isTTY ? new SingleBar({ format: "loading [{bar}] {percentage}% {value}/{total} elements", stream: process.stderr }) : undefined;
      try {
        return await loadGraph(conn, graph, { batchSize: flags.batchSize, replace: flags.replace ?? false }, ({ done, total }) => {
          if (!bar) return;
          if (done === 0) bar.start(total, 0);
          else bar.update(done);
        });
      } finally {
        bar?.stop();
      }
    });
    printSummary(summary);
  });

  withConnectionOptions(
    program
      .command("query")
      .argument("[name]", "a named query (see --list)")
      .description("Run a named briefing query on the embedded store (default without NEO4J_URI) or on Neo4j.")
      .option("--list", "list the named queries with their parameters")
      .option("--param <key=value>", "a query parameter (repeatable)", collect, [])
      .addOption(formatOption())
      .option("--store <path>", "answer from this embedded store (graphology), not Neo4j")
      .option("--neo4j", "answer from Neo4j (the default when NEO4J_URI is set)"),
  ).action(async (name: string | undefined, raw: unknown) => {
    const flags = parseFlags("query", QueryFlagsSchema, raw);
    if (flags.list) {
      process.stdout.write(listQueries());
      return;
    }
    if (name === undefined) throw new BriefgraphError("USAGE", "query: name a query (briefgraph query --list shows them)");
    const query = namedQuery(name);
    const params = parseStringParams(flags.param);
    const useNeo4j = flags.store === undefined && (flags.neo4j === true || flags.uri !== undefined || neo4jConfigured());
    const rows = useNeo4j
      ? await withNeo4j(flags, (conn) => query.run({ kind: "neo4j", read: neo4jReader(conn) }, params))
      : await query.run({ kind: "embedded", graph: await readStore(resolveStorePath(flags.store)) } satisfies Backend, params);
    process.stdout.write(formatRows(rows, flags.format));
  });

  withConnectionOptions(
    program
      .command("cypher")
      .argument("<query>", "a Cypher query (read-only: writes are refused by the server)")
      .description("Run a read-only Cypher query on Neo4j, with a timeout and a row limit.")
      .option("--param <key=value>", "a query parameter, JSON when it parses (repeatable)", collect, [])
      .addOption(formatOption())
      .option("--timeout <ms>", "deadline for the whole answer in milliseconds (also the server's transaction timeout)", positiveInt("--timeout"), 30_000)
      .option("--limit <rows>", "stop after this many rows", positiveInt("--limit"), 10_000)
      .option("--max-bytes <bytes>", "stop before the rows exceed this many bytes (UTF-8 JSON)", positiveInt("--max-bytes"), 16 * 1024 * 1024),
  ).action(async (query: string, raw: unknown) => {
    const flags = parseFlags("cypher", CypherFlagsSchema, raw);
    const result = await withNeo4j(flags, (conn) =>
      runReadOnlyCypher(conn, query, parseCypherParams(flags.param), { timeoutMs: flags.timeout, rowLimit: flags.limit, maxBytes: flags.maxBytes }),
    );
    process.stdout.write(formatRows(result.rows, flags.format, result.columns));
    if (result.stoppedBy === "rows") process.stderr.write(`briefgraph: stopped at ${flags.limit} rows (--limit)\n`);
    if (result.stoppedBy === "bytes") process.stderr.write(`briefgraph: stopped after ${result.rows.length} rows, before ${flags.maxBytes} bytes (--max-bytes)\n`);
  });
}

/** CLI adapter for `statements`, `diff` and `timeline`: options in, history/ and queries/ do the work, text out. */
import { Option, type Command } from "commander";
import { z } from "zod";
import { BriefgraphError, readStore, resolveStorePath, writeFileAtomic } from "../graph/index.ts";
import { diffHtml, diffJson, diffMarkdown, diffSvg, timelineCsv, timelineJson, timelineMarkdown, type DiffReport, type TimelineReport } from "../history/index.ts";
import {
  connectionOptions,
  formatRows,
  neo4jConfigured,
  neo4jReader,
  openNeo4j,
  type CypherReader,
} from "../queries/index.ts";
import { DiffParamsSchema, diffEmbedded, diffNeo4j, statementsEmbedded, statementsNeo4j, timelineEmbedded, timelineNeo4j } from "../queries/history.ts";
import type { BriefGraph } from "../graph/index.ts";
import { pictureNameFor, writeArtifacts } from "../export/write.ts";

const SourceFlagsSchema = z.object({
  store: z.string().optional(),
  neo4j: z.boolean().optional(),
  uri: z.string().optional(),
  user: z.string().optional(),
  password: z.string().optional(),
  database: z.string().optional(),
  output: z.string().optional(),
});

function withSourceOptions(command: Command): Command {
  return command
    .option("--store <path>", "answer from this embedded store (default .briefgraph/graph.json or $BRIEFGRAPH_STORE)")
    .option("--neo4j", "answer from Neo4j (the default when NEO4J_URI is set)")
    .option("--uri <uri>", "Neo4j URI (env NEO4J_URI)")
    .option("--user <user>", "Neo4j user (env NEO4J_USER)")
    .option("--password <password>", "Neo4j password (env NEO4J_PASSWORD)")
    .option("--database <name>", "Neo4j database (env NEO4J_DATABASE)");
}

function parse<S extends z.ZodType>(command: string, schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new BriefgraphError("USAGE", `${command}: ${issue?.path.length ? `--${issue.path.join(".")}: ` : ""}${issue?.message ?? "invalid options"}`);
}

/** Runs `embedded` on the store or `neo4j` on a read-only reader, as `query` chooses its backend. */
async function onBackend<T>(flags: z.infer<typeof SourceFlagsSchema>, embedded: (graph: BriefGraph) => T, neo4j: (read: CypherReader) => Promise<T>): Promise<T> {
  const useNeo4j = flags.store === undefined && (flags.neo4j === true || flags.uri !== undefined || neo4jConfigured());
  if (!useNeo4j) return embedded(await readStore(resolveStorePath(flags.store)));
  const conn = await openNeo4j(connectionOptions(flags));
  try {
    return await neo4j(neo4jReader(conn));
  } finally {
    await conn.close();
  }
}

async function emit(text: string, output: string | undefined): Promise<void> {
  if (output === undefined) process.stdout.write(text);
  else await writeFileAtomic(output, text);
}

export function registerHistoryCommands(program: Command): void {
  withSourceOptions(
    program
      .command("statements")
      .description("List the statements by date (undated last): id, date, title, source, entities and relations each states.")
      .addOption(new Option("--format <format>", "output format").choices(["table", "json", "csv"]).default("table")),
  ).action(async (raw: unknown) => {
    const flags = parse("statements", SourceFlagsSchema.extend({ format: z.enum(["table", "json", "csv"]) }), raw);
    const rows = await onBackend(flags, statementsEmbedded, statementsNeo4j);
    process.stdout.write(formatRows(rows, flags.format, ["id", "date", "title", "source", "entities", "relations"]));
  });

  withSourceOptions(
    program
      .command("diff")
      .description("What changed between two statements (id, title or date) or two periods: new, dropped and continued entities and relations, with quotes.")
      .argument("[a]", "the earlier statement (id, title or date)")
      .argument("[b]", "the later statement (id, title or date)")
      .option("--from <period>", "the first period: 2024, 2024-09, 2024-09-23 or FROM..TO")
      .option("--to <period>", "the second period")
      .addOption(new Option("--format <format>", "output format").choices(["md", "html", "json"]).default("md"))
      .option("-o, --output <file>", "write to this file (atomically) instead of stdout; the Markdown brief's picture goes beside it (x.md → x.svg)")
      .option("--force", "let the Markdown brief's picture replace an existing file beside -o"),
  ).action(async (a: string | undefined, b: string | undefined, raw: unknown) => {
    const flags = parse(
      "diff",
      SourceFlagsSchema.extend({ format: z.enum(["md", "html", "json"]), from: z.string().optional(), to: z.string().optional(), force: z.boolean().optional() }),
      raw,
    );
    const given = { a, b, from: flags.from, to: flags.to };
    const params = DiffParamsSchema.safeParse(Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)));
    if (!params.success) throw new BriefgraphError("USAGE", "diff: give two statements (diff A B) or two periods (diff --from 2023 --to 2024)");
    const report: DiffReport = await onBackend(flags, (graph) => diffEmbedded(graph, params.data), (read) => diffNeo4j(read, params.data));
    if (flags.format === "json") return emit(diffJson(report), flags.output);
    if (flags.format === "html") return emit(diffHtml(report, diffSvg(report)), flags.output);
    const svg = diffSvg(report);
    if (flags.output === undefined) return emit(diffMarkdown(report, `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg).replace(/\(/g, "%28").replace(/\)/g, "%29")}`), undefined);
    const picture = pictureNameFor(flags.output);
    await writeArtifacts([{ name: picture, content: svg }, { content: diffMarkdown(report, picture) }], flags.output, flags.force ? { force: true } : {});
  });

  withSourceOptions(
    program
      .command("timeline")
      .description("The history of an entity: the statements that mention it by date, and each relation's first and last statement, with quotes.")
      .argument("<name>", "an entity (name, alias or id)")
      .addOption(new Option("--format <format>", "output format").choices(["md", "json", "csv"]).default("md"))
      .option("-o, --output <file>", "write to this file (atomically) instead of stdout"),
  ).action(async (name: string, raw: unknown) => {
    const flags = parse("timeline", SourceFlagsSchema.extend({ format: z.enum(["md", "json", "csv"]) }), raw);
    const report: TimelineReport = await onBackend(flags, (graph) => timelineEmbedded(graph, name), (read) => timelineNeo4j(read, name));
    const text = flags.format === "json" ? timelineJson(report) : flags.format === "csv" ? timelineCsv(report) : timelineMarkdown(report);
    await emit(text, flags.output);
  });
}

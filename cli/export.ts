/** CLI adapter for `briefgraph export`: options in, one summary line on stderr out. */
import type { Command } from "commander";
import { FORMATS, parseExportRequest, runExport } from "../export/index.ts";

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function registerExportCommands(program: Command): void {
  program
    .command("export")
    .description("Export a subgraph (around a name, by type, statement or query) as a file for slides, briefs, Gephi, yEd, Cytoscape or Neo4j.")
    .option("--store <path>", "graph store to read (default $BRIEFGRAPH_STORE or .briefgraph/graph.json)")
    .option("--neo4j", "read from Neo4j instead of the store (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD)")
    .option("--around <name>", "start from this entity (name, alias or id; case-insensitive)")
    .option("--hops <n>", "with --around: relations to walk, either direction (0-5, default 1)")
    .option("--type <types...>", "keep only these entity types (Actor, Body, Agreement, Exercise, Threat)")
    .option("--edge-type <types...>", "keep (and walk) only these relation types")
    .option("--statement <id>", "keep only what this statement (id or title) mentions and states")
    .option("--since <YYYY-MM-DD>", "keep only what statements dated on or after this day mention and state")
    .option("--until <YYYY-MM-DD>", "keep only what statements dated on or before this day mention and state")
    .option("--query <name>", "select with a named query")
    .option("--param <key=value>", "a named query parameter (repeatable)", collect)
    .option("--cypher <query>", "select with a Cypher query (with --neo4j)")
    .option("--format <format>", `one of ${FORMATS.join(", ")}`, "json")
    .option("-o, --output <path>", "file to write (a directory for csv); stdout when omitted")
    .option("--title <text>", "title of the picture and brief")
    .option("--width <px>", "picture width for svg and png (default 1600)")
    .option("--no-provenance", "leave out Statement nodes and MENTIONED_IN edges (included by default)")
    .option("--force", "let the Markdown brief's picture replace an existing file beside -o")
    .action(async (options: unknown) => {
      const request = parseExportRequest(options);
      const result = await runExport(request, { stdout: process.stdout });
      const where = result.files.length ? result.files.join(", ") : "stdout";
      process.stderr.write(`exported ${result.nodes} nodes, ${result.edges} edges as ${request.format} to ${where}\n`);
    });
}

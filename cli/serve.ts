/** CLI adapter for `briefgraph serve`: the viewer over the store (or Neo4j), until interrupted. */
import type { Command } from "commander";
import { BriefgraphError } from "../graph/errors.ts";
import { resolveStorePath } from "../graph/store.ts";
import { checkBind, serveViewer } from "../viewer/server/index.ts";

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** A `--port` value as a port number, or a USAGE error naming it. */
export function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new BriefgraphError("USAGE", `--port ${value}: not a port number (0-65535)`);
  return port;
}

/** Serves the viewer until SIGINT or SIGTERM, printing its URL (shared by `serve` and `start`). */
export async function serveUntilStopped(options: { storePath: string; port: number; host: string; allowHosts?: string[]; neo4j?: boolean; edit?: boolean }): Promise<void> {
  const server = await serveViewer({
    storePath: options.storePath,
    port: options.port,
    host: options.host,
    allowHosts: options.allowHosts ?? [],
    neo4j: options.neo4j === true,
    edit: options.edit === true,
  });
  process.stdout.write(`briefgraph viewer: ${server.url}${options.edit === true ? " (edit mode: corrections are written to the store's log)" : ""}\n`);
  const shutdown = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

export function registerServeCommands(program: Command): void {
  program
    .command("serve")
    .description("Serve the graph viewer in the browser (binds to 127.0.0.1 by default).")
    .option("--store <path>", "graph store to view (default .briefgraph/graph.json or $BRIEFGRAPH_STORE)")
    .option("--port <port>", "port to listen on (0 picks a free one)", "5173")
    .option("--host <host>", "interface to bind (not loopback: needs --allow-host)", "127.0.0.1")
    .option("--allow-host <name>", "a Host name browsers may use (repeatable; required with a non-loopback --host)", collect, [])
    .option("--neo4j", "read the graph from Neo4j and enable the read-only Cypher panel")
    .option("--edit", "let the page write corrections (POST /api/corrections, same origin and token only) to the store's corrections log")
    .action(async (opts: { store?: string; port: string; host: string; allowHost: string[]; neo4j?: boolean; edit?: boolean }) => {
      checkBind(opts.host, opts.allowHost);
      if (opts.edit === true && opts.neo4j === true) throw new BriefgraphError("USAGE", "--edit writes the store's corrections log: it cannot be combined with --neo4j");
      await serveUntilStopped({
        storePath: resolveStorePath(opts.store),
        port: parsePort(opts.port),
        host: opts.host,
        allowHosts: opts.allowHost,
        neo4j: opts.neo4j === true,
        edit: opts.edit === true,
      });
    });
}

/** The viewer server: node:http, the built viewer's files, the graph as JSON, and (Neo4j mode) the read-only Cypher endpoint. */
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { join } from "node:path";
import { BriefgraphError, isBriefgraphError } from "../../graph/errors.ts";
import { serializeGraph } from "../../graph/model.ts";
import { CypherRequestSchema, type Config } from "../src/model/api.ts";
import { neo4jSource } from "./neo4j.ts";
import { storeSource, type GraphSource } from "./source.ts";
import { DEFAULT_DIST, ensureViewerBuilt } from "./build.ts";
import { checkBind, apiPostRefusal, hostAllowList, newToken, withToken } from "./guard.ts";
import { resolveStaticPath, serveStatic } from "./static.ts";
import { correctionErrorStatus, postCorrection } from "./edit.ts";

export { buildViewer, ensureViewerBuilt, DEFAULT_DIST, VIEWER_ROOT } from "./build.ts";
export { resolveStaticPath } from "./static.ts";
export { checkBind, hostAllowList, TOKEN_HEADER } from "./guard.ts";
export { storeSource, type GraphSource } from "./source.ts";
export { neo4jSource, readGraphFromNeo4j } from "./neo4j.ts";

export interface ServeOptions {
  storePath: string;
  port?: number;
  host?: string;
  /** Host names (besides the loopback ones) browsers may use; required when `host` is not a loopback address. */
  allowHosts?: readonly string[];
  /**
   * Neo4j mode: the graph from Neo4j and the read-only Cypher panel. `true` connects with NEO4J_URI / NEO4J_USER /
   * NEO4J_PASSWORD / NEO4J_DATABASE (defaults bolt://localhost:7687, neo4j); or pass a source (e.g. `neo4jSource(options)`).
   */
  neo4j?: boolean | GraphSource;
  /** The built viewer (default viewer/dist); built with vite when missing. */
  distDir?: string;
  /** `serve --edit`: POST /api/corrections writes to the corrections log beside the store (never with `neo4j`). */
  edit?: boolean;
}

export interface ViewerServer {
  url: string;
  close(): Promise<void>;
}

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy":
    "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
};

function sendJson(res: ServerResponse, status: number, body: unknown, raw?: string): void {
  const text = raw ?? JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(text);
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { ...SECURITY_HEADERS, "content-type": "text/plain; charset=utf-8" });
  res.end("not found\n");
}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size > limit) throw new BriefgraphError("USAGE", `request body larger than ${limit} bytes`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function errorBody(error: unknown): { error: string; code?: string } {
  return isBriefgraphError(error) ? { error: error.message, code: error.code } : { error: error instanceof Error ? error.message : String(error) };
}

interface ApiContext {
  source: GraphSource;
  config: Config;
  token: string;
  storePath: string;
}

/** POST /api/corrections: refused (405) unless served with --edit; then guarded as /api/cypher is. */
async function handleCorrection(req: IncomingMessage, res: ServerResponse, context: ApiContext): Promise<void> {
  if (!context.config.edit) {
    return sendJson(res, 405, { error: "the viewer is read-only: start it with `briefgraph serve --edit` to write corrections", code: "USAGE" });
  }
  const refusal = apiPostRefusal(req, context.token, "/api/corrections");
  if (refusal) return sendJson(res, refusal.status, { error: refusal.message, code: "USAGE" });
  try {
    const result = await postCorrection(context.storePath, await readBody(req, 64 * 1024));
    return sendJson(res, 200, result);
  } catch (error) {
    return sendJson(res, correctionErrorStatus(error), errorBody(error));
  } finally {
    context.source.refresh?.();
  }
}

async function handleApi(path: string, req: IncomingMessage, res: ServerResponse, context: ApiContext): Promise<void> {
  const { source, config, token } = context;
  if (path === "/api/corrections") {
    if (req.method === "POST") return handleCorrection(req, res, context);
    res.setHeader("allow", "POST");
    return sendJson(res, 405, { error: `${req.method ?? "GET"} /api/corrections: only POST`, code: "USAGE" });
  }
  if (path === "/api/config" && req.method === "GET") return sendJson(res, 200, config);
  if (path === "/api/graph" && req.method === "GET") {
    try {
      if (source.json) return sendJson(res, 200, undefined, await source.json());
      return sendJson(res, 200, serializeGraph(await source.graph()));
    } catch (error) {
      return sendJson(res, 500, errorBody(error));
    }
  }
  if (path === "/api/cypher" && req.method === "POST") {
    const refusal = apiPostRefusal(req, token);
    if (refusal) return sendJson(res, refusal.status, { error: refusal.message, code: "USAGE" });
    if (!source.cypher) return sendJson(res, 404, { error: "the Cypher panel needs `briefgraph serve --neo4j`", code: "USAGE" });
    let query: string;
    try {
      const parsed = CypherRequestSchema.safeParse(JSON.parse(await readBody(req, 64 * 1024)));
      if (!parsed.success) return sendJson(res, 400, { error: "expected {\"query\": \"…\"}", code: "USAGE" });
      query = parsed.data.query;
    } catch (error) {
      return sendJson(res, 400, { error: `bad request body (${errorBody(error).error})`, code: "USAGE" });
    }
    try {
      return sendJson(res, 200, await source.cypher(query));
    } catch (error) {
      return sendJson(res, 400, errorBody(error));
    }
  }
  return sendJson(res, 404, { error: `no such endpoint: ${req.method ?? "GET"} ${path}` });
}

/** The built page with this launch's token in it; never cached, since the token changes with every launch. */
async function serveIndex(distDir: string, req: IncomingMessage, res: ServerResponse, token: string): Promise<boolean> {
  const html = await readFile(join(distDir, "index.html"), "utf8").catch(() => undefined);
  if (html === undefined) return false;
  const body = withToken(html, token);
  res.writeHead(200, { ...SECURITY_HEADERS, "content-type": "text/html; charset=utf-8", "content-length": String(Buffer.byteLength(body)), "cache-control": "no-store" });
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}

/**
 * Serves the viewer for `storePath` (or Neo4j) on host:port (default 127.0.0.1:5173; port 0 picks a free one).
 * Fails before listening when the store is missing or invalid, so the error names the store.
 */
export async function serveViewer(options: ServeOptions): Promise<ViewerServer> {
  const host = options.host ?? "127.0.0.1";
  const allowHosts = options.allowHosts ?? [];
  checkBind(host, allowHosts);
  const token = newToken();
  const distDir = options.distDir ?? DEFAULT_DIST;
  if (options.edit && options.neo4j) throw new BriefgraphError("USAGE", "--edit writes the store's corrections log: serve the store, not --neo4j");
  const source = options.neo4j === true ? await neo4jSource() : options.neo4j || storeSource(options.storePath);
  await source.graph();
  await ensureViewerBuilt(distDir);
  const config: Config = { neo4j: source.cypher !== undefined, source: source.describe, edit: options.edit === true };
  const indexPath = resolveStaticPath(distDir, "/");
  const guard: { hosts?: Set<string> } = {};
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    if (!guard.hosts?.has((req.headers.host ?? "").toLowerCase())) {
      res.writeHead(421, { "content-type": "text/plain; charset=utf-8" });
      res.end("unexpected Host header\n");
      return;
    }
    const done = path.startsWith("/api/")
      ? handleApi(path, req, res, { source, config, token, storePath: options.storePath })
      : req.method === "GET" || req.method === "HEAD"
        ? (resolveStaticPath(distDir, path) === indexPath ? serveIndex(distDir, req, res, token) : serveStatic(distDir, req, res, SECURITY_HEADERS)).then((served) => (served ? undefined : notFound(res)))
        : Promise.resolve(notFound(res));
    done.catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, errorBody(error));
      else res.destroy();
    });
  });
  await new Promise<void>((resolvePromise, reject) => {
    server.once("error", (cause: NodeJS.ErrnoException) =>
      reject(new BriefgraphError("SERVER_FAILED", `${host}:${options.port ?? 5173}: cannot listen (${cause.code ?? cause.message})`, { cause })),
    );
    server.listen(options.port ?? 5173, host, () => resolvePromise());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : (options.port ?? 5173);
  guard.hosts = hostAllowList(host, port, allowHosts);
  const shown = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}/`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await source.close?.();
    },
  };
}

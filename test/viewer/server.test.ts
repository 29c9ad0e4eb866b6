import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SerializedGraphSchema, writeStore, isBriefgraphError } from "../../graph/index.ts";
import { resolveStaticPath, serveViewer, type ViewerServer } from "../../viewer/server/index.ts";
import { ApiErrorSchema, ConfigSchema } from "../../viewer/src/model/api.ts";
import { seedLikeGraph } from "./fixtures.ts";

const dir = mkdtempSync(join(tmpdir(), "briefgraph-viewer-server-"));
const dist = join(dir, "dist");
const store = join(dir, "graph.json");
let server: ViewerServer;

/** A raw GET (no URL normalisation by the client), returning status, headers and body. */
function get(url: string, path: string, headers: Record<string, string> = {}, method = "GET", body?: string) {
  const { hostname, port } = new URL(url);
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

beforeAll(async () => {
  mkdirSync(join(dist, "assets"), { recursive: true });
  writeFileSync(join(dist, "index.html"), "<!doctype html><title>viewer</title>");
  writeFileSync(join(dist, "assets", "app.js"), "console.log(1);");
  writeFileSync(join(dist, ".secret"), "hidden");
  writeFileSync(join(dir, "outside.txt"), "outside the dist");
  await writeStore(store, seedLikeGraph());
  server = await serveViewer({ storePath: store, port: 0, distDir: dist });
});
afterAll(async () => {
  await server?.close();
});

describe("viewer server", () => {
  it("binds to 127.0.0.1 by default and serves the built page", async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await get(server.url, "/");
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(res.headers["content-security-policy"]).toContain("script-src 'self'");
    expect((await get(server.url, "/assets/app.js")).headers["content-type"]).toBe("text/javascript; charset=utf-8");
  });

  it.each([
    "/../outside.txt",
    "/..%2foutside.txt",
    "/%2e%2e/outside.txt",
    "/assets/../../outside.txt",
    "/assets/%2e%2e/%2e%2e/outside.txt",
    "/..\\outside.txt",
    "/%5c..%5coutside.txt",
    "/.secret",
    "/index.html%00.js",
    "/%E0%A4%A",
    "/assets",
    "/etc/passwd",
    "//etc/passwd",
  ])("answers 404 to %s", async (path) => {
    const res = await get(server.url, path);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain("outside the dist");
    expect(res.body).not.toContain("hidden");
  });

  it.each([
    ["/", "index.html"],
    ["/assets/app.js", "assets/app.js"],
    ["/assets/app.js?v=1", "assets/app.js"],
    ["/a%20b.txt", "a b.txt"],
  ])("maps %s inside the root", (url, file) => {
    expect(resolveStaticPath("/srv/dist", url)).toBe(`/srv/dist/${file}`);
  });

  it("serves the store as a graph that passes SerializedGraphSchema", async () => {
    const res = await get(server.url, "/api/graph");
    expect(res.status).toBe(200);
    const parsed = SerializedGraphSchema.safeParse(JSON.parse(res.body));
    expect(parsed.success).toBe(true);
    expect(parsed.data?.nodes.some((n) => n.attributes.name === "Counter-Missile Working Group")).toBe(true);
  });

  it("reports its mode in /api/config", async () => {
    expect(ConfigSchema.parse(JSON.parse((await get(server.url, "/api/config")).body))).toEqual({ neo4j: false, source: "graph.json", edit: false });
  });

  it("refuses Cypher without Neo4j mode, as JSON", async () => {
    const token = /<meta name="briefgraph-token" content="([\w-]+)">/.exec((await get(server.url, "/")).body)?.[1] ?? "";
    const origin = new URL(server.url).origin;
    const headers = { "content-type": "application/json", origin, "x-briefgraph-token": token };
    const res = await get(server.url, "/api/cypher", headers, "POST", JSON.stringify({ query: "MATCH (n) DETACH DELETE n" }));
    expect(res.status).toBe(404);
    expect(ApiErrorSchema.parse(JSON.parse(res.body)).error).toContain("--neo4j");
  });

  it("refuses requests for another Host (DNS rebinding)", async () => {
    expect((await get(server.url, "/api/graph", { host: "evil.example:80" })).status).toBe(421);
  });

  it("answers the graph endpoint with a clear error when the store turns invalid", async () => {
    const badDir = mkdtempSync(join(tmpdir(), "briefgraph-viewer-bad-"));
    const bad = join(badDir, "graph.json");
    await writeStore(bad, seedLikeGraph());
    const other = await serveViewer({ storePath: bad, port: 0, distDir: dist });
    try {
      writeFileSync(bad, JSON.stringify({ nodes: "nope" }));
      const res = await get(other.url, "/api/graph");
      expect(res.status).toBe(500);
      expect(ApiErrorSchema.parse(JSON.parse(res.body)).error).toMatch(/graph\.json: not a briefgraph graph/);
    } finally {
      await other.close();
    }
  });

  it.each([
    ["a missing store", "missing.json", "INPUT_NOT_FOUND"],
    ["a store that is not JSON", "broken.json", "STORE_INVALID"],
  ])("refuses to start on %s, naming it", async (_name, file, code) => {
    writeFileSync(join(dir, "broken.json"), "{not json");
    const error: unknown = await serveViewer({ storePath: join(dir, file), port: 0, distDir: dist }).catch((e: unknown) => e);
    expect(isBriefgraphError(error) && error.code).toBe(code);
    expect(error instanceof Error && error.message).toContain(file);
  });
});

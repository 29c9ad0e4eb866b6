/**
 * The viewer server's guards: /api/cypher only for the page it served (same origin, JSON, the per-launch token),
 * the Host check (port-less loopback names on port 80, an explicit --allow-host list for a non-loopback bind),
 * and /api/config without the store's absolute path. A fake Cypher source records what reaches it.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isBriefgraphError, writeStore } from "../../graph/index.ts";
import { hostAllowList, serveViewer, storeSource, type GraphSource, type ViewerServer } from "../../viewer/server/index.ts";
import { ConfigSchema } from "../../viewer/src/model/api.ts";
import { seedLikeGraph } from "./fixtures.ts";

const dir = mkdtempSync(join(tmpdir(), "briefgraph-viewer-guard-"));
const dist = join(dir, "dist");
const store = join(dir, "graph.json");
const reached: string[] = [];
let server: ViewerServer;
let port = 0;

function send(path: string, headers: Record<string, string>, method = "GET", body?: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ hostname: "127.0.0.1", port, path, method, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

async function pageToken(): Promise<string> {
  const page = await send("/", { host: `127.0.0.1:${port}` });
  return /<meta name="briefgraph-token" content="([\w-]+)">/.exec(page.body)?.[1] ?? "no token in the page";
}

beforeAll(async () => {
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, "index.html"), "<!doctype html><html><head><title>viewer</title></head><body></body></html>");
  await writeStore(store, seedLikeGraph());
  const fake: GraphSource = {
    ...storeSource(store),
    cypher: async (query) => {
      reached.push(query);
      return { columns: ["one"], rows: [[1]], nodes: [] };
    },
  };
  server = await serveViewer({ storePath: store, port: 0, distDir: dist, neo4j: fake });
  port = Number(new URL(server.url).port);
});
afterAll(async () => {
  await server?.close();
});

describe("/api/cypher answers only the page it served", () => {
  it("puts a per-launch token in the served page, different on every launch", async () => {
    const token = await pageToken();
    expect(token).toMatch(/^[\w-]{32,}$/);
    const other = await serveViewer({ storePath: store, port: 0, distDir: dist });
    try {
      const page = await fetch(other.url);
      expect(await page.text()).not.toContain(token);
      expect(page.headers.get("cache-control")).toBe("no-store");
    } finally {
      await other.close();
    }
  });

  it("runs a same-origin JSON request that carries the token", async () => {
    const token = await pageToken();
    const res = await send("/api/cypher", { host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}`, "content-type": "application/json", "x-briefgraph-token": token }, "POST", JSON.stringify({ query: "RETURN 1 AS one" }));
    expect(res.status).toBe(200);
    expect(reached).toContain("RETURN 1 AS one");
  });

  it.each([
    ["a cross-origin text/plain POST (a form or a no-cors fetch from any page)", { origin: "http://evil.example", "content-type": "text/plain" }, 403],
    ["a cross-origin JSON POST with the token", { origin: "http://evil.example", "content-type": "application/json", token: true }, 403],
    ["a same-origin POST marked cross-site by the browser", { origin: "same", "sec-fetch-site": "cross-site", "content-type": "application/json", token: true }, 403],
    ["a same-origin text/plain POST with the token", { origin: "same", "content-type": "text/plain", token: true }, 415],
    ["a same-origin JSON POST without the token", { origin: "same", "content-type": "application/json" }, 403],
    ["a same-origin JSON POST with a wrong token", { origin: "same", "content-type": "application/json", "x-briefgraph-token": "guessed" }, 403],
    ["a POST without Origin or token (curl, another program)", { "content-type": "application/json" }, 403],
  ])("refuses %s and runs nothing", async (name, spec, status) => {
    const token = await pageToken();
    const headers: Record<string, string> = { host: `127.0.0.1:${port}` };
    for (const [key, value] of Object.entries(spec)) {
      if (key === "token") headers["x-briefgraph-token"] = token;
      else if (key === "origin" && value === "same") headers.origin = `http://127.0.0.1:${port}`;
      else if (typeof value === "string") headers[key] = value;
    }
    const query = `RETURN '${name}' AS refused`;
    const res = await send("/api/cypher", headers, "POST", JSON.stringify({ query }));
    expect(res.status).toBe(status);
    expect(JSON.parse(res.body)).toHaveProperty("error");
    expect(reached).not.toContain(query);
  });
});

describe("/api/config", () => {
  it("names the store by its file name, not its absolute path", async () => {
    const config = ConfigSchema.parse(JSON.parse((await send("/api/config", { host: `127.0.0.1:${port}` })).body));
    expect(config.source).toBe("graph.json");
    expect(JSON.stringify(config)).not.toContain(dir);
  });
});

describe("the Host check", () => {
  it.each([
    ["127.0.0.1", 80, [], "localhost", true],
    ["127.0.0.1", 80, [], "127.0.0.1", true],
    ["127.0.0.1", 80, [], "localhost:80", true],
    ["127.0.0.1", 5173, [], "localhost:5173", true],
    ["127.0.0.1", 5173, [], "[::1]:5173", true],
    ["127.0.0.1", 5173, [], "localhost", false],
    ["127.0.0.1", 5173, [], "evil.example:5173", false],
    ["127.0.0.1", 80, [], "evil.example", false],
    ["0.0.0.0", 8080, ["briefs.lan"], "briefs.lan:8080", true],
    ["0.0.0.0", 8080, ["Briefs.LAN"], "BRIEFS.lan:8080", true],
    ["0.0.0.0", 8080, ["briefs.lan"], "evil.example:8080", false],
    ["0.0.0.0", 8080, ["briefs.lan"], "briefs.lan:9999", false],
    ["0.0.0.0", 80, ["briefs.lan"], "briefs.lan", true],
    ["0.0.0.0", 8080, ["briefs.lan"], "localhost:8080", true],
  ])("bound to %s:%i with --allow-host %j, Host %s is allowed: %s", (host, p, allow, header, allowed) => {
    expect(hostAllowList(host, p, allow).has(header.toLowerCase())).toBe(allowed);
  });

  it("refuses to start on a non-loopback interface without --allow-host, in one line", async () => {
    const error: unknown = await serveViewer({ storePath: store, port: 0, host: "0.0.0.0", distDir: dist }).catch((e: unknown) => e);
    expect(isBriefgraphError(error) && error.code).toBe("USAGE");
    expect(error instanceof Error && error.message).toBe("--host 0.0.0.0 is not a loopback address: name the Host names browsers will use with --allow-host (e.g. --allow-host my-machine.lan)");
  });

  it("on a non-loopback bind answers the allowed Host and 421 to any other (DNS rebinding)", async () => {
    const open = await serveViewer({ storePath: store, port: 0, host: "0.0.0.0", allowHosts: ["briefs.lan"], distDir: dist });
    const openPort = Number(new URL(open.url).port);
    const get = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const req = request({ hostname: "127.0.0.1", port: openPort, path: "/api/config", headers: { host } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on("error", reject);
        req.end();
      });
    try {
      expect(await get(`briefs.lan:${openPort}`)).toBe(200);
      expect(await get("evil.example")).toBe(421);
      expect(await get(`evil.example:${openPort}`)).toBe(421);
    } finally {
      await open.close();
    }
  });
});

/**
 * `briefgraph serve --edit`: POST /api/corrections over real HTTP against a served temp store. Corrections go to
 * the log through the CLI's locked path and /api/graph serves the corrected graph; every refused request (another
 * origin, no token, another Host, a server without --edit) changes neither the log nor the store.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { correctionsPathFor, readLog } from "../../corrections/index.ts";
import { deserializeGraph, findNodes, isEntity, writeStore, type BriefGraph } from "../../graph/index.ts";
import { serveViewer, type ViewerServer } from "../../viewer/server/index.ts";
import { ConfigSchema } from "../../viewer/src/model/api.ts";
import { CorrectionResponseSchema } from "../../viewer/src/model/corrections-api.ts";
import { seedGraph, seedLikeGraph, XSS_SCRIPT } from "./fixtures.ts";

interface Served {
  server: ViewerServer;
  port: number;
  store: string;
  token: string;
}

const dir = mkdtempSync(join(tmpdir(), "briefgraph-viewer-edit-"));
const dist = join(dir, "dist");
const opened: ViewerServer[] = [];

function send(port: number, path: string, headers: Record<string, string>, method = "GET", body?: string) {
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

/** A fresh store (the seed-like graph) in its own folder, served with or without --edit. */
async function serve(name: string, edit: boolean, graph: BriefGraph = seedLikeGraph()): Promise<Served> {
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  const store = join(folder, "graph.json");
  await writeStore(store, graph);
  const server = await serveViewer({ storePath: store, port: 0, distDir: dist, edit });
  opened.push(server);
  const port = Number(new URL(server.url).port);
  const page = await send(port, "/", { host: `127.0.0.1:${port}` });
  const token = /<meta name="briefgraph-token" content="([\w-]+)">/.exec(page.body)?.[1] ?? "no token in the page";
  return { server, port, store, token };
}

/** A POST from the served page: same origin, JSON, the page's token. */
function pagePost(s: Served, body: unknown) {
  const headers = { host: `127.0.0.1:${s.port}`, origin: `http://127.0.0.1:${s.port}`, "content-type": "application/json", "x-briefgraph-token": s.token };
  return send(s.port, "/api/corrections", headers, "POST", JSON.stringify(body));
}

async function servedGraph(s: Served): Promise<BriefGraph> {
  return deserializeGraph(JSON.parse((await send(s.port, "/api/graph", { host: `127.0.0.1:${s.port}` })).body), "/api/graph");
}

function aliasesOf(graph: BriefGraph, id: string): string[] {
  const attributes = graph.getNodeAttributes(id);
  return isEntity(attributes) ? attributes.aliases : [];
}

function only(graph: BriefGraph, name: string): string {
  const [id, ...rest] = findNodes(graph, name);
  if (id === undefined || rest.length) throw new Error(`fixture: "${name}" names ${rest.length + (id ? 1 : 0)} nodes`);
  return id;
}

/** Everything a write could change: the store, the log, the extracted graph (undefined when absent). */
function files(store: string): Record<string, string | undefined> {
  const read = (p: string) => (existsSync(p) ? readFileSync(p, "utf8") : undefined);
  return { store: read(store), log: read(correctionsPathFor(store)), extracted: read(store.replace(/\.json$/, ".extracted.json")) };
}

beforeAll(() => {
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, "index.html"), "<!doctype html><html><head><title>viewer</title></head><body></body></html>");
});
afterAll(async () => {
  await Promise.all(opened.map((s) => s.close()));
});

describe("serve --edit writes corrections from the page", () => {
  it("tells the page it is in edit mode, and a server without --edit that it is not", async () => {
    const edit = await serve("config-edit", true);
    const plain = await serve("config-plain", false);
    const config = async (s: Served) => ConfigSchema.parse(JSON.parse((await send(s.port, "/api/config", { host: `127.0.0.1:${s.port}` })).body)).edit;
    expect(await config(edit)).toBe(true);
    expect(await config(plain)).toBe(false);
  });

  it("a merge then its undo through the API: the log holds exactly those two entries and the store is back byte for byte", async () => {
    const s = await serve("merge-undo", true);
    const before = readFileSync(s.store, "utf8");
    const graph = await servedGraph(s);
    const from = only(graph, "CMWG");
    const into = only(graph, "Space Cooperation Working Group");

    const merged = await pagePost(s, { correction: { op: "merge", from, into }, note: "one group" });
    expect(merged.status).toBe(200);
    const entry = CorrectionResponseSchema.parse(JSON.parse(merged.body)).correction;
    expect(entry).toMatchObject({ id: "c1", op: "merge", from, into, note: "one group" });
    const corrected = await servedGraph(s);
    expect(corrected.hasNode(from)).toBe(false);
    expect(aliasesOf(corrected, into)).toContain("CMWG");
    expect(readFileSync(s.store, "utf8")).not.toBe(before);

    const undone = await pagePost(s, { correction: { op: "undo", target: "c1" } });
    expect(undone.status).toBe(200);
    const log = await readLog(correctionsPathFor(s.store));
    expect(log.corrections.map((c) => [c.id, c.op])).toEqual([["c1", "merge"], ["c2", "undo"]]);
    expect(log.corrections[0]).toEqual(entry);
    expect(readFileSync(s.store, "utf8")).toBe(before);
    expect((await servedGraph(s)).hasNode(from)).toBe(true);
  });

  it("stores a rename to a name with <script> as that text, exactly", async () => {
    const s = await serve("rename-script", true);
    const node = only(await servedGraph(s), "CMWG");
    const res = await pagePost(s, { correction: { op: "rename", node, name: XSS_SCRIPT } });
    expect(res.status).toBe(200);
    expect((await servedGraph(s)).getNodeAttribute(node, "name")).toBe(XSS_SCRIPT);
    const log = await readLog(correctionsPathFor(s.store));
    expect(log.corrections).toMatchObject([{ op: "rename", node, name: XSS_SCRIPT }]);
  });

  it("removes an extracted relation, then adds it back grounded in the sentence the store quotes; a quote that is not that sentence is refused", async () => {
    const s = await serve("relate", true, await seedGraph());
    const graph = await servedGraph(s);
    const key = graph.findEdge((_k, a) => a.type !== "MENTIONED_IN");
    if (key === undefined) throw new Error("fixture: the seed has no relation");
    const attributes = graph.getEdgeAttributes(key);
    const evidence = attributes.type === "MENTIONED_IN" ? undefined : attributes.evidence[0];
    if (!evidence) throw new Error("fixture: the seed relation has no evidence");
    const relation = { source: graph.source(key), type: attributes.type, target: graph.target(key) };

    expect((await pagePost(s, { correction: { op: "unrelate", ...relation } })).status).toBe(200);
    expect((await servedGraph(s)).hasEdge(key)).toBe(false);
    const beforeForged = files(s.store);
    const forged = await pagePost(s, { correction: { op: "relate", ...relation, evidence: { ...evidence, text: "A sentence the statement never wrote." } } });
    expect(forged.status).toBe(400);
    expect(JSON.parse(forged.body)).toMatchObject({ code: "CORRECTION_REFUSED", error: expect.stringMatching(/as the store quotes it/) });
    expect(files(s.store)).toEqual(beforeForged);

    const res = await pagePost(s, { correction: { op: "relate", ...relation, evidence } });
    expect(res.status).toBe(200);
    expect((await servedGraph(s)).getEdgeAttributes(key)).toMatchObject({ origin: "analyst", corrections: ["c2"], evidence: [evidence] });
    expect((await readLog(correctionsPathFor(s.store))).corrections.map((c) => c.op)).toEqual(["unrelate", "relate"]);
  });

  it("two concurrent POSTs are both kept", async () => {
    const s = await serve("concurrent", true);
    const graph = await servedGraph(s);
    const a = only(graph, "CMWG");
    const b = only(graph, "Joint Commercial Operations");
    const results = await Promise.all([
      pagePost(s, { correction: { op: "alias", node: a, action: "add", alias: "missile group one" } }),
      pagePost(s, { correction: { op: "alias", node: b, action: "add", alias: "commercial ops two" } }),
    ]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    const log = await readLog(correctionsPathFor(s.store));
    expect(log.corrections.map((c) => (c.op === "alias" ? c.alias : c.op)).sort()).toEqual(["commercial ops two", "missile group one"]);
    const served = await servedGraph(s);
    expect(aliasesOf(served, a)).toContain("missile group one");
    expect(aliasesOf(served, b)).toContain("commercial ops two");
  });

  it.each([
    ["a request that is not a correction", { correction: { op: "rename", node: "x" } }],
    ["an operation the schema does not know", { correction: { op: "delete-everything" } }],
    ["a field the request does not have", { correction: { op: "remove", node: "x" }, by: "someone else" }],
    ["an unknown node", { correction: { op: "remove", node: "Body:no-such-body" } }],
    ["an undo of a correction that is not in the log", { correction: { op: "undo", target: "c7" } }],
  ])("refuses %s with 400 and writes nothing", async (_name, body) => {
    const s = await serve(`bad-${_name.replace(/\W+/g, "-")}`, true);
    const before = files(s.store);
    const res = await pagePost(s, body);
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toHaveProperty("error");
    expect(files(s.store)).toEqual(before);
  });
});

describe("refused writes change nothing", () => {
  let edit: Served;
  let plain: Served;
  let target: string;
  beforeAll(async () => {
    edit = await serve("refused-edit", true);
    plain = await serve("refused-plain", false);
    target = only(await servedGraph(edit), "CMWG");
  });

  it.each([
    ["a cross-origin POST with the token", "edit", { origin: "http://evil.example" }, 403],
    ["a same-origin POST without the token", "edit", { token: "" }, 403],
    ["a same-origin POST with a wrong token", "edit", { token: "guessed" }, 403],
    ["a same-origin text/plain POST with the token", "edit", { "content-type": "text/plain" }, 415],
    ["a POST with another Host header", "edit", { host: "evil.example", origin: "http://evil.example" }, 421],
    ["a POST from the page to a server started without --edit", "plain", {}, 405],
    ["a PUT from the page to a server started without --edit", "plain", { method: "PUT" }, 405],
    ["a PUT from the page to a server started with --edit", "edit", { method: "PUT" }, 405],
  ])("refuses %s", async (_name, which, spec, status) => {
    const s = which === "edit" ? edit : plain;
    const headers: Record<string, string> = {
      host: `127.0.0.1:${s.port}`,
      origin: `http://127.0.0.1:${s.port}`,
      "content-type": "application/json",
      "x-briefgraph-token": s.token,
    };
    let method = "POST";
    for (const [key, value] of Object.entries(spec)) {
      if (key === "method") method = value;
      else if (key === "token") headers["x-briefgraph-token"] = value;
      else if (key === "host") headers.host = `${value}:${s.port}`;
      else if (key === "origin" && value.includes("evil") && "host" in spec) headers.origin = `${value}:${s.port}`;
      else headers[key] = value;
    }
    if (headers["x-briefgraph-token"] === "") delete headers["x-briefgraph-token"];
    const before = files(s.store);
    const res = await send(s.port, "/api/corrections", headers, method, JSON.stringify({ correction: { op: "rename", node: target, name: "Refused" } }));
    expect(res.status).toBe(status);
    expect(files(s.store)).toEqual(before);
    expect(before.log).toBeUndefined();
  });
});

import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isBriefgraphError, readStore, readStoreNeighbourhood, serializeGraph, syntheticGraph, writeStore, type BriefGraph } from "../../graph/index.ts";
import { neighbourhood, runExport, type ExportFormat, type ExportRequest } from "../../export/index.ts";
import { GRAPHS, hostileGraph, kiddGraph } from "./fixtures.ts";
import type { Selection } from "../../export/index.ts";

const dir = mkdtempSync(join(tmpdir(), "briefgraph-indexed-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
async function storeOf(graph: BriefGraph): Promise<string> {
  const path = join(dir, `store-${counter++}.json`);
  await writeStore(path, graph);
  return path;
}

/** The export's text on stdout, as `briefgraph export --store PATH ... --format F` prints it. */
async function exportText(path: string, selection: Selection, format: ExportFormat): Promise<string> {
  let text = "";
  const request: ExportRequest = { source: { kind: "store", path }, selection, format, title: "t" };
  await runExport(request, { stdout: { write: (chunk: string | Uint8Array) => (text += String(chunk)) } });
  return text;
}

/** The same export once through the index and once with the index moved away (the whole store parsed). */
async function bothWays(path: string, selection: Selection, format: ExportFormat): Promise<[string, string]> {
  const indexed = await exportText(path, selection, format);
  renameSync(`${path}.idx`, `${path}.idx.away`);
  try {
    return [indexed, await exportText(path, selection, format)];
  } finally {
    renameSync(`${path}.idx.away`, `${path}.idx`);
  }
}

function errorOf(error: unknown): string {
  return isBriefgraphError(error) ? `${error.code}: ${error.message}` : String(error);
}

describe("the store file and its index", () => {
  it.each(GRAPHS)("%s: the store is plain JSON that reads back to the same graph, with an index beside it", async (_name, make) => {
    const graph = make();
    const path = await storeOf(graph);
    expect(existsSync(`${path}.idx`)).toBe(true);
    expect(() => JSON.parse(readFileSync(path, "utf8"))).not.toThrow();
    const back = await readStore(path);
    expect(serializeGraph(back)).toEqual(serializeGraph(graph));
  });

  const big = syntheticGraph({ nodes: 2000, edges: 6000, seed: 11 });
  const hub = big.nodes().find((n) => big.getNodeAttribute(n, "type") !== "Statement" && big.degree(n) > 20) ?? "";
  const CASES: [string, () => BriefGraph, Selection, ExportFormat][] = [
    ["a name, 1 hop, json", kiddGraph, { around: "Counter-Missile Working Group", hops: 1 }, "json"],
    ["an alias in another case, 2 hops, graphml", kiddGraph, { around: "cmwg", hops: 2 }, "graphml"],
    ["an id, 0 hops, cypher", kiddGraph, { around: "body:counter-missile-working-group", hops: 0 }, "cypher"],
    ["an edge-type filter, md (with statements)", kiddGraph, { around: "UFS 24", hops: 2, edgeTypes: ["SIMULATES"] }, "md"],
    ["a type filter and a statement filter, gexf", kiddGraph, { around: "ROK", hops: 2, types: ["Body"], statement: "Joint Press Statement for the 25th Korea-U.S. Integrated Defense Dialogue" }, "gexf"],
    ["names that need escaping, 3 hops, json", hostileGraph, { around: "actor:a", hops: 3 }, "json"],
    ["a synthetic hub, 2 hops, json", () => big, { around: hub, hops: 2 }, "json"],
    ["a synthetic hub, 3 hops, md", () => big, { around: hub, hops: 3 }, "md"],
  ];
  it.each(CASES)("an export around %s gives the same bytes through the index as from the whole store", async (_name, make, selection, format) => {
    const path = await storeOf(make());
    const part = await readStoreNeighbourhood(path, { around: selection.around ?? "", hops: selection.hops ?? 1 });
    expect(part?.graph.hasNode(part.center)).toBe(true);
    const [indexed, whole] = await bothWays(path, selection, format);
    expect(indexed.length).toBeGreaterThan(0);
    expect(indexed).toBe(whole);
  });

  it.each<[ExportFormat, number]>([
    ["json", 2],
    ["graphml", 2],
    ["gexf", 1],
    ["cypher", 2],
    ["md", 2],
    ["html", 1],
    ["svg", 0],
  ])("exports %s around a name (%i hops) from the index alone: a broken record elsewhere in the store is never read", async (format, hops) => {
    const path = await storeOf(big);
    const name = big.getNodeAttribute(hub, "name");
    const expected = await exportText(path, { around: name, hops }, format);
    const near = neighbourhood(big, [hub], hops);
    const text = readFileSync(path, "utf8");
    let at = 0;
    const far = text.split("\n").find((line) => {
      const key = /^\{"key":"([^"]+)","attributes":\{(?!.*"type":"Statement")/.exec(line)?.[1];
      at += line.length + 1;
      return key !== undefined && !near.has(key) && at > 70_000 && at < text.length - 70_000;
    });
    expect(far).toBeDefined();
    // Same length, so the index still fits; no longer JSON, so reading the whole store fails.
    writeFileSync(path, text.replace(far ?? "", (far ?? "").replace('"attributes":{', '"attributes":[')));
    await expect(readStore(path).catch(errorOf)).resolves.toMatch(/^STORE_INVALID: .*not valid JSON/);
    expect(await exportText(path, { around: name, hops }, format)).toBe(expected);
  });

  it("names a statement as the centre with the same error through the index as from the whole store", async () => {
    const path = await storeOf(kiddGraph());
    const selection = { around: "Joint Press Statement for the 25th Korea-U.S. Integrated Defense Dialogue", hops: 1 };
    expect(await readStoreNeighbourhood(path, selection)).toBeDefined();
    const indexed = await exportText(path, selection, "json").catch(errorOf);
    rmSync(`${path}.idx`);
    expect(indexed).toMatch(/^USAGE: --around needs an entity/);
    expect(await exportText(path, selection, "json").catch(errorOf)).toBe(indexed);
  });

  it("reads only the neighbourhood through the index, not the whole store", async () => {
    const path = await storeOf(big);
    const part = await readStoreNeighbourhood(path, { around: hub, hops: 1 });
    expect(part?.center).toBe(hub);
    expect(part?.graph.order).toBe(new Set([hub, ...big.neighbors(hub)].filter((n) => big.getNodeAttribute(n, "type") !== "Statement")).size);
    expect(part?.graph.order).toBeLessThan(big.order / 10);
  });

  let hostileStore = "";
  beforeAll(async () => {
    hostileStore = await storeOf(hostileGraph());
  });

  it.each<[string, (path: string) => void]>([
    ["the index is missing", (path) => rmSync(`${path}.idx`)],
    ["the index is not an index", (path) => writeFileSync(`${path}.idx`, "garbage")],
    ["the index is cut short", (path) => writeFileSync(`${path}.idx`, readFileSync(`${path}.idx`).subarray(0, 200))],
    ["the index belongs to another store", (path) => writeFileSync(`${path}.idx`, readFileSync(`${hostileStore}.idx`))],
  ])("when %s, an export reads the whole store and gives the same bytes", async (_name, damage) => {
    const path = await storeOf(kiddGraph());
    const expected = await exportText(path, { around: "CMWG", hops: 1 }, "json");
    damage(path);
    expect(await readStoreNeighbourhood(path, { around: "CMWG", hops: 1 })).toBeUndefined();
    expect(await exportText(path, { around: "CMWG", hops: 1 }, "json")).toBe(expected);
  });

  it("when the store is rewritten without its index, an export gives what the new store holds", async () => {
    const path = await storeOf(kiddGraph());
    writeFileSync(path, readFileSync(hostileStore));
    await expect(exportText(path, { around: "CMWG", hops: 1 }, "json").catch(errorOf)).resolves.toMatch(/^NAME_NOT_FOUND: no entity named "CMWG"/);
    expect(await exportText(path, { around: "actor:a", hops: 1 }, "json")).toBe(await exportText(hostileStore, { around: "actor:a", hops: 1 }, "json"));
  });

  it("when a record in the middle of the store changes under an unchanged index, the store's words count", async () => {
    const path = await storeOf(big);
    const text = readFileSync(path, "utf8");
    const record = text.split("\n").find((line) => line.includes(`"key":"${hub}"`)) ?? "";
    const name = big.getNodeAttribute(hub, "name");
    expect(text.indexOf(record)).toBeGreaterThan(64 * 1024);
    // Same length, so the index still fits the file: a renamed centre is no longer found by its old name ...
    writeFileSync(path, text.replace(record, record.replace(`"name":"${name}"`, `"name":"${name.toUpperCase().replace(/ /g, "_")}"`)));
    expect(await readStoreNeighbourhood(path, { around: name, hops: 1 })).toBeUndefined();
    await expect(exportText(path, { around: name, hops: 1 }, "json").catch(errorOf)).resolves.toMatch(/^NAME_NOT_FOUND/);
    // ... and a record that is no longer valid is reported as the full read reports it.
    writeFileSync(path, text.replace(record, record.replace(/"type":"\w/, '"type":"Z')));
    await expect(readStoreNeighbourhood(path, { around: hub, hops: 1 }).catch(errorOf)).resolves.toMatch(
      /^STORE_INVALID: .*store-\d+\.json: not a briefgraph graph \(at nodes\.\d+\.attributes/,
    );
  });
});

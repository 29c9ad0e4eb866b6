/** `briefgraph export` end to end on the real extractor's graph of the seed statement, through cli/main.ts. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { PNG } from "pngjs";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { runCli } from "../support/run-cli.ts";
import { createGraph, deserializeGraph, readStore, writeStore } from "../../graph/index.ts";
import { ingestPaths } from "../../ingest/index.ts";
import { FORMATS, type ExportFormat } from "../../export/index.ts";
import { CMWG_QUOTE, SEED_PATH } from "./fixtures.ts";

const dir = mkdtempSync(join(tmpdir(), "briefgraph-export-cli-"));
const store = join(dir, "seed.json");
const emptyStore = join(dir, "empty.json");

const cli = runCli;

const wellFormed = (xml: string) => {
  const errors: string[] = [];
  new DOMParser({ errorHandler: { warning: () => undefined, error: (m: string) => errors.push(m), fatalError: (m: string) => errors.push(m) } }).parseFromString(xml, "application/xml");
  return errors;
};

beforeAll(async () => {
  const { graph } = await ingestPaths([SEED_PATH]);
  await writeStore(store, graph);
  await writeStore(emptyStore, createGraph());
});
afterEach(() => vi.restoreAllMocks());

/** What each format must show for the CMWG neighbourhood of the seed. */
const CHECKS: Record<ExportFormat, (path: string) => void> = {
  json: (p) => {
    const g = deserializeGraph(JSON.parse(readFileSync(p, "utf8")), p);
    expect(g.hasNode("body:counter-missile-working-group")).toBe(true);
    expect(g.filterNodes((_k, a) => a.type === "Statement")).toHaveLength(1);
    expect(g.filterEdges((_k, a) => a.type === "MENTIONED_IN").length).toBeGreaterThan(0);
  },
  graphml: (p) => {
    const xml = readFileSync(p, "utf8");
    expect(wellFormed(xml)).toEqual([]);
    expect(xml).toContain('<node id="body:counter-missile-working-group">');
  },
  gexf: (p) => {
    const xml = readFileSync(p, "utf8");
    expect(wellFormed(xml)).toEqual([]);
    expect(xml).toMatch(/<node id="body:counter-missile-working-group" label="Counter-Missile Working Group">/);
  },
  csv: (p) => {
    expect(readFileSync(join(p, "nodes.csv"), "utf8")).toMatch(/^id:ID,:LABEL,/);
    expect(readFileSync(join(p, "edges.csv"), "utf8")).toMatch(/^:START_ID,:END_ID,:TYPE,/);
  },
  cypher: (p) => expect(readFileSync(p, "utf8")).toContain('MERGE (n:Body {id: "body:counter-missile-working-group"})'),
  svg: (p) => {
    const svg = readFileSync(p, "utf8");
    expect(wellFormed(svg)).toEqual([]);
    expect(svg).toContain('data-id="body:counter-missile-working-group"');
    expect(svg).toContain("Joint Press Statement");
  },
  png: (p) => expect(PNG.sync.read(readFileSync(p)).width).toBe(1600),
  md: (p) => {
    expect(readFileSync(p, "utf8")).toContain(CMWG_QUOTE);
    expect(existsSync(p.replace(/\.md$/, ".svg"))).toBe(true);
  },
  html: (p) => expect(readFileSync(p, "utf8")).toContain(`<q>${CMWG_QUOTE}</q>`),
};

describe("briefgraph export on the seed statement", () => {
  it.each(FORMATS)("--around CMWG --hops 1 --format %s writes a file that shows the CMWG neighbourhood", async (format) => {
    const out = join(dir, format === "csv" ? "csv-out" : format === "md" ? "cmwg-brief.md" : `cmwg.${format}`);
    const run = await cli("export", "--store", store, "--around", "CMWG", "--hops", "1", "--format", format, "-o", out);
    expect(run.stderr).toMatch(/^exported \d+ nodes, \d+ edges as /);
    expect(run.code).toBe(0);
    CHECKS[format](out);
  });

  it("without -o, a text format goes to stdout", async () => {
    const run = await cli("export", "--store", store, "--around", "cmwg", "--format", "json");
    expect(run.code).toBe(0);
    const g = deserializeGraph(JSON.parse(run.stdout), "stdout");
    expect(g.nodes()).toContain("body:counter-missile-working-group");
  });

  it("--query neighbourhood --param name=CMWG exports the entities the named query returns", async () => {
    const run = await cli("export", "--store", store, "--query", "neighbourhood", "--param", "name=CMWG", "--param", "hops=1", "--format", "json");
    expect(run.code).toBe(0);
    const byAround = await cli("export", "--store", store, "--around", "CMWG", "--hops", "1", "--format", "json");
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(byAround.stdout));
  });

  it.each<[string, string[], string, boolean?]>([
    ["an unknown name lists the closest names", ["--store", store, "--around", "Counter Missle Group", "--format", "json"], 'no entity named "Counter Missle Group"; closest: .*"Counter-Missile Working Group".* \\[NAME_NOT_FOUND\\]'],
    ["hops above 5", ["--store", store, "--around", "CMWG", "--hops", "6"], "--hops must be a whole number from 0 to 5, got 6 \\[USAGE\\]"],
    ["hops that are not a number", ["--store", store, "--around", "CMWG", "--hops", "two"], '--hops must be a whole number, got "two" \\[USAGE\\]'],
    ["an unknown format", ["--store", store, "--around", "CMWG", "--format", "pdf"], 'unknown format "pdf"; use one of graphml, gexf, json, csv, cypher, svg, png, md, html \\[USAGE\\]'],
    ["an empty selection", ["--store", emptyStore, "--format", "json"], "the selection is empty: nothing matches these options \\[EMPTY_SELECTION\\]"],
    ["an unknown node type", ["--store", store, "--type", "Person"], 'unknown node type "Person"; use one of Actor, Body, Agreement, Exercise, Threat \\[USAGE\\]'],
    ["a missing store", ["--store", join(dir, "nope.json"), "--around", "CMWG"], "nope.json: no store here .* \\[INPUT_NOT_FOUND\\]"],
    ["csv without -o", ["--store", store, "--around", "CMWG", "--format", "csv"], "csv writes nodes.csv and edges.csv: give -o DIR \\[USAGE\\]", false],
    ["--cypher without --neo4j", ["--store", store, "--cypher", "MATCH (n) RETURN n"], "--cypher reads from Neo4j; add --neo4j \\[USAGE\\]"],
    ["an unknown named query", ["--store", store, "--query", "nosuch"], "\\[QUERY_UNKNOWN\\]"],
  ])("rejects %s with one clear line and exit code ≠ 0, writing nothing", async (_name, args, message, withOutput = true) => {
    const out = join(dir, `bad-${readdirSync(dir).length}.out`);
    const run = await cli("export", ...args, ...(withOutput ? ["-o", out] : []));
    if (!withOutput) expect(run.stdout).toBe("");
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(new RegExp(`^briefgraph: .*${message}\\n$`));
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });

  it.each<[string, ExportFormat]>([
    ["json", "json"],
    ["a Markdown brief and its picture", "md"],
    ["csv", "csv"],
  ])("an unwritable -o fails with one line and leaves no partial %s behind", async (_name, format) => {
    const blocker = join(dir, `blocker-${format}`);
    writeFileSync(blocker, "a file, not a folder");
    const out = join(blocker, format === "csv" ? "csv" : `brief.${format}`);
    const run = await cli("export", "--store", store, "--around", "CMWG", "--format", format, "-o", out);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^briefgraph: .*cannot write .*\[OUTPUT_UNWRITABLE\]\n$/);
    expect(readFileSync(blocker, "utf8")).toBe("a file, not a folder");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("without a selection, the JSON export is the whole store: every node and edge, Statements and MENTIONED_IN included, with their attributes", async () => {
    const run = await cli("export", "--store", store, "--format", "json");
    expect(run.code).toBe(0);
    const back = deserializeGraph(JSON.parse(run.stdout), "stdout");
    const original = await readStore(store);
    expect(back.order).toBe(original.order);
    expect(back.size).toBe(original.size);
    back.forEachNode((key, attributes) => expect(attributes).toEqual(original.getNodeAttributes(key)));
    back.forEachEdge((key, attributes) => expect(attributes).toEqual(original.getEdgeAttributes(key)));
  });

  /** Nodes and edges in each data format's output file (or csv directory). */
  const COUNTS: Record<"json" | "graphml" | "gexf" | "csv" | "cypher", (path: string) => { nodes: number; edges: number }> = {
    json: (p) => {
      const g = deserializeGraph(JSON.parse(readFileSync(p, "utf8")), p);
      return { nodes: g.order, edges: g.size };
    },
    graphml: (p) => ({ nodes: readFileSync(p, "utf8").match(/<node id=/g)?.length ?? 0, edges: readFileSync(p, "utf8").match(/<edge id=/g)?.length ?? 0 }),
    gexf: (p) => ({ nodes: readFileSync(p, "utf8").match(/<node id=/g)?.length ?? 0, edges: readFileSync(p, "utf8").match(/<edge id=/g)?.length ?? 0 }),
    csv: (p) => ({
      nodes: readFileSync(join(p, "nodes.csv"), "utf8").trimEnd().split("\n").length - 1,
      edges: readFileSync(join(p, "edges.csv"), "utf8").trimEnd().split("\n").length - 1,
    }),
    cypher: (p) => ({ nodes: readFileSync(p, "utf8").match(/^MERGE \(n:/gm)?.length ?? 0, edges: readFileSync(p, "utf8").match(/MERGE \(a\)-\[r:/g)?.length ?? 0 }),
  };

  it.each(["json", "graphml", "gexf", "csv", "cypher"] as const)(
    "the whole-store %s export carries provenance (as stats counts it) by default, and --no-provenance leaves out exactly the Statements and MENTIONED_IN",
    async (format) => {
      const original = await readStore(store);
      const statements = original.filterNodes((_k, a) => a.type === "Statement").length;
      const mentions = original.filterEdges((_k, a) => a.type === "MENTIONED_IN").length;
      const withOut = join(dir, `whole-${format}`);
      const withoutOut = join(dir, `whole-noprov-${format}`);
      expect((await cli("export", "--store", store, "--format", format, "-o", withOut)).code).toBe(0);
      expect((await cli("export", "--store", store, "--format", format, "--no-provenance", "-o", withoutOut)).code).toBe(0);
      expect(COUNTS[format](withOut)).toEqual({ nodes: original.order, edges: original.size });
      expect(COUNTS[format](withoutOut)).toEqual({ nodes: original.order - statements, edges: original.size - mentions });
    },
  );

  it("--format md refuses to replace an existing picture beside -o with one line, and replaces it with --force", async () => {
    const md = join(dir, "clash.md");
    const svg = join(dir, "clash.svg");
    writeFileSync(svg, "<svg>mine</svg>");
    const refused = await cli("export", "--store", store, "--around", "CMWG", "--format", "md", "-o", md);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/clash\.svg: exists; .*--force.*\[OUTPUT_EXISTS\]\n$/);
    expect(readFileSync(svg, "utf8")).toBe("<svg>mine</svg>");
    expect(existsSync(md)).toBe(false);
    const forced = await cli("export", "--store", store, "--around", "CMWG", "--format", "md", "-o", md, "--force");
    expect(forced.code).toBe(0);
    expect(readFileSync(svg, "utf8")).toContain("<svg");
    expect(readFileSync(svg, "utf8")).not.toContain("mine");
  });
});

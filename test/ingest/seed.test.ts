import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { isEntity, validateGraph, type BriefGraph } from "../../graph/index.ts";
import { evaluate, ingestPaths, parseGold, type EvalReport } from "../../ingest/index.ts";
import { ungroundedRelations } from "../support/evidence.ts";

const SEED = new URL("../../corpus/kidd-25-joint-press-statement.txt", import.meta.url).pathname;
const GOLD = new URL("../fixtures/kidd-25-joint-press-statement.gold.json", import.meta.url).pathname;

let graph: BriefGraph;
let report: EvalReport;
beforeAll(async () => {
  graph = (await ingestPaths([SEED])).graph;
  report = evaluate(graph, parseGold(JSON.parse(readFileSync(GOLD, "utf8")), GOLD));
});

describe("extraction of the seed statement, scored against its gold annotations", () => {
  it("finds the entities with F1 of at least 0.90", () => {
    expect(report.entities.f1).toBeGreaterThanOrEqual(0.9);
  });

  it("finds the relations with F1 of at least 0.75", () => {
    expect(report.relations.f1).toBeGreaterThanOrEqual(0.75);
  });

  it("makes one node per referent: no duplicate matches a gold entity twice", () => {
    expect(report.entities.duplicates).toEqual([]);
  });

  it("gives a graph that validates against the schemas and endpoint rules", () => {
    expect(validateGraph(graph)).toEqual([]);
  });

  it("grounds every relation in a sentence that names both of its endpoints", () => {
    expect(ungroundedRelations(graph, { cueInSentence: true })).toEqual([]);
  });

  it("points evidence at the exact sentence offsets of the statement", async () => {
    const { statements } = await ingestPaths([SEED]);
    const text = statements[0]?.text ?? "";
    graph.forEachEdge((_key, attributes) => {
      if (attributes.type === "MENTIONED_IN") return;
      for (const e of attributes.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    });
  });

  it.each([
    ["DEPMIN Cho", "Cho Chang Lae"],
    ["CMWG", "Counter-Missile Working Group"],
    ["UFS", "Ulchi Freedom Shield 24"],
    ["Defense Department", "Department of Defense"],
    ["ROK-U.S. Alliance", "U.S.-ROK Alliance"],
    ["Defense Vision", "Defense Vision of the U.S.-ROK Alliance"],
  ])("resolves %j to the one node named %j", (alias, name) => {
    const nodes = graph.filterNodes((_k, a) => isEntity(a) && (a.name === name || a.aliases.includes(alias)));
    expect(nodes).toHaveLength(1);
    expect(graph.getNodeAttribute(nodes[0] ?? "", "name")).toBe(name);
  });

  it("keeps a person's office as a title, not as a node", () => {
    const cho = graph.findNode((_k, a) => a.name === "Cho Chang Lae");
    expect(graph.getNodeAttributes(cho ?? "")).toMatchObject({ kind: "person", title: "Deputy Minister for National Defense Policy" });
    expect(graph.findNode((_k, a) => /^Deputy Minister/.test(a.name))).toBeUndefined();
  });
});

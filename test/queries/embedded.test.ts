import { beforeAll, describe, expect, it } from "vitest";
import { isBriefgraphError, syntheticGraph, type BriefGraph } from "../../graph/index.ts";
import { NAMED_QUERIES, runNamedQuery, type Backend } from "../../queries/index.ts";
import { seedGraphFromGold } from "./seed-graph.ts";

let seed: BriefGraph;
let backend: Backend;
beforeAll(() => {
  seed = seedGraphFromGold();
  backend = { kind: "embedded", graph: seed };
});

async function errorCode(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    return isBriefgraphError(error) ? error.code : `not a BriefgraphError: ${String(error)}`;
  }
  return "no error";
}

describe("named queries on the embedded store (seed statement)", () => {
  it("bodies shows the Defense Science and Technology Executive Committee under the SCM", async () => {
    const rows = await runNamedQuery(backend, "bodies");
    expect(rows).toContainEqual(expect.objectContaining({ body: "Defense Science and Technology Executive Committee", partOf: ["Security Consultative Meeting"] }));
    const scm = rows.find((r) => r.body === "Security Consultative Meeting");
    expect(scm?.parts).toContain("Defense Science and Technology Executive Committee");
  });

  it("threats shows Ulchi Freedom Shield 24 simulating GPS jamming", async () => {
    const rows = await runNamedQuery(backend, "threats");
    expect(rows.find((r) => r.threat === "GPS jamming")?.simulatedBy).toEqual(["Ulchi Freedom Shield 24"]);
  });

  it("evidence between Cyber Flag and the CCWG quotes its sentence, once", async () => {
    const rows = await runNamedQuery(backend, "evidence", { from: "Cyber Flag", to: "CCWG" });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ source: "Cyber Flag", relation: "PART_OF", target: "Cyber Cooperation Working Group" });
    expect(rows[0]?.quote).toContain("the work of the Cyber Cooperation Working Group (CCWG), including the Cyber Alliance and Cyber Flag exercise");
  });

  it("path links Cho Chang Lae to the Counter-Missile Working Group", async () => {
    const rows = await runNamedQuery(backend, "path", { from: "Cho Chang Lae", to: "Counter-Missile Working Group" });
    expect(rows[0]?.name).toBe("Cho Chang Lae");
    expect(rows.at(-1)?.name).toBe("Counter-Missile Working Group");
    expect(rows.slice(1).every((r) => Array.isArray(r.via) && r.via.length > 0)).toBe(true);
  });

  it("commitments lists the agreements an actor commits to, with quotes", async () => {
    const rows = await runNamedQuery(backend, "commitments", { actor: "ROK" });
    const rdpa = rows.find((r) => r.agreement === "Reciprocal Defense Procurement Agreement");
    expect(rdpa).toMatchObject({ relation: "COMMITS_TO" });
    expect(String(rdpa?.quotes)).toContain("pledged to advance progress on a Reciprocal Defense Procurement Agreement");
  });

  it("mentions gives the statement and the sentences that name an entity", async () => {
    const rows = await runNamedQuery(backend, "mentions", { name: "SCM" });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ date: "2024-09-23" });
    expect(Array.isArray(rows[0]?.sentences) && rows[0].sentences.length).toBeGreaterThan(0);
  });

  it("neighbourhood grows with hops and never includes the entity or a statement", async () => {
    const one = await runNamedQuery(backend, "neighbourhood", { name: "CMWG", hops: 1 });
    const two = await runNamedQuery(backend, "neighbourhood", { name: "CMWG", hops: "2" });
    expect(one.length).toBeGreaterThan(0);
    expect(two.length).toBeGreaterThan(one.length);
    expect(two.some((r) => r.name === "Counter-Missile Working Group" || r.type === "Statement")).toBe(false);
    expect(two.map((r) => r.distance)).toEqual([...two.map((r) => Number(r.distance))].sort((a, b) => a - b));
  });
});

describe("neighbourhood limit", () => {
  it.each([[1], [5], [20]])("limit=%i keeps the nearest entities, in the unlimited order", async (limit) => {
    const all = await runNamedQuery(backend, "neighbourhood", { name: "Republic of Korea", hops: 2, limit: 100_000 });
    const cut = await runNamedQuery(backend, "neighbourhood", { name: "Republic of Korea", hops: 2, limit });
    expect(all.length).toBeGreaterThan(20);
    expect(cut).toEqual(all.slice(0, limit));
  });
});

describe("name resolution", () => {
  it.each([
    ["Security Consultative Meeting"],
    ["security consultative meeting"],
    ["SCM"],
    ["scm"],
    ["the SCM"],
    ["body:security-consultative-meeting"],
  ])("resolves %j to the Security Consultative Meeting, by name or alias, case-insensitively", async (name) => {
    const rows = await runNamedQuery(backend, "mentions", { name });
    expect(rows).toHaveLength(1);
    const neighbours = await runNamedQuery(backend, "neighbourhood", { name });
    expect(neighbours.map((r) => r.name)).toContain("Defense Science and Technology Executive Committee");
  });
});

describe("bad input", () => {
  it.each([
    ["an unknown entity", "mentions", { name: "Atlantis Working Group" }, "NAME_NOT_FOUND"],
    ["a missing parameter", "path", { from: "SCM" }, "QUERY_PARAMS_INVALID"],
    ["hops out of range", "neighbourhood", { name: "SCM", hops: "9" }, "QUERY_PARAMS_INVALID"],
    ["hops not a number", "neighbourhood", { name: "SCM", hops: "two" }, "QUERY_PARAMS_INVALID"],
    ["an unexpected parameter", "bodies", { name: "SCM" }, "QUERY_PARAMS_INVALID"],
    ["an unknown query", "everything", {}, "QUERY_UNKNOWN"],
  ])("rejects %s with %s", async (_what, query, params, code) => {
    expect(await errorCode(runNamedQuery(backend, query, params))).toBe(code);
  });
});

describe("every named query on a synthetic graph", () => {
  const graph = syntheticGraph({ nodes: 400, edges: 1200, seed: 7, statements: 3 });
  const names: string[] = [];
  graph.forEachNode((_id, a) => {
    if (a.type !== "Statement" && names.length < 3) names.push(a.name);
  });
  it.each(NAMED_QUERIES.map((q) => [q.name]))("%s answers the same rows twice (deterministic order)", async (name) => {
    const params = { name: names[0], hops: 2, from: names[0], to: names[1], actor: names[2] };
    const query = NAMED_QUERIES.find((q) => q.name === name);
    // diff compares two periods (the synthetic statements are dated on the first of January, February, March 2024).
    const wanted = name === "diff" ? { from: "2024-01", to: "2024-02..2024-03" } : Object.fromEntries(Object.entries(params).filter(([k]) => (query?.usage ?? "").includes(`${k}=`)));
    const a = await runNamedQuery({ kind: "embedded", graph }, name, wanted);
    const b = await runNamedQuery({ kind: "embedded", graph }, name, wanted);
    expect(b).toEqual(a);
  });
});

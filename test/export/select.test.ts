import { describe, expect, it } from "vitest";
import { createGraph, isBriefgraphError, type BriefGraph } from "../../graph/index.ts";
import { selectSubgraph, type Selection } from "../../export/index.ts";
import { hostileGraph, kiddGraph } from "./fixtures.ts";

const names = (g: BriefGraph) => g.mapNodes((_k, a) => a.name).sort();
const relations = (g: BriefGraph) => g.filterEdges((_k, a) => a.type !== "MENTIONED_IN").length;

function failure(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (error) {
    if (isBriefgraphError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected a BriefgraphError");
}

describe("subgraph selection", () => {
  it.each<[string, Selection, string[]]>([
    ["CMWG with 0 hops is CMWG alone", { around: "CMWG", hops: 0 }, ["Counter-Missile Working Group"]],
    [
      "CMWG with 1 hop adds both parties and the threat it addresses, in either direction",
      { around: "cmwg", hops: 1 },
      ["Counter-Missile Working Group", "DPRK missile threats", "Republic of Korea", "United States"],
    ],
    [
      "CMWG with 2 hops reaches the exercise simulating the threat and the agreement ROK commits to",
      { around: "Counter-Missile Working Group", hops: 2 },
      [
        "Counter-Missile Working Group",
        "DPRK missile threats",
        "Ministry of National Defense",
        "Reciprocal Defense Procurement Agreement",
        "Republic of Korea",
        "Ulchi Freedom Shield 24",
        "United States",
      ],
    ],
    [
      "an alias in any case finds the entity, and the edge-type filter walks only those relations",
      { around: "ufs 24", hops: 2, edgeTypes: ["SIMULATES"] },
      ["DPRK missile threats", "GPS jamming", "Ulchi Freedom Shield 24"],
    ],
    [
      "the type filter keeps the centre and the entities of the listed types",
      { around: "CMWG", hops: 2, types: ["Actor"] },
      ["Counter-Missile Working Group", "Ministry of National Defense", "Republic of Korea", "United States"],
    ],
    ["a statement title selects what it mentions", { statement: "joint press statement for the 25th korea-u.s. integrated defense dialogue", types: ["Exercise"] }, ["Cyber Flag", "Ulchi Freedom Shield 24"]],
  ])("%s", (_name, selection, expected) => {
    expect(names(selectSubgraph(kiddGraph(), selection))).toEqual(expected);
  });

  it("keeps every relation between selected entities, none to the outside, and only of the selected types", () => {
    const all = selectSubgraph(kiddGraph(), { around: "CMWG", hops: 1 });
    expect(relations(all)).toBe(4);
    expect(all.hasEdge("actor:republic-of-korea|COOPERATES_WITH|actor:united-states")).toBe(true);
    expect(all.hasEdge("exercise:ulchi-freedom-shield-24|SIMULATES|threat:dprk-missile-threats")).toBe(false);
    const participation = selectSubgraph(kiddGraph(), { around: "CMWG", hops: 1, edgeTypes: ["PARTICIPATES_IN"] });
    expect(participation.mapEdges((_k, a) => a.type)).toEqual(["PARTICIPATES_IN", "PARTICIPATES_IN"]);
  });

  it("adds the statements of the selected entities only when asked", () => {
    const bare = selectSubgraph(kiddGraph(), { around: "CMWG", hops: 1 });
    const full = selectSubgraph(kiddGraph(), { around: "CMWG", hops: 1, withStatements: true });
    expect(bare.filterNodes((_k, a) => a.type === "Statement")).toEqual([]);
    expect(full.filterNodes((_k, a) => a.type === "Statement")).toHaveLength(1);
    expect(full.filterEdges((_k, a) => a.type === "MENTIONED_IN")).toHaveLength(4);
  });

  it.each<[string, () => BriefGraph, Selection, string, RegExp]>([
    ["an unknown name, listing the closest names", kiddGraph, { around: "Counter Missile Workgroup" }, "NAME_NOT_FOUND", /closest: "Counter-Missile Working Group"/],
    ["hops above 5", kiddGraph, { around: "CMWG", hops: 6 }, "USAGE", /--hops must be a whole number from 0 to 5/],
    ["negative hops", kiddGraph, { around: "CMWG", hops: -1 }, "USAGE", /from 0 to 5/],
    ["a statement as the centre", kiddGraph, { around: "Joint Press Statement for the 25th Korea-U.S. Integrated Defense Dialogue" }, "USAGE", /use --statement/],
    ["an unknown statement, listing the statements", kiddGraph, { statement: "nothing" }, "NAME_NOT_FOUND", /no statement "nothing"; statements: "statement:joint-press/],
    ["a type filter that leaves nothing", hostileGraph, { types: ["Exercise"] }, "EMPTY_SELECTION", /selection is empty/],
    ["an empty store", createGraph, {}, "EMPTY_SELECTION", /selection is empty/],
  ])("rejects %s with a clear error", (_name, make, selection, code, message) => {
    const error = failure(() => selectSubgraph(make(), selection));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });
});

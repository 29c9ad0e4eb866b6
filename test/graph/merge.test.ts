import { describe, expect, it } from "vitest";
import { entityId, graphToJson, mergeGraphs, mergeInto, serializeGraph, validateGraph } from "../../graph/index.ts";
import { extractText } from "../../ingest/index.ts";

const A = "Joint Statement A\n\nThe ROK Ministry of National Defense and the U.S. Department of Defense held the 9th Korea-U.S. Integrated Defense Dialogue (KIDD) on May 1, 2024. Both sides strongly condemned the DPRK's ballistic missile launches.";
const B = "Joint Statement B\n\nThe Ministry of National Defense (MND) and the Department of Defense (DoD) held the 10th KIDD on June 2, 2025. The two sides strongly condemned the DPRK's ballistic missile launches and pledged to work through the Nuclear Consultative Group.";

describe("merging statements", () => {
  it("gives the same entity the same id in every statement", () => {
    const a = extractText(A, "a.txt");
    const b = extractText(B, "b.txt");
    for (const id of [entityId("Actor", "Ministry of National Defense"), entityId("Body", "Korea-U.S. Integrated Defense Dialogue"), entityId("Threat", "ballistic missile launches")]) {
      expect(a.hasNode(id)).toBe(true);
      expect(b.hasNode(id)).toBe(true);
    }
  });

  it("unions aliases and evidence and sums mentions across statements", () => {
    const merged = mergeGraphs([extractText(A, "a.txt"), extractText(B, "b.txt")]);
    const mnd = merged.getNodeAttributes(entityId("Actor", "Ministry of National Defense"));
    expect(mnd.type === "Actor" && mnd.aliases).toEqual(expect.arrayContaining(["ROK Ministry of National Defense", "MND"]));
    expect(mnd.type === "Actor" && mnd.mentions).toBe(2);
    const condemn = merged.filterEdges((_k, a, s, t) => a.type === "CONDEMNS" && s === entityId("Actor", "Republic of Korea") && t === entityId("Threat", "ballistic missile launches"));
    expect(condemn).toHaveLength(1);
    const attributes = merged.getEdgeAttributes(condemn[0] ?? "");
    expect(attributes.type !== "MENTIONED_IN" && new Set(attributes.evidence.map((e) => e.statement)).size).toBe(2);
    expect(validateGraph(merged)).toEqual([]);
  });

  it("changes nothing when the same statement is merged twice", () => {
    const once = mergeGraphs([extractText(A, "a.txt")]);
    const twice = mergeGraphs([extractText(A, "a.txt"), extractText(A, "a.txt")]);
    expect(graphToJson(twice)).toBe(graphToJson(once));
  });

  it("identifies an acronym-only entity with the full name seen in another statement", () => {
    const target = extractText("Statement one\n\nBoth sides welcomed the Space Policy Working Group (SPWG).", "one.txt");
    const source = extractText("Statement two\n\nThe Space Policy Working Group met in Seoul and the SPWG agreed.", "two.txt");
    mergeInto(target, source);
    expect(target.filterNodes((_k, a) => a.name === "Space Policy Working Group")).toHaveLength(1);
  });

  it("serialises the same graph to the same bytes whatever the insertion order", () => {
    const ab = mergeGraphs([extractText(A, "a.txt"), extractText(B, "b.txt")]);
    const again = mergeGraphs([extractText(A, "a.txt"), extractText(B, "b.txt")]);
    expect(JSON.stringify(serializeGraph(ab))).toBe(JSON.stringify(serializeGraph(again)));
  });
});

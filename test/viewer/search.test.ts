import { describe, expect, it } from "vitest";
import { isEntity } from "../../graph/index.ts";
import { SearchIndexBuilder, buildSearchIndex, searchNodes, type SearchEntry } from "../../viewer/src/model/search.ts";
import { relationDegrees } from "../../viewer/src/model/display.ts";
import type { BriefGraph } from "../../graph/index.ts";
import { seedGraph, seedLikeGraph } from "./fixtures.ts";

function entriesOf(graph: BriefGraph): SearchEntry[] {
  const degrees = relationDegrees(graph);
  return graph.mapNodes((key, a) => ({ key, name: a.name, aliases: isEntity(a) ? a.aliases : [], type: a.type, degree: degrees.get(key) ?? 0 }));
}
const indexOf = (graph: BriefGraph) => buildSearchIndex(entriesOf(graph));
const index = indexOf(seedLikeGraph());
const seedEntries = entriesOf(await seedGraph());
const seedIndex = buildSearchIndex(seedEntries);

describe("search over the extracted seed statement", () => {
  it.each([
    ["CMWG", "Counter-Missile Working Group"],
    ["SCM", "Security Consultative Meeting"],
    ["CCWG", "Cyber Cooperation Working Group"],
    ["UFS 24", "Ulchi Freedom Shield 24"],
    ["DEPMIN Cho", "Cho Chang Lae"],
    ["Defense Science", "Defense Science and Technology Executive Committee"],
    ["gps jam", "GPS jamming"],
  ])("finds %s as %s first", (query, name) => {
    expect(searchNodes(seedIndex, query)[0]?.name).toBe(name);
  });
});

describe("search over names and aliases", () => {
  it.each([
    ["CMWG", "Counter-Missile Working Group", "CMWG"],
    ["cmwg", "Counter-Missile Working Group", "CMWG"],
    ["SCM", "Security Consultative Meeting", "SCM"],
    ["UFS 24", "Ulchi Freedom Shield 24", "UFS 24"],
    ["DEPMIN Cho", "Cho Chang Lae", "DEPMIN Cho"],
  ])("finds %s through an alias as %s first", (query, name, via) => {
    const [best] = searchNodes(index, query);
    expect(best?.name).toBe(name);
    expect(best?.via).toBe(via);
  });

  it.each([
    ["counter-missile", "Counter-Missile Working Group"],
    ["gps", "GPS jamming"],
    ["Security Cons", "Security Consultative Meeting"],
    ["the cho chang lae", "Cho Chang Lae"],
  ])("ranks a name match for %s first: %s", (query, name) => {
    const [best] = searchNodes(index, query);
    expect(best?.name).toBe(name);
    expect(best?.via).toBeUndefined();
  });

  it("ranks word-prefix matches by how busy the node is, then by name", () => {
    const names = searchNodes(index, "working").map((h) => h.name);
    expect(names).toEqual(["Counter-Missile Working Group", "Space Cooperation Working Group"]);
  });

  it("ranks an exact alias before a name that only starts with the query", () => {
    expect(searchNodes(index, "rok").map((h) => h.name)).toEqual(["Republic of Korea", "ROK delegation", "Defense Vision of the U.S.-ROK Alliance"]);
    expect(searchNodes(index, "ro").map((h) => h.name)[0]).toBe("ROK delegation");
  });

  it.each(["", "   ", "zzzz-no-such-thing"])("returns nothing for %j", (query) => {
    expect(searchNodes(index, query)).toEqual([]);
  });
});

describe("the search index built in slices", () => {
  const entries = seedEntries;
  /** A clock that moves 1 ms per reading: a budget of `ms` milliseconds lasts a known number of checks. */
  const ticking = () => {
    let t = 0;
    return () => t++;
  };

  it("takes several slices for a small budget and ends with the index built at once", () => {
    const builder = new SearchIndexBuilder(entries);
    const clock = ticking();
    let slices = 1;
    while (!builder.step(0, clock)) slices++;
    expect(slices).toBeGreaterThan(1);
    expect(builder.finish()).toEqual(buildSearchIndex(entries));
  });

  it.each([
    ["before any slice", 0],
    ["after one slice", 1],
  ])("finishes %s with the same index and answers", (_when, steps) => {
    const builder = new SearchIndexBuilder(entries);
    for (let i = 0; i < steps; i++) builder.step(0, ticking());
    const index = builder.finish();
    expect(index).toEqual(buildSearchIndex(entries));
    expect(searchNodes(index, "CMWG")[0]?.name).toBe("Counter-Missile Working Group");
  });
});

describe("the best matches kept as they are found", () => {
  /** Every match, fully sorted: what the box showed before it kept only the best as it went. */
  function sortedMatches(query: string, limit: number) {
    const all = searchNodes(seedIndex, query, Number.MAX_SAFE_INTEGER);
    const degree = new Map(seedEntries.map((e) => [e.key, e.degree]));
    return [...all].sort((a, b) => a.score - b.score || (degree.get(b.key) ?? 0) - (degree.get(a.key) ?? 0) || a.name.localeCompare(b.name)).slice(0, limit);
  }

  it.each([
    ["a", 8],
    ["e", 8],
    ["o", 3],
    ["co", 8],
    ["working group", 5],
    ["de", 1],
    ["u", 100],
  ])("gives for %s (limit %i) the head of the fully sorted matches", (query, limit) => {
    const kept = searchNodes(seedIndex, query, limit);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toEqual(sortedMatches(query, limit));
  });
});

/** `export --since/--until`: only what the statements dated in the range mention and state, with their quotes. */
import { beforeAll, describe, expect, it } from "vitest";
import { isBriefgraphError, type BriefGraph } from "../../graph/index.ts";
import { parseExportRequest, selectSubgraph } from "../../export/index.ts";
import { DATES, seriesGraph } from "./series.ts";

let graph: BriefGraph;
beforeAll(async () => {
  graph = await seriesGraph();
});

const names = (g: BriefGraph, type: string) => g.filterNodes((_k, a) => a.type === type).map((k) => g.getNodeAttribute(k, "name")).sort();

describe("export of a date range", () => {
  it("keeps the entities and relations stated in the range, and only the quotes from it", () => {
    const out = selectSubgraph(graph, { since: "2023-01-01", until: "2024-12-31", withStatements: true });
    expect(names(out, "Body")).toEqual(["Counter-Missile Working Group", "Cyber Cooperation Working Group", "Northern Shield Defense Dialogue"]);
    expect(names(out, "Statement")).toHaveLength(2);
    const dateOf = (id: string) => {
      const a = graph.getNodeAttributes(id);
      return a.type === "Statement" ? a.date : undefined;
    };
    const dates = new Set<string | undefined>();
    out.forEachEdge((_k, a) => {
      if (a.type !== "MENTIONED_IN") for (const e of a.evidence) dates.add(dateOf(e.statement));
    });
    expect([...dates].sort()).toEqual([DATES.nsdd21, DATES.nsdd22]);
  });

  it("keeps a relation stated before the range out of it", () => {
    const out = selectSubgraph(graph, { until: DATES.nsdd20 });
    expect(names(out, "Body")).toContain("Space Cooperation Working Group");
    expect(names(out, "Body")).not.toContain("Cyber Cooperation Working Group");
  });

  it.each([
    ["a range with no statement", { since: "2030-01-01" }, "EMPTY_SELECTION"],
  ])("refuses %s", (_name, selection, code) => {
    let error: unknown;
    try {
      selectSubgraph(graph, selection);
    } catch (e) {
      error = e;
    }
    expect(isBriefgraphError(error) && error.code).toBe(code);
  });

  it.each([
    [{ since: "2024-02-30" }, "--since 2024-02-30"],
    [{ until: "May 2024" }, "--until May 2024"],
    [{ since: "2024-06-01", until: "2024-01-01" }, "is after --until"],
  ])("refuses the options %j with a line naming them", (options, words) => {
    let error: unknown;
    try {
      parseExportRequest({ format: "json", ...options });
    } catch (e) {
      error = e;
    }
    expect(isBriefgraphError(error) && error.code).toBe("USAGE");
    expect(error instanceof Error && error.message).toContain(words);
  });
});

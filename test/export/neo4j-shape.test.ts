import { describe, expect, it } from "vitest";
import { edgeKey } from "../../graph/index.ts";
import { neo4jEdgeProps, neo4jLabels, neo4jNodeProps } from "../../export/formats/index.ts";
import { MARKER_LABEL, planLoad } from "../../queries/index.ts";
import { GRAPHS } from "./fixtures.ts";

describe("the Cypher and CSV exports write what the Neo4j loader writes", () => {
  it.each(GRAPHS)("node labels and properties of %s match queries/load-plan.ts", (_name, make) => {
    const graph = make();
    for (const group of planLoad(graph).nodes) {
      for (const row of group.rows) {
        const attributes = graph.getNodeAttributes(row.id);
        expect(neo4jNodeProps(row.id, attributes)).toEqual(row.props);
        expect(neo4jLabels(attributes)).toEqual([...group.labels, MARKER_LABEL]);
      }
    }
  });

  it.each(GRAPHS)("relationship types and properties of %s match queries/load-plan.ts", (_name, make) => {
    const graph = make();
    let seen = 0;
    for (const group of planLoad(graph).edges) {
      for (const row of group.rows) {
        const key = edgeKey(row.s, group.type, row.t);
        expect(neo4jEdgeProps(graph.getEdgeAttributes(key))).toEqual(row.props);
        seen++;
      }
    }
    expect(seen).toBe(graph.size);
  });
});

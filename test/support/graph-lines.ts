/** A graph as text lines, for tests that compare what the extractor found with what a sentence states. */
import { isEntity, type BriefGraph } from "../../graph/index.ts";

/** "Source name TYPE Target name" for every relation edge. */
export function edgeLines(graph: BriefGraph): string[] {
  return graph
    .filterEdges((_k, a) => a.type !== "MENTIONED_IN")
    .map((k) => `${graph.getNodeAttribute(graph.source(k), "name")} ${graph.getEdgeAttribute(k, "type")} ${graph.getNodeAttribute(graph.target(k), "name")}`);
}

/** "Type:Name" for every entity node. */
export function entityLines(graph: BriefGraph): string[] {
  return graph.filterNodes((_k, a) => isEntity(a)).map((k) => `${graph.getNodeAttribute(k, "type")}:${graph.getNodeAttribute(k, "name")}`);
}

/** "Source name TYPE Target name | cue" for every relation edge, with the cue of its first evidence. */
export function edgeCueLines(graph: BriefGraph): string[] {
  return graph
    .filterEdges((_k, a) => a.type !== "MENTIONED_IN")
    .map((k) => {
      const a = graph.getEdgeAttributes(k);
      const cue = a.type === "MENTIONED_IN" ? "" : (a.evidence[0]?.cue ?? "");
      return `${graph.getNodeAttribute(graph.source(k), "name")} ${a.type} ${graph.getNodeAttribute(graph.target(k), "name")} | ${cue}`;
    });
}

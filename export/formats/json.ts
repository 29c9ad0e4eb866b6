/** JSON: graphology's serialisation of the subgraph (keys sorted, so the same graph gives the same bytes;
 * compact, like the store, so big selections stay fast). */
import { serializeGraph, type BriefGraph } from "../../graph/model.ts";

export function toJSON(graph: BriefGraph): string {
  return `${JSON.stringify(serializeGraph(graph))}\n`;
}

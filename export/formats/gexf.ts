/** GEXF 1.3 for Gephi, through graphology-gexf's writer: colours by type, sizes by degree, seeded layout positions. */
import { write } from "graphology-gexf";
import type { BriefGraph } from "../../graph/model.ts";
import type { EdgeAttributes, NodeAttributes } from "../../graph/schema.ts";
import { edgeFields, fieldText, nodeFields, type FieldValue } from "./fields.ts";
import { layoutPositions } from "./layout.ts";
import { TYPE_COLORS, nodeSize } from "./palette.ts";
import { xmlSafe } from "./xml.ts";

function flatten(values: Record<string, FieldValue>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === "number") out[name] = value;
    else {
      const text = fieldText(value, "; ");
      if (text !== undefined) out[name] = xmlSafe(text);
    }
  }
  return out;
}

export interface GexfOptions {
  seed?: number;
}

export function toGEXF(graph: BriefGraph, options: GexfOptions = {}): string {
  const positions = layoutPositions(graph, options.seed === undefined ? {} : { seed: options.seed });
  return write<NodeAttributes, EdgeAttributes>(graph, {
    version: "1.3",
    pretty: true,
    formatNode: (key, attributes) => {
      const p = positions.get(key);
      return {
        label: xmlSafe(attributes.name),
        viz: { color: TYPE_COLORS[attributes.type], size: nodeSize(graph.degree(key)), x: p?.x ?? 0, y: p?.y ?? 0 },
        attributes: flatten(nodeFields(attributes)),
      };
    },
    formatEdge: (_key, attributes) => ({
      label: attributes.type,
      weight: attributes.type === "MENTIONED_IN" ? 1 : attributes.evidence.length,
      attributes: flatten(edgeFields(attributes)),
    }),
  });
}

/**
 * GraphML with declared `<key>` elements, readable by yEd, Cytoscape, Gephi and graphology-graphml. Each edge also
 * carries its relation type as the XML attribute `label`, which Gephi's GraphML importer takes as the edge's type
 * (as it takes GEXF's `kind`): without it Gephi merges parallel relations (LEADS and MEMBER_OF between the same two
 * nodes) into one edge.
 */
import type { BriefGraph } from "../../graph/model.ts";
import { EDGE_FIELDS, NODE_FIELDS, edgeFieldLines, nodeFieldLines, type FieldLine, type FieldSpec } from "./fields.ts";
import { TextBuilder } from "./text.ts";
import { escapeXml } from "./xml.ts";

/** Lists become one string joined by "; " (GraphML has no list type). */
function graphmlType(spec: FieldSpec): string {
  return spec.kind === "int" ? "int" : "string";
}

function keyElements(domain: "node" | "edge", prefix: string, fields: readonly FieldSpec[]): string[] {
  return fields.map(
    (f) => `  <key id="${prefix}_${f.name}" for="${domain}" attr.name="${f.name}" attr.type="${graphmlType(f)}"/>`,
  );
}

const nodeData: FieldLine = (name, text) => `      <data key="n_${name}">${text}</data>\n`;
const edgeData: FieldLine = (name, text) => `      <data key="e_${name}">${text}</data>\n`;

export function toGraphML(graph: BriefGraph): string {
  const out = new TextBuilder();
  const header = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    ...keyElements("node", "n", NODE_FIELDS),
    '  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>',
    ...keyElements("edge", "e", EDGE_FIELDS),
    '  <graph id="briefgraph" edgedefault="directed">',
  ];
  out.add(`${header.join("\n")}\n`);
  graph.forEachNode((key, attributes) => {
    out.add(
      `    <node id="${escapeXml(key)}">\n      <data key="label">${escapeXml(attributes.name)}</data>\n` +
        `${nodeFieldLines(attributes, nodeData)}    </node>\n`,
    );
  });
  graph.forEachEdge((key, attributes, source, target) => {
    const type = escapeXml(attributes.type);
    out.add(
      `    <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}" label="${type}">\n` +
        `      <data key="e_label">${type}</data>\n${edgeFieldLines(attributes, edgeData)}    </edge>\n`,
    );
  });
  out.add("  </graph>\n</graphml>\n");
  return out.text();
}

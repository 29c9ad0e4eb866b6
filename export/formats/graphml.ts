/** GraphML with declared `<key>` elements, readable by yEd, Cytoscape, Gephi and graphology-graphml. */
import type { BriefGraph } from "../../graph/model.ts";
import { EDGE_FIELDS, NODE_FIELDS, edgeFields, fieldText, nodeFields, type FieldSpec, type FieldValue } from "./fields.ts";
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

function dataElements(prefix: string, values: Record<string, FieldValue>, indent: string): string {
  let out = "";
  for (const [name, value] of Object.entries(values)) {
    const text = fieldText(value, "; ");
    if (text === undefined) continue;
    out += `${indent}<data key="${prefix}_${name}">${escapeXml(text)}</data>\n`;
  }
  return out;
}

export function toGraphML(graph: BriefGraph): string {
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    ...keyElements("node", "n", NODE_FIELDS),
    '  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>',
    ...keyElements("edge", "e", EDGE_FIELDS),
    '  <graph id="briefgraph" edgedefault="directed">',
  ];
  let body = "";
  graph.forEachNode((key, attributes) => {
    body += `    <node id="${escapeXml(key)}">\n      <data key="label">${escapeXml(attributes.name)}</data>\n`;
    body += dataElements("n", nodeFields(attributes), "      ");
    body += "    </node>\n";
  });
  graph.forEachEdge((key, attributes, source, target) => {
    body += `    <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}">\n`;
    body += `      <data key="e_label">${escapeXml(attributes.type)}</data>\n`;
    body += dataElements("e", edgeFields(attributes), "      ");
    body += "    </edge>\n";
  });
  return `${parts.join("\n")}\n${body}  </graph>\n</graphml>\n`;
}

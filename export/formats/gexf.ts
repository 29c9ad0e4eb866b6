/**
 * GEXF 1.2draft for Gephi and NetworkX (which reads 1.1 and 1.2draft, not 1.3): declared attributes, colours by
 * type as r/g/b, sizes by degree, seeded layout positions. Each edge has its key as id and its relation type as
 * `kind`, so Gephi keeps parallel relations (LEADS and MEMBER_OF between the same two nodes) apart.
 * Written directly (like GraphML) rather than with graphology-gexf's writer, which took about 25× longer on the
 * 100,000-node benchmark's selection; graphology-gexf's parser reads it back in the tests.
 */
import type { BriefGraph } from "../../graph/model.ts";
import { NODE_TYPES, type NodeType } from "../../graph/schema.ts";
import { EDGE_FIELDS, NODE_FIELDS, edgeFieldLines, nodeFieldLines, type FieldLine, type FieldSpec } from "./fields.ts";
import { layoutPositions } from "./layout.ts";
import { TYPE_COLORS, nodeSize } from "./palette.ts";
import { TextBuilder } from "./text.ts";
import { escapeXml } from "./xml.ts";

export interface GexfOptions {
  seed?: number;
}

function declarations(domain: "node" | "edge", fields: readonly FieldSpec[]): string {
  const lines = fields.map((f) => `      <attribute id="${f.name}" title="${f.name}" type="${f.kind === "int" ? "integer" : "string"}"/>`);
  return `    <attributes class="${domain}">\n${lines.join("\n")}\n    </attributes>\n`;
}

const attvalue: FieldLine = (name, text) => `          <attvalue for="${name}" value="${text}"/>\n`;

function attvalues(lines: string): string {
  return lines ? `        <attvalues>\n${lines}        </attvalues>\n` : "";
}

/** The palette's "#rrggbb" as GEXF 1.2's r, g and b attributes. */
function rgb(hex: string): string {
  const channel = (i: number) => Number.parseInt(hex.slice(i, i + 2), 16);
  return `r="${channel(1)}" g="${channel(3)}" b="${channel(5)}"`;
}

const RGB = new Map<NodeType, string>(NODE_TYPES.map((type) => [type, rgb(TYPE_COLORS[type])]));

const num = (v: number): string => String(Math.round(v * 1000) / 1000);

/** Sizes by degree, computed once per distinct degree (hubs aside, degrees repeat a lot). */
function sizeTexts(): (degree: number) => string {
  const known = new Map<number, string>();
  return (degree) => {
    let text = known.get(degree);
    if (text === undefined) {
      text = num(nodeSize(degree));
      known.set(degree, text);
    }
    return text;
  };
}

export function toGEXF(graph: BriefGraph, options: GexfOptions = {}): string {
  const positions = layoutPositions(graph, options.seed === undefined ? {} : { seed: options.seed });
  const out = new TextBuilder();
  for (const part of [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">\n',
    '  <meta>\n    <creator>briefgraph</creator>\n  </meta>\n',
    '  <graph defaultedgetype="directed" mode="static">\n',
    declarations("node", NODE_FIELDS),
    declarations("edge", EDGE_FIELDS),
    "    <nodes>\n",
  ]) {
    out.add(part);
  }
  const size = sizeTexts();
  graph.forEachNode((key, attributes) => {
    const p = positions.get(key) ?? { x: 0, y: 0 };
    out.add(
      `      <node id="${escapeXml(key)}" label="${escapeXml(attributes.name)}">\n${attvalues(nodeFieldLines(attributes, attvalue))}` +
        `        <viz:color ${RGB.get(attributes.type) ?? rgb(TYPE_COLORS[attributes.type])}/>\n` +
        `        <viz:size value="${size(graph.degree(key))}"/>\n` +
        `        <viz:position x="${num(p.x)}" y="${num(p.y)}" z="0"/>\n      </node>\n`,
    );
  });
  out.add("    </nodes>\n    <edges>\n");
  graph.forEachEdge((key, attributes, source, target) => {
    const weight = attributes.type === "MENTIONED_IN" ? 1 : attributes.evidence.length;
    out.add(
      `      <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}" kind="${attributes.type}" label="${attributes.type}" weight="${weight}">\n` +
        `${attvalues(edgeFieldLines(attributes, attvalue))}      </edge>\n`,
    );
  });
  out.add("    </edges>\n  </graph>\n</gexf>\n");
  return out.text();
}

import { DOMParser } from "@xmldom/xmldom";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGEXF } from "graphology-gexf";
import { parse as parseGraphML } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { deserializeGraph, serializeGraph, type BriefGraph } from "../../graph/index.ts";
import { toGEXF, toGraphML, toJSON, xmlSafe } from "../../export/formats/index.ts";
import { GRAPHS } from "./fixtures.ts";

interface Shape {
  nodes: string[];
  edges: string[];
}

/**
 * Node keys with their type and name, edge keys with source, target and type: what must survive a round trip
 * (through XML, less the control characters XML 1.0 cannot hold).
 */
function shape(
  graph: {
    forEachNode(cb: (key: string, attributes: Record<string, unknown>) => void): void;
    forEachEdge(cb: (key: string, attributes: Record<string, unknown>, source: string, target: string) => void): void;
  },
  clean: (text: string) => string = (t) => t,
): Shape {
  const nodes: string[] = [];
  const edges: string[] = [];
  graph.forEachNode((key, a) => nodes.push(`${key} ${String(a.type)} ${clean(String(a.name))}`));
  graph.forEachEdge((key, a, source, target) => edges.push(`${key} ${source} ${target} ${String(a.type)}`));
  return { nodes: nodes.sort(), edges: edges.sort() };
}

/** Parse errors, plus any character XML 1.0 forbids (xmldom lets those through). */
function wellFormed(xml: string): string[] {
  const errors: string[] = xmlSafe(xml) === xml ? [] : ["holds characters XML 1.0 forbids"];
  new DOMParser({
    errorHandler: { warning: () => undefined, error: (m: string) => errors.push(m), fatalError: (m: string) => errors.push(m) },
  }).parseFromString(xml, "application/xml");
  return errors;
}

const cases = GRAPHS.map(([name, make]): [string, BriefGraph] => [name, make()]);

describe("format round trips", () => {
  it.each(cases)("GraphML of %s reads back with graphology-graphml with the same nodes and edges", (_name, graph) => {
    const xml = toGraphML(graph);
    expect(wellFormed(xml)).toEqual([]);
    const back = parseGraphML(MultiDirectedGraph, xml);
    expect(shape(back)).toEqual(shape(graph, xmlSafe));
  });

  it.each(cases)("GraphML of %s declares a key for every data element it uses", (_name, graph) => {
    const xml = toGraphML(graph);
    const declared = new Set([...xml.matchAll(/<key id="([^"]+)"/g)].map((m) => m[1]));
    const used = new Set([...xml.matchAll(/<data key="([^"]+)"/g)].map((m) => m[1]));
    expect([...used].filter((k) => !declared.has(k))).toEqual([]);
  });

  it.each(cases)("GEXF 1.2draft of %s reads back with graphology-gexf with the same nodes and edges", (_name, graph) => {
    const xml = toGEXF(graph);
    expect(wellFormed(xml)).toEqual([]);
    expect(xml).toContain('xmlns="http://www.gexf.net/1.2draft"');
    const back = parseGEXF(MultiDirectedGraph, xml);
    expect(shape(back)).toEqual(shape(graph, xmlSafe));
  });

  it.each(cases)("GEXF of %s gives every node a colour, a size and a position, the same in every run", (_name, graph) => {
    const first = toGEXF(graph);
    const back = parseGEXF(MultiDirectedGraph, first);
    back.forEachNode((_key, a) => {
      expect(a.color).toMatch(/^(#[0-9a-f]{6}|rgba?\(.+\))$/i);
      expect(a.size).toBeGreaterThan(0);
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
    });
    expect(toGEXF(graph)).toBe(first);
  });

  it.each(cases)("JSON of %s is graphology's serialisation and deserialises to the same graph", (_name, graph) => {
    const back = deserializeGraph(JSON.parse(toJSON(graph)), "export");
    expect(serializeGraph(back)).toEqual(serializeGraph(graph));
  });
});

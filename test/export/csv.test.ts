import { describe, expect, it } from "vitest";
import { csvCell, csvSafeJson, toCSV } from "../../export/formats/index.ts";
import { GRAPHS, hostileGraph } from "./fixtures.ts";

describe("CSV for neo4j-admin import and LOAD CSV", () => {
  it.each([
    ['They said "A" and \\"B\\"'],
    ["ends with a backslash \\"],
    ["\\\\\" mixed \\u0022 text"],
    ["unicode ü — \u2028 and \t tabs"],
  ])("evidence JSON of %j keeps its meaning and never puts a backslash before a quote", (text) => {
    const json = JSON.stringify([{ text }]);
    const safe = csvSafeJson(json);
    expect(JSON.parse(safe)).toEqual(JSON.parse(json));
    expect(safe).not.toMatch(/\\"/);
  });

  it.each([
    ["plain", "plain"],
    ["a, b", '"a, b"'],
    ['say "x"', '"say ""x"""'],
    ["two\nlines", '"two\nlines"'],
    ["", '""'],
  ])("the cell %j is written as %j", (text, cell) => {
    expect(csvCell(text)).toBe(cell);
  });

  it.each(GRAPHS)("the CSV of %s has neo4j-admin headers and one row per node", (_name, make) => {
    const graph = make();
    const { nodes, edges } = toCSV(graph);
    const [nodeHeader] = nodes.split("\n");
    const [edgeHeader] = edges.split("\n");
    expect(nodeHeader).toMatch(/^id:ID,:LABEL,.*aliases:string\[\].*mentions:int/);
    expect(edgeHeader).toMatch(/^:START_ID,:END_ID,:TYPE,.*evidence:string\[\].*evidenceJson/);
    expect(nodes.match(/^(?:"[^"]*(?:""[^"]*)*"|[^,"\n]*),(?:Actor|Body|Agreement|Exercise|Threat|Statement)[;,]/gm)?.length).toBe(graph.order);
  });

  it("a list item with the array delimiter keeps its place: ';' inside an alias becomes ','", () => {
    const { nodes } = toCSV(hostileGraph());
    expect(nodes).toContain('"a,b;c|d;`e`*_[f](g)"');
  });
});

import { describe, expect, it } from "vitest";
import { CSV_ARRAY_DELIMITER, csvCell, csvSafeJson, toCSV } from "../../export/formats/index.ts";
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
    ["two\nlines", '"two lines"'],
    ["windows\r\nbreak", '"windows break"'],
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
    // eslint-disable-next-line no-control-regex -- U+001F separates a node's labels
    expect(nodes.match(/^(?:"[^"]*(?:""[^"]*)*"|[^,"\n]*),(?:Actor|Body|Agreement|Exercise|Threat|Statement)[\u001f,]/gm)?.length).toBe(graph.order);
  });

  it.each(GRAPHS)("with integer ids (the bulk load) %s's nodes are numbered from 1 with their id kept, and each relationship joins the numbers of its ends", (_name, make) => {
    const graph = make();
    const { nodes, edges } = toCSV(graph, { integerIds: true });
    const [header, ...rows] = nodes.trimEnd().split("\n");
    expect(header).toMatch(/^:ID,id,:LABEL,/);
    const idOf = new Map(rows.map((row) => /^(\d+),("(?:[^"]|"")*"|[^,]*),/.exec(row)?.slice(1, 3) ?? []).map(([n = "", id = ""]) => [n, id.replace(/^"|"$/g, "").replaceAll('""', '"')]));
    expect([...idOf.keys()]).toEqual(graph.nodes().map((_key, i) => String(i + 1)));
    expect([...idOf.values()]).toEqual(graph.nodes());
    const ends = edges.trimEnd().split("\n").slice(1).map((row) => row.split(",", 2).map((n) => idOf.get(n)));
    expect(ends).toEqual(graph.mapEdges((_key, _a, source, target) => [source, target]));
  });

  it("a list item holding ';' and ',' splits back exactly on the U+001F array delimiter", () => {
    const graph = hostileGraph();
    const aliases = ["a;b", "c,d", "`e`*_[f](g)"];
    graph.updateNodeAttributes("actor:a", (a) => ({ ...a, aliases }));
    const { nodes } = toCSV(graph);
    const cell = nodes.match(/"(a;b[^"]*)"/)?.[1] ?? "";
    expect(cell.split(CSV_ARRAY_DELIMITER)).toEqual(aliases);
  });

  it("for neo4j-admin alone (loadCsvSafe false) the evidence JSON is written as JSON.stringify gives it, as the online load stores it", () => {
    const graph = hostileGraph();
    const edge = graph.findEdge((_k, a) => a.type !== "MENTIONED_IN") ?? "";
    const attributes = graph.getEdgeAttributes(edge);
    if (attributes.type === "MENTIONED_IN") throw new Error("no relation in the fixture");
    const json = JSON.stringify(attributes.evidence);
    expect(json).toContain('\\"');
    expect(toCSV(graph, { loadCsvSafe: false }).edges).toContain(csvCell(json));
    expect(toCSV(graph).edges).not.toContain(csvCell(json));
  });

  it.each(GRAPHS)("no field of the CSV of %s spans two lines: every record is one line", (_name, make) => {
    const graph = make();
    const { nodes, edges } = toCSV(graph);
    expect(nodes.trimEnd().split("\n")).toHaveLength(graph.order + 1);
    expect(edges.trimEnd().split("\n")).toHaveLength(graph.size + 1);
  });

  it.each([
    ["=HYPERLINK(\"http://x\")", `"'=HYPERLINK(""http://x"")"`],
    ["+1", "'+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", `"'\tcmd"`],
    ["Minister", "Minister"],
  ])("a name cell %j is written formula-safe as %j, and as it is without formulaSafe", (name, written) => {
    const graph = hostileGraph();
    const id = graph.nodes()[0] ?? "";
    graph.setNodeAttribute(id, "name", name);
    expect(toCSV(graph).nodes).toContain(`,${written},`);
    expect(toCSV(graph, { formulaSafe: false }).nodes).toContain(`,${csvCell(name)},`);
  });
});

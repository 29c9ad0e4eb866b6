import { describe, expect, it } from "vitest";
import { CSV_ARRAY_DELIMITER, csvCell, csvSafeJson, csvStreams, toCSV, type CsvTableStream } from "../../export/formats/index.ts";
import { GRAPHS, hostileGraph } from "./fixtures.ts";

/** A streamed table's header and rows, as read in full. */
function readStream(table: CsvTableStream): { header: string; rows: string[] } {
  const body = [...table.rows].join("");
  return { header: table.header(), rows: body.trimEnd().split("\n") };
}

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

  it.each(GRAPHS)("the streamed CSV of %s (the bulk load's) has toCSV's header and rows, a row written before a column was first seen only lacking its empty trailing cells", (_name, make) => {
    const graph = make();
    const options = { formulaSafe: false, loadCsvSafe: false, integerIds: true };
    const whole = toCSV(graph, options);
    const streamed = csvStreams(graph, options);
    for (const [text, table] of [[whole.nodes, streamed.nodes], [whole.edges, streamed.edges]] as const) {
      const [header, ...rows] = text.trimEnd().split("\n");
      const read = readStream(table);
      expect(read.header).toBe(`${header}\n`);
      expect(read.rows).toHaveLength(rows.length);
      rows.forEach((row, i) => {
        const short = read.rows[i] ?? "";
        expect(row.startsWith(short) && /^,*$/.test(row.slice(short.length))).toBe(true);
      });
    }
  });

  it("the streamed CSV comes in chunks of whole rows, however many rows the graph has", () => {
    const graph = GRAPHS[1]?.[1]() ?? hostileGraph();
    const chunks = [...csvStreams(graph).edges.rows];
    expect(chunks.every((chunk) => chunk.endsWith("\n"))).toBe(true);
    expect(chunks.join("").split("\n")).toHaveLength(graph.size + 1);
  });

  it("a list column whose first values are empty lists takes the type of its first non-empty list (integer sentences stay integers)", () => {
    const graph = hostileGraph();
    const mentions = graph.filterEdges((_k, a) => a.type === "MENTIONED_IN");
    const first = mentions[0] ?? "";
    graph.updateEdgeAttributes(first, (a) => (a.type === "MENTIONED_IN" ? { ...a, sentences: [] } : a));
    expect(mentions.length).toBeGreaterThan(1);
    expect(toCSV(graph).edges.split("\n")[0]).toContain("sentences:int[]");
    expect(readStream(csvStreams(graph).edges).header).toContain("sentences:int[]");
  });
});

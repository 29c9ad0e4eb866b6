import { DomUtils, parseDocument } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { selectSubgraph } from "../../export/index.ts";
import { escapeMarkdown, escapeXml, toHTMLBrief, toMarkdownBrief } from "../../export/formats/index.ts";
import { CMWG_QUOTE, GRAPHS, SEED_TITLE, kiddGraph } from "./fixtures.ts";

const withStatements = GRAPHS.map(([name, make]): [string, ReturnType<typeof make>] => [
  name,
  selectSubgraph(make(), { withStatements: true }),
]);

function relationQuotes(graph: ReturnType<typeof kiddGraph>): string[] {
  const quotes: string[] = [];
  graph.forEachEdge((_k, a) => {
    if (a.type !== "MENTIONED_IN") for (const e of a.evidence) quotes.push(e.text);
  });
  return quotes;
}

describe("Markdown and HTML briefs", () => {
  it("the brief around CMWG quotes the sentence that states its relations", () => {
    const graph = selectSubgraph(kiddGraph(), { around: "CMWG", hops: 1, withStatements: true });
    const md = toMarkdownBrief(graph, { title: "CMWG" });
    const html = toHTMLBrief(graph, { title: "CMWG" });
    expect(md).toContain(`“${CMWG_QUOTE}”`);
    expect(html).toContain(`<q>${CMWG_QUOTE}</q>`);
    expect(md).toContain(`${SEED_TITLE}, sentence`);
  });

  it.each(withStatements)("the Markdown brief of %s quotes the evidence sentence of every relation it lists", (_name, graph) => {
    const md = toMarkdownBrief(graph, { title: "Brief" });
    const quotes = relationQuotes(graph);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(md).toContain(escapeMarkdown(q));
    const relationRows = md.split("## Relations")[1]?.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| Source") && !l.startsWith("| ---")) ?? [];
    expect(relationRows.length).toBe(graph.filterEdges((_k, a) => a.type !== "MENTIONED_IN").length);
  });

  it.each(withStatements)("the HTML brief of %s is one self-contained, well-escaped file quoting every relation's evidence", (_name, graph) => {
    const html = toHTMLBrief(graph, { title: "Brief <&>" });
    const doc = parseDocument(html);
    for (const q of relationQuotes(graph)) expect(html).toContain(escapeXml(q));
    expect(DomUtils.getElementsByTagName("script", doc)).toEqual([]);
    expect(DomUtils.getElementsByTagName("svg", doc)).toHaveLength(1);
    expect(DomUtils.getElementsByTagName("link", doc)).toEqual([]);
    const external = DomUtils.findAll((el) => Object.values(el.attribs).some((v) => /^(https?:)?\/\//.test(v) && el.name !== "svg"), doc.children);
    expect(external).toEqual([]);
    expect(DomUtils.textContent(DomUtils.getElementsByTagName("h1", doc))).toBe("Brief <&>");
  });

  it("the Markdown brief keeps a name with table pipes and markup inside its cell", () => {
    const graph = selectSubgraph(GRAPHS[2]![1](), { withStatements: true });
    const md = toMarkdownBrief(graph, {});
    const entityRows = md.split("## Entities")[1]?.split("## Relations")[0]?.split("\n").filter((l) => l.startsWith("| ")) ?? [];
    for (const row of entityRows) expect(row.split(/(?<!\\)\|/).length).toBe(6);
    expect(md).not.toContain("<script>");
  });

  it("the Markdown brief refers to a picture written next to it, or inlines it as a data URI", () => {
    const graph = selectSubgraph(kiddGraph(), { around: "CMWG", hops: 1, withStatements: true });
    expect(toMarkdownBrief(graph, { pictureHref: "brief.svg" })).toContain("](<brief.svg>)");
    expect(toMarkdownBrief(graph, { svg: "<svg></svg>" })).toContain("](<data:image/svg+xml;charset=utf-8,%3Csvg%3E%3C%2Fsvg%3E>)");
  });
});

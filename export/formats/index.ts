/**
 * export/formats: pure, browser-safe writers (no node: imports, no Buffer) from a briefgraph subgraph to
 * text: GraphML, GEXF 1.3, JSON, CSV for neo4j-admin, a Cypher MERGE script, SVG, Markdown and HTML briefs.
 */
export { toJSON } from "./json.ts";
export { toGraphML } from "./graphml.ts";
export { toGEXF, type GexfOptions } from "./gexf.ts";
export { toCSV, csvCell, csvSafeJson, formulaSafe, CSV_ARRAY_DELIMITER, type CsvFiles, type CsvOptions } from "./csv.ts";
export { csvStreams, type CsvTableStream } from "./csv-stream.ts";
export { toCypher, toCypherSchema, toCypherStatements } from "./cypher.ts";
export { NEO4J_MARKER_LABEL, nameKeys, neo4jEdgeProps, neo4jLabels, neo4jNodeProps, type Neo4jProps, type Neo4jValue } from "./neo4j-props.ts";
export { toSVG, statementCaptions, type SvgOptions } from "./svg.ts";
export { toMarkdownBrief, escapeMarkdown, type MarkdownBriefOptions } from "./markdown.ts";
export { toHTMLBrief, type HtmlBriefOptions } from "./html.ts";
export { briefContent, DEFAULT_BRIEF_TITLE, type BriefContent, type BriefEntity, type BriefRelation, type BriefQuote } from "./brief.ts";
export { layoutPositions, type Point, type LayoutOptions } from "./layout.ts";
export { TYPE_COLORS, EDGE_COLOR, EDGE_COLORS, RELATION_FAMILIES, nodeSize } from "./palette.ts";
export { escapeXml, xmlSafe } from "./xml.ts";

/** The HTML brief: one self-contained file (inline CSS, inline SVG picture, no external resources). */
import type { BriefGraph } from "../../graph/model.ts";
import { briefContent, DEFAULT_BRIEF_TITLE, relationLabel } from "./brief.ts";
import { toSVG } from "./svg.ts";
import { escapeXml } from "./xml.ts";

export interface HtmlBriefOptions {
  title?: string;
  /** The picture to embed; drawn with `toSVG` when omitted. */
  svg?: string;
}

const STYLE = `body{font-family:system-ui,"DejaVu Sans",Arial,sans-serif;margin:2rem auto;max-width:1200px;color:#111;padding:0 1rem}
figure{margin:1rem 0}figure svg{max-width:100%;height:auto;border:1px solid #ddd}
table{border-collapse:collapse;width:100%;margin:1rem 0;font-size:.92rem}th,td{border:1px solid #ccc;padding:.35rem .5rem;vertical-align:top;text-align:left}
th{background:#f2f2f2}q{font-style:italic}.ref{color:#555;font-size:.85rem}`;

const h = escapeXml;

export function toHTMLBrief(graph: BriefGraph, options: HtmlBriefOptions = {}): string {
  const title = options.title ?? DEFAULT_BRIEF_TITLE;
  const brief = briefContent(graph, title);
  const svg = (options.svg ?? toSVG(graph, { width: 1200 })).replace(/^<\?xml[^>]*>\s*/, "");
  const entityRows = brief.entities
    .map((e) => `<tr><td>${h(e.type)}</td><td>${h(e.name)}</td><td>${h(e.aliases.join("; "))}</td><td>${h(e.details)}</td></tr>`)
    .join("\n");
  const relationRows = brief.relations
    .map(
      (r) =>
        `<tr><td>${h(r.source)}</td><td>${h(relationLabel(r))}</td><td>${h(r.target)}</td>` +
        `<td>${r.quotes.map((q) => `<q>${h(q.text)}</q>`).join("<br>")}</td>` +
        `<td class="ref">${r.quotes.map((q) => `${h(q.statement)}, sentence ${q.sentence}`).join("<br>")}</td></tr>`,
    )
    .join("\n");
  const sources = brief.statements.length
    ? `<p>Source${brief.statements.length > 1 ? "s" : ""}: ${brief.statements.map((s) => `<cite>${h(s)}</cite>`).join("; ")}</p>`
    : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${h(title)}</h1>
${sources}
<figure>
${svg}
</figure>
<h2>Entities (${brief.entities.length})</h2>
<table><thead><tr><th>Type</th><th>Name</th><th>Aliases</th><th>Details</th></tr></thead>
<tbody>
${entityRows}
</tbody></table>
<h2>Relations (${brief.relations.length})</h2>
<table><thead><tr><th>Source</th><th>Relation</th><th>Target</th><th>Evidence</th><th>Reference</th></tr></thead>
<tbody>
${relationRows}
</tbody></table>
</body>
</html>
`;
}

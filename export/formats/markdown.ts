/** The Markdown brief: title, picture, entities table, relations table with the quoted evidence. */
import type { BriefGraph } from "../../graph/model.ts";
import { briefContent, DEFAULT_BRIEF_TITLE } from "./brief.ts";

export interface MarkdownBriefOptions {
  title?: string;
  /** Where the picture is (e.g. "brief.svg" written next to the file); without it, the SVG is inlined as a data URI. */
  pictureHref?: string;
  /** The SVG to inline when there is no `pictureHref`. */
  svg?: string;
}

/** Escapes text for a Markdown table cell: inline markup, HTML and the cell separator; line breaks become spaces. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n|[\r\n]/g, " ").replace(/[\\|`*_[\]<>&~]/g, (c) => `\\${c}`);
}

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [`| ${head.join(" | ")} |`, `|${head.map(() => " --- ").join("|")}|`];
  for (const row of rows) lines.push(`| ${row.join(" | ")} |`);
  return lines.join("\n");
}

export function toMarkdownBrief(graph: BriefGraph, options: MarkdownBriefOptions = {}): string {
  const brief = briefContent(graph, options.title ?? DEFAULT_BRIEF_TITLE);
  const parts: string[] = [`# ${escapeMarkdown(brief.title)}`, ""];
  if (brief.statements.length) {
    parts.push(`Source${brief.statements.length > 1 ? "s" : ""}: ${brief.statements.map((s) => `*${escapeMarkdown(s)}*`).join("; ")}`, "");
  }
  const href = options.pictureHref ?? (options.svg ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(options.svg)}` : undefined);
  if (href) parts.push(`![Graph of ${escapeMarkdown(brief.title)}](<${href.replace(/[<>]/g, encodeURIComponent)}>)`, "");
  parts.push(`## Entities (${brief.entities.length})`, "");
  parts.push(
    table(
      ["Type", "Name", "Aliases", "Details"],
      brief.entities.map((e) => [e.type, escapeMarkdown(e.name), escapeMarkdown(e.aliases.join("; ")), escapeMarkdown(e.details)]),
    ),
    "",
  );
  parts.push(`## Relations (${brief.relations.length})`, "");
  parts.push(
    table(
      ["Source", "Relation", "Target", "Evidence", "Reference"],
      brief.relations.map((r) => [
        escapeMarkdown(r.source),
        r.type,
        escapeMarkdown(r.target),
        r.quotes.map((q) => `“${escapeMarkdown(q.text)}”`).join("<br>"),
        r.quotes.map((q) => `${escapeMarkdown(q.statement)}, sentence ${q.sentence}`).join("<br>"),
      ]),
    ),
    "",
  );
  return `${parts.join("\n")}`;
}

/** The Markdown brief: title, picture, entities table, relations table with the quoted evidence. */
import type { BriefGraph } from "../../graph/model.ts";
import { briefContent, DEFAULT_BRIEF_TITLE, relationLabel } from "./brief.ts";
import { TextBuilder } from "./text.ts";

export interface MarkdownBriefOptions {
  title?: string;
  /** Where the picture is (e.g. "brief.svg" written next to the file); without it, the SVG is inlined as a data URI. */
  pictureHref?: string;
  /** The SVG to inline when there is no `pictureHref`. */
  svg?: string;
}

/** Fast path: most names and quotes hold none of the characters escapeMarkdown changes. */
const MARKDOWN_SPECIAL = /[\r\n\\|`*_[\]<>&~]/;

/** Escapes text for a Markdown table cell: inline markup, HTML and the cell separator; line breaks become spaces. */
export function escapeMarkdown(text: string): string {
  if (!MARKDOWN_SPECIAL.test(text)) return text;
  return text.replace(/\r\n|[\r\n]/g, " ").replace(/[\\|`*_[\]<>&~]/g, (c) => `\\${c}`);
}

/** Adds a table, one line (ending in "\n") per item, its cells from `cells`. */
function table<T>(out: TextBuilder, head: readonly string[], items: readonly T[], cells: (item: T) => readonly string[]): void {
  out.add(`| ${head.join(" | ")} |\n|${head.map(() => " --- ").join("|")}|\n`);
  for (const item of items) out.add(`| ${cells(item).join(" | ")} |\n`);
}

export function toMarkdownBrief(graph: BriefGraph, options: MarkdownBriefOptions = {}): string {
  const brief = briefContent(graph, options.title ?? DEFAULT_BRIEF_TITLE);
  const out = new TextBuilder();
  out.add(`# ${escapeMarkdown(brief.title)}\n\n`);
  if (brief.statements.length) {
    out.add(`Source${brief.statements.length > 1 ? "s" : ""}: ${brief.statements.map((s) => `*${escapeMarkdown(s)}*`).join("; ")}\n\n`);
  }
  const href = options.pictureHref ?? (options.svg ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(options.svg)}` : undefined);
  if (href) out.add(`![Graph of ${escapeMarkdown(brief.title)}](<${href.replace(/[<>]/g, encodeURIComponent)}>)\n\n`);
  out.add(`## Entities (${brief.entities.length})\n\n`);
  table(
    out,
    ["Type", "Name", "Aliases", "Details"],
    brief.entities,
    (e) => [e.type, escapeMarkdown(e.name), escapeMarkdown(e.aliases.join("; ")), escapeMarkdown(e.details)],
  );
  out.add(`\n## Relations (${brief.relations.length})\n\n`);
  table(
    out,
    ["Source", "Relation", "Target", "Evidence", "Reference"],
    brief.relations,
    (r) => [
      escapeMarkdown(r.source),
      relationLabel(r),
      escapeMarkdown(r.target),
      r.quotes.map((q) => `“${escapeMarkdown(q.text)}”`).join("<br>"),
      r.quotes.map((q) => `${escapeMarkdown(q.statement)}, sentence ${q.sentence}`).join("<br>"),
    ],
  );
  return out.text();
}

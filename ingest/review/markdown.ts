/** The review report as Markdown: one section per kind of gap, with its count, each item quoting its sentence. */
import { REVIEW_KINDS, type ReviewItem, type ReviewKind, type ReviewReport } from "./schema.ts";

const HEADINGS: Record<ReviewKind, string> = {
  "unresolved-name": "Names that resolved to no entity",
  "entity-without-relation": "Entities in no relation",
  "cue-without-relation": "Sentences with a relation cue that gave no relation",
  "refused-relation": "Relations refused by the domain model's endpoint rules",
  "person-without-office-or-state": "People without an office or a state",
};

/** Text on one line, with Markdown's own characters escaped. */
function md(text: string): string {
  return text.replace(/\s+/g, " ").replace(/([\\`*_[\]<>#|])/g, "\\$1");
}

function what(item: ReviewItem): string {
  switch (item.kind) {
    case "unresolved-name":
      return `**${md(item.name)}**`;
    case "entity-without-relation":
      return `**${md(item.entity.name)}** (${item.entity.kind ? `${item.entity.type}, ${item.entity.kind}` : item.entity.type})`;
    case "cue-without-relation":
      return `cue: ${item.cues.map((c) => `*${md(c)}*`).join(", ")}`;
    case "refused-relation":
      return `**${md(item.source.name)}** (${item.source.type}) -${item.relation}-> **${md(item.target.name)}** (${item.target.type}), cue *${md(item.cue)}*`;
    case "person-without-office-or-state":
      return `**${md(item.entity.name)}**: no ${item.missing.join(", no ")}`;
  }
}

export function reviewToMarkdown(report: ReviewReport): string {
  const titles = new Map(report.statements.map((s) => [s.id, s.title]));
  const total = report.items.length;
  const lines = [`# Review: what the extractor could not read`, ""];
  lines.push(`${report.input === "store" ? "Store" : "Statements"}: ${report.statements.length}. Items: ${total}.`, "");
  if (report.input === "store") lines.push("From a store: only entities in no relation and people without an office or a state can be reviewed; the store keeps the text only of sentences that state a relation.", "");
  lines.push("| kind | items |", "| --- | --- |");
  for (const kind of REVIEW_KINDS) lines.push(`| ${HEADINGS[kind]} | ${report.counts[kind]} |`);
  for (const kind of REVIEW_KINDS) {
    const items = report.items.filter((i) => i.kind === kind);
    if (items.length === 0) continue;
    lines.push("", `## ${HEADINGS[kind]} (${items.length})`, "");
    for (const item of items) {
      const where = `${md(titles.get(item.at.statement) ?? item.at.statement)}, sentence ${item.at.sentence}`;
      lines.push(`- ${what(item)} — ${where}`);
      lines.push(item.at.text === null ? "  > (sentence text not kept in the store)" : `  > ${md(item.at.text)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** The diff and the timeline as text: a one-page Markdown or HTML brief, JSON (validated) and CSV rows. */
import { formatRows } from "../queries/format.ts";
import { DiffReportSchema, type DiffReport, type Quote, type RelationChange } from "./diff.ts";
import { TimelineReportSchema, timelineRows, type TimelineReport } from "./timeline.ts";

const HEADINGS = { new: "New", dropped: "Dropped", continued: "Continued" } as const;

function md(text: string): string {
  return text.replace(/([\\`*_[\]<>|#])/g, "\\$1").replace(/\s+/g, " ");
}

function html(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function where(q: Quote): string {
  return `${q.title}${q.date ? `, ${q.date}` : ""}, sentence ${q.sentence}`;
}

function sideLine(side: DiffReport["a"]): string {
  return side.statements.map((s) => `${s.title} (${s.date ?? "undated"})`).join("; ");
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function counts(report: DiffReport): string[] {
  return (["new", "dropped", "continued"] as const).map((c) => {
    const e = report.entities.filter((x) => x.change === c).length;
    const r = report.relations.filter((x) => x.change === c).length;
    const w = c === "continued" ? report.relations.filter((x) => x.changedWording).length : 0;
    return `${HEADINGS[c]}: ${plural(e, "entity", "entities")}, ${plural(r, "relation", "relations")}${w ? ` (${w} with changed wording)` : ""}`;
  });
}

/** The relations of one kind of change, changed wordings first among the continued. */
function relationsOf(report: DiffReport, change: RelationChange["change"]): RelationChange[] {
  const rows = report.relations.filter((r) => r.change === change);
  return change === "continued" ? [...rows.filter((r) => r.changedWording), ...rows.filter((r) => !r.changedWording)] : rows;
}

/** `picture`: a file name (Markdown) of the changed subgraph's picture, written beside the brief. */
export function diffMarkdown(report: DiffReport, picture?: string): string {
  const out: string[] = [`# What changed: ${md(report.a.label)} → ${md(report.b.label)}`, ""];
  out.push(`- **A:** ${md(sideLine(report.a))}`, `- **B:** ${md(sideLine(report.b))}`, "");
  for (const line of counts(report)) out.push(`- ${line}`);
  out.push("");
  if (picture) out.push(`![Changed subgraph: new, dropped and continued](${picture})`, "");
  for (const change of ["new", "dropped", "continued"] as const) {
    const rels = relationsOf(report, change);
    const ents = report.entities.filter((e) => e.change === change);
    out.push(`## ${HEADINGS[change]}`, "");
    if (ents.length) out.push(`Entities: ${ents.map((e) => `${md(e.name)} (${e.type})`).join(", ")}`, "");
    if (rels.length === 0) out.push("No relations.", "");
    for (const r of rels) {
      const mark = r.changedWording ? ` — *changed wording: ${md(cues(r.a))} → ${md(cues(r.b))}*` : "";
      out.push(`- **${md(r.sourceName)}** ${r.type} **${md(r.targetName)}**${mark}`);
      for (const q of r.a) out.push(`  - A: “${md(q.text)}” (${md(where(q))})`);
      for (const q of r.b) out.push(`  - B: “${md(q.text)}” (${md(where(q))})`);
    }
    out.push("");
  }
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}

function cues(quotes: readonly Quote[]): string {
  return [...new Set(quotes.map((q) => `"${q.cue}"`))].join(", ");
}

const CSS = `body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:1.5rem;border-bottom:1px solid #ccc}
.new{color:#0a6b3d}.dropped{color:#b0302a}.continued{color:#555}.wording{background:#fff3c4;padding:0 .2em}
blockquote{margin:.2rem 0 .2rem 1.2rem;color:#444}cite{color:#777;font-style:normal;font-size:.9em}
figure{margin:1rem 0}figure svg{max-width:100%;height:auto}`;

/** `svg`: the picture of the changed subgraph, inlined. */
export function diffHtml(report: DiffReport, svg?: string): string {
  const title = `What changed: ${report.a.label} → ${report.b.label}`;
  const parts: string[] = [
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${html(title)}</title><style>${CSS}</style></head><body>`,
    `<h1>${html(title)}</h1>`,
    `<p><strong>A:</strong> ${html(sideLine(report.a))}<br><strong>B:</strong> ${html(sideLine(report.b))}</p>`,
    `<ul>${counts(report).map((c) => `<li>${html(c)}</li>`).join("")}</ul>`,
  ];
  if (svg) parts.push(`<figure>${svg}</figure>`);
  for (const change of ["new", "dropped", "continued"] as const) {
    parts.push(`<h2 class="${change}">${HEADINGS[change]}</h2>`);
    const ents = report.entities.filter((e) => e.change === change);
    if (ents.length) parts.push(`<p>Entities: ${ents.map((e) => `${html(e.name)} (${e.type})`).join(", ")}</p>`);
    const rels = relationsOf(report, change);
    if (rels.length === 0) parts.push("<p>No relations.</p>");
    else {
      parts.push("<ul>");
      for (const r of rels) {
        const mark = r.changedWording ? ` <span class="wording">changed wording: ${html(cues(r.a))} → ${html(cues(r.b))}</span>` : "";
        const quotes = [...r.a.map((q) => ["A", q] as const), ...r.b.map((q) => ["B", q] as const)]
          .map(([side, q]) => `<blockquote>${side}: “${html(q.text)}” <cite>${html(where(q))}</cite></blockquote>`)
          .join("");
        parts.push(`<li class="${change}"><strong>${html(r.sourceName)}</strong> ${r.type} <strong>${html(r.targetName)}</strong>${mark}${quotes}</li>`);
      }
      parts.push("</ul>");
    }
  }
  parts.push("</body></html>");
  return `${parts.join("\n")}\n`;
}

export function diffJson(report: DiffReport): string {
  return `${JSON.stringify(DiffReportSchema.parse(report), null, 2)}\n`;
}

export function timelineMarkdown(report: TimelineReport): string {
  const e = report.entity;
  const out: string[] = [`# Timeline: ${md(e.name)} (${e.type})`, "", "## Mentioned in", ""];
  if (report.mentions.length === 0) out.push("No statement mentions it.");
  for (const m of report.mentions) out.push(`- ${m.date ?? "undated"} — ${md(m.title)} (sentences ${m.sentences.join(", ")})`);
  out.push("", "## Relations, first and last stated", "");
  if (report.relations.length === 0) out.push("No relations.");
  for (const r of report.relations) {
    out.push(`- **${md(r.sourceName)}** ${r.type} **${md(r.targetName)}** — in ${r.statements} statement${r.statements === 1 ? "" : "s"}`);
    out.push(`  - first: “${md(r.first.text)}” (${md(where(r.first))})`);
    if (r.last.statement !== r.first.statement) out.push(`  - last: “${md(r.last.text)}” (${md(where(r.last))})`);
  }
  return `${out.join("\n")}\n`;
}

export function timelineJson(report: TimelineReport): string {
  return `${JSON.stringify(TimelineReportSchema.parse(report), null, 2)}\n`;
}

export function timelineCsv(report: TimelineReport): string {
  return formatRows(timelineRows(report), "csv");
}

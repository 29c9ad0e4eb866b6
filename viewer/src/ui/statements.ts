/** The statement list (by date, a checkbox each), the compare controls with their legend, and the list of changes. */
import { CHANGES, type Change, type Quote, type RelationChange } from "../../../history/diff.ts";
import type { StatementInfo } from "../../../history/facts.ts";
import type { Comparison } from "../model/history.ts";
import { CHANGE_COLORS } from "../model/palette.ts";
import { h } from "./dom.ts";

export interface StatementActions {
  toggle(id: string, checked: boolean): void;
  select(id: string): void;
  compare(a: string | undefined, b: string | undefined): void;
}

const dateOf = (s: StatementInfo) => s.date ?? "undated";

function compareSelect(id: string, label: string, statements: readonly StatementInfo[], value: string | undefined, onChange: (v: string | undefined) => void): HTMLElement {
  const select = h(
    "select",
    { attrs: { id } },
    h("option", { attrs: { value: "" } }, "—"),
    ...statements.map((s) => h("option", { attrs: { value: s.id } }, `${dateOf(s)} · ${s.title}`)),
  );
  select.value = value ?? "";
  select.addEventListener("change", () => onChange(select.value === "" ? undefined : select.value));
  return h("label", { className: "compare-pick" }, `${label} `, select);
}

export function renderStatements(
  box: HTMLElement,
  statements: readonly StatementInfo[],
  off: ReadonlySet<string>,
  compare: { a?: string; b?: string; active: boolean },
  actions: StatementActions,
): void {
  const items = statements.map((s) => {
    const checkbox = h("input", { attrs: { type: "checkbox", "data-statement": s.id, title: "Show what this statement states" } });
    checkbox.checked = !off.has(s.id);
    checkbox.addEventListener("change", () => actions.toggle(s.id, checkbox.checked));
    return h(
      "li",
      { attrs: { "data-statement": s.id } },
      checkbox,
      h("span", { className: "date" }, dateOf(s)),
      h("button", { className: "link", attrs: { type: "button" }, onClick: () => actions.select(s.id) }, s.title),
    );
  });
  const legend = compare.active
    ? h(
        "ul",
        { className: "legend compare-legend", attrs: { id: "compare-legend" } },
        ...CHANGES.map((c) => h("li", { attrs: { "data-change": c } }, h("span", { className: "swatch", bg: CHANGE_COLORS[c] }), ` ${c}`)),
      )
    : "";
  box.replaceChildren(
    h("h2", {}, `Statements (${statements.length})`),
    h("ul", { className: "statement-list", attrs: { id: "statement-list" } }, ...items),
    h("h2", {}, "Compare"),
    compareSelect("compare-a", "A", statements, compare.a, (v) => actions.compare(v, compare.b)),
    compareSelect("compare-b", "B", statements, compare.b, (v) => actions.compare(compare.a, v)),
    legend,
  );
}

const quoteLine = (side: string, q: Quote) =>
  h(
    "div",
    { className: "evidence" },
    h("blockquote", {}, q.text),
    h("div", { className: "source" }, `${side}: ${q.title}${q.date ? ` (${q.date})` : ""}, sentence ${q.sentence} · cue “${q.cue}”`),
  );

function relationItem(r: RelationChange, select: (key: string) => void): HTMLElement {
  return h(
    "li",
    { attrs: { "data-change": r.change } },
    h("button", { className: "link", attrs: { type: "button" }, onClick: () => select(r.source) }, r.sourceName),
    h("span", { className: "rel" }, ` —${r.type}→ `),
    h("button", { className: "link", attrs: { type: "button" }, onClick: () => select(r.target) }, r.targetName),
    r.changedWording ? h("span", { className: "badge wording" }, "changed wording") : "",
    ...r.a.slice(0, 1).map((q) => quoteLine("A", q)),
    ...r.b.slice(0, 1).map((q) => quoteLine("B", q)),
  );
}

/** The changes from A to B, new first, each relation with its quote from each side. */
export function renderChanges(panel: HTMLElement, comparison: Comparison, select: (key: string) => void): void {
  const { report } = comparison;
  const section = (change: Change) => {
    const entities = report.entities.filter((e) => e.change === change);
    const relations = report.relations.filter((r) => r.change === change);
    return h(
      "section",
      { attrs: { "data-change": change } },
      h("h3", {}, h("span", { className: "swatch", bg: CHANGE_COLORS[change] }), ` ${change}: ${entities.length} entities, ${relations.length} relations`),
      h(
        "ul",
        { className: "changed-entities" },
        ...entities.map((e) => h("li", {}, h("button", { className: "link", attrs: { type: "button" }, onClick: () => select(e.id) }, e.name), h("span", { className: "muted" }, ` ${e.type}`))),
      ),
      h("ul", { className: "rel changed-relations" }, ...relations.map((r) => relationItem(r, select))),
    );
  };
  panel.append(
    h(
      "div",
      { attrs: { id: "changes" } },
      h("h2", {}, `What changed: ${report.a.label} → ${report.b.label}`),
      ...CHANGES.map(section),
    ),
  );
}

/** The statement list (by date, a checkbox each), the compare controls with their legend, and the list of changes. */
import { CHANGES, type Change, type Quote, type RelationChange } from "../../../history/diff.ts";
import type { StatementInfo } from "../../../history/facts.ts";
import { inRange, rangeSet, type Comparison, type DateRange } from "../model/history.ts";
import { CHANGE_COLORS } from "../model/palette.ts";
import { h } from "./dom.ts";

export interface StatementActions {
  toggle(id: string, checked: boolean): void;
  select(id: string): void;
  compare(a: string | undefined, b: string | undefined): void;
  /** Show only what the statements dated from `since` to `until` state (an undefined end is open). */
  range(since: string | undefined, until: string | undefined): void;
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

function dayInput(id: string, label: string, value: string | undefined, bounds: { min?: string; max?: string }, onChange: (v: string | undefined) => void): HTMLElement {
  const input = h("input", { attrs: { type: "date", id, ...bounds } });
  input.value = value ?? "";
  input.addEventListener("change", () => onChange(input.value === "" ? undefined : input.value));
  return h("label", { className: "range-end", attrs: { for: id } }, `${label} `, input);
}

/**
 * The date range: two date inputs bounded by the first and last statement dates, the count of statements in range
 * (announced as it changes) and a button that clears it.
 */
function rangeControl(statements: readonly StatementInfo[], off: ReadonlySet<string>, range: DateRange, actions: StatementActions): HTMLElement {
  const dates = statements.flatMap((s) => (s.date === null ? [] : [s.date]));
  const bounds = { ...(dates[0] === undefined ? {} : { min: dates[0] }), ...(dates.length ? { max: dates[dates.length - 1] } : {}) };
  const within = statements.filter((s) => inRange(s.date, range));
  const checked = within.filter((s) => !off.has(s.id)).length;
  const count = rangeSet(range)
    ? `${within.length} of ${statements.length} statements in range${checked < within.length ? `, ${checked} checked` : ""}`
    : `all ${statements.length} statements`;
  return h(
    "fieldset",
    { className: "date-range", attrs: { id: "date-range" } },
    h("legend", {}, "Dates"),
    dayInput("range-since", "From", range.since, bounds, (v) => actions.range(v, range.until)),
    dayInput("range-until", "To", range.until, bounds, (v) => actions.range(range.since, v)),
    h("button", { className: "link", attrs: { type: "button", id: "range-clear" }, onClick: () => actions.range(undefined, undefined) }, "All dates"),
    h("p", { className: "muted", attrs: { id: "range-count", "aria-live": "polite" } }, count),
  );
}

export function renderStatements(
  box: HTMLElement,
  statements: readonly StatementInfo[],
  off: ReadonlySet<string>,
  range: DateRange,
  compare: { a?: string; b?: string; active: boolean },
  actions: StatementActions,
): void {
  const focused = document.activeElement instanceof HTMLElement && box.contains(document.activeElement) ? document.activeElement.id : "";
  const items = statements.map((s) => {
    const checkbox = h("input", { attrs: { type: "checkbox", "data-statement": s.id, title: "Show what this statement states" } });
    checkbox.checked = !off.has(s.id);
    checkbox.addEventListener("change", () => actions.toggle(s.id, checkbox.checked));
    const within = inRange(s.date, range);
    return h(
      "li",
      { className: within ? "" : "out-of-range", attrs: { "data-statement": s.id, "data-in-range": String(within) } },
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
    rangeControl(statements, off, range, actions),
    h("ul", { className: "statement-list", attrs: { id: "statement-list" } }, ...items),
    h("h2", {}, "Compare"),
    compareSelect("compare-a", "A", statements, compare.a, (v) => actions.compare(v, compare.b)),
    compareSelect("compare-b", "B", statements, compare.b, (v) => actions.compare(compare.a, v)),
    legend,
  );
  // Redrawn on every change: keep the keyboard where it was.
  if (focused) box.querySelector<HTMLElement>(`#${CSS.escape(focused)}`)?.focus();
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

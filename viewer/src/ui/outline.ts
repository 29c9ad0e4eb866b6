/** The side panel's structure views: the working-group hierarchy as an accessible tree, the threat table with its evidence. */
import type { BriefGraph } from "../../../graph/model.ts";
import type { Evidence } from "../../../graph/schema.ts";
import type { Hierarchy, OutlineItem } from "../model/hierarchy.ts";
import { THREAT_COLUMNS, type ThreatTable } from "../model/threats.ts";
import { NODE_COLORS } from "../model/palette.ts";
import { highlightCue } from "../model/cue.ts";
import { h } from "./dom.ts";

/**
 * A quoted sentence with its cue marked (text only, never markup) and its source line; with `read`, a button that
 * opens the sentence in the statement reader.
 */
export function evidenceBlock(e: Evidence, statementTitles: ReadonlyMap<string, string>, read?: (statement: string, sentence: number) => void): HTMLElement {
  return h(
    "div",
    { className: "evidence" },
    h("blockquote", {}, ...highlightCue(e.text, e.cue).map((s) => (s.cue ? h("mark", {}, s.text) : s.text))),
    h(
      "div",
      { className: "source" },
      `${statementTitles.get(e.statement) ?? e.statement}, sentence ${e.sentence + 1} · cue “${e.cue}”`,
      read ? h("button", { className: "link read", attrs: { type: "button", "data-read": `${e.statement}#${e.sentence}` }, onClick: () => read(e.statement, e.sentence) }, "read in the statement") : "",
    ),
  );
}

function treeItem(item: OutlineItem, level: number, select: (key: string) => void): HTMLElement {
  const label = h(
    "span",
    { className: "tree-label" },
    h("span", { className: "swatch", bg: NODE_COLORS[item.type] }),
    h("span", { className: "tree-name" }, item.name),
    item.relation ? h("span", { className: "muted" }, ` · ${item.relation}`) : "",
    item.participants.length > 0 ? h("span", { className: "muted tree-with" }, ` — with ${item.participants.join(", ")}`) : "",
  );
  const attrs: Record<string, string> = { role: "treeitem", tabindex: "-1", "aria-level": String(level), "data-key": item.key, "aria-selected": "false" };
  if (item.children.length > 0) attrs["aria-expanded"] = "true";
  const li = h("li", { attrs }, label);
  if (item.children.length > 0) li.append(h("ul", { attrs: { role: "group" } }, ...item.children.map((c) => treeItem(c, level + 1, select))));
  li.addEventListener("click", (event) => {
    event.stopPropagation();
    select(item.key);
  });
  li.addEventListener("keydown", (event) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      event.stopPropagation();
      select(item.key);
    }
  });
  return li;
}

/** The hierarchy as a tree (role="tree"); bodies linked to nothing sit in their own labelled group at the end. */
export function renderOutline(box: HTMLElement, hierarchy: Hierarchy, selected: string | undefined, select: (key: string) => void): void {
  const tree = h("ul", { attrs: { role: "tree", id: "outline", "aria-label": "Working-group hierarchy" } }, ...hierarchy.roots.map((r) => treeItem(r, 1, select)));
  if (hierarchy.unlinked.length > 0) {
    const group: OutlineItem = { key: "", name: "", type: "Body", relation: "", participants: [], children: [] };
    const li = h(
      "li",
      { attrs: { role: "treeitem", "aria-level": "1", "aria-expanded": "true", "data-group": "unlinked", tabindex: "-1" } },
      h("span", { className: "tree-label tree-group" }, `Linked to nothing else (${hierarchy.unlinked.length})`),
      h("ul", { attrs: { role: "group" } }, ...hierarchy.unlinked.map((c) => treeItem({ ...group, ...c }, 2, select))),
    );
    tree.append(li);
  }
  for (const item of tree.querySelectorAll<HTMLElement>("[data-key]")) {
    if (item.dataset.key === selected) item.setAttribute("aria-selected", "true");
  }
  const first = tree.querySelector<HTMLElement>("[role=treeitem]");
  if (first) first.tabIndex = 0;
  box.replaceChildren(h("h2", {}, "Working-group hierarchy"), tree);
}

/** Actors × threats (role="table"); each entry opens its quoted evidence under the table. */
export function renderThreatTable(
  box: HTMLElement,
  table: ThreatTable,
  graph: BriefGraph,
  statementTitles: ReadonlyMap<string, string>,
  select: (key: string) => void,
): void {
  const columns = THREAT_COLUMNS.filter((c) => table.rows.some((r) => r.cells[c.id].length > 0));
  const evidence = h("div", { attrs: { id: "threat-evidence", "aria-live": "polite" } });
  const open = (edge: string) => {
    const a = graph.getEdgeAttributes(edge);
    if (a.type === "MENTIONED_IN") return;
    const s = graph.getNodeAttribute(graph.source(edge), "name");
    const t = graph.getNodeAttribute(graph.target(edge), "name");
    evidence.replaceChildren(h("h3", {}, `${s} — ${a.type} → ${t}`), ...a.evidence.map((e) => evidenceBlock(e, statementTitles)));
  };
  const header = h(
    "div",
    { attrs: { role: "row" } },
    h("span", { attrs: { role: "columnheader" } }, "Threat"),
    ...columns.map((c) => h("span", { attrs: { role: "columnheader" } }, c.title)),
  );
  const rows = table.rows.map((r) =>
    h(
      "div",
      { attrs: { role: "row", "data-threat": r.key } },
      h("span", { attrs: { role: "rowheader" } }, h("button", { className: "link", onClick: () => select(r.key) }, r.name)),
      ...columns.map((c) =>
        h(
          "span",
          { attrs: { role: "cell", "data-column": c.id } },
          ...r.cells[c.id].map((cell) =>
            h("button", { className: "chip", attrs: { type: "button", "data-key": cell.key, title: "Show the quoted evidence" }, onClick: () => open(cell.edge) }, cell.name),
          ),
        ),
      ),
    ),
  );
  const grid = h("div", { attrs: { role: "table", id: "threat-table", "aria-label": "Actors and threats" } }, header, ...rows);
  // Through the CSSOM: the page's Content-Security-Policy forbids style attributes.
  grid.style.setProperty("--cols", String(columns.length + 1));
  box.replaceChildren(
    h("h2", {}, "Threats"),
    grid,
    evidence,
  );
}

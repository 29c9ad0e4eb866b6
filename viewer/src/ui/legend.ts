/** The legend (node types with the counts shown, click to hide/show) and the relations legend and filter. */
import { EDGE_TYPES, NODE_TYPES, type EdgeType, type NodeType } from "../../../graph/schema.ts";
import { EDGE_COLORS, NODE_COLORS, RELATION_FAMILIES } from "../model/palette.ts";
import { h } from "./dom.ts";

/** Node types present in the graph (`totals`), each with the count the view shows (`counts`); click to hide or show. */
export function renderLegend(
  list: HTMLElement,
  counts: ReadonlyMap<string, number>,
  totals: ReadonlyMap<string, number>,
  hidden: ReadonlySet<string>,
  toggle: (type: NodeType) => void,
): void {
  list.replaceChildren(
    ...NODE_TYPES.filter((t) => (totals.get(t) ?? 0) > 0).map((type) =>
      h(
        "li",
        {},
        h(
          "button",
          { attrs: { type: "button", "data-type": type, "aria-pressed": String(!hidden.has(type)), title: `Show or hide ${type} nodes` }, onClick: () => toggle(type) },
          h("span", { className: "swatch", bg: NODE_COLORS[type] }),
          type,
          h("span", { className: "count" }, String(counts.get(type) ?? 0)),
        ),
      ),
    ),
  );
}

/** The relations legend: each relation family (its colour and name), with its types as show/hide checkboxes and the counts shown. */
export function renderEdgeFilter(
  list: HTMLElement,
  counts: ReadonlyMap<string, number>,
  totals: ReadonlyMap<string, number>,
  hidden: ReadonlySet<string>,
  toggle: (type: EdgeType) => void,
): void {
  list.replaceChildren(
    ...RELATION_FAMILIES.flatMap((family) => {
      const types = EDGE_TYPES.filter((t) => family.types.some((f) => f === t) && (totals.get(t) ?? 0) > 0);
      if (types.length === 0) return [];
      return [
        h("li", { className: "family", attrs: { "data-family": family.id } }, h("span", { className: "edge-swatch", bg: family.color }), family.name),
        ...types.map((type) => {
          const box = h("input", { attrs: { type: "checkbox", "data-edge-type": type } });
          box.checked = !hidden.has(type);
          box.addEventListener("change", () => toggle(type));
          return h("li", {}, h("label", {}, box, h("span", { className: "edge-swatch", bg: EDGE_COLORS[type] }), type, h("span", { className: "count" }, String(counts.get(type) ?? 0))));
        }),
      ];
    }),
  );
}

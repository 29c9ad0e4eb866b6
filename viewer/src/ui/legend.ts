/** The legend (node types with counts, click to hide/show) and the edge-type filter. */
import { EDGE_TYPES, NODE_TYPES, type EdgeType, type NodeType } from "../../../graph/schema.ts";
import { EDGE_COLORS, NODE_COLORS } from "../model/palette.ts";
import { h } from "./dom.ts";

export function renderLegend(
  list: HTMLElement,
  counts: ReadonlyMap<string, number>,
  hidden: ReadonlySet<string>,
  toggle: (type: NodeType) => void,
): void {
  list.replaceChildren(
    ...NODE_TYPES.filter((t) => (counts.get(t) ?? 0) > 0).map((type) =>
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

export function renderEdgeFilter(
  list: HTMLElement,
  counts: ReadonlyMap<string, number>,
  hidden: ReadonlySet<string>,
  toggle: (type: EdgeType) => void,
): void {
  list.replaceChildren(
    ...EDGE_TYPES.filter((t) => (counts.get(t) ?? 0) > 0).map((type) => {
      const box = h("input", { attrs: { type: "checkbox", "data-edge-type": type } });
      box.checked = !hidden.has(type);
      box.addEventListener("change", () => toggle(type));
      return h(
        "li",
        {},
        h("label", {}, box, h("span", { className: "edge-swatch", bg: EDGE_COLORS[type] }), type, h("span", { className: "count" }, String(counts.get(type) ?? 0))),
      );
    }),
  );
}

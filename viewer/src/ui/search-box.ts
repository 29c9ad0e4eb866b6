/** The search box: suggestions over names and aliases as you type, arrows to move, Enter selects the best match. */
import { searchNodes, type SearchHit, type SearchIndex } from "../model/search.ts";
import { NODE_COLORS } from "../model/palette.ts";
import { NodeTypeSchema } from "../../../graph/schema.ts";
import { h } from "./dom.ts";

/** `index` is asked for on first use (the app builds it just after the first frame). */
export function attachSearch(input: HTMLInputElement, list: HTMLUListElement, index: () => SearchIndex, choose: (key: string) => void): { close(): void } {
  let hits: SearchHit[] = [];
  let active = 0;
  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
  };
  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    input.value = hit.name;
    close();
    choose(hit.key);
  };
  const render = () => {
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const type = NodeTypeSchema.safeParse(hit.type);
        const li = h(
          "li",
          { attrs: { role: "option", id: `suggestion-${i}`, "aria-selected": String(i === active), "data-key": hit.key } },
          h("span", { className: "swatch", bg: type.success ? NODE_COLORS[type.data] : "#999" }),
          h("span", {}, hit.name),
          h("span", { className: "hint" }, hit.via ? `${hit.type} · “${hit.via}”` : hit.type),
        );
        li.addEventListener("mousedown", (event) => {
          event.preventDefault();
          pick(hit);
        });
        return li;
      }),
    );
    list.hidden = hits.length === 0;
    input.setAttribute("aria-expanded", String(hits.length > 0));
    if (hits.length > 0) input.setAttribute("aria-activedescendant", `suggestion-${active}`);
  };
  input.addEventListener("input", () => {
    hits = searchNodes(index(), input.value);
    active = 0;
    render();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (hits.length === 0) return;
      active = (active + (event.key === "ArrowDown" ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (hits.length === 0) hits = searchNodes(index(), input.value);
      pick(hits[active] ?? hits[0]);
    }
  });
  input.addEventListener("blur", close);
  return { close };
}

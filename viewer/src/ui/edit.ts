/**
 * Editing in the panel (`serve --edit` only): rename the selected entity, merge a marked entity into it, undo the
 * last correction this tab made. Each is a POST to /api/corrections with the page's token; on success the page
 * reloads the corrected graph. Names are only ever set as text.
 */
import { isBriefgraphError } from "../../../graph/errors.ts";
import { CorrectionResponseSchema, type CorrectionRequest } from "../model/api.ts";
import { tokenHeaders } from "./api-token.ts";
import { h } from "./dom.ts";
import { fetchJson } from "./fetch.ts";

const UNDO_KEY = "briefgraph-edit-undo";

/** The ids of the corrections this tab made and has not undone, newest last (kept across the reload). */
function undoStack(): string[] {
  const raw = sessionStorage.getItem(UNDO_KEY) ?? "";
  return raw === "" ? [] : raw.split(",").filter((id) => /^c[1-9][0-9]*$/.test(id));
}

let marked: { key: string; name: string } | undefined;

async function send(request: CorrectionRequest, error: HTMLElement): Promise<void> {
  error.textContent = "";
  try {
    const result = await fetchJson("/api/corrections", CorrectionResponseSchema, {
      method: "POST",
      headers: { "content-type": "application/json", ...tokenHeaders() },
      body: JSON.stringify(request),
    });
    const stack = undoStack();
    const made = result.correction;
    sessionStorage.setItem(UNDO_KEY, (made.op === "undo" ? stack.filter((id) => id !== made.target) : [...stack, made.id]).join(","));
    marked = undefined;
    location.reload();
  } catch (e) {
    error.textContent = isBriefgraphError(e) ? e.message.replace(/^\/api\/corrections: /, "") : String(e);
  }
}

/** The edit section for the selected entity `key` named `name`. */
export function editSection(key: string, name: string): HTMLElement {
  const error = h("p", { className: "error", attrs: { id: "edit-error", role: "alert" } });
  const input = h("input", { attrs: { id: "edit-name", type: "text", "aria-label": "New name" } });
  input.value = name;
  const rename = h("button", { attrs: { type: "button", id: "edit-rename" } }, "Rename");
  rename.addEventListener("click", () => void send({ correction: { op: "rename", node: key, name: input.value.trim() } }, error));
  const mark = h("button", { attrs: { type: "button", id: "edit-mark" } }, "Mark for merge");
  mark.addEventListener("click", () => {
    marked = { key, name };
    mark.textContent = "Marked";
  });
  const from = marked;
  const merge =
    from !== undefined && from.key !== key
      ? h("button", { attrs: { type: "button", id: "edit-merge" } }, `Merge “${from.name}” into this`)
      : undefined;
  merge?.addEventListener("click", () => void (from && send({ correction: { op: "merge", from: from.key, into: key } }, error)));
  const last = undoStack().at(-1);
  const undo = last !== undefined ? h("button", { attrs: { type: "button", id: "edit-undo" } }, `Undo ${last}`) : undefined;
  undo?.addEventListener("click", () => void send({ correction: { op: "undo", target: last ?? "" } }, error));
  return h("section", { className: "edit", attrs: { id: "edit" } }, h("h3", {}, "Edit"), h("div", { className: "actions" }, input, rename), h("div", { className: "actions" }, mark, merge, undo), error);
}

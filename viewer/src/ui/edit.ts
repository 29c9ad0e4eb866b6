/**
 * Editing in the panel (`serve --edit` only): rename the selected entity, retype it (an Actor with its kind), add or
 * remove an alias, merge a marked entity into it, undo the last correction this tab made. Each is a POST to
 * /api/corrections with the page's token; on success the page reloads the corrected graph (the selection is in the
 * URL, so it is kept). Names are only ever set as text.
 */
import { isBriefgraphError } from "../../../graph/errors.ts";
import { ACTOR_KINDS, ENTITY_TYPES, type EntityAttributes } from "../../../graph/schema.ts";
import { CorrectionResponseSchema, type CorrectionRequest } from "../model/corrections-api.ts";
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

/** Writes one correction; on success the page reloads the corrected graph, else the error is shown in `error`. */
export async function sendCorrection(request: CorrectionRequest, error: HTMLElement): Promise<void> {
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

function options(values: readonly string[], chosen: string | undefined): HTMLOptionElement[] {
  return values.map((v) => {
    const option = h("option", { attrs: { value: v } }, v);
    option.selected = v === chosen;
    return option;
  });
}

/** Retype: the entity types, and an actor's kind (shown only for Actor). */
function retypeRow(key: string, entity: EntityAttributes, error: HTMLElement): HTMLElement {
  const type = h("select", { attrs: { id: "edit-type", "aria-label": "New type" } }, ...options(ENTITY_TYPES, entity.type));
  const kind = h("select", { attrs: { id: "edit-kind", "aria-label": "Actor kind" } }, ...options(ACTOR_KINDS, entity.type === "Actor" ? entity.kind : "organization"));
  const showKind = () => {
    kind.hidden = type.value !== "Actor";
  };
  type.addEventListener("change", showKind);
  showKind();
  const retype = h("button", { attrs: { type: "button", id: "edit-retype" } }, "Retype");
  retype.addEventListener("click", () => {
    const t = ENTITY_TYPES.find((x) => x === type.value);
    const k = ACTOR_KINDS.find((x) => x === kind.value);
    if (t === undefined) return;
    void sendCorrection({ correction: t === "Actor" ? { op: "retype", node: key, type: t, kind: k ?? "organization" } : { op: "retype", node: key, type: t } }, error);
  });
  return h("div", { className: "actions" }, type, kind, retype);
}

/** Add an alias (typed) or remove one of the entity's aliases. */
function aliasRow(key: string, entity: EntityAttributes, error: HTMLElement): HTMLElement {
  const input = h("input", { attrs: { id: "edit-alias", type: "text", "aria-label": "New alias", placeholder: "alias" } });
  const add = h("button", { attrs: { type: "button", id: "edit-alias-add" } }, "Add alias");
  add.addEventListener("click", () => void sendCorrection({ correction: { op: "alias", node: key, action: "add", alias: input.value.trim() } }, error));
  const row = h("div", { className: "actions" }, input, add);
  if (entity.aliases.length > 0) {
    const which = h("select", { attrs: { id: "edit-alias-which", "aria-label": "Alias to remove" } }, ...options(entity.aliases, undefined));
    const remove = h("button", { attrs: { type: "button", id: "edit-alias-remove" } }, "Remove alias");
    remove.addEventListener("click", () => void sendCorrection({ correction: { op: "alias", node: key, action: "remove", alias: which.value } }, error));
    row.append(which, remove);
  }
  return row;
}

/** The edit section for the selected entity `key`. */
export function editSection(key: string, entity: EntityAttributes): HTMLElement {
  const name = entity.name;
  const error = h("p", { className: "error", attrs: { id: "edit-error", role: "alert" } });
  const input = h("input", { attrs: { id: "edit-name", type: "text", "aria-label": "New name" } });
  input.value = name;
  const rename = h("button", { attrs: { type: "button", id: "edit-rename" } }, "Rename");
  rename.addEventListener("click", () => void sendCorrection({ correction: { op: "rename", node: key, name: input.value.trim() } }, error));
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
  merge?.addEventListener("click", () => void (from && sendCorrection({ correction: { op: "merge", from: from.key, into: key } }, error)));
  const last = undoStack().at(-1);
  const undo = last !== undefined ? h("button", { attrs: { type: "button", id: "edit-undo" } }, `Undo ${last}`) : undefined;
  undo?.addEventListener("click", () => void sendCorrection({ correction: { op: "undo", target: last ?? "" } }, error));
  return h(
    "section",
    { className: "edit", attrs: { id: "edit" } },
    h("h3", {}, "Edit"),
    h("div", { className: "actions" }, input, rename),
    retypeRow(key, entity, error),
    aliasRow(key, entity, error),
    h("div", { className: "actions" }, mark, merge, undo),
    error,
  );
}

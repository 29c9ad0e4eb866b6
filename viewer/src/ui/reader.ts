/**
 * The statement reader: a statement's text, one sentence a line in its paragraphs, every mention underlined in its
 * node type's colour and line style (with its type in the title), each sentence that states a relation marked in
 * the gutter. Clicking a mention selects its node; selecting a sentence lists its relations and, under
 * `serve --edit`, adds a relation between two of its mentions or removes one (POST /api/corrections). Everything is
 * set as text, never markup. What is open is kept in the tab's sessionStorage, so a reload after an edit reopens it.
 */
import type { BriefGraph } from "../../../graph/model.ts";
import { ENTITY_TYPES, type EntityType } from "../../../graph/schema.ts";
import type { CorrectionRequest } from "../model/corrections-api.ts";
import { NODE_COLORS } from "../model/palette.ts";
import {
  allowedRelations,
  readStatement,
  sentenceEntities,
  sentenceEvidence,
  suggestedCue,
  type MentionPiece,
  type Piece,
  type ReaderDoc,
  type ReaderMention,
  type ReaderRelation,
  type ReaderSentence,
} from "../model/reader.ts";
import { h } from "./dom.ts";
import "../reader.css";

const STORAGE_KEY = "briefgraph-reader";
const TYPE_LINE: Readonly<Record<EntityType, string>> = { Actor: "solid", Body: "double", Agreement: "dashed", Exercise: "dotted", Threat: "wavy" };

export interface ReaderActions {
  select(key: string): void;
  /** Under `serve --edit`: writes a correction (the page reloads on success; the error goes to `error`). */
  send?: (request: CorrectionRequest, error: HTMLElement) => Promise<void>;
}

export interface Reader {
  /** Opens `statement`, with sentence `sentence` (from 0) selected and scrolled to, or the first that names `node`. */
  open(statement: string, options?: { sentence?: number; node?: string }): void;
  close(): void;
  /** Marks the mentions of the selected node. */
  setSelected(key: string | undefined): void;
  /** Reopens what the tab had open before a reload. */
  restore(): void;
}

interface Open {
  statement: string;
  sentence?: number;
}

function describe(m: ReaderMention): string {
  return `${m.type}${m.kind ? ` (${m.kind})` : ""}: ${m.name}`;
}

function relationLine(r: ReaderRelation): string {
  return `${r.sourceName} —${r.type}→ ${r.targetName}`;
}

function storedOpen(): Open | undefined {
  try {
    const data: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? "null");
    if (typeof data !== "object" || data === null) return undefined;
    const statement: unknown = Reflect.get(data, "statement");
    const sentence: unknown = Reflect.get(data, "sentence");
    if (typeof statement !== "string") return undefined;
    return typeof sentence === "number" && Number.isInteger(sentence) ? { statement, sentence } : { statement };
  } catch {
    return undefined;
  }
}

export function createReader(root: HTMLElement, graph: BriefGraph, actions: ReaderActions): Reader {
  let current: Open | undefined;
  let doc: ReaderDoc | undefined;
  let selectedNode: string | undefined;

  const save = () => {
    if (current) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(current));
    else sessionStorage.removeItem(STORAGE_KEY);
  };

  const mentionEl = (piece: MentionPiece): HTMLElement => {
    const m = piece.mention;
    const el = h(
      "span",
      {
        className: `mention${m.node === selectedNode ? " current" : ""}`,
        attrs: { role: "button", tabindex: "0", title: `${describe(m)} — select`, "data-node": m.node, "data-type": m.type },
      },
      ...piece.pieces.map(pieceEl),
    );
    el.style.setProperty("--c", NODE_COLORS[m.type]);
    el.style.setProperty("--line", TYPE_LINE[m.type]);
    const choose = (event: Event) => {
      event.stopPropagation();
      actions.select(m.node);
    };
    el.addEventListener("click", choose);
    el.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        choose(event);
      }
    });
    return el;
  };
  function pieceEl(piece: Piece): Node {
    return piece.kind === "text" ? document.createTextNode(piece.text) : mentionEl(piece);
  }

  const relationItem = (r: ReaderRelation): HTMLElement => {
    const remove =
      actions.send &&
      h(
        "button",
        { className: "remove", attrs: { type: "button", "data-edge": r.edge, title: r.quotes > 1 ? `removes the relation and its ${r.quotes} quotes` : "removes the relation" } },
        "Remove",
      );
    const error = h("span", { className: "error", attrs: { role: "alert" } });
    const send = actions.send;
    remove?.addEventListener("click", () => void send?.({ correction: { op: "unrelate", source: r.source, type: r.type, target: r.target } }, error));
    return h(
      "li",
      { attrs: { "data-edge": r.edge } },
      h("button", { className: "link", onClick: () => actions.select(r.source) }, r.sourceName),
      h("span", { className: "rel-type" }, ` —${r.type}→ `),
      h("button", { className: "link", onClick: () => actions.select(r.target) }, r.targetName),
      h("span", { className: "muted" }, ` · cue “${r.cue}”${r.quotes > 1 ? ` · quoted in ${r.quotes} sentences` : ""} `),
      r.origin === "analyst" ? h("span", { className: "analyst", attrs: { title: "added by an analyst's correction" } }, `analyst ${r.corrections.join(", ")}`) : "",
      remove,
      error,
    );
  };

  /** The add-relation form for a selected sentence: two of its mentions, a type the model allows, the cue. */
  const addForm = (d: ReaderDoc, s: ReaderSentence, send: NonNullable<ReaderActions["send"]>): HTMLElement => {
    const entities = sentenceEntities(s);
    const form = h("form", { className: "reader-add", attrs: { id: "reader-add", "aria-label": `Add a relation from sentence ${s.index + 1}` } });
    if (entities.length < 2) {
      form.append(h("p", { className: "muted" }, "This sentence names fewer than two entities: no relation to add from it."));
      return form;
    }
    const pick = (id: string, label: string, chosen: number) => {
      const select = h("select", { attrs: { id, "aria-label": label } }, ...entities.map((m) => h("option", { attrs: { value: m.node } }, `${m.name} (${m.type})`)));
      select.selectedIndex = chosen;
      return select;
    };
    const from = pick("reader-from", "From", 0);
    const to = pick("reader-to", "To", 1);
    const type = h("select", { attrs: { id: "reader-type", "aria-label": "Relation type" } });
    const cue = h("input", { attrs: { id: "reader-cue", type: "text", "aria-label": "Cue: words of the sentence that state the relation", placeholder: "cue: words of the sentence" } });
    const add = h("button", { attrs: { type: "submit", id: "reader-add-button" } }, "Add relation");
    const swap = h("button", { attrs: { type: "button", id: "reader-swap", title: "Swap From and To", "aria-label": "Swap From and To" } }, "⇄");
    const error = h("p", { className: "error", attrs: { id: "reader-error", role: "alert" } });
    const chosen = () => {
      const a = entities[from.selectedIndex];
      const b = entities[to.selectedIndex];
      return a && b ? { a, b } : undefined;
    };
    const refreshTypes = (resetCue: boolean) => {
      const pair = chosen();
      const types = pair && pair.a.node !== pair.b.node ? allowedRelations(pair.a.type, pair.b.type) : [];
      const kept = type.value;
      type.replaceChildren(...types.map((t) => h("option", { attrs: { value: t } }, t)));
      if (types.some((t) => t === kept)) type.value = kept;
      add.disabled = types.length === 0;
      error.textContent =
        !pair || pair.a.node === pair.b.node
          ? "Pick two different entities."
          : types.length === 0
            ? `The domain model allows no relation from ${pair.a.type} to ${pair.b.type}: swap them or pick others.`
            : "";
      if (resetCue && pair) cue.value = suggestedCue(s, pair.a, pair.b);
      // The two picked mentions are boxed in the sentence: From solid, To dashed.
      for (const el of root.querySelectorAll<HTMLElement>(`[data-sentence="${s.index}"] .mention[data-node]`)) {
        el.classList.toggle("pick-from", el.dataset.node === pair?.a.node);
        el.classList.toggle("pick-to", el.dataset.node === pair?.b.node);
      }
    };
    from.addEventListener("change", () => refreshTypes(true));
    to.addEventListener("change", () => refreshTypes(true));
    swap.addEventListener("click", () => {
      const i = from.selectedIndex;
      from.selectedIndex = to.selectedIndex;
      to.selectedIndex = i;
      refreshTypes(false);
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const pair = chosen();
      const relation = allowedRelations(pair?.a.type ?? "Threat", pair?.b.type ?? "Actor").find((t) => t === type.value);
      const evidence = sentenceEvidence(d.statement, s, cue.value);
      if (!pair || relation === undefined) return;
      if (!evidence) {
        error.textContent = `The cue must be words of sentence ${s.index + 1}.`;
        return;
      }
      void send({ correction: { op: "relate", source: pair.a.node, type: relation, target: pair.b.node, evidence } }, error);
    });
    queueMicrotask(() => refreshTypes(true));
    form.append(
      h("h4", {}, "Add a relation stated here"),
      h("p", { className: "muted" }, "The sentence boxes From (solid) and To (dashed)."),
      h("div", { className: "row" }, h("label", { attrs: { for: "reader-from" } }, "From"), from, swap),
      h("div", { className: "row" }, h("label", { attrs: { for: "reader-type" } }, "Relation"), type),
      h("div", { className: "row" }, h("label", { attrs: { for: "reader-to" } }, "To"), to),
      h("div", { className: "row" }, h("label", { attrs: { for: "reader-cue" } }, "Cue"), cue),
      h("div", { className: "row" }, add),
      error,
    );
    return form;
  };

  const sentenceDetail = (d: ReaderDoc, s: ReaderSentence): HTMLElement => {
    const box = h("div", { className: "sentence-detail", attrs: { id: "reader-detail" } });
    box.append(
      h("h4", {}, s.relations.length > 0 ? `Relations stated in sentence ${s.index + 1} (${s.relations.length})` : `Sentence ${s.index + 1} states no relation`),
    );
    if (s.relations.length > 0) box.append(h("ul", { className: "reader-relations", attrs: { id: "reader-relations" } }, ...s.relations.map(relationItem)));
    if (actions.send) box.append(addForm(d, s, actions.send));
    return box;
  };

  const choose = (index: number | undefined) => {
    if (!current) return;
    current = index === undefined || current.sentence === index ? { statement: current.statement } : { statement: current.statement, sentence: index };
    save();
    render();
    if (current.sentence !== undefined) root.querySelector<HTMLElement>(`[data-sentence="${current.sentence}"] .sentence-no`)?.focus();
  };

  const sentenceEl = (d: ReaderDoc, s: ReaderSentence): HTMLElement => {
    const selected = current?.sentence === s.index;
    const states = s.relations.length > 0;
    const label = `Sentence ${s.index + 1}${states ? `: states ${s.relations.length} relation${s.relations.length === 1 ? "" : "s"}` : ""}`;
    const number = h(
      "button",
      {
        className: "sentence-no",
        attrs: { type: "button", "aria-pressed": String(selected), "aria-label": label, title: states ? `${label}\n${s.relations.map(relationLine).join("\n")}` : label },
        onClick: () => choose(s.index),
      },
      String(s.index + 1),
      states ? h("span", { className: "states-mark", attrs: { "aria-hidden": "true" } }, `→${s.relations.length}`) : "",
    );
    const text = h("span", { className: "sentence-text" }, ...s.pieces.map(pieceEl));
    text.addEventListener("click", () => choose(s.index));
    const el = h("div", { className: `sentence${states ? " states" : ""}${selected ? " selected" : ""}`, attrs: { "data-sentence": String(s.index), role: "listitem" } }, number, text);
    if (selected) el.append(sentenceDetail(d, s));
    return el;
  };

  const legend = (): HTMLElement[] => [
    h(
      "p",
      { className: "reader-legend" },
      h("span", { className: "muted" }, "Names:"),
      ...ENTITY_TYPES.map((t) => {
        const sample = h("span", { className: "mention sample" }, t);
        sample.style.setProperty("--c", NODE_COLORS[t]);
        sample.style.setProperty("--line", TYPE_LINE[t]);
        return sample;
      }),
      h("span", { className: "muted" }, "(click one to select it)"),
    ),
    h(
      "p",
      { className: "reader-legend" },
      h("span", { className: "states-key" }, "→2"),
      h("span", { className: "muted" }, "the sentence states 2 relations: select its number to list them"),
    ),
  ];

  const render = () => {
    if (!current) {
      root.hidden = true;
      root.replaceChildren();
      return;
    }
    doc = readStatement(graph, current.statement);
    if (!doc) {
      current = undefined;
      save();
      root.hidden = true;
      return;
    }
    const d = doc;
    const paragraphs = new Map<number, ReaderSentence[]>();
    for (const s of d.sentences) paragraphs.set(s.paragraph, [...(paragraphs.get(s.paragraph) ?? []), s]);
    const relations = d.sentences.reduce((n, s) => n + s.relations.length, 0);
    const scroll = root.querySelector(".reader-text")?.scrollTop ?? 0;
    root.hidden = false;
    root.replaceChildren(
      h(
        "header",
        { className: "reader-head" },
        h("h2", { attrs: { id: "reader-title" } }, d.title),
        h("button", { attrs: { type: "button", id: "reader-close", "aria-label": "Close the statement reader" }, onClick: () => reader.close() }, "Close"),
      ),
      h("p", { className: "muted reader-facts" }, `${d.date ?? "undated"} · ${d.sentenceCount} sentences · ${relations} relation quotes`),
      d.complete
        ? ""
        : h(
            "p",
            { className: "reader-note", attrs: { role: "note" } },
            `This store was written before it kept statements' text: only the ${d.sentences.length} sentences that state a relation are shown, with the names found in them by their words. Re-ingest the statement to read it whole.`,
          ),
      ...legend(),
      h(
        "div",
        { className: "reader-text", attrs: { role: "list", "aria-label": `Sentences of ${d.title}` } },
        ...[...paragraphs.values()].map((list) => h("div", { className: "reader-para", attrs: { role: "presentation" } }, ...list.map((s) => sentenceEl(d, s)))),
      ),
    );
    const text = root.querySelector(".reader-text");
    if (text) text.scrollTop = scroll;
  };

  const reader: Reader = {
    open(statement, options = {}) {
      const first = options.node === undefined ? undefined : readStatement(graph, statement)?.sentences.find((s) => s.mentions.some((m) => m.node === options.node))?.index;
      const sentence = options.sentence ?? first;
      current = sentence === undefined ? { statement } : { statement, sentence };
      if (options.node !== undefined) selectedNode = options.node;
      save();
      render();
      const target = sentence === undefined ? undefined : root.querySelector<HTMLElement>(`[data-sentence="${sentence}"]`);
      target?.scrollIntoView({ block: "center" });
      root.querySelector<HTMLElement>(sentence === undefined ? "#reader-close" : `[data-sentence="${sentence}"] .sentence-no`)?.focus({ preventScroll: true });
    },
    close() {
      current = undefined;
      save();
      render();
    },
    setSelected(key) {
      if (key === selectedNode) return;
      selectedNode = key;
      for (const el of root.querySelectorAll<HTMLElement>(".mention[data-node]")) el.classList.toggle("current", el.dataset.node === key);
    },
    restore() {
      const stored = storedOpen();
      if (stored && graph.hasNode(stored.statement)) reader.open(stored.statement, stored.sentence === undefined ? {} : { sentence: stored.sentence });
    },
  };
  root.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && current?.sentence !== undefined) {
      event.stopPropagation();
      choose(undefined);
    }
  });
  return reader;
}

/** The side panel for the selected node: type, kind, title, aliases, statements, relations with their evidence. */
import type { NodeDetails } from "../model/details.ts";
import { evidenceBlock } from "./outline.ts";
import { NODE_COLORS } from "../model/palette.ts";
import { h } from "./dom.ts";

export interface PanelActions {
  select(key: string): void;
  focus(): void;
  pathFrom(key: string): void;
  pathTo(key: string): void;
  clear(): void;
  /** Opens the statement reader at a sentence (from 0), or at the first sentence that names `node`. */
  read(statement: string, options: { sentence?: number; node?: string }): void;
}

export function renderPanel(panel: HTMLElement, details: NodeDetails | undefined, statementTitles: ReadonlyMap<string, string>, actions: PanelActions): void {
  panel.replaceChildren();
  panel.hidden = details === undefined;
  if (!details) return;
  const readAt = (statement: string, sentence: number) => actions.read(statement, { sentence });
  const facts: (HTMLElement | false)[] = [
    h("span", { className: "badge" }, h("span", { className: "swatch", bg: NODE_COLORS[details.type] }), details.type),
    details.kind !== undefined && h("span", { className: "badge" }, `kind: ${details.kind}`),
  ];
  panel.append(
    h("h2", { attrs: { id: "panel-name" } }, details.name),
    h("div", {}, ...facts),
    details.title !== undefined ? h("p", { className: "title" }, details.title) : "",
    details.statement
      ? h(
          "p",
          { className: "statement-facts", attrs: { id: "panel-statement" } },
          h("span", { className: "muted" }, "Date: "),
          h("span", { attrs: { id: "panel-date" } }, details.statement.date ?? "undated"),
          h("br"),
          h("span", { className: "muted" }, "Source: "),
          h("span", { attrs: { id: "panel-source" } }, details.statement.source),
        )
      : "",
    details.aliases.length > 0 ? h("p", { className: "aliases" }, h("span", { className: "muted" }, "Also: "), details.aliases.join(" · ")) : "",
    h(
      "div",
      { className: "actions" },
      h("button", { attrs: { type: "button", id: "panel-focus" }, onClick: () => actions.focus() }, "Focus"),
      h("button", { attrs: { type: "button", id: "panel-path-from" }, onClick: () => actions.pathFrom(details.key) }, "Path from"),
      h("button", { attrs: { type: "button", id: "panel-path-to" }, onClick: () => actions.pathTo(details.key) }, "Path to"),
      h("button", { attrs: { type: "button", id: "panel-clear" }, onClick: () => actions.clear() }, "Clear (Esc)"),
      details.statement ? h("button", { attrs: { type: "button", id: "panel-read" }, onClick: () => actions.read(details.key, {}) }, "Read the statement") : "",
    ),
  );
  if (details.mentions.length > 0) {
    panel.append(
      h("h3", {}, "Mentioned in"),
      h(
        "ul",
        {},
        ...details.mentions.map((m) =>
          h(
            "li",
            {},
            h("button", { className: "link", attrs: { type: "button", "data-mentioned-in": m.statement }, onClick: () => actions.select(m.statement) }, m.title),
            h("span", { className: "muted" }, ` — sentence${m.sentences.length === 1 ? "" : "s"} ${m.sentences.map((n) => n + 1).join(", ")}`),
            h("button", { className: "link read", attrs: { type: "button", "data-read": m.statement }, onClick: () => actions.read(m.statement, { node: details.key }) }, "read"),
          ),
        ),
      ),
    );
  }
  if (details.mentioned.length > 0) {
    panel.append(
      h("h3", {}, `Mentions (${details.mentioned.length})`),
      h(
        "ul",
        { attrs: { id: "panel-mentioned" } },
        ...details.mentioned.map((m) =>
          h("li", {}, h("span", { className: "swatch", bg: NODE_COLORS[m.type] }), " ", h("button", { className: "link", onClick: () => actions.select(m.key) }, m.name)),
        ),
      ),
    );
  }
  if (details.stated.length > 0) {
    panel.append(
      h("h3", {}, `States (${details.stated.length} relations)`),
      h(
        "ul",
        { className: "rel", attrs: { id: "panel-stated" } },
        ...details.stated.map((r) =>
          h(
            "li",
            { attrs: { "data-edge": r.edge } },
            h("button", { className: "link", onClick: () => actions.select(r.source) }, r.sourceName),
            h("span", { className: "muted" }, ` ${r.type} → `),
            h("button", { className: "link", onClick: () => actions.select(r.target) }, r.targetName),
            ...r.evidence.slice(0, 1).map((e) => evidenceBlock(e, statementTitles, readAt)),
          ),
        ),
      ),
    );
  }
  for (const group of details.relations) {
    panel.append(
      h("h3", {}, `${group.type} (${group.lines.length})`),
      h(
        "ul",
        { className: "rel", attrs: { "data-relation": group.type } },
        ...group.lines.map((line) =>
          h(
            "li",
            {},
            h("span", { className: "muted" }, line.direction === "out" ? `${group.type} → ` : `← ${group.type} from `),
            h("button", { className: "link", onClick: () => actions.select(line.other) }, line.otherName),
            ...line.evidence.map((e) => evidenceBlock(e, statementTitles, readAt)),
          ),
        ),
      ),
    );
  }
}

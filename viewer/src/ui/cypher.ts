/** The Cypher panel (Neo4j mode): read-only query, results as a table, hits highlighted, errors inline. */
import { isBriefgraphError } from "../../../graph/errors.ts";
import { CypherResultSchema, type CypherResult } from "../model/api.ts";
import { h, byId } from "./dom.ts";
import { fetchJson } from "./fetch.ts";
import { tokenHeaders } from "./api-token.ts";

export function attachCypher(highlight: (nodes: readonly string[]) => void): void {
  const section = byId("cypher", HTMLElement);
  const form = byId("cypher-form", HTMLFormElement);
  const query = byId("cypher-query", HTMLTextAreaElement);
  const error = byId("cypher-error", HTMLElement);
  const result = byId("cypher-result", HTMLElement);
  section.hidden = false;
  const show = (r: CypherResult) => {
    result.replaceChildren(
      h("p", { className: "muted" }, `${r.rows.length} row${r.rows.length === 1 ? "" : "s"}, ${r.nodes.length} node${r.nodes.length === 1 ? "" : "s"} highlighted`),
      h(
        "table",
        {},
        h("thead", {}, h("tr", {}, ...r.columns.map((c) => h("th", {}, c)))),
        h("tbody", {}, ...r.rows.map((row) => h("tr", {}, ...row.map((cell) => h("td", {}, cell === null ? "null" : String(cell)))))),
      ),
    );
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    error.textContent = "";
    fetchJson("/api/cypher", CypherResultSchema, {
      method: "POST",
      headers: { "content-type": "application/json", ...tokenHeaders() },
      body: JSON.stringify({ query: query.value }),
    })
      .then((r) => {
        show(r);
        highlight(r.nodes);
      })
      .catch((e: unknown) => {
        result.replaceChildren();
        highlight([]);
        error.textContent = isBriefgraphError(e) ? e.message.replace(/^\/api\/cypher: /, "") : String(e);
      });
  });
}

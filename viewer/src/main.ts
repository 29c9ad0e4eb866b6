/** Entry point of the viewer page: fetch, validate, start; any error is shown as one line on the page. */
import { z } from "zod";
import { deserializeGraph } from "../../graph/model.ts";
import { ConfigSchema } from "./model/api.ts";
import { fetchJson, fetchUnknown } from "./ui/fetch.ts";
import { startApp } from "./app.ts";
import "./styles.css";

z.config({ jitless: true });

async function main(): Promise<void> {
  const configured = fetchJson("/api/config", ConfigSchema);
  // The editing controls (and the corrections schema) are loaded only by `serve --edit`, while the graph comes.
  const editing = configured.then((config) => (config.edit ? import("./ui/edit.ts") : undefined));
  const [config, data, edit] = await Promise.all([configured, fetchUnknown("/api/graph"), editing]);
  performance.mark("briefgraph:fetched");
  const graph = deserializeGraph(data, "/api/graph");
  performance.mark("briefgraph:validated");
  startApp(graph, config, edit);
}

main().catch((error: unknown) => {
  const status = document.getElementById("status");
  const message = error instanceof Error ? error.message : String(error);
  if (status) {
    status.className = "error";
    status.textContent = `briefgraph viewer: ${message}`;
  }
  console.error(error);
});

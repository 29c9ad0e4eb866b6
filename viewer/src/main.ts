/** Entry point of the viewer page: fetch, validate, start; any error is shown as one line on the page. */
import { z } from "zod";
import { deserializeGraph } from "../../graph/model.ts";
import { ConfigSchema } from "./model/api.ts";
import { fetchJson, fetchUnknown } from "./ui/fetch.ts";
import { startApp } from "./app.ts";
import "./styles.css";

z.config({ jitless: true });

async function main(): Promise<void> {
  const [config, data] = await Promise.all([fetchJson("/api/config", ConfigSchema), fetchUnknown("/api/graph")]);
  performance.mark("briefgraph:fetched");
  const graph = deserializeGraph(data, "/api/graph");
  performance.mark("briefgraph:validated");
  startApp(graph, config);
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

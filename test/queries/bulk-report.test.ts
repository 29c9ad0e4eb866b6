/** What `load --bulk` reads from neo4j-admin's output: the import step's time and its stages. Pure. */
import { describe, expect, it } from "vitest";
import { importDoneSeconds, importStages } from "../../queries/index.ts";

/** The shape of neo4j-admin 5.26's `database import full` output (progress dots left out). */
const IMPORTER_OUTPUT = [
  "Import starting 2026-12-02 10:04:54.530+0000",
  "(1/4) Node import 2026-12-02 10:04:54.827+0000",
  "Node import COMPLETED in 23s 831ms",
  "(2/4) Relationship import 2026-12-02 10:05:18.700+0000",
  "Relationship import COMPLETED in 28s 968ms",
  "Relationship linking COMPLETED in 11s 725ms",
  "(4/4) Post processing 2026-12-02 10:05:59.487+0000",
  "Post processing COMPLETED in 16s 361ms",
  "",
  "IMPORT DONE in 1m 46s 681ms. ",
  "Imported:",
].join("\n");

describe("reading neo4j-admin's report", () => {
  it.each([
    ["minutes, seconds and milliseconds", IMPORTER_OUTPUT, 106.681],
    ["milliseconds only", "IMPORT DONE in 850ms.", 0.85],
    ["hours", "IMPORT DONE in 1h 2m 3s 4ms.", 3723.004],
    ["no IMPORT DONE line (a failed import)", "Node import COMPLETED in 1s", undefined],
  ])("importDoneSeconds reads %s", (_name, output, seconds) => {
    expect(importDoneSeconds(output)).toBe(seconds);
  });

  it("importStages lists every completed stage with its seconds", () => {
    expect(importStages(IMPORTER_OUTPUT)).toEqual({ "Node import": 23.831, "Relationship import": 28.968, "Relationship linking": 11.725, "Post processing": 16.361 });
  });
});

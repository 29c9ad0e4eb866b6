/**
 * An alliance named by the states it joins is one alliance however the states are written: by short or full names,
 * with a capital or a lower-case head, and with a last state of several words after the hyphen. Sentences written for
 * these tests.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeLines, entityLines } from "../support/graph-lines.ts";

describe("alliances named by their states", () => {
  it.each([
    [
      "a lower-case alliance whose last state has several words is the alliance of both states",
      "The Chile-United Kingdom alliance remains strong.",
      ["Actor:Chile-United Kingdom Alliance"],
      ["Chile MEMBER_OF Chile-United Kingdom Alliance", "United Kingdom MEMBER_OF Chile-United Kingdom Alliance"],
    ],
    [
      "an alliance written with full names and one written with short names are one node",
      "The Chile-United Kingdom Alliance: Shared Harbours\nThe ministers will modernize the Chile-UK Alliance.",
      ["Actor:Chile-United Kingdom Alliance"],
      [],
    ],
  ])("%s", (_name, text, entities, edges) => {
    const graph = extractText(text);
    const alliances = entityLines(graph).filter((l) => l.endsWith("Alliance"));
    expect(alliances).toEqual(entities);
    expect(edgeLines(graph)).toEqual(expect.arrayContaining(edges));
  });
});

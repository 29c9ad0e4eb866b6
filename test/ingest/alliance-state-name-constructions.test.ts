/**
 * An alliance named by the states it joins is one alliance however the states are written: by short or full names,
 * with a capital or a lower-case head, and with a last state of several words after the hyphen; so is a meeting of
 * the same states written with or without "Joint", with its short form in brackets or alone, or as "Meeting of the" a
 * standing body. Sentences written for these tests.
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

describe("one body of the same states however written", () => {
  it.each([
    [
      "a meeting with its short form in brackets and the short form alone are one body",
      "Inaugural Chile-Peru 2+2 Ministerial Consultations\nThe Chile-Peru Foreign and Defence (2+2) Ministerial Consultations met in Lima.",
      ["Body:Chile-Peru 2+2 Ministerial Consultations"],
    ],
    [
      "a meeting named with and without 'Joint' is one body",
      "The Chile-Peru Joint Harbour Ministers' Meeting opened in Lima. The Chile-Peru Harbour Ministers' Meeting ended a day later.",
      ["Body:Chile-Peru Joint Harbour Ministers' Meeting"],
    ],
    [
      "'the 13th Meeting of the' a standing committee is the committee",
      "The 13th Meeting of the Chile-Peru Joint Ministerial Committee (CPJMC) was held in Lima. The CPJMC will meet again.",
      ["Body:Chile-Peru Joint Ministerial Committee"],
    ],
  ])("%s", (_name, text, bodies) => {
    expect(entityLines(extractText(text)).filter((l) => l.startsWith("Body:"))).toEqual(bodies);
  });
});

/**
 * Subjects behind a phrase that opens the sentence, paragraphs opened by a bullet glyph, and the other general
 * constructions of readouts that the rules of this file read — in sentences written for these tests with invented names.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeLines } from "../support/graph-lines.ts";

const TRILATERAL_OPENING = [
  "Readout of the Canada-Japan-New Zealand Harbour Talks",
  "Canada, Japan and New Zealand held the fourth Harbour Talks in Wellington on 3 March 2026.",
].join("\n\n");

describe("subjects and paragraphs of readouts", () => {
  it.each([
    [
      "a phrase of place or occasion before a subject of names leaves the names as the subject",
      TRILATERAL_OPENING,
      "At the talks, Canada, Japan and New Zealand firmly condemned the DPRK's latest missile launch.",
      ["Canada CONDEMNS missile launch", "Japan CONDEMNS missile launch", "New Zealand CONDEMNS missile launch"],
      [],
    ],
    [
      "a bullet glyph opening a paragraph is no word of its subject",
      TRILATERAL_OPENING,
      "\u25ef Canada, Japan and New Zealand firmly condemned the DPRK's latest missile launch.",
      ["Canada CONDEMNS missile launch", "Japan CONDEMNS missile launch", "New Zealand CONDEMNS missile launch"],
      [],
    ],
  ])("%s", (_name, opening, sentence, expected, absent) => {
    const found = edgeLines(extractText(`${opening}\n\n${sentence}`));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found).not.toContain(wrong);
  });
});

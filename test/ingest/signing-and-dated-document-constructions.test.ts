/**
 * Agreements real statements name through their signing or their date, in sentences written for these tests with
 * invented agreements: "welcomed the signing of X", "reflected in the signing today of the A-B Treaty", "the 2019
 * Joint Statement on …", "the 2021 Vision Statement", "the 2020 Blueprint for …".
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeLines, entityLines } from "../support/graph-lines.ts";

const OPENING = "Canada and New Zealand held the fourth Harbour Security Dialogue (HSD) in Ottawa on 3 March 2026.";

const lines = (sentence: string) => {
  const graph = extractText(`${OPENING}\n\n${sentence}`);
  return { edges: edgeLines(graph), entities: entityLines(graph) };
};

describe("an agreement whose signing the parties welcome has them as parties", () => {
  it.each([
    [
      "those who welcome the signing of a renewed arrangement are its parties",
      "Ministers welcomed the signing of the renewed Harbour Logistics Arrangement on 1 February 2026.",
      ["Canada PARTY_TO Harbour Logistics Arrangement", "New Zealand PARTY_TO Harbour Logistics Arrangement"],
      [],
    ],
    [
      "with no subject, the states the treaty's own name joins are its parties",
      "The importance both our countries place on our partnership is reflected in the signing today of the Canada-New Zealand Maritime Security Treaty.",
      ["Canada PARTY_TO Canada-New Zealand Maritime Security Treaty", "New Zealand PARTY_TO Canada-New Zealand Maritime Security Treaty"],
      [],
    ],
    [
      "a signing between others makes only them parties",
      "The Ministers welcomed the signing of the Reef Accord between Fiji and Tonga.",
      ["Fiji PARTY_TO Reef Accord", "Tonga PARTY_TO Reef Accord"],
      ["Canada PARTY_TO Reef Accord", "New Zealand PARTY_TO Reef Accord"],
    ],
  ])("%s", (_name, sentence, expected, absent) => {
    const { edges } = lines(sentence);
    expect(edges).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(edges).not.toContain(wrong);
  });
});

describe("a statement dated by its year is a document the parties refer to", () => {
  it("types dated statements and a blueprint as agreements, and commits the parties to what is set forth in them", () => {
    const { edges, entities } = lines(
      "The Ministers reiterated their commitment to cooperate, as set forth in the 2019 Joint Statement on Enhanced Harbour Cooperation and the 2021 Vision Statement, and welcomed engagement that embodies the spirit of the 2020 Blueprint for Coastal Security.",
    );
    expect(entities).toEqual(expect.arrayContaining(["Agreement:Joint Statement on Enhanced Harbour Cooperation", "Agreement:Vision Statement", "Agreement:Blueprint for Coastal Security"]));
    expect(edges).toEqual(expect.arrayContaining(["Canada COMMITS_TO Joint Statement on Enhanced Harbour Cooperation", "New Zealand COMMITS_TO Vision Statement", "Canada COMMITS_TO Blueprint for Coastal Security"]));
  });

  it("does not make an agreement of the statement's own title, which carries no year", () => {
    const graph = extractText("Joint Statement on the Fourth Harbour Security Dialogue\n\nCanada and New Zealand held the fourth Harbour Security Dialogue (HSD) in Ottawa.");
    expect(entityLines(graph).filter((e) => e.startsWith("Agreement:"))).toEqual([]);
  });
});

/**
 * Commitments to the instrument that holds the principles the parties invoke ("the principles enshrined in the
 * Coral Sea Accord"), and the subject of a declaration's preambular paragraphs, which open with an upper-case
 * participle ("REAFFIRMING …") and speak as the declaration's "we". Written for these tests with invented names.
 */
import { describe, expect, it } from "vitest";
import { edgeLines } from "../support/graph-lines.ts";
import { extractText } from "../../ingest/index.ts";

const OPENING = "The Norwegian Ministry of Defence and the Polish Ministry of National Defence held the 5th Baltic Policy Dialogue (BPD) on May 4, 2025, in Oslo.";

describe("principles enshrined in an instrument", () => {
  it.each([
    [
      "the principles a subject upholds, enshrined in an instrument, are its commitment to the instrument",
      "The two sides upheld the principles enshrined in the Coral Sea Accord.",
      ["Norway COMMITS_TO Coral Sea Accord", "Poland COMMITS_TO Coral Sea Accord"],
      [],
    ],
    [
      "values embodied in an instrument that others are urged to respect stay the others' commitment",
      "They urged Sweden to respect the values embodied in the Coral Sea Accord.",
      [],
      ["Norway COMMITS_TO Coral Sea Accord", "Poland COMMITS_TO Coral Sea Accord"],
    ],
  ])("%s", (_name, sentence, expected, unexpected) => {
    const found = edgeLines(extractText(`${OPENING} ${sentence}`));
    for (const e of expected) expect(found).toContain(e);
    for (const e of unexpected) expect(found).not.toContain(e);
  });
});

const DECLARATION = [
  "Joint Declaration by the Defence Ministers of Norway and Poland on Maritime Order",
  "WE, the Defence Ministers of Norway and Poland, met in Oslo on 4 May 2025 for the 5th Baltic Policy Dialogue;",
  "REAFFIRMING the purposes and principles enshrined in the Coral Sea Accord;",
  "HEREBY declare our resolve to keep the sea lanes open.",
].join("\n\n");

describe("a declaration's preambular paragraph", () => {
  it.each([
    ["a paragraph opening with an upper-case participle speaks for the declaring parties", "Norway COMMITS_TO Coral Sea Accord"],
    ["a paragraph opening with an upper-case participle speaks for every declaring party", "Poland COMMITS_TO Coral Sea Accord"],
  ])("%s", (_name, expected) => {
    expect(edgeLines(extractText(DECLARATION))).toContain(expected);
  });

  it("does not take an upper-case heading noun in -ing for a preambular participle", () => {
    const text = `${OPENING}\n\nMEETING of the Coral Sea Accord parties was postponed.`;
    expect(edgeLines(extractText(text)).filter((e) => e.includes("Coral Sea Accord"))).toEqual([]);
  });
});

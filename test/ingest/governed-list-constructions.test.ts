/**
 * A verb of signing, establishing or reaffirming that governs a list of names: every name of the list gets its own
 * relation from each party ("signed the A Treaty and the B Accord"). Written for these tests with invented names.
 */
import { describe, expect, it } from "vitest";
import { edgeLines } from "../support/graph-lines.ts";
import { extractText } from "../../ingest/index.ts";

const OPENING = "The Norwegian Ministry of Defence and the Polish Ministry of National Defence held the 5th Baltic Policy Dialogue (BPD) on May 4, 2025, in Oslo.";

describe("a verb that governs a list of names", () => {
  it.each([
    [
      "each instrument the parties signed in one list is one they are party to",
      "The two sides signed the Vistula Treaty and the Coral Sea Accord.",
      ["Norway PARTY_TO Vistula Treaty", "Norway PARTY_TO Coral Sea Accord", "Poland PARTY_TO Coral Sea Accord"],
      [],
    ],
    [
      "each body the parties agreed to establish in one list is one they establish",
      "The ministers agreed to establish the Maritime Security Working Group and the Cyber Policy Working Group.",
      ["Norway ESTABLISHES Maritime Security Working Group", "Poland ESTABLISHES Cyber Policy Working Group"],
      [],
    ],
    [
      "each instrument the parties reaffirmed in one list is their commitment",
      "They reaffirmed the Vistula Treaty, the Coral Sea Accord and the Harbour Declaration.",
      ["Norway COMMITS_TO Vistula Treaty", "Poland COMMITS_TO Coral Sea Accord", "Poland COMMITS_TO Harbour Declaration"],
      [],
    ],
    [
      "a state named after the list of instruments is not signed",
      "The two sides signed the Vistula Treaty and Sweden welcomed it.",
      ["Norway PARTY_TO Vistula Treaty"],
      ["Norway PARTY_TO Sweden"],
    ],
  ])("%s", (_name, sentence, expected, unexpected) => {
    const found = edgeLines(extractText(`${OPENING} ${sentence}`));
    for (const e of expected) expect(found).toContain(e);
    for (const e of unexpected) expect(found).not.toContain(e);
  });
});

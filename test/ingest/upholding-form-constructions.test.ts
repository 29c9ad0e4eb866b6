/**
 * The forms of the verbs of upholding an instrument beyond the base form: "upheld", "upholds", "recommitted to",
 * written for these tests with invented instruments.
 */
import { describe, expect, it } from "vitest";
import { edgeLines } from "../support/graph-lines.ts";
import { extractText } from "../../ingest/index.ts";

const OPENING = "The Norwegian Ministry of Defence and the Polish Ministry of National Defence held the 5th Baltic Policy Dialogue (BPD) on May 4, 2025, in Oslo.";

describe("past and third-person forms of upholding and recommitting", () => {
  it.each([
    ["an instrument the parties upheld is their commitment", "The two sides upheld the Coral Sea Accord."],
    ["an instrument each party upholds is its commitment", "Each side upholds the Coral Sea Accord."],
    ["an instrument the parties recommitted to is their commitment", "Both sides recommitted to the Coral Sea Accord."],
  ])("%s", (_name, sentence) => {
    const found = edgeLines(extractText(`${OPENING} ${sentence}`));
    expect(found).toEqual(expect.arrayContaining(["Norway COMMITS_TO Coral Sea Accord", "Poland COMMITS_TO Coral Sea Accord"]));
  });
});

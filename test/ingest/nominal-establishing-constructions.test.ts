/**
 * Establishing said with a noun after a verb of deciding ("announced the creation of the Joint Logistics
 * Committee"), written for these tests with invented bodies; a welcomed establishment names no maker.
 */
import { describe, expect, it } from "vitest";
import { edgeLines } from "../support/graph-lines.ts";
import { extractText } from "../../ingest/index.ts";

const OPENING = "The Norwegian Ministry of Defence and the Polish Ministry of National Defence held the 5th Baltic Policy Dialogue (BPD) on May 4, 2025, in Oslo.";
const BOTH = ["Norway ESTABLISHES Joint Logistics Committee", "Poland ESTABLISHES Joint Logistics Committee"];

describe("the establishment of a body said as a noun", () => {
  it.each([
    ["a body whose creation the parties announced is one they establish", "The ministers announced the creation of the Joint Logistics Committee.", BOTH, []],
    ["a body whose establishment the parties agreed on is one they establish", "They agreed on the establishment of the Joint Logistics Committee and the Cyber Policy Working Group.", [...BOTH, "Poland ESTABLISHES Cyber Policy Working Group"], []],
    ["a body whose establishment the parties only welcomed is not said to be theirs", "They welcomed the establishment of the Joint Logistics Committee last year.", [], BOTH],
  ])("%s", (_name, sentence, expected, unexpected) => {
    const found = edgeLines(extractText(`${OPENING} ${sentence}`));
    for (const e of expected) expect(found).toContain(e);
    for (const e of unexpected) expect(found).not.toContain(e);
  });
});

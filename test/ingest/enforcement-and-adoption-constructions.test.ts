/**
 * Commitments stated by the act done on an instrument, written for these tests in their own words with invented
 * instruments: the passive of enforcing or implementing in a "that" clause ("agreed that the Accord will continue to
 * be enforced"), and enforcement of an instrument with no one else named as its enforcer; what the parties ask of
 * another stays that other's. And the meeting that makes an instrument: one adopted at a meeting written with an
 * ordinal word ("adopted at the Fourth Coral Summit"), and the adoption of an instrument at a meeting said as a noun.
 */
import { describe, expect, it } from "vitest";
import { edgeLines } from "../support/graph-lines.ts";
import { extractText } from "../../ingest/index.ts";

const OPENING = "The Norwegian Ministry of Defence and the Polish Ministry of National Defence held the 5th Baltic Policy Dialogue (BPD) on May 4, 2025, in Oslo.";

describe("an instrument enforced or implemented in the passive of a 'that' clause", () => {
  it.each([
    [
      "an instrument that the parties agree will go on being enforced is their commitment",
      "The two sides agreed that the Coral Sea Accord will continue to be enforced until the dispute is settled.",
      ["Norway COMMITS_TO Coral Sea Accord", "Poland COMMITS_TO Coral Sea Accord"],
      [],
    ],
    [
      "a shared view that sanctions should be enforced is the parties' commitment to them",
      "They stated their common view that the UN Security Council sanctions should be enforced in full.",
      ["Norway COMMITS_TO United Nations Security Council sanctions", "Poland COMMITS_TO United Nations Security Council sanctions"],
      [],
    ],
    [
      "resolutions the parties work to see fully implemented are their commitment, past a relative clause after the name",
      "Together with partners, we will see that UN Security Council resolutions which bar such transfers are fully implemented.",
      ["Norway COMMITS_TO United Nations Security Council resolutions", "Poland COMMITS_TO United Nations Security Council resolutions"],
      [],
    ],
    [
      "an instrument enforced by an agent named after 'by' is the agent's commitment, not the reporter's",
      "They noted that the Coral Sea Accord has been enforced by the United Nations Command for decades.",
      ["United Nations Command COMMITS_TO Coral Sea Accord"],
      ["Norway COMMITS_TO Coral Sea Accord", "Poland COMMITS_TO Coral Sea Accord"],
    ],
    [
      "an instrument the parties urge another state to implement is not their own commitment",
      "The ministers urged Sweden to ensure that the Coral Sea Accord is fully implemented.",
      [],
      ["Norway COMMITS_TO Coral Sea Accord", "Poland COMMITS_TO Coral Sea Accord"],
    ],
  ])("%s", (_name, sentence, expected, unexpected) => {
    const found = edgeLines(extractText(`${OPENING} ${sentence}`));
    for (const e of expected) expect(found).toContain(e);
    for (const e of unexpected) expect(found).not.toContain(e);
  });
});

describe("enforcement of an instrument with no enforcer named after it", () => {
  it.each([
    [
      "the subject who keeps up enforcement of resolutions commits to them",
      "Both ministers resolved to keep up enforcement of all relevant UN Security Council resolutions.",
      ["Norway COMMITS_TO United Nations Security Council resolutions", "Poland COMMITS_TO United Nations Security Council resolutions"],
      [],
    ],
    [
      "enforcement the parties call on another state to carry out is not their commitment",
      "They urged Sweden to step up enforcement of the Coral Sea Accord.",
      [],
      ["Norway COMMITS_TO Coral Sea Accord", "Poland COMMITS_TO Coral Sea Accord"],
    ],
  ])("%s", (_name, sentence, expected, unexpected) => {
    const found = edgeLines(extractText(`${OPENING} ${sentence}`));
    for (const e of expected) expect(found).toContain(e);
    for (const e of unexpected) expect(found).not.toContain(e);
  });
});

describe("the meeting at which an instrument is adopted makes it", () => {
  it.each([
    [
      "an instrument adopted at a meeting written with an ordinal word is made by that meeting",
      "They recalled the Harbour Declaration adopted at the Fourth Coral Summit.",
      ["Coral Summit ESTABLISHES Harbour Declaration"],
      [],
    ],
    [
      "the adoption of an instrument at a meeting, said as a noun, is made by that meeting",
      "The ministers welcomed the adoption of the Harbour Declaration at the Coral Summit in May 2026.",
      ["Coral Summit ESTABLISHES Harbour Declaration"],
      [],
    ],
    [
      "the adoption of an instrument at a place that is no meeting makes nothing",
      "The ministers welcomed the adoption of the Harbour Declaration at a time of tension.",
      [],
      ["Coral Summit ESTABLISHES Harbour Declaration"],
    ],
  ])("%s", (_name, sentence, expected, unexpected) => {
    const found = edgeLines(extractText(`${OPENING} The Coral Summit met in May. ${sentence}`));
    for (const e of expected) expect(found).toContain(e);
    for (const e of unexpected) expect(found).not.toContain(e);
  });
});

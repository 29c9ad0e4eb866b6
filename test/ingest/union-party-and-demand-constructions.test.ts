/**
 * A union of states as one of the two sides, what the parties urge another actor to do, and welcoming an
 * instrument's adoption — in sentences written for these tests with invented names.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeLines, entityLines } from "../support/graph-lines.ts";

const UNION_OPENING = [
  "Joint Press Release",
  "Foreign Minister Anne Leclerc of Canada and Tama Rewi, High Representative of the EU, held the first Canada-EU Harbour Dialogue in Ottawa on 3 May 2026.",
  "They reviewed Fiji-Tonga fisheries cooperation and the outlook for the region.",
].join("\n\n");

const STATES_OPENING = "Canada and New Zealand held the fourth Harbour Security Dialogue (HSD) in Ottawa on 3 March 2026.";

describe("the parties a statement speaks for", () => {
  it.each([
    [
      "a state and a union of states that convene together are the two sides, not two states a topic joins",
      UNION_OPENING,
      "At this first Harbour Dialogue, the two sides decided to deepen their bilateral cooperation.",
      ["Canada COOPERATES_WITH European Union", "European Union COOPERATES_WITH Canada"],
      ["Canada COOPERATES_WITH Fiji", "Fiji COOPERATES_WITH Tonga"],
    ],
    [
      "what the parties urge another actor to do, over a list of demands, is not their own commitment",
      STATES_OPENING,
      "The Ministers urged Russia to halt its provocations, honour its pledges, and abide by every clause of the Harbour Accord.",
      ["Russia POSES provocations"],
      ["Canada COMMITS_TO Harbour Accord", "New Zealand COMMITS_TO Harbour Accord"],
    ],
    [
      "welcoming the adoption of an instrument commits the subject to it",
      STATES_OPENING,
      "Canada and New Zealand welcomed the adoption of the Tasman Maritime Partnership.",
      ["Canada COMMITS_TO Tasman Maritime Partnership", "New Zealand COMMITS_TO Tasman Maritime Partnership"],
      [],
    ],
    [
      "leaders' mutual commitment to the defence of one leader's state is no person's cooperation with it",
      STATES_OPENING,
      "Prime Minister Leclerc and Prime Minister Rewi reaffirmed their mutual commitment to the defence of Canada.",
      [],
      ["Anne Leclerc COOPERATES_WITH Canada", "Tama Rewi COOPERATES_WITH Canada"],
    ],
    [
      "agreeing to reactivate a dormant group is establishing it",
      STATES_OPENING,
      "The two Ministers also agree to reactivate the dormant Tasman Ocean Consultation Group next spring.",
      ["Canada ESTABLISHES Tasman Ocean Consultation Group", "New Zealand ESTABLISHES Tasman Ocean Consultation Group"],
      [],
    ],
    [
      "the parties continuing close cooperation on a task cooperate with each other",
      STATES_OPENING,
      "Both Ministers noted that the two nations had continued close cooperation on fisheries patrols.",
      ["Canada COOPERATES_WITH New Zealand", "New Zealand COOPERATES_WITH Canada"],
      [],
    ],
    [
      "continuing cooperation with a third state says nothing of the parties' own",
      STATES_OPENING,
      "Both Ministers noted that the two nations had continued close cooperation with Fiji on fisheries patrols.",
      [],
      ["Canada COOPERATES_WITH New Zealand", "New Zealand COOPERATES_WITH Canada"],
    ],
    [
      "the Ministers' pledges in an accord are the parties' commitment to it",
      STATES_OPENING,
      "Their shared resolve was renewed today by the Ministers’ pledges in the Tasman Accord to patrol the reef together.",
      ["Canada COMMITS_TO Tasman Accord", "New Zealand COMMITS_TO Tasman Accord"],
      [],
    ],
  ])("%s", (_name, opening, sentence, expected, absent) => {
    const found = edgeLines(extractText(`${opening}\n\n${sentence}`));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found).not.toContain(wrong);
  });
});

describe("offices the general lexicon knows", () => {
  it("reads a High Representative named after the title as a person", () => {
    const graph = extractText(`${STATES_OPENING}\n\nHigh Representative Rewi welcomed the talks.`);
    expect(entityLines(graph)).toContain("Actor:Rewi");
  });
});

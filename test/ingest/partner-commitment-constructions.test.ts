/**
 * Cooperation and threats stated through what one side owes another, the number of the parties, a forum, a verb
 * of threatening, and a title that lists the states — in sentences written for these tests with invented names.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeLines, entityLines } from "../support/graph-lines.ts";

const OPENING = "Canada and New Zealand held the fourth Harbour Security Dialogue (HSD) in Ottawa on 3 March 2026.";

const edges = (sentence: string) => edgeLines(extractText(`${OPENING}\n\n${sentence}`));

describe("cooperation owed, given or shared", () => {
  it.each([
    [
      "defence commitments to states, in a that-clause, are the clause subject's cooperation with each",
      "Minister Tremblay reiterated that Canada remains steadfast in its defence commitments to Fiji and Tonga.",
      ["Canada COOPERATES_WITH Fiji", "Canada COOPERATES_WITH Tonga"],
      [],
    ],
    [
      "a commitment to the defence of a state is cooperation with it",
      "Canada reaffirmed its unwavering commitment to the defence of New Zealand.",
      ["Canada COOPERATES_WITH New Zealand"],
      [],
    ],
    [
      "resolve to support a state is cooperation with it; a commitment to a state's security is read no further",
      "The Ministers expressed their commitment to Ukraine's security and their resolve to continue to support Ukraine.",
      ["Canada COOPERATES_WITH Ukraine", "New Zealand COOPERATES_WITH Ukraine"],
      [],
    ],
    [
      "cooperation between 'the two countries' is the two parties' cooperation",
      "They met to deepen cooperation between the two countries.",
      ["Canada COOPERATES_WITH New Zealand", "New Zealand COOPERATES_WITH Canada"],
      [],
    ],
    [
      "'the three countries' in a statement of two parties is not theirs",
      "Canada welcomed the cooperation among the three countries of the region.",
      [],
      ["Canada COOPERATES_WITH New Zealand", "New Zealand COOPERATES_WITH Canada"],
    ],
    [
      "the parties' cooperation in a forum is taking part in it",
      "The Ministers valued their cooperation in the Harbour Forum.",
      ["Canada PARTICIPATES_IN Harbour Forum", "New Zealand PARTICIPATES_IN Harbour Forum"],
      [],
    ],
    [
      "capabilities said to threaten are a threat their owner poses",
      "Ministers noted that Russia's missile programs directly threaten the security of the region.",
      ["Russia POSES missile programs"],
      [],
    ],
    [
      "capabilities nobody says threaten anything are no threat",
      "Ministers noted that Fiji's missile programs are modest.",
      [],
      ["Fiji POSES missile programs"],
    ],
  ])("%s", (_name, sentence, expected, absent) => {
    const found = edges(sentence);
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found).not.toContain(wrong);
  });
});

describe("a title that lists the states names the parties", () => {
  it("speaks for all three states the title lists, not the two the text names most", () => {
    const found = edgeLines(
      extractText(
        [
          "Joint Statement from Canada, New Zealand, and Japan",
          "Prime Minister Anne Leclerc, Prime Minister Tama Rewi, and Prime Minister Sato Ken met in Osaka on 2 May.",
          "They affirmed the importance of working together. Canada and New Zealand also welcomed the Tasman Accord.",
        ].join("\n\n"),
      ),
    );
    expect(found).toEqual(expect.arrayContaining(["Canada COOPERATES_WITH Japan", "New Zealand COOPERATES_WITH Japan"]));
  });
});

describe("well-known instruments and organisations the general lexicon names", () => {
  it("reads the ASEAN Outlook, the Helsinki Decalogue and the WTO by their names and acronyms", () => {
    const graph = extractText(`${OPENING}\n\nThe Ministers restated their strong support for the “ASEAN Outlook on the Indo-Pacific (AOIP)”, recalled the Helsinki Decalogue and worked through the WTO.`);
    expect(edgeLines(graph)).toEqual(expect.arrayContaining(["Canada COMMITS_TO ASEAN Outlook on the Indo-Pacific", "New Zealand COMMITS_TO ASEAN Outlook on the Indo-Pacific"]));
    expect(entityLines(graph)).toEqual(expect.arrayContaining(["Agreement:Helsinki Final Act", "Actor:World Trade Organization"]));
  });
});

/**
 * Constructions of real leaders' statements about the parties' relationship — friendship, ties, an alliance and a
 * partnership named by how many share it — each in sentences written for these tests with invented people (the real
 * statements stay out of the repository): the edges each must give, with their cues, and the wrong ones it must not.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeCueLines } from "../support/graph-lines.ts";

const OPENING = "Canada and Australia held the fourth Harbour Security Dialogue (HSD) in Ottawa on 3 March 2026.";

describe("the parties' relationship with each other", () => {
  it.each([
    [
      "the friendship between the parties named by their number is the parties' cooperation",
      "We celebrated the warm friendship between our two countries.",
      ["Canada COOPERATES_WITH Australia [friendship between our two countries]", "Australia COOPERATES_WITH Canada [friendship between our two countries]"],
      [],
    ],
    [
      "ties that have grown between two named states are their cooperation",
      "They noted that the close ties that have grown between Canada and Australia serve both peoples.",
      ["Canada COOPERATES_WITH Australia [ties that have grown between]", "Australia COOPERATES_WITH Canada [ties that have grown between]"],
      [],
    ],
    [
      "ties that have soured between two states are no cooperation",
      "They noted that ties that have soured between China and Japan harm the region.",
      [],
      ["China COOPERATES_WITH Japan", "Japan COOPERATES_WITH China"],
    ],
    [
      "the states an alliance is between are its members",
      "The leaders praised the ironclad Alliance between Canada and Australia.",
      ["Canada MEMBER_OF Canada-Australia Alliance [Alliance between]", "Australia MEMBER_OF Canada-Australia Alliance [Alliance between]"],
      [],
    ],
    [
      "a bilateral partnership the leaders of both states speak of is the parties' cooperation",
      "Prime Minister Lena Fairweather of Canada and Prime Minister Tom Ashby of Australia, meeting in Ottawa, marked forty years of bilateral partnership and shared prosperity.",
      ["Canada COOPERATES_WITH Australia [bilateral partnership]", "Australia COOPERATES_WITH Canada [bilateral partnership]"],
      [],
    ],
    [
      "a trilateral partnership spoken of in a statement of two parties is not theirs alone",
      "The two ministers marked ten years of trilateral partnership.",
      [],
      ["Canada COOPERATES_WITH Australia"],
    ],
    [
      "a bilateral partnership with a third state is not the parties' own",
      "The ministers welcomed the bilateral partnership with Japan on coastal research.",
      [],
      ["Canada COOPERATES_WITH Australia [bilateral partnership]"],
    ],
  ])("%s", (_name, sentence, expected, absent) => {
    const found = edgeCueLines(extractText(`${OPENING} ${sentence}`));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found.filter((l) => l.startsWith(wrong))).toEqual([]);
  });
});

/**
 * Ties read from the structure of a sentence rather than one statement's wording — who the subject stands for, what a
 * relation noun attaches to — each in sentences written for these tests with invented people (the real statements
 * stay out of the repository): the edges each must give, with their cues, and the wrong ones it must not.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeCueLines } from "../support/graph-lines.ts";

const OPENING = "Canada and Australia held the fourth Harbour Security Dialogue (HSD) in Ottawa on 3 March 2026.";

function check(sentence: string, expected: readonly string[], absent: readonly string[]): void {
  const found = edgeCueLines(extractText(`${OPENING} ${sentence}`));
  expect(found).toEqual(expect.arrayContaining([...expected]));
  for (const wrong of absent) expect(found.filter((l) => l.startsWith(wrong))).toEqual([]);
}

describe("alliances each party holds with a third state", () => {
  it.each([
    [
      "the states of the subject each cooperate with the state their respective alliances are with",
      "The defence ministers from Canada and Australia reaffirmed the value of their respective alliances with the United States.",
      ["Canada COOPERATES_WITH United States [respective alliances with the United States]", "Australia COOPERATES_WITH United States [respective alliances with the United States]"],
      [],
    ],
    [
      "respective alliance partnerships in a participle clause are the parties' own",
      "Both sides, noting the lasting weight of their respective alliance partnerships with Japan, agreed to meet again.",
      ["Canada COOPERATES_WITH Japan [respective alliance partnerships with Japan]", "Australia COOPERATES_WITH Japan [respective alliance partnerships with Japan]"],
      [],
    ],
    [
      "respective alliances with unnamed partners tie nobody",
      "The ministers reaffirmed their respective alliances with like-minded partners.",
      [],
      ["Canada COOPERATES_WITH Australia [respective", "Australia COOPERATES_WITH Canada [respective"],
    ],
  ])("%s", (_name, sentence, expected, absent) => check(sentence, expected, absent));
});

/**
 * Ties read from the structure of a sentence: the verb of work with an adverb of closeness said by the parties, and
 * the policy a state names in the possessive. Sentences written for these tests with invented names (the real
 * statements stay out of the repository): the edges each must give (with their cues, where a cue is written), and
 * the wrong ones it must not.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeCueLines } from "../support/graph-lines.ts";

const OPENING = "Canada and Australia held the fourth Harbour Security Dialogue (HSD) in Ottawa on 3 March 2026.";

function check(sentence: string, expected: readonly string[], absent: readonly string[]): void {
  const found = edgeCueLines(extractText(`${OPENING} ${sentence}`));
  for (const line of expected) expect(found.filter((l) => l.startsWith(line))).not.toEqual([]);
  for (const wrong of absent) expect(found.filter((l) => l.startsWith(wrong))).toEqual([]);
}

describe("the parties working closely", () => {
  it.each([
    [
      "the parties named as subject working closely cooperate with each other",
      "Canada and Australia are working closely to restore the harbour after the storm.",
      ["Canada COOPERATES_WITH Australia [working closely]", "Australia COOPERATES_WITH Canada [working closely]"],
      [],
    ],
    [
      "the parties agreeing to work more closely cooperate with each other",
      "The ministers agreed to work more closely on the risks their coasts share.",
      ["Canada COOPERATES_WITH Australia [work more closely]", "Australia COOPERATES_WITH Canada [work more closely]"],
      [],
    ],
    [
      "every inflection of the verb is read",
      "Both countries worked closely in the rescue season.",
      ["Canada COOPERATES_WITH Australia [worked closely]"],
      [],
    ],
    [
      "a partner after the adverb makes the closeness no tie between the parties",
      "Both sides will work closely with Fiji on fisheries.",
      [],
      ["Canada COOPERATES_WITH Australia [work closely", "Australia COOPERATES_WITH Canada [work closely"],
    ],
  ])("%s", (_name, sentence, expected, absent) => check(sentence, expected, absent));
});

/**
 * Constructions of real alliance statements that tie the parties to threats by the structure of a clause rather than by
 * one phrasing — each in sentences written for these tests with invented people and bodies (the real statements stay
 * out of the repository): the edges each must give, with their cues, and the wrong ones it must not.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeCueLines } from "../support/graph-lines.ts";

const BILATERAL = "Canada and Australia held the fourth Harbour Security Dialogue (HSD) in Ottawa on 3 March 2026.";

describe("threats the parties answer, judge or face, read from the clause's structure", () => {
  it.each([
    [
      "the resolution of a threat the parties' clause governs is their response to it",
      BILATERAL,
      "Both leaders restated their hope for a peaceful resolution of the Iranian nuclear and missile issue.",
      ["Canada ADDRESSES Iranian nuclear and missile issue [peaceful resolution of]", "Australia ADDRESSES Iranian nuclear and missile issue [peaceful resolution of]"],
      [],
    ],
    [
      "the resolution of something that is no threat gives nothing",
      BILATERAL,
      "Both leaders restated their hope for a peaceful resolution of disputes at sea.",
      [],
      ["Canada ADDRESSES", "Australia ADDRESSES"],
    ],
  ])("%s", (_name, opening, sentence, expected, absent) => {
    const found = edgeCueLines(extractText(`${opening} ${sentence}`));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found.filter((l) => l.startsWith(wrong))).toEqual([]);
  });
});

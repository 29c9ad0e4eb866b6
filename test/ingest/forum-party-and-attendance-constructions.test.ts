/**
 * Who the two sides are when a title joins a state and a union of states, and who takes part in a meeting as
 * statements of other alliances report it (those met, those attending, a numbered session of a dialogue) — in
 * sentences written for these tests with invented names.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeLines } from "../support/graph-lines.ts";

const UNION_TITLE = ["Canada-EU Harbour Partnership Declaration", "3 May 2026"].join("\n\n");
const STATES_OPENING = "Canada and New Zealand held the fourth Harbour Security Dialogue (HSD) in Ottawa on 3 March 2026.";

describe("the parties of a statement whose title joins a state and a union of states", () => {
  it.each([
    [
      "a state and a union of states joined in the title are the two sides, not a state the text names once",
      UNION_TITLE,
      "1. Our relationship rests on shared values and on our work together in the Harbour Training Mission in Fiji. We will strengthen our partnership in our mutual interests.\n\n2. We restate our adherence to the Charter of the United Nations.",
      ["Canada COOPERATES_WITH European Union", "European Union COMMITS_TO United Nations Charter", "Canada COMMITS_TO United Nations Charter"],
      ["Canada COOPERATES_WITH Fiji", "Fiji COOPERATES_WITH Canada", "Fiji COMMITS_TO United Nations Charter"],
    ],
    [
      "a union of states that is a party stands beside a state adjective before a plural office",
      UNION_TITLE,
      "Senior Canadian and EU officials gathered in Brussels for the second Harbour Dialogue on 4 June.",
      ["Canada PARTICIPATES_IN Harbour Dialogue", "European Union PARTICIPATES_IN Harbour Dialogue"],
      [],
    ],
  ])("%s", (_name, opening, sentence, expected, absent) => {
    const found = edgeLines(extractText(`${opening}\n\n${sentence}`));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found).not.toContain(wrong);
  });
});

describe("who takes part in a meeting", () => {
  it.each([
    [
      "the people a subject met, each after an office, take part in the meeting they met for",
      "Joint Statement",
      "Foreign Minister of Canada, Ms. Anne Leclerc, met Foreign Minister of New Zealand, Mr. Tama Rewi, and Defence Minister of New Zealand, Ms. Aroha Ngata, on 2 May 2026 in Ottawa for the first Canada-New Zealand Harbour Ministerial Meeting.",
      ["Anne Leclerc PARTICIPATES_IN Canada-New Zealand Harbour Ministerial", "Tama Rewi PARTICIPATES_IN Canada-New Zealand Harbour Ministerial", "Aroha Ngata PARTICIPATES_IN Canada-New Zealand Harbour Ministerial"],
      [],
    ],
    [
      "meeting in a city for a numbered ministerial meeting of a dialogue is taking part in that dialogue",
      "Joint Statement",
      "Foreign Minister Anne Leclerc of Canada and Foreign Minister Tama Rewi of New Zealand met in Suva, Fiji, on May 2, 2026, for the fifth ministerial meeting of the Harbour Strategic Dialogue (HSD).",
      ["Anne Leclerc PARTICIPATES_IN Harbour Strategic Dialogue", "Tama Rewi PARTICIPATES_IN Harbour Strategic Dialogue"],
      [],
    ],
    [
      "the people listed after 'attended by' take part in the meeting named right before",
      STATES_OPENING,
      "Following is the statement issued after the May 2, 2026 Harbour Security Council meeting, attended by Foreign Minister Anne Leclerc, Defence Minister Paul Girard, and Foreign Minister Tama Rewi.",
      ["Anne Leclerc PARTICIPATES_IN Harbour Security Council", "Paul Girard PARTICIPATES_IN Harbour Security Council", "Tama Rewi PARTICIPATES_IN Harbour Security Council"],
      [],
    ],
    [
      "a meeting attended by people named long after it is not theirs to attend",
      STATES_OPENING,
      "The Harbour Security Council reviewed the plan that a conference of experts, attended by Defence Minister Paul Girard, had drafted.",
      [],
      ["Paul Girard PARTICIPATES_IN Harbour Security Council"],
    ],
  ])("%s", (_name, opening, sentence, expected, absent) => {
    const found = edgeLines(extractText(`${opening}\n\n${sentence}`));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found).not.toContain(wrong);
  });
});

/**
 * Constructions of real leaders' and ministers' statements about the forums and partners the parties work with and
 * the partnerships they enter — each in sentences written for these tests with invented agreements (the real
 * statements stay out of the repository): the edges each must give, with their cues, and the wrong ones it must not.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeCueLines } from "../support/graph-lines.ts";

const OPENING = "Canada and Australia held the fourth Harbour Security Dialogue (HSD) in Ottawa on 3 March 2026.";

describe("forums, partners and partnerships the parties enter", () => {
  it.each([
    [
      "bodies listed after 'in regional forums, including at' are forums the speakers work in",
      "We will pursue our common aims in international and regional forums, including at the UN and the OECD.",
      ["Canada COOPERATES_WITH United Nations [in international and regional forums, including at]", "Australia COOPERATES_WITH Organisation for Economic Co-operation and Development [in international and regional forums, including at]"],
      [],
    ],
    [
      "an adjunct after a semicolon goes on with the subject of the list, and 'through and with' is working with",
      "We will pursue our common aims in regional forums; as partners working through and with the G7 and NATO; and in trade.",
      ["Canada COOPERATES_WITH North Atlantic Treaty Organization [working through and with]", "Australia COOPERATES_WITH Group of Seven [working through and with]"],
      [],
    ],
    [
      "a clause after a semicolon with its own subject after a comma does not take the subject before",
      "The Ministers condemned the missile launches; as a result, China pledged to work with NATO.",
      [],
      ["Canada COOPERATES_WITH North Atlantic Treaty Organization", "Australia COOPERATES_WITH North Atlantic Treaty Organization"],
    ],
    [
      "a grouping whose centrality 'we' support is one the speakers cooperate with",
      "We value our ties with ASEAN, whose centrality we both support.",
      ["Canada COOPERATES_WITH ASEAN [ASEAN, whose centrality we]", "Australia COOPERATES_WITH ASEAN [ASEAN, whose centrality we]"],
      [],
    ],
    [
      "the parties named after an opening phrase with commas of its own elevate their relationship to a partnership they are party to",
      "Reflecting on their long, productive history, the two leaders announced the elevation of their relationship to a Comprehensive Strategic Partnership.",
      ["Canada PARTY_TO Comprehensive Strategic Partnership [elevation of their relationship to a Comprehensive Strategic Partnership]", "Australia PARTY_TO Comprehensive Strategic Partnership [elevation of their relationship to a Comprehensive Strategic Partnership]"],
      [],
    ],
    [
      "those who agree to a plan are party to it",
      "We, the Ministers of Defence of Canada and Australia, have agreed to a Maritime Action Plan to guide our work.",
      ["Canada PARTY_TO Maritime Action Plan [agreed to a Maritime Action Plan]", "Australia PARTY_TO Maritime Action Plan [agreed to a Maritime Action Plan]"],
      [],
    ],
  ])("%s", (_name, sentence, expected, absent) => {
    const found = edgeCueLines(extractText(`${OPENING} ${sentence}`));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found.filter((l) => l.startsWith(wrong))).toEqual([]);
  });
});

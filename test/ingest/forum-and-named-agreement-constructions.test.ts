/**
 * Constructions of real alliance statements about the forums the parties meet in and the agreements they are party
 * to — each in sentences written for these tests with invented bodies and agreements (the real statements stay out
 * of the repository): the edges each must give, with their cues, and the wrong ones it must not.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeCueLines, entityLines } from "../support/graph-lines.ts";

const OPENING = "Canada and Australia held the fourth Harbour Security Dialogue (HSD) in Ottawa on 3 March 2026.";

describe("forums the parties meet in and agreements named by their parties", () => {
  it.each([
    [
      "the organs of two states that convene a numbered meeting of a body take part in the body",
      "The defence and foreign ministries of Canada and Australia convened the second meeting of the Pacific Maritime Consultation Group (PMCG) in Perth.",
      ["Canada PARTICIPATES_IN Pacific Maritime Consultation Group [convened]", "Australia PARTICIPATES_IN Pacific Maritime Consultation Group [convened]"],
      [],
    ],
    [
      "those a body serves as a forum for take part in it",
      "The Pacific Maritime Consultation Group (PMCG) met in May. The PMCG serves as the principal forum for the Alliance to coordinate maritime policy.",
      ["Canada-Australia Alliance PARTICIPATES_IN Pacific Maritime Consultation Group [PMCG serves as the principal forum for the Alliance]"],
      [],
    ],
    [
      "a forum named as something other than a body's use names no participant",
      "The ministers agreed that the Pacific is a key forum for Canada to engage with its neighbours.",
      [],
      ["Canada PARTICIPATES_IN Pacific"],
    ],
    [
      "a bilateral body in a statement of two parties is one both take part in",
      "A bilateral Coastal Policy Dialogue between senior officials will report to the ministers every year.",
      ["Canada PARTICIPATES_IN Coastal Policy Dialogue [bilateral Coastal Policy Dialogue]", "Australia PARTICIPATES_IN Coastal Policy Dialogue [bilateral Coastal Policy Dialogue]"],
      [],
    ],
    [
      "a bilateral body named for two other states is not the parties'",
      "The ministers welcomed the bilateral Japan-Philippines Coastal Dialogue.",
      ["Japan PARTICIPATES_IN Japan-Philippines Coastal Dialogue [Japan-Philippines Coastal Dialogue]"],
      ["Canada PARTICIPATES_IN Japan-Philippines Coastal Dialogue", "Australia PARTICIPATES_IN Japan-Philippines Coastal Dialogue"],
    ],
    [
      "every agreement listed after 'the signing of' is signed by the same signers",
      "The ministers recalled the signing of the Canada-Australia Logistics Arrangement and the Harbour Research Agreement.",
      [
        "Canada PARTY_TO Canada-Australia Logistics Arrangement [signing of the Canada-Australia Logistics Arrangement]",
        "Australia PARTY_TO Harbour Research Agreement [signing of the Canada-Australia Logistics Arrangement and the Harbour Research Agreement]",
      ],
      [],
    ],
    [
      "the states a compound opening an agreement's name joins are party to it",
      "Next year marks the tenth anniversary of the 2016 Canada-Australia Fisheries Treaty.",
      ["Canada PARTY_TO Canada-Australia Fisheries Treaty [Canada-Australia Fisheries Treaty]", "Australia PARTY_TO Canada-Australia Fisheries Treaty [Canada-Australia Fisheries Treaty]"],
      [],
    ],
    [
      "an agreement's name adds no tie beside the one a sentence states",
      "The Ministers reaffirmed their commitment to the Canada-Australia Open Skies Agreement.",
      ["Canada COMMITS_TO Canada-Australia Open Skies Agreement [reaffirmed their commitment to]"],
      ["Canada PARTY_TO Canada-Australia Open Skies Agreement"],
    ],
  ])("%s", (_name, sentence, expected, absent) => {
    const found = edgeCueLines(extractText(`${OPENING} ${sentence}`));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found.filter((l) => l.startsWith(wrong))).toEqual([]);
  });

  it("'MOU' in capitals is a memorandum of understanding, not a ministry of the lexicon", () => {
    const graph = extractText(`${OPENING} Both sides welcomed a Memorandum of Understanding (MOU) on Coastal Research and a new MOU on Youth Exchanges.`);
    expect(entityLines(graph)).toContain("Agreement:Memorandum of Understanding");
    expect(entityLines(graph).filter((n) => n.includes("Unification"))).toEqual([]);
    expect(edgeCueLines(graph).filter((l) => l.includes("MEMBER_OF"))).toEqual([]);
  });
});

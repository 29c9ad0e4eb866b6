/**
 * How statements of other alliances tie the parties to their grouping, appeal to everyone including themselves,
 * face classes of threats by example, and share one subject over a semicolon or an absolute clause — in sentences
 * written for these tests with invented names.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeLines } from "../support/graph-lines.ts";

const TWO = "Canada and New Zealand held the fourth Harbour Security Dialogue (HSD) in Ottawa on 3 March 2026.";
const FOUR = "We, the Foreign Ministers of Canada, Chile, Fiji and New Zealand, met in Suva on 3 May 2026 for the Harbour Security Dialogue.";
const THREE = "The Foreign Ministers of Canada, Fiji and New Zealand met in Suva on 3 May 2026 for the Harbour Security Dialogue.";

describe("the parties and their grouping", () => {
  it.each([
    [
      "a grouping defined as a network of as many democracies as the statement has parties has them as members",
      FOUR,
      "The Quad is a loose network of four democracies devoted to a free sea.",
      ["Canada MEMBER_OF Quad", "Chile MEMBER_OF Quad", "Fiji MEMBER_OF Quad", "New Zealand MEMBER_OF Quad"],
      [],
    ],
    [
      "a grouping of another number of states than the parties says nothing of their membership",
      THREE,
      "The Quad is a loose network of four democracies devoted to a free sea.",
      [],
      ["Canada MEMBER_OF Quad", "Fiji MEMBER_OF Quad"],
    ],
    [
      "the two countries' commitment to the Alliance makes the parties its members",
      TWO,
      "The meeting affirmed the two countries' firm commitment to the Alliance.",
      ["Canada MEMBER_OF Canada-New Zealand Alliance", "New Zealand MEMBER_OF Canada-New Zealand Alliance"],
      [],
    ],
  ])("%s", (_name, opening, sentence, expected, absent) => {
    const found = edgeLines(extractText(`${opening}\n\n${sentence}`));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found).not.toContain(wrong);
  });
});

describe("appeals, classes of threats and shared subjects", () => {
  it.each([
    [
      "calling on the international community to implement an instrument commits the speakers to it",
      TWO,
      "The two sides called on the international community to implement fully the Reef Accord.",
      ["Canada COMMITS_TO Reef Accord", "New Zealand COMMITS_TO Reef Accord"],
      [],
    ],
    [
      "support for the 2030 Agenda for Sustainable Development and the SDGs, well-known instruments of the genre, commits the speakers to them",
      TWO,
      "We stand firm in our support for swift progress on the 2030 Agenda for Sustainable Development and attainment of the Sustainable Development Goals (SDGs).",
      ["Canada COMMITS_TO 2030 Agenda for Sustainable Development", "New Zealand COMMITS_TO Sustainable Development Goals"],
      [],
    ],
    [
      "calling on one named state to implement an instrument still commits only that state",
      TWO,
      "The ministers called on Russia to implement strictly the Reef Accord.",
      [],
      ["Canada COMMITS_TO Reef Accord", "New Zealand COMMITS_TO Reef Accord"],
    ],
    [
      "working to confront a class of challenges addresses each threat listed after 'including'",
      TWO,
      "Both sides restated their will to act jointly to tackle common security challenges, including the proliferation of chemical weapons and cyber attacks.",
      ["Canada ADDRESSES proliferation of chemical weapons", "New Zealand ADDRESSES cyber attacks"],
      [],
    ],
    [
      "managing risks and threats to a shared interest addresses the examples after 'such as', which are no parts of that class",
      TWO,
      "We recognise the need to manage carefully the risks and threats to our common security, such as the proliferation of weapons of mass destruction.",
      ["Canada ADDRESSES proliferation of weapons of mass destruction", "New Zealand ADDRESSES proliferation of weapons of mass destruction"],
      ["proliferation of weapons of mass destruction PART_OF threats to our common security"],
    ],
    [
      "a class of challenges confronted by a named third state is not the parties' to address",
      TWO,
      "The ministers noted that Russia must confront its own challenges, including cyber attacks.",
      [],
      ["Canada ADDRESSES cyber attacks", "New Zealand ADDRESSES cyber attacks"],
    ],
    [
      "a verb after '; and' shares the subject of the clause before the semicolon",
      TWO,
      "We firmly back the peaceful settlement of disputes; and reject unilateral attempts to change the status quo.",
      ["Canada CONDEMNS unilateral attempts to change the status quo", "New Zealand CONDEMNS unilateral attempts to change the status quo"],
      [],
    ],
    [
      "the parties named in an absolute clause ('with both sides reiterating') are its subject",
      TWO,
      "The talks reflected the reach of the partnership, with both sides reiterating their commitment to the Reef Accord.",
      ["Canada COMMITS_TO Reef Accord", "New Zealand COMMITS_TO Reef Accord"],
      [],
    ],
  ])("%s", (_name, opening, sentence, expected, absent) => {
    const found = edgeLines(extractText(`${opening}\n\n${sentence}`));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found).not.toContain(wrong);
  });
});

describe("instruments and forums the parties' work rests on", () => {
  it.each([
    [
      "a forum named as based on an agreement is established by that agreement",
      TWO,
      "The talks were the first Canada-New Zealand Reef Consultations based on the Canada-New Zealand Reef Declaration signed in 2025.",
      ["Canada-New Zealand Reef Declaration ESTABLISHES Canada-New Zealand Reef Consultations"],
      [],
    ],
    [
      "cooperation 'based on' an agreement with no forum before it establishes nothing",
      TWO,
      "Both sides advanced their maritime cooperation based on the Reef Declaration.",
      ["Canada COMMITS_TO Reef Declaration"],
      ["Reef Declaration ESTABLISHES Harbour Security Dialogue"],
    ],
    [
      "joint engagement with a third state under a forum makes the subject and that state take part in it",
      TWO,
      "Ministers committed to expanding their trilateral engagement with Fiji under the Pacific Strategic Dialogue (PSD).",
      ["Canada PARTICIPATES_IN Pacific Strategic Dialogue", "New Zealand PARTICIPATES_IN Pacific Strategic Dialogue", "Fiji PARTICIPATES_IN Pacific Strategic Dialogue"],
      [],
    ],
    [
      "an instrument the parties note is the foundation of their ties, past an appositive, is one they commit to",
      TWO,
      "They noted that the Reef Treaty, renewed twice since 1990 and invoked once, continues to be the foundation of a broad security relationship.",
      ["Canada COMMITS_TO Reef Treaty", "New Zealand COMMITS_TO Reef Treaty"],
      [],
    ],
    [
      "an instrument another state is said to call its foundation, or the foundation of mere conduct, is not the parties' commitment",
      TWO,
      "They regretted that Russia claims the Arctic Charter is the basis of its security.\n\nThe Arctic Charter is the basis of its conduct.",
      [],
      ["Canada COMMITS_TO Arctic Charter", "New Zealand COMMITS_TO Arctic Charter"],
    ],
  ])("%s", (_name, opening, sentence, expected, absent) => {
    const found = edgeLines(extractText(`${opening}\n\n${sentence}`));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found).not.toContain(wrong);
  });
});

/**
 * The members of a forum as the subject, acts listed under an owned threat, a rank before state adjectives, and a
 * compound of states whose last state has two words — in sentences written for these tests with invented names.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeLines } from "../support/graph-lines.ts";

const STATES_OPENING = "Canada and New Zealand held the fourth Harbour Security Dialogue (HSD) in Ottawa on 3 March 2026.";

describe("subjects, owners and compounds of other alliances' statements", () => {
  it.each([
    [
      "the members of a forum, before or after its name, are the parties",
      "The Canada-New Zealand Harbour Council met in Ottawa.\n\nThe members of the Harbour Council (HC) reaffirmed their commitment to the Reef Accord. The HC members stressed the importance of the Tasman Treaty.",
      ["Canada COMMITS_TO Reef Accord", "New Zealand COMMITS_TO Reef Accord", "Canada COMMITS_TO Tasman Treaty", "New Zealand COMMITS_TO Tasman Treaty"],
      [],
    ],
    [
      "acts listed after 'including' under an owned threat have the same owner",
      `${STATES_OPENING}\n\nRussia's provocations, including missile launches in April and a nuclear test in May, threaten the region.`,
      ["Russia POSES provocations", "Russia POSES missile launches", "Russia POSES nuclear test"],
      [],
    ],
    [
      "an act listed under an owned threat keeps its own owner when the text gives one",
      `${STATES_OPENING}\n\nThe ministers condemned Russia's provocations, including cyber attacks by Iran.`,
      ["Russia POSES provocations", "Iran POSES cyber attacks"],
      ["Russia POSES cyber attacks"],
    ],
    [
      "an act in a later phrase of the clause ('and over …') is not listed under the owned threat",
      `${STATES_OPENING}\n\nThe ministers voiced concern over Russia's hostile cyber activities, including its cyber theft of funds to pay for its weapons programs, and over gray zone provocations such as GPS jamming.`,
      ["Russia POSES hostile cyber activities"],
      ["Russia POSES gray zone provocations"],
    ],
    [
      "'its' in an act listed under an owned act is that owner's, not the victim's named in between",
      `${STATES_OPENING}\n\nThe ministers condemned Russia's continued war of aggression against Ukraine, including its attacks on power plants.`,
      ["Russia POSES war of aggression", "Russia POSES attacks"],
      ["Ukraine POSES attacks"],
    ],
    [
      "an owned act followed by a phrase of time still lists the acts after 'including' as its owner's",
      `${STATES_OPENING}\n\nThe ministers condemned Russia's unparalleled missile activity since 2024, including the launches of cruise missiles in April.`,
      ["Russia POSES missile activity", "Russia POSES launches of cruise missiles"],
      [],
    ],
    [
      "a participle after a possessive describes the possessed act and makes the possessor no doer of the other acts of the sentence",
      `${STATES_OPENING}\n\nThe ministers condemned Russia's continued war of aggression against Moldova and the DPRK's launches of ballistic missiles.`,
      ["Russia POSES war of aggression", "Democratic People's Republic of Korea POSES launches of ballistic missiles"],
      ["Russia POSES launches of ballistic missiles"],
    ],
    [
      "a rank before the state adjectives of a plural office leaves the states the subject",
      `${STATES_OPENING}\n\nSenior Canadian and New Zealand officials gathered in Wellington for the Harbour Maritime Dialogue.`,
      ["Canada PARTICIPATES_IN Harbour Maritime Dialogue", "New Zealand PARTICIPATES_IN Harbour Maritime Dialogue"],
      [],
    ],
    [
      "a compound of states in a forum's name names its last state in full when that state has two words",
      `${STATES_OPENING}\n\nThe Fiji-New Zealand Reef Dialogue met in Suva.`,
      ["Fiji PARTICIPATES_IN Fiji-New Zealand Reef Dialogue", "New Zealand PARTICIPATES_IN Fiji-New Zealand Reef Dialogue"],
      [],
    ],
  ])("%s", (_name, text, expected, absent) => {
    const found = edgeLines(extractText(text));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found).not.toContain(wrong);
  });
});

/**
 * How real statements introduce their principals and open their sentences, in sentences written for these tests
 * with invented people, bodies and agreements: an office and its holder set off by commas, "Her Excellency", a
 * long field of an office, an office after an organisation, "Today, we—A and B—met", a body "between" two people,
 * state adjectives before a plural office, a dateline before the subject, and an opening participial phrase.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeLines, entityLines } from "../support/graph-lines.ts";

const OPENING = "Canada and New Zealand held the fourth Harbour Security Dialogue (HSD) in Ottawa on 3 March 2026.";

const lines = (sentence: string) => {
  const graph = extractText(`${OPENING}\n\n${sentence}`);
  return { edges: edgeLines(graph), entities: entityLines(graph) };
};

describe("principals named by their office, with the holder where real statements put them", () => {
  it.each([
    [
      "an office 'of' a state, then its holder between commas, hosts; hosts and the guests named the same way take part",
      "On 4 May 2026, the Minister of Foreign Affairs of Canada, Marie Tremblay, and the Minister of National Defence of Canada, Paul Okafor, hosted the New Zealand Minister for Foreign Affairs, Aroha Whitcombe, and the New Zealand Minister for Defence, James Harlow, in Ottawa for the fourth Foreign and Defence Ministers' 2+2 Meeting between Canada and New Zealand.",
      [
        "Marie Tremblay PARTICIPATES_IN Foreign and Defence Ministers' 2+2 Meeting",
        "Paul Okafor PARTICIPATES_IN Foreign and Defence Ministers' 2+2 Meeting",
        "Aroha Whitcombe PARTICIPATES_IN Foreign and Defence Ministers' 2+2 Meeting",
        "James Harlow PARTICIPATES_IN Foreign and Defence Ministers' 2+2 Meeting",
        "Canada PARTICIPATES_IN Foreign and Defence Ministers' 2+2 Meeting",
        "New Zealand PARTICIPATES_IN Foreign and Defence Ministers' 2+2 Meeting",
      ],
    ],
    [
      "an office whose field the office words do not cover, and an office written after an organisation, each open a person",
      "Canadian Special Representative for Arctic Sea Lanes and Fisheries Affairs Louis Girard and Canadian Department of National Defence Director-General of the Northern Operations Bureau Claire Dubois met in Halifax for the Arctic Policy Talks.",
      ["Louis Girard PARTICIPATES_IN Arctic Policy Talks", "Claire Dubois PARTICIPATES_IN Arctic Policy Talks"],
    ],
    [
      "'Today, we—A of X and B of Y—met for' an in-person summit: each leader takes part in it",
      "Today, we—Prime Minister Anne Leclerc of Canada and Prime Minister Tama Rewi of New Zealand—met for the second in-person Harbour Leaders Summit.",
      ["Anne Leclerc PARTICIPATES_IN Harbour Leaders Summit", "Tama Rewi PARTICIPATES_IN Harbour Leaders Summit"],
    ],
    [
      "a body named with its acronym 'between' two people has both taking part",
      "The Ministers recalled the Harbour Security Dialogue (HSD) between Minister Tremblay and Minister Whitcombe.",
      ["Tremblay PARTICIPATES_IN Harbour Security Dialogue", "Whitcombe PARTICIPATES_IN Harbour Security Dialogue"],
    ],
    [
      "two state adjectives before a plural office speak for both states, even when one adjective is also the state's name",
      "Canadian and New Zealand Foreign and Defence Ministers met for the Fourth Tasman Policy Talks.",
      ["Canada PARTICIPATES_IN Tasman Policy Talks", "New Zealand PARTICIPATES_IN Tasman Policy Talks"],
    ],
  ])("%s", (_name, sentence, expected) => {
    expect(lines(sentence).edges).toEqual(expect.arrayContaining(expected));
  });

  it("reads 'Her Excellency' as an honorific, and a state after an office's comma as no person", () => {
    const { entities } = lines("Her Excellency Ana Souza, Minister for Foreign Affairs, and the Minister for Defence, New Zealand, welcomed the plan.");
    expect(entities).toContain("Actor:Ana Souza");
    expect(entities.filter((e) => /Excellency|Actor:New Zealand [A-Z]/.test(e))).toEqual([]);
  });

  it("does not read the next person's office into a long field", () => {
    const { entities } = lines("Following talks, Deputy Minister of National Defence Paul Ouellet and Deputy Minister of Foreign Affairs Marie Tremblay led the Canadian delegation.");
    expect(entities).toEqual(expect.arrayContaining(["Actor:Paul Ouellet", "Actor:Marie Tremblay"]));
  });
});

describe("subjects real statements put after an opening phrase, a dateline or a quantifier", () => {
  it.each([
    [
      "a participial phrase opening the sentence commits the subject of the main clause to the agreement it names",
      "Guided by the principles of the 2019 Tasman Accord, Ministers met in a spirit of friendship.",
      ["Canada COMMITS_TO Tasman Accord", "New Zealand COMMITS_TO Tasman Accord"],
      [],
    ],
    [
      "an order 'founded on the principles of' a charter, after an 'As …' phrase, is the parties' commitment",
      "As two maritime nations, the Ministers reaffirmed their commitment to an order founded on the principles of the Harbour Charter.",
      ["Canada COMMITS_TO Harbour Charter", "New Zealand COMMITS_TO Harbour Charter"],
      [],
    ],
    [
      "'each side' is every party",
      "Each side reaffirmed its obligations under the Tasman Accord.",
      ["Canada COMMITS_TO Tasman Accord", "New Zealand COMMITS_TO Tasman Accord"],
      [],
    ],
    [
      "a dateline before the subject does not hide it",
      "OTTAWA, Ontario – Canada and New Zealand held a working session to enhance bilateral defence cooperation.",
      ["Canada COOPERATES_WITH New Zealand", "New Zealand COOPERATES_WITH Canada"],
      [],
    ],
    [
      "a condemnation written as a noun condemns the act, whose owner stands before a run of adjectives, not its victim",
      "Ministers reiterated their unequivocal condemnation of Russia's unprovoked, brutal and unlawful invasion of Ukraine.",
      ["Canada CONDEMNS unlawful invasion", "New Zealand CONDEMNS unlawful invasion", "Russia POSES unlawful invasion"],
      ["Ukraine POSES unlawful invasion"],
    ],
    [
      "a list's comma is no run of adjectives: the owner of the first threat does not own the next",
      "The exercise included realistic threats such as Russia's advancing missile threats, GPS jamming and cyber attacks.",
      ["Russia POSES missile threats"],
      ["Russia POSES GPS jamming"],
    ],
  ])("%s", (_name, sentence, expected, absent) => {
    const { edges } = lines(sentence);
    expect(edges).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(edges).not.toContain(wrong);
  });
});

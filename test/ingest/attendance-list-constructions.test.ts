/**
 * Who attended which meeting, read from structure: a subject list of office-holders whose offices are written with
 * "for" or "of", a passive's agents followed by a second coordinated participle ("hosted by A, and attended by B"), a
 * meeting whose title joins a union of states and a state with a spaced dash, a person named again by the family name,
 * a meeting named in lower case by the states of its officials, the verbs of taking part in any form, a session of a
 * series counted by an ordinal, the leader of a body, and having a meeting — in statements written for these tests
 * with invented people and meetings.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeLines, entityLines } from "../support/graph-lines.ts";

const OPENING = "Joint Communique of the Third Harbour Joint Ministerial Committee\n\nThe Third Meeting of the Harbour Joint Ministerial Committee (HJMC) took place in Halifax on 2 May 2026.";
const HJMC = "Harbour Joint Ministerial Committee";

describe("the attendants a sentence lists", () => {
  it.each([
    [
      "every office-holder of a subject list takes part, though the offices hold 'for' before the last one",
      `${OPENING} From New Zealand, Minister for Foreign Affairs Aroha Ngata, Minister for Defence Senator Hemi Walker, and Minister for Trade Tama Rewi attended the meeting.`,
      ["Aroha Ngata", "Hemi Walker", "Tama Rewi"].map((p) => `${p} PARTICIPATES_IN ${HJMC}`),
    ],
    [
      "those after a second participle 'and attended by' take part in what the first participle's subject names",
      `${OPENING} The meeting was hosted by Canadian Minister for Foreign Affairs Paul Ouellet, and attended by Minister for Defence Marie Tremblay and Minister for Trade Luc Gagnon.`,
      [`Paul Ouellet LEADS ${HJMC}`, `Marie Tremblay PARTICIPATES_IN ${HJMC}`, `Luc Gagnon PARTICIPATES_IN ${HJMC}`],
    ],
  ])("%s", (_name, text, expected) => {
    expect(edgeLines(extractText(text))).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    [
      "the agents after a second participle do not lead what the first participle's agent hosted",
      `${OPENING} The meeting was hosted by Canadian Minister for Foreign Affairs Paul Ouellet, and attended by Minister for Defence Marie Tremblay and Minister for Trade Luc Gagnon.`,
      [`Marie Tremblay LEADS ${HJMC}`, `Luc Gagnon LEADS ${HJMC}`],
    ],
    [
      "a clause after ', and' with a verb of its own still has its own subject",
      `${OPENING} Minister for Trade Tama Rewi praised the fishing accord, and Minister for Defence Hemi Walker attended the meeting.`,
      [`Tama Rewi PARTICIPATES_IN ${HJMC}`],
    ],
  ])("%s", (_name, text, absent) => {
    const lines = edgeLines(extractText(text));
    for (const line of absent) expect(lines).not.toContain(line);
  });
});

describe("a meeting named by a union of states and a state", () => {
  it("a spaced dash between a union of states and a state joins them into the meeting's name, which those who met for it attend", () => {
    const graph = extractText(
      "Joint statement ASEAN – New Zealand Summit 2026\n\nPrime Minister Aroha Ngata and Secretary-General Paul Ouellet met in Wellington on 2 May for the 5th Summit between ASEAN and New Zealand.",
    );
    expect(entityLines(graph)).toContain("Body:ASEAN – New Zealand Summit 2026");
    expect(edgeLines(graph)).toEqual(expect.arrayContaining(["Aroha Ngata PARTICIPATES_IN ASEAN – New Zealand Summit 2026"]));
  });
});

describe("a person named again by the family name alone", () => {
  it.each([
    [
      "a family name alone, after the person was named in full, is that person — last word, or first before a hyphenated Korean given name",
      [
        "Harbour Talks",
        "WASHINGTON -- Defense Secretary James N. Roe and his regional counterparts talked about maritime issues in Singapore, officials said.",
        "Minister of National Defense Kim Min-su arrived in Singapore on Friday.",
        "Roe, Japan Minister of Defense Ken Sato and Kim today convened the 10th Harbour Talks in Singapore.",
      ],
      ["James N. Roe", "Ken Sato", "Kim Min-su"].map((p) => `${p} PARTICIPATES_IN Harbour Talks`),
    ],
  ])("%s", (_name, lines, expected) => {
    expect(edgeLines(extractText(lines.join("\n\n")))).toEqual(expect.arrayContaining(expected));
  });

  it("a family name before any full name refers to no one", () => {
    const graph = extractText("Harbour Talks\n\nRoe, Japan Minister of Defense Ken Sato and Minister of National Defense Kim Min-su today convened the 10th Harbour Talks in Singapore.");
    expect(entityLines(graph).filter((l) => l.includes("Roe"))).toEqual([]);
  });
});

describe("a meeting named in lower case by the states of its officials", () => {
  it.each([
    [
      "a compound of states, the officials' possessive and 'talks' name the meeting those who held it and those it was held with attend",
      "On 3 May, Vice Minister of Defence Luis Araya held Chile-Canada vice defence ministers’ talks with Canadian Vice Minister Marie Tremblay in Santiago.",
      "Chile-Canada vice defence ministers’ talks",
      ["Luis Araya", "Marie Tremblay", "Chile"],
    ],
    [
      "capitalised officials before a lower-case 'strategic dialogue' still name one meeting",
      "Foreign Minister Luis Araya held the second Chile-Canada Foreign Ministers’ strategic dialogue with Foreign Minister Marie Tremblay in Ottawa.",
      "Chile-Canada Foreign Ministers’ strategic dialogue",
      ["Luis Araya", "Marie Tremblay", "Chile", "Canada"],
    ],
    [
      "the officials before the head may go without their possessive",
      "Harbour Forum brings about Chile-Canada Defence Ministers meeting\n\nOn 3 May, Defence Minister Luis Araya met with Defence Minister Marie Tremblay in Santiago.",
      "Chile-Canada Defence Ministers meeting",
      ["Chile", "Canada"],
    ],
    [
      "a bracketed format inside the officials' description stays in the name",
      "The first Chile-Canada foreign and defence (2+2) senior officials’ meeting took place by video on 4 May. During the meeting, the two sides discussed fisheries.",
      "Chile-Canada foreign and defence (2+2) senior officials’ meeting",
      ["Chile", "Canada"],
    ],
  ])("%s", (_name, text, meeting, people) => {
    const graph = extractText(text);
    expect(entityLines(graph)).toContain(`Body:${meeting}`);
    expect(edgeLines(graph)).toEqual(expect.arrayContaining(people.map((p) => `${p} PARTICIPATES_IN ${meeting}`)));
  });

  it.each([
    ["lower-case talks without the officials' possessive are a description, no name", "Chile and Canada held Chile-Canada bilateral talks in May.", "Body:Chile-Canada bilateral talks"],
    ["the officials' meeting 'of' something is not named by the compound alone", "The Chile-Canada senior officials’ meeting of experts reviewed fisheries.", "Body:Chile-Canada senior officials’ meeting"],
  ])("%s", (_name, text, absent) => {
    expect(entityLines(extractText(text))).not.toContain(absent);
  });
});

describe("the verbs of taking part in any form", () => {
  const text = [
    "Harbour Talks",
    "On 3 May, Vice Minister of Defence Luis Araya held talks with Vice Minister Marie Tremblay, who was visiting Santiago to participate in the Harbour Defence Forum 2026.",
    "He said the Chilean navy would participate for the first time in Exercise Coral Shield.",
    "The two sides invited New Zealand to participate in the Southern Ocean Forum.",
  ].join("\n\n");

  it("the antecedent of a relative clause 'who was visiting X to participate in Y' takes part in Y, and so does a subject that will 'participate for the first time in' an exercise", () => {
    expect(edgeLines(extractText(text))).toEqual(expect.arrayContaining(["Marie Tremblay PARTICIPATES_IN Harbour Defence Forum 2026", "Chile PARTICIPATES_IN Coral Shield"]));
  });

  it("one invited to participate does not take part by the invitation", () => {
    expect(edgeLines(extractText(text)).filter((l) => l.startsWith("New Zealand PARTICIPATES_IN"))).toEqual([]);
  });
});

describe("a session of a series and who leads it", () => {
  it("'the 5th Summit between A and B' is the summit the statement reports, so A and B take part in it; 'the third Summit for Democracy' is another", () => {
    const graph = extractText(
      "Joint statement ASEAN – New Zealand Summit 2026\n\nPrime Minister Aroha Ngata and Secretary-General Paul Ouellet met in Wellington on 2 May for the 5th Summit between ASEAN and New Zealand. Prime Minister Ngata noted the third Summit for Democracy held in Seoul.",
    );
    const lines = edgeLines(graph);
    expect(lines).toEqual(expect.arrayContaining(["ASEAN PARTICIPATES_IN ASEAN – New Zealand Summit 2026", "New Zealand PARTICIPATES_IN ASEAN – New Zealand Summit 2026"]));
    expect(entityLines(graph)).toContain("Body:Summit for Democracy");
  });

  it("a state that leads a body it is named in is not said to take part in it as well", () => {
    const lines = edgeLines(
      extractText("Chile-Canada Joint Committee\n\nThe Third Meeting of the Chile-Canada Joint Committee was held in Santiago on 2 May 2026. The meeting was hosted by Chile Minister for Foreign Affairs Luis Araya."),
    );
    expect(lines).toEqual(expect.arrayContaining(["Chile LEADS Chile-Canada Joint Committee", "Canada PARTICIPATES_IN Chile-Canada Joint Committee"]));
    expect(lines).not.toContain("Chile PARTICIPATES_IN Chile-Canada Joint Committee");
  });
});

describe("to have a meeting", () => {
  const text = [
    "Chile-Canada Defence Ministers’ Breakfast Meeting",
    "Defence Minister Luis Araya had a breakfast meeting with Defence Minister Marie Tremblay of Canada on 3 May in Santiago.",
    "Minister Araya had a long talk with officials about the Harbour Forum.",
  ].join("\n\n");

  it("'A had a breakfast meeting with B' is the meeting the title names, held by A with B", () => {
    expect(edgeLines(extractText(text))).toEqual(
      expect.arrayContaining(["Luis Araya PARTICIPATES_IN Chile-Canada Defence Ministers’ Breakfast Meeting", "Marie Tremblay PARTICIPATES_IN Chile-Canada Defence Ministers’ Breakfast Meeting"]),
    );
  });

  it("'had a' before anything but a meeting holds nothing", () => {
    expect(edgeLines(extractText(text)).filter((l) => l.endsWith("Harbour Forum"))).toEqual([]);
  });
});

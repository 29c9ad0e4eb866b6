/**
 * Who takes part, leads and belongs, read from structure: a visit that names no meeting, a party represented by its
 * principals, a body "of which" a state is a member — in sentences written for these tests with invented people,
 * places and bodies.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { ungroundedRelations } from "../support/evidence.ts";
import { edgeLines, entityLines } from "../support/graph-lines.ts";

const TITLE = "Joint Statement on the Canada-New Zealand Harbour Consultations (CANZHC) 2026";

describe("a visit that names no meeting", () => {
  it.each([
    [
      "hosts and guests of a visit that names no meeting take part in the meeting the statement reports",
      "Minister of Defence Aroha Ngata and Minister of Foreign Affairs Wiremu Kahu hosted Minister of National Defence Paul Ouellet and Minister of Foreign Affairs Marie Tremblay on 4 May in Wellington, to deepen their work across the Pacific.",
      ["Aroha Ngata", "Wiremu Kahu", "Paul Ouellet", "Marie Tremblay"].map((p) => `${p} PARTICIPATES_IN Canada-New Zealand Harbour Consultations`),
    ],
    [
      "a welcome that names no meeting is no visit for the meeting reported",
      "Minister of Defence Aroha Ngata welcomed Minister of National Defence Paul Ouellet on a state visit to Wellington.",
      [],
    ],
  ])("%s", (_name, sentence, expected) => {
    const graph = extractText(`${TITLE}\n\n${sentence}`);
    const found = edgeLines(graph).filter((l) => l.includes(" PARTICIPATES_IN ") && !/^(?:Canada|New Zealand) /.test(l));
    expect(found.sort()).toEqual([...expected].sort());
    expect(ungroundedRelations(graph)).toEqual([]);
  });
});

const SUMMIT = "The Sixth Summit between the African Union and Chile took place in Valparaiso on 2 June 2026.";

describe("a party represented by its principals", () => {
  it.each([
    [
      "each person a party was represented by leads that party's side, past the offices written after the names",
      "The African Union (AU) was represented by Mr. Tomas Berg, President of the Harbour Council, and Ms. Ines Moreau, President of the Harbour Commission.",
      ["Tomas Berg LEADS African Union", "Ines Moreau LEADS African Union"],
    ],
    [
      "a state represented by one person is led by that person",
      "Chile was represented by President Camila Rojas.",
      ["Camila Rojas LEADS Chile"],
    ],
    [
      "a thing represented by a person that is no party is led by nobody",
      "The harbour was represented by President Camila Rojas in the painting.",
      [],
    ],
  ])("%s", (_name, sentence, expected) => {
    const graph = extractText(`${SUMMIT}\n\n${sentence}`);
    expect(edgeLines(graph).filter((l) => l.includes(" LEADS ")).sort()).toEqual([...expected].sort());
    expect(ungroundedRelations(graph)).toEqual([]);
  });
});

const TALKS = "Chile and Peru held the third Harbour Talks in Lima on 4 May 2026.";

describe("a relative clause of membership", () => {
  it.each([
    [
      "a state said to be a member of the body a relative clause follows belongs to it",
      "The Harbour Defence Forum, of which Chile is a founding member, keeps the coast safe.",
      ["Chile MEMBER_OF Harbour Defence Forum"],
    ],
    [
      "the parties said to be members in a relative clause each belong to the body",
      "The Harbour Defence Forum, of which both countries are members, keeps the coast safe.",
      ["Chile MEMBER_OF Harbour Defence Forum", "Peru MEMBER_OF Harbour Defence Forum"],
    ],
    [
      "a relative clause that names another role than membership makes no member",
      "The Harbour Defence Forum, of which Chile is a close partner, keeps the coast safe.",
      [],
    ],
  ])("%s", (_name, sentence, expected) => {
    const graph = extractText(`${TALKS}\n\n${sentence}`);
    expect(edgeLines(graph).filter((l) => l.includes(" MEMBER_OF ")).sort()).toEqual([...expected].sort());
    expect(ungroundedRelations(graph)).toEqual([]);
  });
});

const OCCASION = "Chile, Peru and Ecuador convened in Lima on 2 May 2026, on the occasion of the Third Harbour Summit.";

describe("a party in the role of host or chair", () => {
  it.each([
    [
      "a party that hosts a named body leads it",
      "They noted the role played by Chile as host of the upcoming Pacific Harbour Forum in November.",
      ["Chile LEADS Pacific Harbour Forum"],
    ],
    [
      "a party in its role as a body's chair, the body named before the role, leads it",
      "The Ministers backed Peru in its demanding role as 2027 Pacific Islands Forum Chair.",
      ["Peru LEADS Pacific Islands Forum"],
    ],
    [
      "a party's efforts as the chair country, no body named, lead the meeting the statement reports",
      "Peru and Ecuador expressed appreciation for Chile's efforts as the chair country to advance the work.",
      ["Chile LEADS Harbour Summit"],
    ],
    [
      "a host of something that is no body leads nothing",
      "They thanked Chile as host of a dinner for the delegations.",
      [],
    ],
  ])("%s", (_name, sentence, expected) => {
    const graph = extractText(`${OCCASION}\n\n${sentence}`);
    expect(edgeLines(graph).filter((l) => l.includes(" LEADS ")).sort()).toEqual([...expected].sort());
    expect(ungroundedRelations(graph)).toEqual([]);
  });
});

describe("a summit meeting named in full", () => {
  it.each([
    ["a summit meeting's name goes on past 'Summit', a summit being a meeting and no standing body", "The plan was agreed at the Chile-Peru Summit Meeting in November 2019.", "Body:Chile-Peru Summit Meeting", "Body:Chile-Peru Summit"],
    ["a meeting of a standing body is still that body", "The Harbour Consultative Group Meeting was held in Lima.", "Body:Harbour Consultative Group", "Body:Harbour Consultative Group Meeting"],
  ])("%s", (_name, sentence, expected, absent) => {
    const found = entityLines(extractText(`${TALKS}\n\n${sentence}`));
    expect(found).toContain(expected);
    expect(found).not.toContain(absent);
  });
});

describe("a meeting named by the officials who meet, and a list of principals with name particles", () => {
  it("principals whose names hold lower-case particles take part in the meeting named by their office in the possessive", () => {
    const sentence = "H.E. Ana Roe, President of Chile, H.E. Pieter van Dijk, Prime Minister of the Netherlands, and H.E. Luis Paz, President of Peru, held a Leaders’ meeting by video link on 3 May 2026.";
    const graph = extractText(sentence);
    expect(entityLines(graph)).toContain("Body:Leaders’ meeting");
    const found = edgeLines(graph).filter((l) => l.includes(" PARTICIPATES_IN Leaders’ meeting"));
    // The honorific is no part of a name ("H.E." opening a name-first list is dropped), and the particles are.
    expect(found.sort()).toEqual(["Ana Roe PARTICIPATES_IN Leaders’ meeting", "Luis Paz PARTICIPATES_IN Leaders’ meeting", "Pieter van Dijk PARTICIPATES_IN Leaders’ meeting"]);
    expect(ungroundedRelations(graph)).toEqual([]);
  });
});

describe("a forum's officials named by the forum", () => {
  it.each([
    [
      "a forum's ministers, named by the forum, stand for its members, the parties, in every clause they open",
      [
        "Joint statement by Harbour Defence Forum Defence Ministers",
        "Today, the Defence Ministers of the Harbour Defence Forum (HDF) – comprising Chile, Argentina and Peru – met in Lima.",
        "HDF Defence Ministers took part in Exercise Coastal Shield off Callao. All HDF Defence Ministers strongly condemned piracy in the region.",
      ],
      ["Chile", "Argentina", "Peru"].flatMap((p) => [`${p} PARTICIPATES_IN Coastal Shield`, `${p} CONDEMNS piracy`]),
      [],
    ],
    [
      "the ministers of a grouping that is itself a party stand for that party alone",
      ["NATO and Chile held the Harbour Partnership Talks in Brussels on 3 May 2026.", "NATO Foreign Ministers took part in Exercise Coastal Shield near Oslo."],
      ["North Atlantic Treaty Organization PARTICIPATES_IN Coastal Shield"],
      ["Chile PARTICIPATES_IN Coastal Shield"],
    ],
  ])("%s", (_name, paragraphs, expected, absent) => {
    const graph = extractText(paragraphs.join("\n\n"));
    const found = edgeLines(graph);
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found).not.toContain(wrong);
    expect(ungroundedRelations(graph)).toEqual([]);
  });
});

describe("a body that brings together the officials of states", () => {
  it.each([
    [
      "a forum that brings together officials from the parties has each party taking part in it",
      ["Chile, Argentina and Peru met in Lima on 4 May 2026.", "The Harbour Security Dialogue regularly brings together naval and civilian officials from the three governments to review coastal risks."],
      ["Chile", "Argentina", "Peru"].map((p) => `${p} PARTICIPATES_IN Harbour Security Dialogue`),
    ],
    [
      "a meeting that brought together representatives of named states has those states taking part",
      ["The second Harbour Security Dialogue was held in Lima, bringing together representatives of Chile and Peru."],
      ["Chile PARTICIPATES_IN Harbour Security Dialogue", "Peru PARTICIPATES_IN Harbour Security Dialogue"],
    ],
  ])("%s", (_name, paragraphs, expected) => {
    const graph = extractText(paragraphs.join("\n\n"));
    expect(edgeLines(graph)).toEqual(expect.arrayContaining(expected));
    expect(ungroundedRelations(graph)).toEqual([]);
  });
});

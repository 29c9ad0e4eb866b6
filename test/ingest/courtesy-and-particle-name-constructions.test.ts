/**
 * People written with courtesies and ranks between an office's comma and the name ("…, H.E. Lt. Gen. (ret.) X"), and
 * names with a lower-case particle ("Albert F. del X"). Sentences written for these tests with invented people: the
 * people each must give, the edges they take part in, and the broken names it must not give.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeLines, entityLines } from "../support/graph-lines.ts";

describe("names after courtesies and with particles", () => {
  it.each([
    [
      "an office set off by a comma before 'H.E.', a rank and '(ret.)' names the person after them, who is of the office's state",
      "On May 2, Minister Arlo received in his office the Minister of Defence of the Republic of Chile, H.E. Lt. Gen. (ret.) Tomas Velkan.",
      ["Actor:Tomas Velkan"],
      ["Tomas Velkan MEMBER_OF Chile"],
      ["Actor:H.E. Lt", "Actor:H.E."],
    ],
    [
      "'H.E.' and 'Ms.' after an office's comma open the name",
      "Minister Arlo spoke by telephone with Minister for Foreign Affairs of the Republic of Chile, H.E. Ms. Ilse Marren, on the fisheries talks.",
      ["Actor:Ilse Marren"],
      [],
      ["Actor:H.E. Ms"],
    ],
    [
      "'H.E.' after the office of a person named before it opens the next person, who takes no office from it",
      "Minister Arlo met with The Honorable Ana Ruiz, MP, Prime Minister of the Republic of Chile, H.E. Mr. Bo Lundqvist, Prime Minister of the Kingdom of Sweden, in Rivertown.",
      ["Actor:Ana Ruiz", "Actor:Bo Lundqvist"],
      [],
      ["Bo Lundqvist MEMBER_OF Chile"],
    ],
    [
      "a lower-case particle inside a name keeps the family name that follows it",
      "Secretary of State Jane Hollis talked by telephone to Foreign Secretary Albert F. del Rosano and Secretary of Defense Voltaire T. Gamez in Rivertown on March 3.",
      ["Actor:Albert F. del Rosano", "Actor:Voltaire T. Gamez", "Actor:Jane Hollis"],
      [],
      ["Actor:Albert F."],
    ],
    [
      "a particle with no capitalised name after it is no part of the name",
      "Minister Carla Benz de facto led the talks in Rivertown.",
      ["Actor:Carla Benz"],
      [],
      ["Actor:Carla Benz de"],
    ],
    [
      "an office, 'the Rt Hon', a name and 'MP' before 'for the' a meeting give the person and the meeting, not one long name",
      "Senator the Hon Ana Ruiz hosted the Minister of Fisheries the Rt Hon Tomas Velkan MP and Minister for Ports the Hon Bo Lund MP for the Chile-Peru Harbour Consultations (CHIPORT).",
      ["Actor:Tomas Velkan", "Actor:Bo Lund", "Actor:Ana Ruiz", "Body:Chile-Peru Harbour Consultations"],
      [],
      ["Body:Minister for Ports the Hon Bo Lund MP for the Chile-Peru Harbour Consultations", "Body:Ports the Hon Bo Lund MP for the Chile-Peru Harbour Consultations"],
    ],
    [
      "an acronym that leaves out the meeting's last word ('Consultations') still names it",
      "The Minister for Ports the Rt Hon Bo Lund MP came to Lima for the Chile-Peru Ministerial Consultations (CPMIN). The next CPMIN will be in Santiago.",
      ["Actor:Bo Lund", "Body:Chile-Peru Ministerial Consultations"],
      [],
      ["Body:CPMIN"],
    ],
    [
      "a state's acronym in brackets between an office and the name still names the person",
      "Deputy Foreign Minister of the Republic of Chile (ROC) Tomas Velkan and Vice Minister for Foreign Affairs of Peru Ana Ruiz met in Lima.",
      ["Actor:Tomas Velkan", "Actor:Ana Ruiz", "Actor:Chile"],
      [],
      ["Actor:ROC"],
    ],
  ])("%s", (_name, sentence, entities, edges, absent) => {
    const graph = extractText(sentence);
    const found = entityLines(graph);
    expect(found).toEqual(expect.arrayContaining(entities));
    expect(edgeLines(graph)).toEqual(expect.arrayContaining(edges));
    for (const wrong of absent) expect([...found, ...edgeLines(graph)]).not.toContain(wrong);
  });
});

describe("the topic of a signed memorandum", () => {
  it.each([
    [
      "prepositions before bare lower-case nouns go on inside the topic of a memorandum both signers are party to",
      "Foreign Minister Ana Ruiz and Foreign Secretary Bo Lund signed a memorandum of understanding on the shared use of consular offices at times of unrest.",
      ["Ana Ruiz PARTY_TO memorandum of understanding on the shared use of consular offices at times of unrest", "Bo Lund PARTY_TO memorandum of understanding on the shared use of consular offices at times of unrest"],
      [],
    ],
    [
      "a preposition before a determiner ends the topic: the place of signing is no part of the memorandum",
      "Minister Ana Ruiz and Minister Bo Lund signed a memorandum of understanding on maritime cooperation at the harbour.",
      ["Ana Ruiz PARTY_TO memorandum of understanding on maritime cooperation"],
      ["Ana Ruiz PARTY_TO memorandum of understanding on maritime cooperation at the harbour"],
    ],
  ])("%s", (_name, sentence, expected, absent) => {
    const found = edgeLines(extractText(sentence));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found).not.toContain(wrong);
  });
});

describe("a signed statement as a document", () => {
  it.each([
    [
      "a capitalised joint statement after 'signed a' is an agreement both signers are party to",
      "Senator Ruiz and Secretary Lund signed a Joint Statement on Harbour Cooperation, which sets out the principles of the work.",
      ["Ruiz PARTY_TO Joint Statement on Harbour Cooperation", "Lund PARTY_TO Joint Statement on Harbour Cooperation"],
    ],
    [
      "a joint statement only named after 'the', with no signing or year before it, is a document no one is made party to",
      "Senator Ruiz and Secretary Lund welcomed the Joint Statement on Harbour Cooperation.",
      [],
    ],
  ])("%s", (_name, sentence, expected) => {
    const graph = extractText(sentence);
    expect(edgeLines(graph)).toEqual(expected.length ? expect.arrayContaining(expected) : expect.not.arrayContaining(["Ruiz PARTY_TO Joint Statement on Harbour Cooperation"]));
    expect(entityLines(graph)).toContain("Agreement:Joint Statement on Harbour Cooperation");
  });
});

/**
 * Entities of people, organisations and documents read from the structure around their names: the organisation an
 * office is of ("President of the European Commission") is an entity and the office is none; names with two lower-case
 * particles; a courtesy opening an item of a name-first list; a person after a role noun in lower case; a document
 * named with the people who made it, a heading that is only a document's kind, and names listed with commas. Sentences
 * written for these tests with invented people: the entities each must give, and the broken ones it must not give.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { entityLines } from "../support/graph-lines.ts";

describe("people, the organisations of offices, and documents, by the structure around their names", () => {
  it.each([
    [
      "two lower-case particles inside a name keep the family name after them",
      "Minister Bo Lund received Dr Anna von der Berg, Federal Minister of Transport, in Rivertown on 2 May.",
      ["Actor:Anna von der Berg", "Actor:Bo Lund"],
      ["Actor:Anna"],
    ],
    [
      "a person named after a role noun in lower case is a person, and a later reference by family name is the same person",
      "Minister Ana Ruiz met her counterpart Tomas Velkan in Lima. Mr Velkan thanked Minister Ruiz for the talks.",
      ["Actor:Tomas Velkan", "Actor:Ana Ruiz"],
      ["Actor:Velkan"],
    ],
    [
      "a leader named in lower case is a person even when a name word is spelt like an acronym",
      "The talks built on the pledge made by the Northland leader Park Jong Un in May.",
      ["Actor:Park Jong Un"],
      ["Actor:Park Jong"],
    ],
    [
      "a role noun before a capitalised word that is no name gives no person",
      "The envoy Meeting in Lima and the leader of the Harbour Council were praised.",
      [],
      ["Actor:Meeting", "Actor:Meeting in Lima"],
    ],
  ])("%s", (_name, sentence, entities, absent) => {
    const found = entityLines(extractText(sentence));
    expect(found).toEqual(expect.arrayContaining(entities));
    for (const wrong of absent) expect(found).not.toContain(wrong);
  });
});

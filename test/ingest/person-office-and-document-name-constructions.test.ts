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
      "a weekday between a person's name and a lower-case verb dates the act and is no part of the name, while a name that goes on keeps it",
      "Chilean Defence Minister Tomas Velkan Thursday hosted Minister Bo Lund in Valparaiso, and both recalled the Good Friday Agreement.",
      ["Actor:Tomas Velkan", "Actor:Bo Lund", "Agreement:Good Friday Agreement"],
      ["Actor:Tomas Velkan Thursday"],
    ],
    [
      "two lower-case particles inside a name keep the family name after them",
      "Minister Bo Lund received Dr Anna von der Berg, Federal Minister of Transport, in Rivertown on 2 May.",
      ["Actor:Anna von der Berg", "Actor:Bo Lund"],
      ["Actor:Anna"],
    ],
    [
      "an office written before the person names the organisation it is of, and the person after it",
      "President of the European Council Ilse Marren, President of the European Commission Anna van den Broek and President of the Republic of Chile Tomas Velkan met in Santiago on 4 May.",
      ["Actor:Ilse Marren", "Actor:Anna van den Broek", "Actor:Tomas Velkan", "Actor:European Council", "Actor:European Commission", "Actor:Chile"],
      ["Body:President of the European Commission", "Actor:Anna"],
    ],
    [
      "items of a name-first list opened by 'H.E.' name the person without it and the organisation of each office",
      "- H.E. Anna von der Berg, President of the European Commission, H.E. Tomas Velkan, President of the Republic of Chile, and H.E. Ilse Marren, President of the European Council, spoke by telephone on 30 May.",
      ["Actor:Tomas Velkan", "Actor:Ilse Marren", "Actor:Anna von der Berg", "Actor:European Council", "Actor:European Commission"],
      ["Body:President of the European Commission", "Actor:H.E. Tomas Velkan", "Actor:H.E. Ilse Marren"],
    ],
    [
      "a service named after an office's field without 'of' belongs to the rank that follows, and the name after the rank is the person",
      "Director for Pacific Security Marine Corps Brig. Gen. Ana Ruiz opened the harbour talks in Lima.",
      ["Actor:Ana Ruiz"],
      ["Actor:Brig"],
    ],
    [
      "an office of a ruling party, or of a body of the party, names the party",
      "Li Wen, Deputy Secretary of the Communist Party of China, came to Chile on 3 May with Bo Tran, Director of the Research Office of the Communist Party of Vietnam.",
      ["Actor:Communist Party of China", "Actor:Communist Party of Viet Nam", "Actor:Chile", "Actor:Li Wen"],
      ["Actor:Research Office of the Communist Party of Vietnam", "Body:Research Office of the Communist Party of Vietnam"],
    ],
    [
      "a name ending in 'Corporation' is an organisation",
      "Both sides welcomed the support of the Harbour Growth Corporation (HGC) for the port of Lima.",
      ["Actor:Harbour Growth Corporation"],
      [],
    ],
    [
      "a name ending in 'Ltd', 'Limited' or 'Inc' is a company, an organisation",
      "Both sides welcomed output at the Harbour Pharma Ltd plant, the work of Andes Shipping Inc in Lima and the loans of Pacific Steel Limited.",
      ["Actor:Harbour Pharma Ltd", "Actor:Andes Shipping Inc", "Actor:Pacific Steel Limited"],
      [],
    ],
    [
      "an office of a state names the state alone",
      "The President of the Republic of Chile spoke on 5 May.",
      ["Actor:Chile"],
      ["Body:President of the Republic of Chile", "Actor:President of the Republic of Chile"],
    ],
    [
      "a statement referred to as made 'by' people with offices is named without them, and each of them is a person",
      "Building on the Chile-Peru Joint Leaders Statement by President Ana Ruiz and Prime Minister Tomas Velkan in May, the officials met in Lima.",
      ["Agreement:Chile-Peru Joint Leaders Statement", "Actor:Ana Ruiz", "Actor:Tomas Velkan"],
      ["Agreement:Chile-Peru Joint Leaders Statement by President Ana Ruiz and Prime Minister Tomas Velkan"],
    ],
    [
      "a statement referred to as made 'by' a body keeps the body in its name",
      "The ministers recalled the Joint Statement by the Harbour Defence Ministers on Ocean Security.",
      ["Agreement:Joint Statement by the Harbour Defence Ministers on Ocean Security"],
      ["Agreement:Joint Statement"],
    ],
    [
      "names each closed by its own head noun and listed with commas are separate names, not one",
      "Their ties rest on the Chile-Peru Framework Agreement, Fisheries Agreement, and Harbour Security Agreement.",
      ["Agreement:Fisheries Agreement", "Agreement:Harbour Security Agreement"],
      ["Agreement:Fisheries Agreement, and Harbour Security Agreement"],
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
    [
      "a capitalised adjective before 'level' names the level of a meeting, not a body",
      "Chile and Peru agreed to hold the Harbour Strategic Dialogue at Foreign Ministerial level each year.",
      ["Body:Harbour Strategic Dialogue"],
      ["Body:Foreign Ministerial"],
    ],
    [
      "a heading that is only the statement's kind names no document",
      "Joint Declaration\n\nChile and Peru agreed on the Harbour Security Agreement in Lima on 3 May.",
      ["Agreement:Harbour Security Agreement", "Actor:Chile"],
      ["Agreement:Joint Declaration"],
    ],
    [
      "a heading that opens with the statement's kind and its makers names no document by the kind alone",
      "Joint Declaration by the Harbour Defence Ministers on Ocean Security\n\nChile and Peru met in Lima on 3 May.",
      ["Actor:Chile"],
      ["Agreement:Joint Declaration"],
    ],
    [
      "a declaration the statement refers to by its kind keeps being a document",
      "Chile and Peru recalled the Joint Declaration they signed in Lima on 3 May.",
      ["Agreement:Joint Declaration"],
      [],
    ],
  ])("%s", (_name, sentence, entities, absent) => {
    const found = entityLines(extractText(sentence));
    expect(found).toEqual(expect.arrayContaining(entities));
    for (const wrong of absent) expect(found).not.toContain(wrong);
  });
});

/**
 * Earlier joint documents named in full after "the" ("the Joint Statement of … between A and B", "the Vision Statement
 * on …", "the Chairman's Statement of …", "the Joint Statement by … on …"), and a state named only by its adjective,
 * which keeps the adjective as one of its names. Sentences written for these tests with invented names.
 */
import { describe, expect, it } from "vitest";
import { isEntity } from "../../graph/index.ts";
import { extractText } from "../../ingest/index.ts";
import { edgeLines, entityLines } from "../support/graph-lines.ts";

describe("documents referred to by their full names", () => {
  it.each([
    [
      "a joint statement or vision statement named after 'the' is one agreement, up to the lower-case word after it",
      "They upheld the values reflected in the Joint Statement of Enhanced Harbour Partnership between Chile and Peru, and the Vision Statement on the Chile-Peru Relationship.",
      ["Agreement:Joint Statement of Enhanced Harbour Partnership between Chile and Peru", "Agreement:Vision Statement on the Chile-Peru Relationship"],
      [],
    ],
    [
      "a chairman's statement keeps its possessive and the date inside its topic",
      "The ministers endorsed the Chairman's Statement of the May 3 Lima Conference on Fisheries in Quito.",
      ["Agreement:Chairman's Statement of the May 3 Lima Conference on Fisheries"],
      [],
    ],
    [
      "a statement by a group on a topic ends before the participle that dates it",
      "We act in line with the Joint Statement by the Harbour Ministers on Practical Pier Measures issued on 2 May 2018.",
      ["Agreement:Joint Statement by the Harbour Ministers on Practical Pier Measures"],
      ["Agreement:Joint Statement by the Harbour Ministers on Practical Pier Measures issued"],
    ],
    [
      "the body a dated joint statement is of is an entity of its own beside the statement",
      "They recalled the 2005 Joint Statement of the Coastal Policy Talks and their goals.",
      ["Agreement:Joint Statement of the Coastal Policy Talks", "Body:Coastal Policy Talks"],
      [],
    ],
    [
      "a joint communiqué named in full is a document like a joint statement, and the body it is of an entity of its own",
      "They built on the Joint Communiqué of the Harbour Policy Talks in all their work.",
      ["Agreement:Joint Communiqué of the Harbour Policy Talks", "Body:Harbour Policy Talks"],
      [],
    ],
    [
      "the conference a chairman's statement is of is a body of its own, named without its date",
      "The ministers endorsed the Chairman's Statement of the May 3 Lima Conference on Fisheries in Quito.",
      ["Body:Lima Conference on Fisheries"],
      ["Body:May 3 Lima Conference on Fisheries"],
    ],
    [
      "a quoted title with 'Concerning' and 'by' inside and a full stop before the closing mark is one agreement",
      'Each side praised the work done under the "Trilateral Harbour Sharing Arrangement Concerning the Pier Risks Posed by Storms." The talks go on.',
      ["Agreement:Trilateral Harbour Sharing Arrangement Concerning the Pier Risks Posed by Storms"],
      ["Agreement:Trilateral Harbour Sharing Arrangement Concerning the Pier Risks Posed"],
    ],
    [
      "a heading with no 'the' before it is the statement's own title, not a document it refers to",
      "Joint Statement of the Chile-Peru Harbour Ministers on Pier Safety",
      [],
      ["Agreement:Joint Statement of the Chile-Peru Harbour Ministers on Pier Safety"],
    ],
  ])("%s", (_name, sentence, entities, absent) => {
    const found = entityLines(extractText(sentence));
    expect(found).toEqual(expect.arrayContaining(entities));
    for (const wrong of absent) expect(found).not.toContain(wrong);
  });
});

describe("a state named by its adjective", () => {
  it("keeps the adjective as an alias of the state", () => {
    const graph = extractText("The ministers of Peru and Ecuador condemned the Chilean fishing raids in the harbour.");
    const key = graph.findNode((_k, a) => isEntity(a) && a.type === "Actor" && a.name === "Chile");
    const attributes = key === undefined ? undefined : graph.getNodeAttributes(key);
    expect(attributes && isEntity(attributes) ? attributes.aliases : []).toContain("Chilean");
  });
});

describe("a title that opens or ends with the statement's own kind", () => {
  it.each([
    [
      "'Joint Ministerial Statement' after a body's name in a title is the statement of that body",
      "Chile-Peru Harbour Dialogue Joint Ministerial Statement",
      ["Body:Chile-Peru Harbour Dialogue"],
      ["Body:Chile-Peru Harbour Dialogue Joint Ministerial"],
    ],
    [
      "'Joint Statement' with no preposition before a meeting's name in a title is the statement of that meeting",
      "Joint Statement Chile-Peru Harbour Ministers' Meeting",
      ["Body:Chile-Peru Harbour Ministers' Meeting"],
      ["Body:Joint Statement Chile-Peru Harbour Ministers' Meeting"],
    ],
    [
      "'Joint Statement Released After the' a meeting in a title is the statement of that meeting",
      "Joint Statement Released After the Chile-Peru Joint Harbour Ministers' Meeting",
      ["Body:Chile-Peru Joint Harbour Ministers' Meeting"],
      ["Body:Joint Statement Released After the Chile-Peru Joint Harbour Ministers' Meeting"],
    ],
  ])("%s", (_name, sentence, entities, absent) => {
    const found = entityLines(extractText(sentence));
    expect(found).toEqual(expect.arrayContaining(entities));
    for (const wrong of absent) expect(found).not.toContain(wrong);
  });
});

describe("a body's own acronym inside its hyphenated name", () => {
  it("names no second body and no party", () => {
    const graph = extractText("Chile and Peru underscore the role of the ADMM-Plus in the region.");
    expect(entityLines(graph)).not.toContain("Body:ASEAN Defence Ministers' Meeting");
    expect(edgeLines(graph).filter((e) => e.includes("PARTICIPATES_IN ASEAN Defence Ministers' Meeting-Plus"))).toEqual([]);
  });
});

describe("meetings named by a singular head", () => {
  it.each([
    ["'Consultation' ends a meeting's name as 'Consultations' does", "Outcome of 4th Chile-Peru Harbour Policy Consultation\nChile and Peru held the talks in Lima.", "Body:Chile-Peru Harbour Policy Consultation", "Body:Consultation"],
  ])("%s", (_name, text, expected, wrong) => {
    const found = entityLines(extractText(text));
    expect(found).toContain(expected);
    expect(found).not.toContain(wrong);
  });
});

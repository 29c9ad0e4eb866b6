/**
 * Where a name starts and ends, and when two ways of writing it are one entity: headlines that report a meeting
 * ("Outcome of …", "… Held on Sidelines of …"), an office holder's term before an organisation, states whose name
 * is split by a compound ("South Korea-…"), and states named only inside a compound. Texts written for these tests
 * with invented people and bodies: the entities each must give, and the ones it must not.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeLines, entityLines } from "../support/graph-lines.ts";

describe("name boundaries and one entity per body", () => {
  it.each([
    [
      "a headline's report noun and its 'Held on Sidelines of' are no part of the meeting or the forum it names",
      "Results of Canada-Japan Fisheries Ministerial Meeting Held on Sidelines of Harbour Forum\n\nOn May 3, Minister Ana Ruiz and Minister Bo Lund convened the Canada-Japan Fisheries Ministerial Meeting in Ottawa.",
      ["Body:Canada-Japan Fisheries Ministerial", "Body:Harbour Forum"],
      [],
      ["Body:Results of Canada-Japan Fisheries Ministerial Meeting Held on Sidelines of Harbour Forum", "Body:Sidelines of Harbour Forum"],
    ],
    [
      "a headline's 'Outcome of' is dropped and 'Held on Occasion of' ends the name, so plural meetings of a series are a body too",
      "Outcome of Canada-Chile Trade Ministers’ Meeting Held on Occasion of Pacific Rim Ministers’ Meetings\n\nThe two ministers met in Lima.",
      ["Body:Canada-Chile Trade Ministers’ Meeting", "Body:Pacific Rim Ministers’ Meetings"],
      [],
      ["Body:Outcome of Canada-Chile Trade Ministers’ Meeting"],
    ],
    [
      "an office holder's term opening a sentence is no part of the organisation named after it",
      "Outgoing Southern Fleet Command Commander Adm. Jon Reyes and incoming Southern Fleet Command Commander Adm. Lea Moss attended the review.",
      ["Actor:Southern Fleet Command", "Actor:Jon Reyes", "Actor:Lea Moss"],
      [],
      ["Actor:Outgoing Southern Fleet Command"],
    ],
    [
      "a lower-case alliance of a compound whose first state has two words keeps both words",
      "The ministers discussed the tasks facing the United States-Japan alliance in the coming decade.",
      ["Actor:United States-Japan Alliance"],
      ["Japan MEMBER_OF United States-Japan Alliance", "United States MEMBER_OF United States-Japan Alliance"],
      ["Actor:States-Japan Alliance"],
    ],
    [
      "a body named with and without a two-word state's leading word in its compound is one body",
      "Canada-Korea Defense Talks Held in Ottawa\n\nOn May 3, the two ministers convened the South Korea-Canada Defense Talks in Ottawa.",
      ["Body:Canada-Korea Defense Talks"],
      [],
      ["Body:South Korea-Canada Defense Talks"],
    ],
    [
      "a compound of states that modifies no name still names each state",
      "The Republic of Korea and the United States held the Harbour Talks in Seoul on May 2. They stressed that such launches by North Korea only strengthen the ROK-U.S.-Japan trilateral and wider coordination against North Korea.",
      ["Actor:Japan", "Actor:Republic of Korea", "Actor:United States"],
      [],
      [],
    ],
  ])("%s", (_name, text, entities, edges, absent) => {
    const graph = extractText(text);
    const found = entityLines(graph);
    expect(found).toEqual(expect.arrayContaining(entities));
    expect(edgeLines(graph)).toEqual(expect.arrayContaining(edges));
    for (const wrong of absent) expect(found).not.toContain(wrong);
  });
});

/**
 * Meetings that one-government readouts name in lower case: "held a Xland-Yland defense ministerial meeting", "had the
 * ninth trilateral defense ministers' talks", "hosted a trilateral video teleconference", "at the Xland-Yland defense
 * ministerial talks", and a name that goes on with its topic ("… ministerial meeting on maritime security"). Sentences
 * written for these tests with invented people: the meeting each must name, who takes part, and what it must not name.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeLines, entityLines } from "../support/graph-lines.ts";

describe("a meeting named in lower case by its kind, its officials or its states", () => {
  it.each([
    [
      "a meeting named by its states and the officials' level, held by two principals, is a body both take part in",
      "Defense Minister Ana Ruiz and Defense Secretary Bo Lund held a Chile-Peru defense ministerial meeting in Lima on 2 May.",
      "Body:Chile-Peru defense ministerial meeting",
      ["Ana Ruiz PARTICIPATES_IN Chile-Peru defense ministerial meeting", "Bo Lund PARTICIPATES_IN Chile-Peru defense ministerial meeting"],
      [],
    ],
    [
      "a meeting the principals 'had', counted by an ordinal and named by the officials in the possessive, leaves the ordinal out of its name",
      "Defense Minister Ana Ruiz, Defense Secretary Bo Lund and Defense Minister Tomas Velkan had the 9th trilateral defense ministers' talks in Lima.",
      "Body:trilateral defense ministers' talks",
      ["Ana Ruiz PARTICIPATES_IN trilateral defense ministers' talks", "Tomas Velkan PARTICIPATES_IN trilateral defense ministers' talks"],
      ["Body:9th trilateral defense ministers' talks"],
    ],
    [
      "a call held by video is a meeting its host leads and its guests take part in",
      "General Ana Ruiz hosted a trilateral video teleconference with General Bo Lund and General Tomas Velkan.",
      "Body:trilateral video teleconference",
      ["Ana Ruiz LEADS trilateral video teleconference", "Bo Lund PARTICIPATES_IN trilateral video teleconference"],
      [],
    ],
    [
      "a lower-case meeting's name goes on with the topic after 'on', and stops at the place",
      "Defense Minister Ana Ruiz and Defense Secretary Bo Lund held a Chile-Peru ministerial meeting on maritime security in Lima.",
      "Body:Chile-Peru ministerial meeting on maritime security",
      ["Ana Ruiz PARTICIPATES_IN Chile-Peru ministerial meeting on maritime security"],
      ["Body:Chile-Peru ministerial meeting on maritime security in Lima"],
    ],
    [
      "a date after 'on' is no topic of the meeting",
      "Defense Minister Ana Ruiz and Defense Secretary Bo Lund held a Chile-Peru ministerial meeting on 4 May in Lima.",
      "Body:Chile-Peru ministerial meeting",
      ["Bo Lund PARTICIPATES_IN Chile-Peru ministerial meeting"],
      ["Body:Chile-Peru ministerial meeting on 4"],
    ],
  ])("%s", (_name, sentence, body, edges, absent) => {
    const graph = extractText(sentence);
    const entities = entityLines(graph);
    expect(entities).toContain(body);
    expect(edgeLines(graph)).toEqual(expect.arrayContaining(edges));
    for (const wrong of absent) expect(entities).not.toContain(wrong);
  });

  it("'had' holds only a meeting right after it, not one named later in the sentence", () => {
    const graph = extractText("Defense Minister Ana Ruiz had an opportunity to review the work of the Harbour Security Committee in Lima.");
    expect(edgeLines(graph).filter((l) => l.includes("PARTICIPATES_IN Harbour Security Committee"))).toEqual([]);
  });
});

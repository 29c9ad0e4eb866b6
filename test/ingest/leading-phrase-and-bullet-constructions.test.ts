/**
 * Subjects behind a phrase that opens the sentence, paragraphs opened by a bullet glyph, and the other general
 * constructions of readouts that the rules of this file read — in sentences written for these tests with invented names.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeLines } from "../support/graph-lines.ts";

const TRILATERAL_OPENING = [
  "Readout of the Canada-Japan-New Zealand Harbour Talks",
  "Canada, Japan and New Zealand held the fourth Harbour Talks in Wellington on 3 March 2026.",
].join("\n\n");

describe("the parties of a readout and the acts of the actor behind the threats", () => {
  it.each([
    [
      "a title whose only 'of' stands inside a state's name lists no parties",
      [
        "Special Envoy for the Democratic People's Republic of Korea Lind's Talks with Republic of Korea and Japan Counterparts",
        "Special Envoy Maria Lind met Director General Aki Sato and Director General Min Ho-jun in Osaka on 4 June.",
        "The three sides condemned the DPRK's provocations.",
      ],
      ["Democratic People's Republic of Korea POSES provocations", "Japan CONDEMNS provocations", "Republic of Korea CONDEMNS provocations"],
      ["Democratic People's Republic of Korea CONDEMNS provocations"],
    ],
    [
      "a party's own military capabilities do not make it an actor behind a threat",
      [
        "Readout of a Trilateral Chiefs Meeting",
        "General Amos Reed hosted a trilateral meeting with General Lee Dae-ho of the Republic of Korea and General Kenji Mori of Japan.",
        "General Reed said that the full range of U.S. military capabilities backs the U.S. pledge to defend Japan and the Republic of Korea.",
        "The three parties shared their concerns about North Korea's ballistic missile programs.",
      ],
      ["United States CONDEMNS ballistic missile programs", "Japan CONDEMNS ballistic missile programs", "Republic of Korea CONDEMNS ballistic missile programs"],
      ["Democratic People's Republic of Korea CONDEMNS ballistic missile programs"],
    ],
    [
      "programs the parties voice concern about are a threat, posed by their owner",
      [
        "Readout of the Canada-Japan Harbour Talks",
        "Canada and Japan held the Harbour Talks in Osaka on 3 March 2026.",
        "Canada and Japan voiced serious concerns about North Korea's ballistic missile programs.",
      ],
      ["Democratic People's Republic of Korea POSES ballistic missile programs", "Canada CONDEMNS ballistic missile programs", "Japan CONDEMNS ballistic missile programs"],
      [],
    ],
    [
      "the possessor before a list of acts is behind each act, and an act of cooperation with a third state is no party's partnership",
      [
        "Readout of the Canada-Japan Harbour Talks",
        "Canada and Japan held the Harbour Talks in Osaka on 3 March 2026.",
        "The two sides condemned the DPRK's provocations, illicit cyber theft, and growing military cooperation with Russia.",
      ],
      ["Democratic People's Republic of Korea POSES provocations", "Democratic People's Republic of Korea POSES illicit cyber theft", "Democratic People's Republic of Korea POSES military cooperation"],
      ["Canada COOPERATES_WITH Russia", "Japan COOPERATES_WITH Russia"],
    ],
  ])("%s", (_name, paragraphs, expected, absent) => {
    const found = edgeLines(extractText(paragraphs.join("\n\n")));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found).not.toContain(wrong);
  });
});

describe("subjects and paragraphs of readouts", () => {
  it.each([
    [
      "a phrase of place or occasion before a subject of names leaves the names as the subject",
      TRILATERAL_OPENING,
      "At the talks, Canada, Japan and New Zealand firmly condemned the DPRK's latest missile launch.",
      ["Canada CONDEMNS missile launch", "Japan CONDEMNS missile launch", "New Zealand CONDEMNS missile launch"],
      [],
    ],
    [
      "a bullet glyph opening a paragraph is no word of its subject",
      TRILATERAL_OPENING,
      "\u25ef Canada, Japan and New Zealand firmly condemned the DPRK's latest missile launch.",
      ["Canada CONDEMNS missile launch", "Japan CONDEMNS missile launch", "New Zealand CONDEMNS missile launch"],
      [],
    ],
  ])("%s", (_name, opening, sentence, expected, absent) => {
    const found = edgeLines(extractText(`${opening}\n\n${sentence}`));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found).not.toContain(wrong);
  });
});

/**
 * Subjects behind a phrase that opens the sentence, paragraphs opened by a bullet glyph, and the other general
 * constructions of readouts that the rules of this file read — in sentences written for these tests with invented names.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeLines, entityLines } from "../support/graph-lines.ts";

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
        "General Reed said that the full range of U.S. military strength stands behind the U.S. pledge to defend Japan and the Republic of Korea.",
        "The three sides shared their concerns about North Korea's ballistic missile programs.",
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
      "'its' before a repetitive act refers to the actor named before",
      [
        "Readout of the Canada-Japan Harbour Talks",
        "Canada and Japan held the Harbour Talks in Osaka on 3 March 2026.",
        "The two sides condemned North Korea's reckless actions, such as its repetitive missile provocations.",
      ],
      ["Democratic People's Republic of Korea POSES missile provocations"],
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
    [
      "offices of two words listed as the subject are the principals",
      TRILATERAL_OPENING,
      "The Deputy Foreign Ministers and the Under Secretary strongly condemned the DPRK's newest missile launch.",
      ["Canada CONDEMNS missile launch", "Japan CONDEMNS missile launch", "New Zealand CONDEMNS missile launch"],
      [],
    ],
    [
      "the participation of a state in a forum makes that state, and no other, a participant",
      TRILATERAL_OPENING,
      "Japan thanked Canada for the active participation of New Zealand in the Pacific Democracy Forum.",
      ["New Zealand PARTICIPATES_IN Pacific Democracy Forum"],
      ["Japan PARTICIPATES_IN Pacific Democracy Forum", "Canada PARTICIPATES_IN Pacific Democracy Forum"],
    ],
    [
      "whoever travels somewhere to attend a meeting takes part in it, and inside a relative clause that is its antecedent",
      TRILATERAL_OPENING,
      "Foreign Minister Ana Ruiz of Canada met Secretary Tom Hale of New Zealand, who came to Ottawa to attend the Pacific Democracy Forum.",
      ["Tom Hale PARTICIPATES_IN Pacific Democracy Forum"],
      ["Ana Ruiz PARTICIPATES_IN Pacific Democracy Forum", "New Zealand PARTICIPATES_IN Pacific Democracy Forum"],
    ],
    [
      "a state named in a meeting's name does not take part in it beside its own official who met there",
      "Joint Statement on the Canada-Japan Harbour Ministerial Meeting",
      "Canadian Minister of Foreign Affairs Ana Ruiz and Japanese Minister for Foreign Affairs Kenji Ito met in Osaka on 3 May for the Canada-Japan Harbour Ministerial Meeting.",
      ["Ana Ruiz PARTICIPATES_IN Canada-Japan Harbour Ministerial Meeting", "Kenji Ito PARTICIPATES_IN Canada-Japan Harbour Ministerial Meeting"],
      ["Canada PARTICIPATES_IN Canada-Japan Harbour Ministerial Meeting", "Japan PARTICIPATES_IN Canada-Japan Harbour Ministerial Meeting"],
    ],
    [
      "a meeting described by the rank of its participants is the meeting the title names",
      "Readout of the Defense Trilateral Talks Video-Teleconference",
      "Canada, Japan and New Zealand held a Deputy-Minister-level teleconference on 3 March 2026 to share their views.",
      ["Canada PARTICIPATES_IN Defense Trilateral Talks Video-Teleconference", "Japan PARTICIPATES_IN Defense Trilateral Talks Video-Teleconference", "New Zealand PARTICIPATES_IN Defense Trilateral Talks Video-Teleconference"],
      [],
    ],
    [
      "acts which an instrument forbids violate it",
      TRILATERAL_OPENING,
      "The launch came after a lengthy string of cruise missile launches, which are also forbidden under United Nations Security Council resolutions.",
      ["cruise missile launches VIOLATES United Nations Security Council resolutions"],
      [],
    ],
    [
      "'these threats' after a sentence naming several stands for each, and the parties' cooperation in addressing them addresses each",
      TRILATERAL_OPENING,
      "The three sides noted the grave threats posed by the DPRK's missile launches, illicit cyber theft and arms transfers to Russia. They stressed close trilateral cooperation in addressing these threats.",
      ["Canada ADDRESSES missile launches", "Japan ADDRESSES missile launches", "New Zealand ADDRESSES illicit cyber theft and arms transfers"],
      [],
    ],
    [
      "'these actions' standing for several acts named before violate, each of them, what the sentence says they violate",
      TRILATERAL_OPENING,
      "They condemned the DPRK's missile launches and its illicit cyber theft. These actions are in violation of United Nations Security Council resolutions.",
      ["missile launches VIOLATES United Nations Security Council resolutions", "illicit cyber theft VIOLATES United Nations Security Council resolutions"],
      [],
    ],
    [
      "a person's visit somewhere for a meeting is taking part in it",
      TRILATERAL_OPENING,
      "They recalled Deputy Prime Minister Tom Hale's visit to Japan (May 9) for the 2026 Pacific Islands Summit.",
      ["Tom Hale PARTICIPATES_IN Pacific Islands Summit"],
      ["Japan PARTICIPATES_IN Pacific Islands Summit"],
    ],
    [
      "the states listed in parentheses after a grouping's name, or after 'which comprises', are its members",
      TRILATERAL_OPENING,
      "They welcomed the Quad (Australia, India, Japan, and the United States) summit in May, and cooperation with the Quad, which comprises Australia, India, Japan and the United States.",
      ["Australia MEMBER_OF Quad", "India MEMBER_OF Quad", "Japan MEMBER_OF Quad", "United States MEMBER_OF Quad"],
      ["Canada MEMBER_OF Quad"],
    ],
    [
      "a grouping followed by a parenthesis that is not a list of its states has no members named",
      TRILATERAL_OPENING,
      "They welcomed the Quad (the four partners) and its work with Canada and Japan.",
      [],
      ["Canada MEMBER_OF Quad", "Japan MEMBER_OF Quad"],
    ],
    [
      "inviting or urging another to attend a meeting is no one's attendance",
      TRILATERAL_OPENING,
      "Canada invited Japan to attend the Pacific Democracy Forum, and the Ministers urged the DPRK to attend the Six-Party Talks.",
      [],
      ["Canada PARTICIPATES_IN Pacific Democracy Forum", "Japan PARTICIPATES_IN Pacific Democracy Forum", "Democratic People's Republic of Korea PARTICIPATES_IN Six-Party Talks"],
    ],
    [
      "people listed with their offices who 'represented their respective countries' are each a member of their own",
      TRILATERAL_OPENING,
      "Ana Ruiz, Director General for Policy, the Canada Department of National Defence, Kenji Ito, the Japan Deputy Minister of Defense for Policy, and the New Zealand Deputy Secretary of Defence represented their respective countries.",
      ["Ana Ruiz MEMBER_OF Department of National Defence", "Kenji Ito MEMBER_OF Japan"],
      ["Kenji Ito MEMBER_OF Canada", "Kenji Ito MEMBER_OF Department of National Defence", "Ana Ruiz MEMBER_OF Japan"],
    ],
    [
      "reaffirming the outcomes of an instrument commits to it",
      TRILATERAL_OPENING,
      "They reaffirmed the outcomes of the 2025 Harbour Declaration.",
      ["Canada COMMITS_TO Harbour Declaration", "Japan COMMITS_TO Harbour Declaration", "New Zealand COMMITS_TO Harbour Declaration"],
      [],
    ],
    [
      "coordination named by a compound of states is cooperation among them",
      "Readout of the Harbour Talks\n\nCanada, Japan and Australia held the fourth Harbour Talks in Perth on 3 March 2026.",
      "They said that such launches only strengthen Canada-Japan-Australia trilateral and international coordination.",
      ["Canada COOPERATES_WITH Japan", "Canada COOPERATES_WITH Australia", "Japan COOPERATES_WITH Australia"],
      [],
    ],
  ])("%s", (_name, opening, sentence, expected, absent) => {
    const found = edgeLines(extractText(`${opening}\n\n${sentence}`));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found).not.toContain(wrong);
  });
});

describe("titles that report a meeting", () => {
  it.each([
    [
      "'Outcome of' opening a title reports the meeting it names, and those who held it take part in it",
      ["Outcome of Canada-Japan Foreign Ministers’ Meeting", "Foreign Minister Ana Ruiz of Canada held a meeting with Foreign Minister Kenji Ito of Japan on 3 May."],
      ["Body:Canada-Japan Foreign Ministers’ Meeting"],
      ["Body:Outcome of Canada-Japan Foreign Ministers’ Meeting"],
      ["Ana Ruiz PARTICIPATES_IN Canada-Japan Foreign Ministers’ Meeting", "Kenji Ito PARTICIPATES_IN Canada-Japan Foreign Ministers’ Meeting"],
      ["Canada PARTICIPATES_IN Canada-Japan Foreign Ministers’ Meeting", "Japan PARTICIPATES_IN Canada-Japan Foreign Ministers’ Meeting"],
    ],
  ])("%s", (_name, paragraphs, entities, notEntities, edges, notEdges) => {
    const graph = extractText(paragraphs.join("\n\n"));
    const found = entityLines(graph);
    expect(found).toEqual(expect.arrayContaining(entities));
    for (const wrong of notEntities) expect(found).not.toContain(wrong);
    const lines = edgeLines(graph);
    expect(lines).toEqual(expect.arrayContaining(edges));
    for (const wrong of notEdges) expect(lines).not.toContain(wrong);
  });
});

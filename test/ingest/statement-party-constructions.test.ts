/**
 * Who the parties and principals of a statement are, read from its structure — the people who led a meeting
 * (with a comitative "with" among them) — in sentences written for these tests with invented names.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeLines, entityLines } from "../support/graph-lines.ts";

function check(text: string, expected: readonly string[], absent: readonly string[]): void {
  const found = edgeLines(extractText(text));
  expect(found).toEqual(expect.arrayContaining([...expected]));
  for (const wrong of absent) expect(found).not.toContain(wrong);
}

const DIALOGUE_OPENING = "Canada and Chile held the fifth Harbour Policy Dialogue (HPD) in Ottawa on 2 May 2026.";

describe("the people who led a meeting", () => {
  it.each([
    [
      "the people of the subject who led the talks lead the meeting the statement reports",
      `${DIALOGUE_OPENING}\n\nCanadian Assistant Deputy Minister Anne Leclerc and Chilean Under Secretary Rodrigo Soto led the talks, which ran for two days.`,
      ["Anne Leclerc LEADS Harbour Policy Dialogue", "Rodrigo Soto LEADS Harbour Policy Dialogue"],
      [],
    ],
    [
      "people joined to the first by 'with' before 'co-led' lead the named meeting with it",
      "Joint Statement\n\nIn Lima, Deputy Assistant Secretary Paul Girard with Chilean Under Secretary Rodrigo Soto and Peruvian Vice Minister Luis Vega co-led the first Harbour Security Talks.",
      ["Paul Girard LEADS Harbour Security Talks", "Rodrigo Soto LEADS Harbour Security Talks", "Luis Vega LEADS Harbour Security Talks"],
      [],
    ],
    [
      "leading a delegation to a meeting is not leading the meeting",
      `${DIALOGUE_OPENING}\n\nUnder Secretary Rodrigo Soto led the Chilean delegation to the Harbour Policy Dialogue.`,
      [],
      ["Rodrigo Soto LEADS Harbour Policy Dialogue"],
    ],
    [
      "a meeting led by an actor named with '-led' before it gives its subject no lead",
      `${DIALOGUE_OPENING}\n\nCanada joined the NATO-led Harbour Training Mission in 2025.`,
      [],
      ["Canada LEADS Harbour Training Mission"],
    ],
  ])("%s", (_name, text, expected, absent) => check(text, expected, absent));
});

describe("a grouping's member states listed in an appositive", () => {
  it.each([
    [
      "the states listed between dashes after a grouping and its acronym are its members",
      "Joint Statement\n\nToday, the Defence Ministers of the Northern Shield Force (NSF) – comprising Denmark, Estonia, Norway and the UK – met in Bergen.",
      ["Denmark MEMBER_OF Northern Shield Force", "Estonia MEMBER_OF Northern Shield Force", "Norway MEMBER_OF Northern Shield Force", "United Kingdom MEMBER_OF Northern Shield Force"],
      [],
    ],
    [
      "a subject whose grouping lists its states between hyphens names those states, not the grouping",
      "Joint Statement\n\nThe Foreign Ministers of the Five Eyes - Canada, Australia, New Zealand, the UK and the United States - condemn the cyber attacks on hospitals.",
      ["Canada MEMBER_OF Five Eyes", "New Zealand MEMBER_OF Five Eyes", "Canada CONDEMNS cyber attacks", "United States CONDEMNS cyber attacks"],
      ["Five Eyes CONDEMNS cyber attacks"],
    ],
    [
      "a list between dashes that a state of no grouping opens names no members",
      "Joint Statement\n\nThe Minister of Canada – with Chile, Peru and Fiji – condemned the cyber attacks on hospitals.",
      [],
      ["Chile MEMBER_OF Canada"],
    ],
  ])("%s", (_name, text, expected, absent) => check(text, expected, absent));
});

const FORUM_OPENING = "Defence Ministers from Canada, Chile, Peru and Fiji met in Suva for the annual Harbour Defence Ministers' Meeting (HDMM) on 4 May 2026.";

describe("the members of a forum as the subject of its communiqué", () => {
  it.each([
    [
      "'Members' opening a clause are the states that met",
      `${FORUM_OPENING}\n\nMembers committed to tackle cyber threats across their waters.`,
      ["Canada ADDRESSES cyber threats", "Chile ADDRESSES cyber threats", "Peru ADDRESSES cyber threats", "Fiji ADDRESSES cyber threats"],
      [],
    ],
    [
      "the members of a named body are no bare 'Members' of the forum",
      `${FORUM_OPENING}\n\nMembers of the Coast Watch Network committed to tackle cyber threats across their waters.`,
      [],
      ["Canada ADDRESSES cyber threats"],
    ],
  ])("%s", (_name, text, expected, absent) => check(text, expected, absent));
});

describe("who joined the meeting a statement reports", () => {
  it.each([
    [
      "the states that observers joining the meeting came from take part in it, and so does a guest listed after 'as well as'",
      `${FORUM_OPENING} They were joined by observers from Japan and France, as well as Mr Tama Rewi, who heads the Pacific Islands Forum secretariat.`,
      ["Japan PARTICIPATES_IN Harbour Defence Ministers' Meeting", "France PARTICIPATES_IN Harbour Defence Ministers' Meeting", "Tama Rewi PARTICIPATES_IN Harbour Defence Ministers' Meeting"],
      ["Pacific Islands Forum PARTICIPATES_IN Harbour Defence Ministers' Meeting"],
    ],
  ])("%s", (_name, text, expected, absent) => check(text, expected, absent));
});

describe("who the parties of a statement are", () => {
  it.each([
    [
      "the states whose ministers gathered for a meeting are its parties, and observers who came along are not",
      "Joint Communique\n\nDefence Ministers from Canada, Chile, Peru and Fiji, as well as observers from Japan and France, gathered in Suva for the annual Harbour Defence Ministers' Meeting (HDMM) from 4 to 6 May 2026.\n\nMembers committed to tackle cyber threats across their waters. Ms Mia Hart, the envoy of the Pacific Islands Forum, attended as an invited guest.",
      ["Canada ADDRESSES cyber threats", "Fiji ADDRESSES cyber threats", "Mia Hart PARTICIPATES_IN Harbour Defence Ministers' Meeting"],
      ["Japan ADDRESSES cyber threats", "France ADDRESSES cyber threats"],
    ],
    [
      "the members of a forum of more than four who work together are not each other's partners pair by pair",
      "Joint Statement\n\nWe, the Defence Ministers of Canada, Chile, Peru, Fiji and Tonga, gathered in Suva for the Harbour Defence Ministers' Meeting on 4 May 2026.\n\nWe will meet common challenges by working closely together.",
      ["Canada PARTICIPATES_IN Harbour Defence Ministers' Meeting", "Tonga PARTICIPATES_IN Harbour Defence Ministers' Meeting"],
      ["Canada COOPERATES_WITH Chile", "Peru COOPERATES_WITH Tonga"],
    ],
    [
      "the members of a forum of more than four who promote cooperation are not each other's partners pair by pair either",
      "Joint Statement\n\nWe, the Defence Ministers of Canada, Chile, Peru, Fiji and Tonga, gathered in Suva for the Harbour Defence Ministers' Meeting on 4 May 2026.\n\nWe will keep the sea lanes open by promoting cooperation and dialogue.",
      ["Canada PARTICIPATES_IN Harbour Defence Ministers' Meeting"],
      ["Canada COOPERATES_WITH Chile", "Peru COOPERATES_WITH Tonga", "Fiji COOPERATES_WITH Canada"],
    ],
    [
      "the member states that an opening subject's grouping lists are the parties 'Ministers' later stand for",
      "Joint Statement\n\nThe Foreign Ministers of the Five Eyes - Canada, Australia, New Zealand, the UK and the United States - condemn the cyber attacks on hospitals.\n\nMinisters also condemned terrorism in all its forms.",
      ["Canada CONDEMNS terrorism", "Australia CONDEMNS terrorism", "New Zealand CONDEMNS terrorism", "United Kingdom CONDEMNS terrorism", "United States CONDEMNS terrorism"],
      [],
    ],
  ])("%s", (_name, text, expected, absent) => check(text, expected, absent));
});

describe("a headline that is a news sentence", () => {
  it.each([
    [
      "a headline's present-tense verb ends the name before it, and the document after it keeps its own name",
      "Harbour Group Issues Joint Declaration on Maritime Cooperation\n\nThe Harbour Group adopted the Joint Declaration on Maritime Cooperation in Suva on 4 May 2026.",
      ["Agreement:Joint Declaration on Maritime Cooperation"],
      ["Agreement:Harbour Group Issues Joint Declaration on Maritime Cooperation"],
    ],
  ])("%s", (_name, text, expected, absent) => {
    const found = entityLines(extractText(text));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found).not.toContain(wrong);
  });
});

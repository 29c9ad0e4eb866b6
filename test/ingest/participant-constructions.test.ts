/**
 * Who takes part, with whom and in what: hosts and guests of a visit, members of a grouping they act as,
 * forums worked through — in sentences written for these tests with invented people and bodies.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeCueLines, edgeLines, entityLines } from "../support/graph-lines.ts";

const OPENING = "Canada and New Zealand held the fourth Harbour Security Dialogue (HSD) in Ottawa on 3 March 2026.";

describe("hosts and guests of a meeting", () => {
  it.each([
    [
      "hosts who hosted guests for a meeting take part in it rather than lead it",
      "Minister of Defence Aroha Ngata and Minister of Foreign Affairs Wiremu Kahu hosted Minister of National Defence Paul Ouellet and Minister of Foreign Affairs Marie Tremblay on 4 May in Wellington for the third Canada-New Zealand Harbour Consultations.",
      ["Aroha Ngata", "Wiremu Kahu", "Paul Ouellet", "Marie Tremblay"].map((p) => `${p} PARTICIPATES_IN Canada-New Zealand Harbour Consultations`),
      ["Aroha Ngata LEADS", "Wiremu Kahu LEADS"],
    ],
    [
      "a dateline before the hosts' list does not hide the hosts of a welcome to a city for a meeting",
      "Wellington: New Zealand's Minister of Defence, the Hon Aroha Ngata, and Minister of Foreign Affairs, Dr. Wiremu Kahu, welcomed Minister of National Defence and Minister for Veterans, the Hon Paul Ouellet, and Minister of Foreign Affairs, Senator Marie Tremblay, to Wellington for the first New Zealand-Canada 2+2 Ministerial Dialogue.",
      ["Aroha Ngata", "Wiremu Kahu", "Paul Ouellet", "Marie Tremblay"].map((p) => `${p} PARTICIPATES_IN New Zealand-Canada 2+2 Ministerial Dialogue`),
      [],
    ],
  ])("%s", (_name, sentence, expected, absent) => {
    const found = edgeLines(extractText(`${sentence}\n\n${OPENING}`));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found.filter((l) => l.startsWith(wrong))).toEqual([]);
  });
});

const QUAD_OPENING = "The foreign ministers of Japan, India and Australia, with the U.S. Secretary of State, met in Sydney for the Harbour Ministers' Meeting.";

describe("the grouping the parties form", () => {
  it.each([
    [
      "parties working together as a grouping are its members, not merely partners of each other",
      "Working together as the Quad, we can do more for our neighbours.",
      ["Australia MEMBER_OF Quad", "India MEMBER_OF Quad", "Japan MEMBER_OF Quad", "United States MEMBER_OF Quad"],
      ["Australia COOPERATES_WITH", "India COOPERATES_WITH", "Japan COOPERATES_WITH", "United States COOPERATES_WITH"],
    ],
    [
      "a partnership's own name is no relationship of the parties",
      "We welcome the growth of the Quad Harbour Partnership in building port capacity.",
      [],
      ["Australia COOPERATES_WITH", "India COOPERATES_WITH", "Japan COOPERATES_WITH", "United States COOPERATES_WITH"],
    ],
  ])("%s", (_name, sentence, expected, absent) => {
    const found = edgeLines(extractText(`${QUAD_OPENING}\n\n${sentence}`));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found.filter((l) => l.startsWith(wrong))).toEqual([]);
  });
});

describe("the parties a title lists", () => {
  it("a state named after the title's list of states is its topic, not a party to the parties' cooperation", () => {
    const text = [
      "Joint Statement by Canada, New Zealand, and Japan Special Envoys for Myanmar",
      "We commit ourselves to deepening and widening our security cooperation to meet the crisis in Myanmar.",
    ].join("\n\n");
    const found = edgeLines(extractText(text));
    expect(found).toEqual(expect.arrayContaining(["Canada COOPERATES_WITH New Zealand", "New Zealand COOPERATES_WITH Japan"]));
    expect(found.filter((l) => l.includes("Myanmar") && l.includes("COOPERATES_WITH"))).toEqual([]);
  });
});

describe("forums the parties work under or through", () => {
  it.each([
    [
      "a known grouping named with 'framework' after it is the grouping, and work 'including under' it makes the parties its members",
      "The Ministers agreed to widen cooperation on port security, including under the Quad framework, to serve the region.",
      ["Australia MEMBER_OF Quad", "India MEMBER_OF Quad", "Japan MEMBER_OF Quad", "United States MEMBER_OF Quad"],
      ["Agreement:Quad framework"],
    ],
    [
      "a known body named with 'framework' after it is the body the parties work through",
      "The principals backed regional security architecture, including through the ADMM-Plus framework.",
      ["Australia PARTICIPATES_IN ASEAN Defence Ministers' Meeting-Plus", "Japan PARTICIPATES_IN ASEAN Defence Ministers' Meeting-Plus"],
      ["Agreement:ADMM-Plus framework"],
    ],
  ])("%s", (_name, sentence, expected, absentEntities) => {
    const graph = extractText(`${QUAD_OPENING}\n\n${sentence}`);
    expect(edgeLines(graph)).toEqual(expect.arrayContaining(expected));
    for (const wrong of absentEntities) expect(entityLines(graph)).not.toContain(wrong);
  });
});

describe("the parties' alliance named in lower case", () => {
  const ALLIED = "Canada and Japan held the fourth Harbour Security Dialogue in Ottawa on 3 March 2026.";
  const NAMED = "Both sides praised the Canada-Japan alliance.";
  it.each([
    ["the alliance 'between' the two parties has them as members", "Decades ago, the alliance between Canada and Japan was born at sea.", "alliance between"],
    ["the two parties' commitment to 'the alliance' makes them its members", "The talks confirmed the two countries' firm commitment to the alliance and to shared work.", "the two countries' firm commitment to the alliance"],
    ["states that are building an alliance are its members", "Canada and Japan are forging an Alliance for the coming century.", "forging an Alliance"],
  ])("%s", (_name, sentence, cue) => {
    const found = edgeCueLines(extractText(`${ALLIED}\n\n${NAMED} ${sentence}`));
    expect(found).toEqual(expect.arrayContaining([`Canada MEMBER_OF Canada-Japan Alliance [${cue}]`, `Japan MEMBER_OF Canada-Japan Alliance [${cue}]`]));
  });
});

describe("the parties named in the possessive as the agents of work through forums", () => {
  it.each([
    [
      "the parties named by their number in the possessive take part in the forums their work runs through",
      "Noting the two countries' shared aim of acting jointly, and with others through fora such as APEC and the East Asia Summit, for a stable region;",
      ["Canada PARTICIPATES_IN Asia-Pacific Economic Cooperation", "New Zealand PARTICIPATES_IN Asia-Pacific Economic Cooperation", "Canada PARTICIPATES_IN East Asia Summit", "New Zealand PARTICIPATES_IN East Asia Summit"],
    ],
    [
      "work through an international organisation is cooperation with it",
      "Noting also the two countries' pledge to act with other nations through the United Nations for global security;",
      ["Canada COOPERATES_WITH United Nations", "New Zealand COOPERATES_WITH United Nations"],
    ],
  ])("%s", (_name, sentence, expected) => {
    expect(edgeLines(extractText(`${OPENING}\n\n${sentence}`))).toEqual(expect.arrayContaining(expected));
  });
});

describe("guests written with honorifics and post-nominal letters", () => {
  it("a guest's post-nominal letters end the guest's name, and the body after 'for' is named on its own", () => {
    const sentence =
      "On 2 May 2026, Minister of Foreign Affairs the Hon Aroha Ngata MP hosted the Foreign Secretary the Rt Hon Paul Ouellet MP and the Defence Secretary the Rt Hon Marie Tremblay MP for the Canada-New Zealand Ministerial Consultations (CANZMIN).";
    const graph = extractText(sentence);
    expect(edgeLines(graph)).toEqual(expect.arrayContaining(["Aroha Ngata", "Paul Ouellet", "Marie Tremblay"].map((p) => `${p} PARTICIPATES_IN Canada-New Zealand Ministerial Consultations`)));
    expect(entityLines(graph).filter((l) => l.includes("MP for") || l.includes("MP and"))).toEqual([]);
  });
});

describe("the issuers of a statement", () => {
  it("the governments a statement was released by are its parties, though a title lists only people", () => {
    const text = [
      "Joint Statement by Secretary Harlow, Japanese Foreign Minister Sato, and Canadian Foreign Minister Roy",
      "The text below was released by the Governments of New Zealand, Japan, and Canada.",
      "Japan and Canada deplore the drone strikes on civilian ships. Japan and Canada call for calm. Japan urges restraint.",
      "Canada urges dialogue. Japan and Canada will meet again. This must stop.",
      "Moreover, the three countries will deepen their trilateral security cooperation.",
    ].join("\n\n");
    expect(edgeLines(extractText(text))).toEqual(expect.arrayContaining(["New Zealand COOPERATES_WITH Japan", "New Zealand COOPERATES_WITH Canada"]));
  });
});

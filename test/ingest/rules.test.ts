/**
 * The extraction rules on sentences written for these tests in the genre's style, with names,
 * bodies and threats that the seed statement does not contain.
 */
import { describe, expect, it } from "vitest";
import { edgeLines, entityLines } from "../support/graph-lines.ts";
import { extractText } from "../../ingest/index.ts";

const OPENING = "The Japan Ministry of Defense (MOD) and the Australian Department of Defence held the 4th Trilateral Policy Dialogue (TPD) on March 3, 2025, in Tokyo.";


describe("relations stated by cues", () => {
  it.each([
    ["the convening actors take part in the body they hold", OPENING, ["Ministry of Defense PARTICIPATES_IN Trilateral Policy Dialogue", "Department of Defence PARTICIPATES_IN Trilateral Policy Dialogue"]],
    ["a ministry's state qualifier makes it a member of that state", OPENING, ["Ministry of Defense MEMBER_OF Japan"]],
    [
      "a delegation head leads the delegation's state",
      `${OPENING} Director General for Defense Policy, Mr. Kenji Watanabe, led the Japanese delegation.`,
      ["Kenji Watanabe LEADS Japan"],
    ],
    [
      "\"both sides\" condemn for each party",
      `${OPENING} Both sides strongly condemned the DPRK's repeated ballistic missile launches.`,
      ["Japan CONDEMNS ballistic missile launches", "Australia CONDEMNS ballistic missile launches", "Democratic People's Republic of Korea POSES ballistic missile launches"],
    ],
    [
      "concern over a threat is a condemnation, and its owner poses it",
      `${OPENING} The two sides expressed serious concern over North Korea's cyber theft of cryptocurrency.`,
      ["Japan CONDEMNS cyber theft of cryptocurrency", "Democratic People's Republic of Korea POSES cyber theft of cryptocurrency"],
    ],
    [
      "a body under another is part of it",
      `${OPENING} They welcomed the launch of a Maritime Security Subcommittee under the TPD.`,
      ["Maritime Security Subcommittee PART_OF Trilateral Policy Dialogue"],
    ],
    [
      "the work of a body including exercises makes them part of it",
      `${OPENING} The two sides welcomed the work of the Space Policy Working Group (SPWG), including the Pacific Sentinel exercise.`,
      ["Pacific Sentinel PART_OF Space Policy Working Group", "Japan PARTICIPATES_IN Space Policy Working Group"],
    ],
    [
      "an exercise simulates the threats it included",
      `${OPENING} The sides assessed the Southern Trident 25 exercise, which included realistic scenarios such as hypersonic missile attacks and GPS jamming.`,
      ["Southern Trident 25 SIMULATES hypersonic missile attacks", "Southern Trident 25 SIMULATES GPS jamming"],
    ],
    [
      "threats that violate resolutions violate them",
      `${OPENING} They condemned arms transfers between Russia and the DPRK that violate United Nations Security Council resolutions.`,
      ["arms transfers VIOLATES United Nations Security Council resolutions", "Russia POSES arms transfers"],
    ],
    [
      "a pledge to an agreement commits each party",
      `${OPENING} Both sides pledged to advance the implementation of the Reciprocal Access Agreement (RAA).`,
      ["Japan COMMITS_TO Reciprocal Access Agreement", "Australia COMMITS_TO Reciprocal Access Agreement"],
    ],
    [
      "an agreement signed by two actors has them as parties",
      `${OPENING} The Ministers welcomed the Defense Industrial Cooperation Framework signed by Japan and Australia.`,
      ["Japan PARTY_TO Defense Industrial Cooperation Framework", "Australia PARTY_TO Defense Industrial Cooperation Framework"],
    ],
    [
      "led by names the leader",
      `${OPENING} They commended the Combined Maritime Operations (CMO) led by the Royal Australian Navy.`,
      ["Royal Australian Navy LEADS Combined Maritime Operations"],
    ],
    [
      "a compound of states names their cooperation",
      `${OPENING} Both sides agreed that Japan-Australia-U.S. defense cooperation should deepen.`,
      ["Japan COOPERATES_WITH Australia", "Japan COOPERATES_WITH United States", "Australia COOPERATES_WITH United States"],
    ],
  ])("%s", (_name, text, expected) => {
    const found = edgeLines(extractText(text));
    for (const e of expected) expect(found).toContain(e);
  });
});

describe("what is not a relation or not an entity", () => {
  it.each([
    ["the parties' own capabilities are not threats", `${OPENING} Both sides reaffirmed the importance of the full range of U.S. nuclear and missile capabilities.`, "Threat:"],
    ["a bare plural head is not a threat", `${OPENING} They discussed threats and provocations in general terms.`, "Threat:"],
    ["places are not actors", `${OPENING} The Ministers met on the Korean Peninsula near the East China Sea.`, "Korean Peninsula"],
    ["a rank before a common noun is not a person", `${OPENING} Both sides visited a General Outpost near the border.`, "Actor:Outpost"],
  ])("%s", (_name, text, absent) => {
    expect(entityLines(extractText(text)).filter((n) => n.includes(absent))).toEqual([]);
  });

  it("does not condemn what a sentence only reviews", () => {
    const found = edgeLines(extractText(`${OPENING} Both sides reviewed the DPRK's ballistic missile launches.`));
    expect(found.filter((e) => e.includes("CONDEMNS"))).toEqual([]);
  });
});

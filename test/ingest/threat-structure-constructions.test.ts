/**
 * Constructions of real alliance statements that tie the parties to threats by the structure of a clause rather than by
 * one phrasing — each in sentences written for these tests with invented people and bodies (the real statements stay
 * out of the repository): the edges each must give, with their cues, and the wrong ones it must not.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeCueLines } from "../support/graph-lines.ts";

const BILATERAL = "Canada and Australia held the fourth Harbour Security Dialogue (HSD) in Ottawa on 3 March 2026.";

describe("threats the parties answer, judge or face, read from the clause's structure", () => {
  it.each([
    [
      "the resolution of a threat the parties' clause governs is their response to it",
      BILATERAL,
      "Both leaders restated their hope for a peaceful resolution of the Iranian nuclear and missile issue.",
      ["Canada ADDRESSES Iranian nuclear and missile issue [peaceful resolution of]", "Australia ADDRESSES Iranian nuclear and missile issue [peaceful resolution of]"],
      [],
    ],
    [
      "the resolution of something that is no threat gives nothing",
      BILATERAL,
      "Both leaders restated their hope for a peaceful resolution of disputes at sea.",
      [],
      ["Canada ADDRESSES", "Australia ADDRESSES"],
    ],
    [
      "a verb of response answers a threat in every inflection, past tense and third person included",
      BILATERAL,
      "The two sides have countered Iran's cyber attacks and fought against terrorism together.",
      ["Canada ADDRESSES cyber attacks [countered]", "Australia ADDRESSES cyber attacks [countered]", "Canada ADDRESSES terrorism [against]"],
      [],
    ],
    [
      "preventing a threat answers it like countering it",
      BILATERAL,
      "Both sides pledged to prevent the proliferation of chemical weapons.",
      ["Canada ADDRESSES proliferation of chemical weapons [prevent]", "Australia ADDRESSES proliferation of chemical weapons [prevent]"],
      [],
    ],
    [
      "a verb of response whose object is an actor, not a threat, gives nothing",
      BILATERAL,
      "Both sides pledged to prevent Iran from rebuilding its navy.",
      [],
      ["Canada ADDRESSES", "Australia ADDRESSES"],
    ],
    [
      "joint work on a list of topics answers each threat of the list",
      BILATERAL,
      "We have deepened security cooperation on energy, maritime and cyber threats including ransomware attacks, and on women in peacekeeping.",
      ["Canada ADDRESSES maritime and cyber threats [cooperation on]", "Australia ADDRESSES ransomware attacks [cooperation on]"],
      [],
    ],
    [
      "joint work on topics that are no threats gives nothing",
      BILATERAL,
      "We have deepened security cooperation on energy, maritime security and space.",
      [],
      ["Canada ADDRESSES", "Australia ADDRESSES"],
    ],
    [
      "another actor's cooperation on weapons is no response of the parties",
      BILATERAL,
      "Both sides condemned Iran's military cooperation on ballistic missiles.",
      [],
      ["Canada ADDRESSES", "Australia ADDRESSES"],
    ],
    [
      "a stance voiced with any modifiers before 'concern' condemns what it is about",
      BILATERAL,
      "Both sides expressed their shared and growing concern about Iran's missile launches.",
      ["Canada CONDEMNS missile launches [expressed their shared and growing concern about]", "Australia CONDEMNS missile launches [expressed their shared and growing concern about]"],
      [],
    ],
    [
      "regret voiced about an act is disapproval of it, like concern",
      BILATERAL,
      "We express deep regret that Iran keeps pouring its scarce funds into its chemical weapons and ballistic missile programs.",
      ["Canada CONDEMNS chemical weapons and ballistic missile programs [express deep regret that]"],
      [],
    ],
    [
      "being troubled by an act or voicing alarm at it condemns it",
      BILATERAL,
      "Both ministers remain deeply troubled by Iran's cyber attacks, and voiced alarm at its missile launches.",
      ["Canada CONDEMNS cyber attacks [remain deeply troubled by]", "Australia CONDEMNS missile launches [voiced alarm at]"],
      [],
    ],
    [
      "concerns that an effort of the parties eases are not voiced by them",
      BILATERAL,
      "Both sides highlighted efforts to ease concerns about Iran's missile launches.",
      [],
      ["Canada CONDEMNS", "Australia CONDEMNS"],
    ],
    [
      "acts the speakers call unacceptable in a reported clause are condemned by them",
      BILATERAL,
      "The ministers stated that unilateral attempts to alter the status quo by force are totally unacceptable anywhere.",
      ["Canada CONDEMNS unilateral attempts to alter the status quo by force [that … are totally unacceptable]", "Australia CONDEMNS unilateral attempts to alter the status quo by force [that … are totally unacceptable]"],
      [],
    ],
    [
      "a hypothetical act the speakers call unacceptable ('any attack') is warned against, not condemned",
      BILATERAL,
      "The ministers reiterated that any missile attack by Ruritania against either country is unacceptable.",
      [],
      ["Canada CONDEMNS", "Australia CONDEMNS"],
    ],
    [
      "something that is no threat called unacceptable gives nothing",
      BILATERAL,
      "The ministers noted that delays in the shipbuilding programme were unacceptable.",
      [],
      ["Canada CONDEMNS", "Australia CONDEMNS"],
    ],
    [
      "a body's verb of response in the present third person answers the threat",
      BILATERAL,
      "The Harbour Cyber Working Group addresses ransomware attacks.",
      ["Harbour Cyber Working Group ADDRESSES ransomware attacks [addresses]"],
      [],
    ],
    [
      "an actor doing an act in the present third person poses it",
      BILATERAL,
      "Both sides noted that Iran supplies ballistic missiles to armed groups.",
      ["Iran POSES ballistic missiles [supplies]"],
      [],
    ],
    [
      "a class of threats named only by what it endangers is no threat to answer",
      BILATERAL,
      "Ministers agreed on a joint approach to countering threats to international security.",
      [],
      ["Canada ADDRESSES", "Australia ADDRESSES"],
    ],
    [
      "threats to what is endangered stay threats when an owner stands before them",
      BILATERAL,
      "Ministers condemned Iran's threats to regional peace.",
      ["Iran POSES threats to regional peace [Iran's threats to regional peace]", "Canada CONDEMNS threats to regional peace [condemned]"],
      [],
    ],
    [
      "threats to use force are acts, not a class named by what they endanger",
      BILATERAL,
      "Ministers condemned repeated threats to use force against shipping.",
      ["Canada CONDEMNS threats to use force against shipping [condemned]"],
      [],
    ],
    [
      "meeting 'these' challenges with modifiers of their own answers every threat the sentence before named",
      `${BILATERAL} They noted present-day threats such as terrorism and the proliferation of chemical weapons.`,
      "Canada and Australia will keep working closely in meeting these security challenges.",
      ["Canada ADDRESSES terrorism [meeting]", "Australia ADDRESSES proliferation of chemical weapons [meeting]"],
      [],
    ],
    [
      "meeting 'these' challenges refers to nothing when no threats were named before",
      `${BILATERAL} They noted new trade and energy links.`,
      "Canada and Australia will keep working closely in meeting these security challenges.",
      [],
      ["Canada ADDRESSES", "Australia ADDRESSES"],
    ],
  ])("%s", (_name, opening, sentence, expected, absent) => {
    const found = edgeCueLines(extractText(`${opening} ${sentence}`));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found.filter((l) => l.startsWith(wrong))).toEqual([]);
  });
});

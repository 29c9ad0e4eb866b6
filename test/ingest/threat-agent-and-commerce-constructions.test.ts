/**
 * Constructions of real statements about what a threat is and who stands behind it — each in sentences written for
 * these tests with invented meetings (the real statements stay out of the repository): the edges each must give, with
 * their cues, and the wrong ones it must not.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeCueLines, entityLines } from "../support/graph-lines.ts";

const BILATERAL = "Canada and Australia held the fourth Harbour Security Dialogue (HSD) in Ottawa on 3 March 2026.";

describe("threat agents and commerce", () => {
  it.each([
    [
      "the subject after an opening 'in response to' phrase answers the threat and is not its agent",
      "In response to the growing threat posed by Iran, Canada and Australia have decided to review their air defence posture.",
      ["Iran POSES threat posed by Iran [growing threat]", "Canada ADDRESSES threat posed by Iran [In response to]", "Australia ADDRESSES threat posed by Iran [In response to]"],
      ["Canada POSES", "Australia POSES"],
    ],
    [
      "the kinds of crime listed after 'including', even between semicolons, are each combated",
      "They agreed to work together in combating organised crime, including cybercrime; money laundering; and trafficking in persons, timber, and illicit drugs.",
      [
        "Canada ADDRESSES money laundering [combating]",
        "Australia ADDRESSES cybercrime [combating]",
        "Canada ADDRESSES trafficking in persons, timber, and illicit drugs [combating]",
      ],
      [],
    ],
    [
      "illegal fishing named by its three adjectives is a threat the parties address",
      "The ministers resolved to address risks at sea, such as illegal, unreported and unregulated fishing.",
      ["Canada ADDRESSES illegal, unreported and unregulated fishing [address … such as]"],
      [],
    ],
    [
      "illegal fishing named by its acronym is a threat whoever is behind it",
      "The two navies will work together to counter IUU fishing.",
      ["Australia ADDRESSES IUU fishing [counter]"],
      [],
    ],
    [
      "a third state's growing of its own weapons, named by a nominalisation before 'of its', is a threat that state poses",
      "The ministers reviewed the regional outlook, including Iran's rapid and secretive expansion of its nuclear arsenal.",
      ["Iran POSES expansion of its nuclear arsenal [rapid and secretive expansion of its nuclear arsenal]"],
      [],
    ],
    [
      "two kinds of act sharing one 'by' agent are two threats, each posed by that agent",
      "They stated that the cruise missile launch and the nuclear test by Iran show the danger Iran poses.",
      ["Iran POSES cruise missile launch [cruise missile launch]", "Iran POSES nuclear test [nuclear test by Iran]"],
      [],
    ],
    [
      "two dealings sharing one 'with' partner are each posed by the owner and by that partner",
      "This includes Russia's growing military cooperation and illicit arms transfers with Iran.",
      ["Iran POSES military cooperation [Russia's growing military cooperation]", "Iran POSES illicit arms transfers [illicit arms transfers with Iran]", "Russia POSES illicit arms transfers [illicit arms transfers with Iran]"],
      [],
    ],
    [
      "coercion named by its spheres, alone or coordinated, is a threat whoever exerts it",
      "The two governments will build resilience against political and economic coercion.",
      ["Canada ADDRESSES political and economic coercion [resilience against]", "Australia ADDRESSES political and economic coercion [resilience against]"],
      [],
    ],
  ])("%s", (_name, sentence, expected, absent) => {
    const found = edgeCueLines(extractText(`${BILATERAL} ${sentence}`));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found.filter((l) => l.startsWith(wrong))).toEqual([]);
  });

  it.each([
    ["trade with a threat's modifier is a threat", "The ministers condemned the illicit trade in small arms.", "Threat:illicit trade in small arms"],
    ["proliferation is a threat whatever it spreads", "The region faces challenges such as the proliferation of rocket technology.", "Threat:proliferation of rocket technology"],
    ["the launch of a missile remains a threat", "The ministers condemned the launch of an intercontinental ballistic missile by Iran.", "Threat:launch of an intercontinental ballistic missile"],
    ["the launch of a missile named by its kind's acronym remains a threat", "The ministers condemned the launch of this SRBM by Iran.", "Threat:launch of this SRBM"],
    ["a state's soldiers deployed abroad remain a threat", "The ministers condemned the deployment of Iranian soldiers to Syria.", "Threat:deployment of Iranian soldiers to Syria"],
    ["trafficking named by what is trafficked before it is a threat", "They will work together to combat human trafficking.", "Threat:human trafficking"],
    [
      "modifiers that end in their acronym still name the threat, with no owner needed",
      "The region faces many challenges, including nuclear and radiological (NR) threats and piracy.",
      "Threat:NR threats",
    ],
    ["the launch of a rocket remains a threat", "The ministers condemned Iran's launch of a rocket.", "Threat:launch of a rocket"],
    [
      "a comma after 'weapons of mass destruction' ends that threat: the next item of the list is a threat of its own",
      "The region faces many challenges, such as the spread of weapons of mass destruction, terrorism and piracy.",
      "Threat:terrorism",
    ],
    [
      "trafficking names its goods as a list closed by 'and'",
      "The region faces many challenges, including piracy, trafficking in arms, narcotics, and people, and cyber threats.",
      "Threat:trafficking in arms, narcotics, and people",
    ],
  ])("%s", (_name, sentence, entity) => {
    expect(entityLines(extractText(`${BILATERAL} ${sentence}`))).toContain(entity);
  });

  it.each([
    [
      "trade between states is commerce, and its kinds listed after 'including' are no threats either",
      "The new accord spans every field of Japan-Korean trade, including trade in services and goods.",
      ["Threat:Japan-Korean trade", "Threat:trade in goods"],
    ],
    [
      "launching talks or deploying a friendly system is no threat: what is launched or deployed makes one",
      "They welcomed the launch of negotiations toward a new accord and the deployment of PATRIOT batteries for the allied forces.",
      ["Threat:launch of negotiations", "Threat:deployment of PATRIOT batteries"],
    ],
  ])("%s", (_name, sentence, absent) => {
    const found = entityLines(extractText(`${BILATERAL} ${sentence}`));
    for (const wrong of absent) expect(found).not.toContain(wrong);
  });
});

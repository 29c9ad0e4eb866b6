/**
 * Constructions of real alliance statements about who poses a threat, what it violates and who answers it — each in
 * sentences written for these tests with invented states and bodies (the real statements stay out of the repository):
 * the edges each must give, with their cues, and the wrong ones it must not.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeCueLines, entityLines } from "../support/graph-lines.ts";

const BILATERAL = "Canada and Australia held the fourth Harbour Security Dialogue (HSD) in Ottawa on 3 March 2026.";

describe("threat owners, violations and responses", () => {
  it.each([
    [
      "an ordinal between the owner and a test leaves the owner posing it",
      "The ministers condemned Iran's provocations, including its fifth nuclear test.",
      ["Iran POSES nuclear test [fifth nuclear test]", "Canada CONDEMNS nuclear test [condemned]"],
      [],
    ],
    [
      "acts condemned as violations of a resolution each violate it",
      "The ministers denounced Iran's third nuclear test and two cruise missile launches as flagrant violations of several UNSC resolutions.",
      [
        "nuclear test VIOLATES United Nations Security Council resolutions [as flagrant violations of]",
        "cruise missile launches VIOLATES United Nations Security Council resolutions [as flagrant violations of]",
      ],
      [],
    ],
    [
      "a programme called an ongoing violation of resolutions violates them",
      "The ministers condemned Iran's cyber attacks. Iran's work on its missile programs remains an ongoing violation of several UNSC resolutions.",
      ["missile programs VIOLATES United Nations Security Council resolutions [remains an ongoing violation of]"],
      [],
    ],
    [
      "violations listed after 'such as' are examples, not a verdict on what stands before",
      "The ministers discussed Iran's missile launches and abuses such as violations of the Harbour Accord.",
      [],
      ["missile launches VIOLATES"],
    ],
    [
      "a state's nuclear issue is a threat that state poses",
      "The two sides exchanged views on regional issues, including Iran and its nuclear issue, and on maritime issues.",
      ["Iran POSES nuclear issue [nuclear issue]"],
      ["Iran POSES maritime issues"],
    ],
    [
      "the swift resolution of a threat, given as the parties' aim, addresses it",
      "They agreed to deepen coordination with a view to the swift resolution of the Iranian nuclear issue.",
      ["Canada ADDRESSES Iranian nuclear issue [the swift resolution of]", "Australia ADDRESSES Iranian nuclear issue [the swift resolution of]"],
      [],
    ],
    [
      "the parties' fight against a threat addresses it",
      "Both governments said they will keep up their fight against terrorism.",
      ["Canada ADDRESSES terrorism [against]", "Australia ADDRESSES terrorism [against]"],
      [],
    ],
    [
      "what the parties have defended against they address",
      "The two countries have deterred and defended against the Iranian threat.",
      ["Canada ADDRESSES Iranian threat [against]", "Australia ADDRESSES Iranian threat [against]"],
      [],
    ],
    [
      "concern shared in the present tense condemns its object",
      "The two leaders share deep concern about Iran's missile launches.",
      ["Canada CONDEMNS missile launches [share deep concern about]", "Australia CONDEMNS missile launches [share deep concern about]"],
      [],
    ],
    [
      "urging every party to refrain from listed acts condemns each act, and no state is said to pose them",
      "The ministers pressed all parties to refrain from large-scale land reclamation and from any use of these shoals for military purposes.",
      [
        "Canada CONDEMNS large-scale land reclamation [pressed … refrain from]",
        "Australia CONDEMNS use of these shoals for military purposes [pressed … refrain from]",
      ],
      ["Canada POSES", "Australia POSES"],
    ],
    [
      "urging a named state to cease an act condemns the act, which that state poses",
      "The ministers called on Iran to cease its missile launches.",
      ["Canada CONDEMNS missile launches [called on … cease]", "Iran POSES missile launches [missile launches]"],
      [],
    ],
    [
      "countering the threat to some good posed by an actor's programmes addresses those programmes",
      "The Canada-Australia alliance will keep countering the danger to regional stability posed by Iran's nuclear and ballistic missile programs.",
      ["Canada-Australia Alliance ADDRESSES nuclear and ballistic missile programs [countering]", "Iran POSES nuclear and ballistic missile programs [Iran's nuclear and ballistic missile programs]"],
      [],
    ],
    [
      "resolutions that prohibit an actor's programmes address them",
      "The ministers condemned Iran's missile launches. They recalled Security Council resolutions which clearly prohibit Iran's nuclear and missile programs.",
      ["United Nations Security Council resolutions ADDRESSES nuclear and missile programs [prohibit]"],
      [],
    ],
    [
      "blocking an actor's illicit revenue generation addresses it",
      "The ministers condemned Iran's missile launches. The two countries will work closely with partners to block Iran's illicit revenue generation through overseas workers.",
      ["Canada ADDRESSES illicit revenue generation [block]", "Iran POSES illicit revenue generation [Iran's illicit revenue generation]"],
      [],
    ],
    [
      "curbing threats from an actor and tackling terrorism address them",
      "The two countries pledged to curb threats from Iran and to tackle terrorism.",
      ["Australia ADDRESSES threats [curb]", "Canada ADDRESSES terrorism [tackle]"],
      [],
    ],
    [
      "concern underscored, highlighted or noted, not only expressed, condemns its object",
      "The ministers noted with grave concern Iran's missile launches and underscored their serious concerns about Iran's arms transfers.",
      ["Canada CONDEMNS missile launches [noted with grave concern]", "Australia CONDEMNS arms transfers [underscored their serious concerns about]"],
      [],
    ],
    [
      "responding to all forms of an actor's provocations addresses the provocations",
      "We will keep a strong deterrence posture and deepen our work together so that we can respond to all forms of Iranian provocations.",
      ["Canada ADDRESSES Iranian provocations [respond to]", "Australia ADDRESSES Iranian provocations [respond to]"],
      [],
    ],
  ])("%s", (_name, sentence, expected, absent) => {
    const found = edgeCueLines(extractText(`${BILATERAL} ${sentence}`));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found.filter((l) => l.startsWith(wrong))).toEqual([]);
  });

  it.each([
    [
      "an adverb of place after an attempt's infinitive is no part of the threat's name",
      "The ministers rejected unilateral attempts to alter the status quo by force anywhere.",
      "Threat:unilateral attempts to alter the status quo by force",
    ],
    [
      "violent extremism is a threat whoever is behind it, as terrorism is",
      "The two sides exchanged views on global issues, including the response to violent extremism and maritime safety.",
      "Threat:violent extremism",
    ],
  ])("%s", (_name, sentence, entity) => {
    expect(entityLines(extractText(`${BILATERAL} ${sentence}`))).toContain(entity);
  });
});

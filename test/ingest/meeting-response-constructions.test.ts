/**
 * Constructions of real alliance statements about who met, who convened, what the parties respond to and what
 * they commit to through nouns — each in sentences written for these tests with invented people, bodies and
 * agreements (the real statements stay out of the repository): the exact edges each must give, with their cues,
 * and the wrong ones it must not.
 */
import { describe, expect, it } from "vitest";
import { extractText, refersBack } from "../../ingest/index.ts";
import { edgeCueLines, edgeLines, entityLines } from "../support/graph-lines.ts";

const OPENING = "Canada and Australia held the fourth Harbour Security Dialogue (HSD) in Ottawa on 3 March 2026.";

describe("who met, who convened and who joined", () => {
  it.each([
    [
      "the people listed right before 'led the delegation' lead it, not a person the opening phrase governs",
      "Following talks with Prime Minister Alan Fairbairn, Deputy Minister of National Defence Paul Ouellet and Deputy Minister of Foreign Affairs Marie Tremblay led the Canadian delegation.",
      ["Paul Ouellet LEADS Canada [led the Canadian delegation]", "Marie Tremblay LEADS Canada [led the Canadian delegation]"],
      ["Alan Fairbairn LEADS Canada"],
    ],
    [
      "an office 'of State for …' is part of the title, not the person's name",
      "Assistant Secretary of State for International Security Jack Morrow headed the Australian delegation.",
      ["Jack Morrow LEADS Australia [headed the Australian delegation]"],
      ["State LEADS Australia"],
    ],
    [
      "a family name, a comma and the given name is one person, who presides over a body qualified by the states' compound",
      "General Hale, and General Park, Min Jun, presided over the 12th Canada-Australia Harbour Committee Meeting (HCM).",
      ["Park Min Jun LEADS Harbour Committee Meeting [presided over]"],
      ["Park LEADS Harbour Committee Meeting"],
    ],
    [
      "the organs of the two states that hold a meeting are the states taking part in it",
      "The foreign affairs and defence agencies of the two countries held the 4th annual high-level HSD meeting in Perth.",
      ["Canada PARTICIPATES_IN Harbour Security Dialogue [held]", "Australia PARTICIPATES_IN Harbour Security Dialogue [held]"],
      [],
    ],
    [
      "people convened a meeting, listed each with an office after the name, lead it",
      "The inaugural HSD meeting was convened by Dr. Ian Walsh, Deputy National Security Advisor of Canada; Dr. Mei Ling Tan, Coordinator for Pacific Affairs at the Australian Department of Defence; and Ms. Hana Kereama, Director for Maritime Policy at the Department of Defence.",
      ["Ian Walsh LEADS Harbour Security Dialogue [was convened by]", "Mei Ling Tan LEADS Harbour Security Dialogue [was convened by]", "Hana Kereama LEADS Harbour Security Dialogue [was convened by]"],
      ["Maritime Policy LEADS Harbour Security Dialogue"],
    ],
    [
      "those who joined the host take part in the meeting reported",
      "Joining the two ministers were Commander, Canadian Joint Operations Command, Vice Adm. Paul Girard; and Commander, Royal Canadian Navy, Rear Adm. Lise Fortin.",
      ["Paul Girard PARTICIPATES_IN Harbour Security Dialogue [Joining the two ministers were]", "Lise Fortin PARTICIPATES_IN Harbour Security Dialogue [Joining the two ministers were]"],
      [],
    ],
    [
      "a decision by named leaders to establish a body is their establishing it",
      "They recalled the decision by Prime Minister Alan Fairbairn and Prime Minister Grace Oduya to establish the Coastal Resilience Group.",
      ["Alan Fairbairn ESTABLISHES Coastal Resilience Group [decision by … to establish]", "Grace Oduya ESTABLISHES Coastal Resilience Group [decision by … to establish]"],
      [],
    ],
  ])("%s", (_name, sentence, expected, absent) => {
    const found = edgeCueLines(extractText(`${OPENING} ${sentence}`));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found.filter((l) => l.startsWith(wrong))).toEqual([]);
  });

  it("hosts and the guests they hosted for a meeting named in lower case take part in it, and so do those who joined", () => {
    const text = [
      "OTTAWA – Chief of the Defence Staff Gen. Anne Lavoie hosted Chief of the Australian Defence Force Adm. Robert Keane, and New Zealand Chief of Defence Force Lt. Gen. Tania Reid for a trilateral meeting Oct. 2 in Ottawa.",
      "Joining Lavoie were Commander, Canadian Army, Lt. Gen. Mark Dube; and Commander, Royal Canadian Navy, Rear Adm. Lise Fortin.",
    ].join("\n\n");
    const found = edgeCueLines(extractText(text));
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Anne Lavoie PARTICIPATES_IN trilateral meeting \[hosted /),
        expect.stringMatching(/^Robert Keane PARTICIPATES_IN trilateral meeting \[hosted /),
        expect.stringMatching(/^Tania Reid PARTICIPATES_IN trilateral meeting \[hosted /),
        "Mark Dube PARTICIPATES_IN trilateral meeting [Joining Lavoie were]",
        "Lise Fortin PARTICIPATES_IN trilateral meeting [Joining Lavoie were]",
      ]),
    );
  });
});

describe("responses to threats, threats named by nouns, and what the parties urge an adversary to stop", () => {
  it.each([
    [
      "the parties who will deter and respond to an adversary's threats address them",
      "The two leaders emphasized that the two nations will continue to bolster their capabilities to deter and respond to Russian missile threats.",
      ["Canada ADDRESSES Russian missile threats [respond to]", "Australia ADDRESSES Russian missile threats [respond to]", "Russia POSES Russian missile threats [Russian missile threats]"],
      [],
    ],
    [
      "the meeting reported, as subject, speaks for the parties: deterrence against aggression and countering a threat",
      "The third meeting of the HSD highlighted the commitment by both partners to strengthen deterrence against Russia's aggression and more broadly counter Russia's threat.",
      ["Canada ADDRESSES aggression [deterrence against]", "Australia ADDRESSES threat [counter]"],
      [],
    ],
    [
      "'these concerns' refers to the threats of concern named before it in the sentence",
      "They expressed deep concern over Russia's weapons of mass destruction and cruise missile programs, and committed to address these concerns through bilateral cooperation.",
      ["Canada CONDEMNS weapons of mass destruction and cruise missile programs [expressed deep concern over]", "Australia ADDRESSES weapons of mass destruction and cruise missile programs [address]", "Russia POSES weapons of mass destruction and cruise missile programs [cruise missile programs]"],
      [],
    ],
    [
      "a body of the parties that will shape responses to aggression addresses it",
      "The two sides affirmed that the HSD will play a central role in shaping responses to Russia's aggression.",
      ["Harbour Security Dialogue ADDRESSES aggression [responses to]"],
      [],
    ],
    [
      "rhetoric and messaging judged hostile are threats; 'assessments and concerns about' condemns each",
      "Both sides shared their assessments and concerns about Russia's threatening and reckless rhetoric and behavior, including its escalatory messaging related to nuclear weapons use.",
      ["Canada CONDEMNS threatening and reckless rhetoric [shared their assessments and concerns about]", "Australia CONDEMNS escalatory messaging [shared their assessments and concerns about]", "Russia POSES escalatory messaging [escalatory messaging]"],
      ["Canada CONDEMNS nuclear weapons"],
    ],
    [
      "the actor urged to refrain from provocations poses them",
      "Together they called upon Russia to refrain from irresponsible provocations that raise regional tensions.",
      ["Russia POSES irresponsible provocations [called upon … refrain from]"],
      [],
    ],
    [
      "launches that 'are a clear violation of' a convention violate it, and the variants of one launch threat are one threat",
      "The two sides strongly condemned Russia's repeated unlawful cruise missile launches and confirmed that any launches of cruise missiles by Russia are a clear violation of the Convention on the Law of the Sea.",
      ["unlawful cruise missile launches VIOLATES Convention on the Law of the Sea [are a clear violation of]", "Canada CONDEMNS unlawful cruise missile launches [strongly condemned]"],
      ["Canada CONDEMNS launches of cruise missiles"],
    ],
    [
      "an actor's provocations 'and violations of' resolutions: the acts and the actor violate them, and later bare provocations are the same threat",
      "They condemned Russia's continued provocations and violations of United Nations Security Council resolutions, and will take a strong stance against any further provocations by Russia.",
      ["Russia VIOLATES United Nations Security Council resolutions [violations of]", "provocations VIOLATES United Nations Security Council resolutions [violations of]", "Canada ADDRESSES provocations [stance against]"],
      ["Canada ADDRESSES further provocations"],
    ],
  ])("%s", (_name, sentence, expected, absent) => {
    const found = edgeCueLines(extractText(`${OPENING} ${sentence}`));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found.filter((l) => l.startsWith(wrong))).toEqual([]);
  });

  it("'the tests' and 'the acts' refer back to the whole of what was named, not to a part listed after 'including'", () => {
    const sentence = "They exchanged views on Russia's recent hypersonic tests, including two launches over the Arctic, agreed to firmly respond to the acts, and reconfirmed the tests were flagrant violations of the Convention on the Law of the Sea.";
    const found = edgeCueLines(extractText(`${OPENING} ${sentence}`));
    expect(found).toEqual(expect.arrayContaining(["hypersonic tests VIOLATES Convention on the Law of the Sea [were flagrant violations of]", "Canada ADDRESSES hypersonic tests [respond to]"]));
  });
});

describe("commitments stated through nouns and meetings", () => {
  it.each([
    [
      "'as set forth in' an agreement whose name joins two states is each party's commitment to it",
      "The two ministers reaffirmed the commitment of both leaders to a comprehensive partnership, as set forth in the 2011 Joint Vision for the Partnership of Canada and Australia.",
      ["Canada COMMITS_TO Joint Vision for the Partnership of Canada and Australia [as set forth in]", "Australia COMMITS_TO Joint Vision for the Partnership of Canada and Australia [as set forth in]"],
      ["Canada COMMITS_TO Joint Vision for the Partnership of Canada [as set forth in]"],
    ],
    [
      "guidelines 'as reflected in' commit the parties, and those signed at a meeting were made by that meeting's body",
      "They agreed that cooperation should deepen, as reflected in the Maritime Cooperation Guidelines signed at the 2nd HSD in 2019.",
      ["Canada COMMITS_TO Maritime Cooperation Guidelines [as reflected in]", "Harbour Security Dialogue ESTABLISHES Maritime Cooperation Guidelines [signed at]"],
      [],
    ],
    [
      "operationalizing an agreement is a commitment to it",
      "They agreed to explore further operationalizing the 2018 Maritime Information Sharing Agreement.",
      ["Australia COMMITS_TO Maritime Information Sharing Agreement [operationalizing]"],
      [],
    ],
    [
      "trilateral cooperation the meeting discussed is the parties' cooperation",
      "The session featured discussions on bilateral cooperation that responds to Russian missile threats.",
      ["Canada COOPERATES_WITH Australia [bilateral cooperation]", "Canada ADDRESSES Russian missile threats [responds to]"],
      [],
    ],
  ])("%s", (_name, sentence, expected, absent) => {
    const found = edgeCueLines(extractText(`${OPENING} ${sentence}`));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found).not.toContain(wrong);
  });
});

describe("what these constructions do not make", () => {
  it.each([
    ["an adversary that counters something addresses nothing for the parties", "Russia continued to counter the Russian threat narrative.", "ADDRESSES"],
    ["urging an adversary to respond to an offer makes it pose nothing", "They urged Russia to respond to the offer of talks.", "POSES"],
    ["a meeting with no kind named in lower case is no body", "The ministers held a meeting in Perth.", "Body:meeting"],
  ])("%s", (_name, sentence, absent) => {
    const graph = extractText(`${OPENING} ${sentence}`);
    expect([...edgeLines(graph), ...entityLines(graph)].filter((l) => l.includes(absent))).toEqual([]);
  });

  it("a sentence listing those who joined refers back to the meeting it reports", () => {
    expect(refersBack("Joining the Chief were Admiral A and General B.")).toBe(true);
  });
});

/**
 * Constructions real statements use to state relations, each in sentences written for these tests with
 * invented people, bodies and agreements: the exact edges each must give, and the wrong ones it must not.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateGraph, type BriefGraph } from "../../graph/index.ts";
import { evaluate, extractText, ingestPaths, parseGold, refersBack, refersToParties } from "../../ingest/index.ts";
import { edgeLines, entityLines } from "../support/graph-lines.ts";
import { ungroundedRelations } from "../support/evidence.ts";

const OPENING = "Canada and New Zealand held the fourth Harbour Security Dialogue (HSD) in Ottawa on 3 March 2026.";


function titleOf(graph: BriefGraph, name: string): string | undefined {
  const id = graph.findNode((_k, a) => a.name === name);
  const attributes = id ? graph.getNodeAttributes(id) : undefined;
  return attributes?.type === "Actor" ? attributes.title : undefined;
}

describe("principals: honorifics, post-nominals, offices after the name, family names first, lists", () => {
  const text = [
    "Joint Statement of the Second Coral Sea Defence Ministers' Meeting",
    "Japanese Minister of Defense HOSHINO Taro, Australian Minister for Defence Liam Archer, Philippine Secretary of National Defense Ramon Cruz Jr., and Canadian Minister of National Defence Sarah Whitfield met in Darwin on 2 May 2026 for the Second Coral Sea Defence Ministers' Meeting.",
    "The Hon Marcus Thornby MP, Minister for Defence Industry, New Zealand, and the Right Honourable Helen Carvell, Secretary of State for Defence, United Kingdom, also attended.",
    "Minister HOSHINO and Secretary Cruz co-chaired the Coral Sea Maritime Working Group.",
  ].join("\n\n");
  const graph = extractText(text);

  it.each([
    ["each of four principals in one list takes part in the meeting they met in a city for", ["HOSHINO Taro", "Liam Archer", "Ramon Cruz", "Sarah Whitfield"].map((p) => `${p} PARTICIPATES_IN Coral Sea Defence Ministers' Meeting`)],
    ["people named with 'the Hon' and 'the Right Honourable' who also attended take part in the reported meeting", ["Marcus Thornby PARTICIPATES_IN Coral Sea Defence Ministers' Meeting", "Helen Carvell PARTICIPATES_IN Coral Sea Defence Ministers' Meeting"]],
    ["co-chairs named by office and family name lead the body", ["HOSHINO Taro LEADS Coral Sea Maritime Working Group", "Ramon Cruz LEADS Coral Sea Maritime Working Group"]],
  ])("%s", (_name, expected) => {
    expect(edgeLines(graph)).toEqual(expect.arrayContaining(expected));
  });

  it("keeps honorifics and post-nominals out of the names, and reads the office written after the name", () => {
    expect(entityLines(graph)).toEqual(expect.arrayContaining(["Actor:Marcus Thornby", "Actor:Helen Carvell", "Actor:Ramon Cruz", "Actor:HOSHINO Taro"]));
    expect(entityLines(graph).filter((n) => /\b(?:Hon|Honourable|MP|Jr)\b/.test(n))).toEqual([]);
    expect(titleOf(graph, "Marcus Thornby")).toBe("Minister for Defence Industry");
    expect(titleOf(graph, "Helen Carvell")).toBe("Secretary of State for Defence");
  });

  it("gives a person the state written after the office, so that what they pledge is that state's commitment", () => {
    const found = edgeLines(extractText(`${text}\n\nMinister Carvell pledged to implement the Harbour Plan.`));
    expect(found).toContain("United Kingdom COMMITS_TO Harbour Plan");
    expect(found).not.toContain("New Zealand COMMITS_TO Harbour Plan");
  });
});

describe("relations stated by the constructions of real statements", () => {
  it.each([
    ["those who gathered in a city for a body are the parties taking part in it", "The Ministers gathered in Wellington for the Tasman Policy Talks.", ["Canada PARTICIPATES_IN Tasman Policy Talks", "New Zealand PARTICIPATES_IN Tasman Policy Talks"], []],
    ["an agreement in capitals that the parties signed has them as parties", "The two sides signed the MUTUAL LOGISTICS SUPPORT ARRANGEMENT.", ["Canada PARTY_TO Mutual Logistics Support Arrangement", "New Zealand PARTY_TO Mutual Logistics Support Arrangement"], []],
    ["a quoted name takes the type of the head after the quotes", 'Both sides reaffirmed their commitment to the "Blue Horizon" initiative.', ["Canada COMMITS_TO Blue Horizon initiative", "New Zealand COMMITS_TO Blue Horizon initiative"], []],
    ["a lower-case initiative the parties stood up is established by each", "The two sides stood up a bilateral maritime domain awareness initiative.", ["Canada ESTABLISHES bilateral maritime domain awareness initiative", "New Zealand ESTABLISHES bilateral maritime domain awareness initiative"], []],
    ["a lower-case working group the Ministers established is a body they established", "The Ministers established a trilateral space policy working group to share assessments.", ["Canada ESTABLISHES trilateral space policy working group"], []],
    ["a memorandum the parties signed names what it is about and has them as parties", "Both sides signed a memorandum of understanding on defence science cooperation.", ["Canada PARTY_TO memorandum of understanding on defence science cooperation"], ["Canada ESTABLISHES memorandum of understanding on defence science cooperation"]],
    ["a mechanism the parties activated is one they established", "They activated a standing crisis communication mechanism.", ["New Zealand ESTABLISHES standing crisis communication mechanism"], []],
    ["obligations under a treaty are a commitment to it", "The Ministers reaffirmed their obligations under the Mutual Logistics Treaty.", ["Canada COMMITS_TO Mutual Logistics Treaty", "New Zealand COMMITS_TO Mutual Logistics Treaty"], []],
    ["the enduring value of an agreement, stated by offices listed as the subject, is each party's commitment", "The Secretary and the two Ministers underscored the enduring value of the Host Nation Support Agreement (HNSA).", ["Canada COMMITS_TO Host Nation Support Agreement", "New Zealand COMMITS_TO Host Nation Support Agreement"], []],
    ["pledges made in a declaration, recalled by three offices, commit the parties", "The Minister of National Defence, the Foreign Minister and the Minister of Defence recalled the pledges made in the Ottawa Declaration.", ["Canada COMMITS_TO Ottawa Declaration", "New Zealand COMMITS_TO Ottawa Declaration"], []],
    ["a framework endorsed by both governments has the parties as parties", "Both sides welcomed the Maritime Cooperation Framework endorsed by both governments.", ["Canada PARTY_TO Maritime Cooperation Framework", "New Zealand PARTY_TO Maritime Cooperation Framework"], []],
    ["progress under two bodies is taking part in each", "They welcomed progress under the Defence Science Talks and the Supply Chain Resilience Committee.", ["Canada PARTICIPATES_IN Defence Science Talks", "Canada PARTICIPATES_IN Supply Chain Resilience Committee", "New Zealand PARTICIPATES_IN Supply Chain Resilience Committee"], []],
    ["continued engagement with an organisation is cooperation with it", "The Ministers welcomed continued engagement with the International Maritime Organization.", ["Canada COOPERATES_WITH International Maritime Organization"], []],
    ["a body that is the umbrella for listed committees has each as a part", "The HSD serves as the umbrella for three committees: the Logistics Committee, the Cyber Resilience Committee and the Coastal Surveillance Committee.", ["Logistics Committee PART_OF Harbour Security Dialogue", "Cyber Resilience Committee PART_OF Harbour Security Dialogue", "Coastal Surveillance Committee PART_OF Harbour Security Dialogue"], []],
    ["a council created at the last ministerial was established by the reported body", "The Ministers welcomed the work of the Defence Innovation Council, created at the last ministerial.", ["Harbour Security Dialogue ESTABLISHES Defence Innovation Council", "Canada PARTICIPATES_IN Defence Innovation Council"], []],
    [
      "every threat in a list after 'condemned' is condemned by each party and posed by its owner, not by its victim",
      "They condemned Russia's illegal invasion of Ukraine, the DPRK's ballistic missile launches, and the PRC's dangerous intercepts of allied aircraft.",
      ["Canada CONDEMNS illegal invasion", "New Zealand CONDEMNS ballistic missile launches", "Canada CONDEMNS dangerous intercepts", "Russia POSES illegal invasion", "Democratic People's Republic of Korea POSES ballistic missile launches", "China POSES dangerous intercepts"],
      ["Ukraine POSES illegal invasion", "Democratic People's Republic of Korea POSES illegal invasion"],
    ],
    [
      "'deplored, and called for an end to,' condemns every item that follows",
      "The Ministers deplored, and called for an end to, Russia's attacks on civilian infrastructure and the DPRK's transfer of artillery munitions.",
      ["Canada CONDEMNS attacks", "New Zealand CONDEMNS transfer of artillery munitions", "Democratic People's Republic of Korea POSES transfer of artillery munitions"],
      [],
    ],
    [
      "drones flown by an actor and an actor's jamming of signals are threats it poses",
      "They expressed concern over drones flown by the DPRK over the border and the DPRK's jamming of satellite signals.",
      ["Democratic People's Republic of Korea POSES drones", "Democratic People's Republic of Korea POSES jamming of satellite signals", "Canada CONDEMNS drones", "Canada CONDEMNS jamming of satellite signals"],
      [],
    ],
    [
      "a plural 'which violate' after two threats has both violate the agreement",
      "They condemned drones flown by the DPRK over the border and Russia's jamming of navigation signals, which violate the Convention on the Law of the Sea.",
      ["drones VIOLATES Convention on the Law of the Sea", "jamming of navigation signals VIOLATES Convention on the Law of the Sea"],
      ["Russia VIOLATES Convention on the Law of the Sea"],
    ],
    [
      "a singular 'which violates' after two threats has only the last violate it",
      "They condemned the DPRK's cruise missile launches and Russia's jamming of navigation signals, which violates the Convention on the Law of the Sea.",
      ["jamming of navigation signals VIOLATES Convention on the Law of the Sea"],
      ["cruise missile launches VIOLATES Convention on the Law of the Sea"],
    ],
    [
      "illegal fishing is a threat its owner poses",
      "The Ministers condemned Russia's illegal fishing.",
      ["Russia POSES illegal fishing", "Canada CONDEMNS illegal fishing"],
      [],
    ],
    [
      "repeated test firings that violate resolutions violate them",
      "They condemned repeated cruise missile test firings that violate United Nations Security Council resolutions.",
      ["cruise missile test firings VIOLATES United Nations Security Council resolutions", "Canada CONDEMNS cruise missile test firings"],
      [],
    ],
  ])("%s", (_name, sentence, expected, absent) => {
    const found = edgeLines(extractText(`${OPENING} ${sentence}`));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found).not.toContain(wrong);
  });
});

describe("what these constructions do not make", () => {
  it.each([
    ["a participle after 'newly' creates nothing", "The Ministers welcomed the newly established coastal radar framework.", "coastal radar"],
    ["a lower-case phrase without a body or agreement head is not a name", "The two sides launched a new exercise program.", "exercise program"],
    ["honorific-like capitals inside a sentence are not people", "The Ministers welcomed the Hon Committee report.", "Actor:Committee"],
  ])("%s", (_name, sentence, absent) => {
    expect(entityLines(extractText(`${OPENING} ${sentence}`)).filter((n) => n.includes(absent))).toEqual([]);
  });

  it.each([
    ["the importance of an exercise is no commitment", "The Ministers noted the importance of the Arctic Patrol exercise.", "COMMITS_TO"],
    ["assessing the results of an exercise is no participation", "The Ministers assessed the results of Harbour Guard 26.", "PARTICIPATES_IN Harbour Guard"],
    ["a body met for in a city is not joined by the city", "The Ministers met in Wellington for the Tasman Policy Talks.", "Wellington"],
  ])("%s", (_name, sentence, absent) => {
    const found = [...edgeLines(extractText(`${OPENING} ${sentence}`)), ...entityLines(extractText(`${OPENING} ${sentence}`))];
    expect(found.filter((e) => e.includes(absent) && !e.startsWith("Canada PARTICIPATES_IN Harbour Security") && !e.startsWith("New Zealand PARTICIPATES_IN Harbour Security"))).toEqual([]);
  });
});

describe("the words that stand for the parties, one rule for the extractor and the grounding check", () => {
  it.each([
    ["The Secretary and the two Ministers underscored the value of the agreement.", true],
    ["The Minister of National Defence, the Foreign Minister and the Minister of Defence recalled the pledge.", true],
    ["Both governments endorsed the framework.", true],
    ["It was agreed that the talks would continue.", true],
    ["The CHODs reviewed the plan.", true],
    ["Canada welcomed the plan.", false],
    ["The Secretary General of the organisation spoke.", false],
  ])("%s → %s", (sentence, expected) => {
    expect(refersToParties(sentence)).toBe(expected);
  });

  it.each([
    ["The council was created at the last ministerial.", true],
    ["Admiral Jane Roe, Commander of the fleet, also attended.", true],
    ["These launches violate the resolutions.", true],
    ["Canada welcomed the Harbour Plan.", false],
  ])("%s refers back: %s", (sentence, expected) => {
    expect(refersBack(sentence)).toBe(expected);
  });
});

describe("short statements in our own words that hold the constructions of real statements, scored against their hand annotation", () => {
  const FIXTURES = new URL("../fixtures/constructions/", import.meta.url).pathname;
  const CASES = [
    ["a four-party ministerial (honorifics, lists, lower-case bodies, nominal commitments, threat lists)", "four-party-ministerial-honorifics-lists-lowercase-bodies.txt"],
    ["a trilateral ministerial (a titled meeting, semicolon principals, nominal relations, threat nominalisations)", "trilateral-ministerial-titled-meeting-possessives-nominal-threats.txt"],
    ["a bilateral consultation group (organs of the states, delegation heads, responses to threats, nominal commitments)", "bilateral-consultation-group-organs-responses-nominal-commitments.txt"],
    ["a trilateral chiefs' meeting (hosts and guests of a lower-case meeting, those who joined, conveners with offices)", "trilateral-chiefs-meeting-hosts-joiners-conveners.txt"],
  ] as const;

  it.each(CASES)("finds the entities (F1 ≥ 0.95) and relations (F1 ≥ 0.90) of %s", async (_name, file) => {
    const gold = parseGold(JSON.parse(readFileSync(`${FIXTURES}${file.replace(/\.[^.]+$/, ".gold.json")}`, "utf8")), file);
    const { graph } = await ingestPaths([`${FIXTURES}${file}`]);
    const report = evaluate(graph, gold);
    expect(report.entities.f1).toBeGreaterThanOrEqual(0.95);
    expect(report.relations.f1).toBeGreaterThanOrEqual(0.9);
    expect(validateGraph(graph)).toEqual([]);
  });

  it.each(CASES)("grounds every relation of %s in a sentence that names both endpoints", async (_name, file) => {
    const { graph } = await ingestPaths([`${FIXTURES}${file}`]);
    expect(ungroundedRelations(graph)).toEqual([]);
  });
});

/**
 * Constructions of real statements that state a relation through a fronted phrase, a bare plural office, a noun
 * rather than a verb, or the parties' own partnership — each in a sentence written for this test with invented
 * bodies and agreements: the edges it must give, and the wrong ones it must not.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeLines, entityLines } from "../support/graph-lines.ts";
import { ungroundedRelations } from "../support/evidence.ts";

const OPENING = "Canada and New Zealand held the fourth Harbour Security Dialogue (HSD) in Ottawa on 3 March 2026.";

const CASES: [string, string, string[], string[]][] = [
  [
    "a possessive owner stands before a serial list of judging adjectives, and the victim after 'of' poses nothing",
    "The Ministers condemned Russia's brutal, unprovoked, and unlawful invasion of Ukraine.",
    ["Russia POSES unlawful invasion", "Canada CONDEMNS unlawful invasion", "New Zealand CONDEMNS unlawful invasion"],
    ["Ukraine POSES unlawful invasion"],
  ],
  [
    "what guides a sentence-opening phrase is the commitment of the main clause's subject",
    "Guided by the principles of the Tasman Treaty, Ministers met in Auckland to review the HSD.",
    ["Canada COMMITS_TO Tasman Treaty", "New Zealand COMMITS_TO Tasman Treaty"],
    [],
  ],
  [
    "an 'As …' phrase before 'the Ministers' leaves them the subject",
    "As two island democracies bound by a shared history, the Ministers reaffirmed their commitment to the Tasman Treaty.",
    ["Canada COMMITS_TO Tasman Treaty", "New Zealand COMMITS_TO Tasman Treaty"],
    [],
  ],
  [
    "'Ministers' without an article are the parties",
    "Ministers reaffirmed their obligations under the Tasman Treaty.",
    ["Canada COMMITS_TO Tasman Treaty", "New Zealand COMMITS_TO Tasman Treaty"],
    [],
  ],
  [
    "a paragraph numbered '3-' still opens with the subject 'Ministers'",
    "3- Ministers reaffirmed their obligations under the Tasman Treaty.",
    ["Canada COMMITS_TO Tasman Treaty", "New Zealand COMMITS_TO Tasman Treaty"],
    [],
  ],
  [
    "a condemnation stated as a noun is the subject's condemnation of the act it governs",
    "Ministers reiterated their strong condemnation of the DPRK's ballistic missile launches.",
    ["Canada CONDEMNS ballistic missile launches", "New Zealand CONDEMNS ballistic missile launches", "Democratic People's Republic of Korea POSES ballistic missile launches"],
    [],
  ],
  [
    "an owner's violations of the principles of two instruments violate each, and so does the owner",
    "They agreed that Russia's brazen and continuing violations of the core principles of the Helsinki Final Act and the Charter of the United Nations must stop.",
    ["Russia VIOLATES United Nations Charter", "Russia VIOLATES Helsinki Final Act", "Russia POSES violations"],
    ["Canada VIOLATES United Nations Charter"],
  ],
  [
    "the signing of a treaty whose name joins two states makes both parties to it",
    "The importance both our countries place on security is reflected in the signing today of the Canada-New Zealand Harbour Logistics Treaty.",
    ["Canada PARTY_TO Canada-New Zealand Harbour Logistics Treaty", "New Zealand PARTY_TO Canada-New Zealand Harbour Logistics Treaty"],
    [],
  ],
  [
    "welcoming the signing of a renewed arrangement makes the subject parties to it",
    "Ministers welcomed the signing of the renewed Coastal Supply Arrangement on 1 May.",
    ["Canada PARTY_TO Coastal Supply Arrangement", "New Zealand PARTY_TO Coastal Supply Arrangement"],
    [],
  ],
  [
    "'Franco-' is France in a compound naming a partnership",
    "Ministers stressed the importance of a strong Franco-Canadian partnership.",
    ["France COOPERATES_WITH Canada"],
    [],
  ],
  [
    "two states that enjoy a close relationship cooperate",
    "Canada and New Zealand enjoy an exceptionally close relationship.",
    ["Canada COOPERATES_WITH New Zealand", "New Zealand COOPERATES_WITH Canada"],
    [],
  ],
  [
    "the parties speaking of the longstanding defence relationship, naming no one, speak of their own",
    "Ministers welcomed the signing as a reaffirmation of the strength of the longstanding defence relationship.",
    ["Canada COOPERATES_WITH New Zealand"],
    [],
  ],
  [
    "'we will deepen cooperation', after 'And in particular,', is the parties' cooperation",
    "And in particular, we will further deepen cooperation across several technologies.",
    ["Canada COOPERATES_WITH New Zealand"],
    [],
  ],
  [
    "the parties' resolve to support a third state is cooperation with it",
    "Ministers reaffirmed their strong resolve to continue to support Ukraine.",
    ["Canada COOPERATES_WITH Ukraine", "New Zealand COOPERATES_WITH Ukraine"],
    [],
  ],
  [
    "the parties' commitment to a grouping is membership of it",
    "We reaffirmed our commitment to the Quad.",
    ["Canada MEMBER_OF Quad", "New Zealand MEMBER_OF Quad"],
    [],
  ],
  [
    "the parties' cooperation in a grouping is membership of it",
    "The Ministers valued their cooperation in the Quad.",
    ["Canada MEMBER_OF Quad", "New Zealand MEMBER_OF Quad"],
    [],
  ],
  [
    "'Quad countries' in the parties' own words are the parties as its members",
    "We celebrate the fact that Quad countries have built a vital grouping.",
    ["Canada MEMBER_OF Quad", "New Zealand MEMBER_OF Quad"],
    [],
  ],
  [
    "announcing the creation of a forum called by a name establishes it",
    "Today, we are announcing the creation of a new standing forum called the Tasman Security Council.",
    ["Canada ESTABLISHES Tasman Security Council", "New Zealand ESTABLISHES Tasman Security Council"],
    [],
  ],
  [
    "'its' after an owner's act and a council's resolutions is the owner's, not the council's",
    "They condemned the DPRK's continued violations of United Nations Security Council (UNSCR) resolutions, notably its recent missile provocations.",
    ["Democratic People's Republic of Korea POSES missile provocations"],
    ["United Nations Security Council POSES missile provocations"],
  ],
  [
    "an owner's disregard for resolutions is its violation of them",
    "They condemned North Korea's blatant disregard for numerous United Nations Security Council resolutions.",
    ["Democratic People's Republic of Korea VIOLATES United Nations Security Council resolutions"],
    [],
  ],
  [
    "programs the text says threaten are threats their owner poses",
    "North Korea's nuclear and ballistic missile programs seriously threaten peace on the peninsula.",
    ["Democratic People's Republic of Korea POSES nuclear and ballistic missile programs"],
    [],
  ],
  [
    "cooperation 'between the two countries' is the parties' when they are two",
    "Ministers agreed to deepen cooperation between the two countries.",
    ["Canada COOPERATES_WITH New Zealand", "New Zealand COOPERATES_WITH Canada"],
    [],
  ],
  [
    "a state's commitment to the defence of another is cooperation with it",
    "Canada reaffirmed its unyielding commitment to the defense of Japan.",
    ["Canada COOPERATES_WITH Japan"],
    [],
  ],
  [
    "a state's defence commitments to a list of states are cooperation with each",
    "Canada remains firm in its defense commitments to Japan and the R.O.K.",
    ["Canada COOPERATES_WITH Republic of Korea", "Canada COOPERATES_WITH Japan"],
    [],
  ],
  [
    "'All three' are the parties",
    "All three reaffirmed their steadfast commitments under the Tasman Treaty.",
    ["Canada COMMITS_TO Tasman Treaty", "New Zealand COMMITS_TO Tasman Treaty"],
    [],
  ],
  [
    "states' adjectives before plural offices are the subject of 'met for'",
    "The Canadian, Japanese, and Australian delegations met for the fifth Tasman Policy Talks.",
    ["Canada PARTICIPATES_IN Tasman Policy Talks", "Japan PARTICIPATES_IN Tasman Policy Talks", "Australia PARTICIPATES_IN Tasman Policy Talks"],
    [],
  ],
  [
    "a possessive and a format after it stay inside a meeting's name",
    "Canada hosted Japan in Halifax for the fifth Foreign and Defence Ministers’ 2+2 Meeting.",
    ["Canada PARTICIPATES_IN Foreign and Defence Ministers’ 2+2 Meeting", "Japan PARTICIPATES_IN Foreign and Defence Ministers’ 2+2 Meeting"],
    [],
  ],
];

describe("relations stated through fronted phrases, bare offices, nouns and the parties' partnership", () => {
  it.each(CASES)("%s", (_name, sentence, expected, absent) => {
    const found = edgeLines(extractText(`${OPENING} ${sentence}`));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found).not.toContain(wrong);
  });

  it.each(CASES)("grounds every relation of: %s", (_name, sentence) => {
    expect(ungroundedRelations(extractText(`${OPENING} ${sentence}`))).toEqual([]);
  });
});

describe("what these constructions do not make", () => {
  it.each([
    ["a body named for ministers is not the parties speaking", "The Coral Ministers' Meeting welcomed the Tasman Treaty.", "Canada COMMITS_TO Tasman Treaty"],
    ["the signing of an agreement by others named after it is not the subject's", "Ministers welcomed the signing of the Coastal Supply Arrangement between Japan and India.", "Canada PARTY_TO"],
    ["a third state's support for another is not the parties'", "Japan continues to support Ukraine.", "Canada COOPERATES_WITH Ukraine"],
    ["a relationship the text gives to others is not the parties'", "Ministers noted the depth of Japan's relationship with India.", "Canada COOPERATES_WITH"],
    ["a commitment to a grouping said by a third state is no membership of the parties", "Japan reaffirmed its commitment to the Quad.", "MEMBER_OF Quad"],
    ["cooperation 'among the three countries' is not the parties' when they are two", "Ministers agreed to deepen cooperation among the three countries.", "Canada COOPERATES_WITH"],
    ["a commitment to an agreement is no cooperation with a state", "Canada reaffirmed its commitment to the Tasman Treaty.", "COOPERATES_WITH"],
    ["one state's adjective before an office is not a list of states", "Canadian officials met for the Tasman Policy Talks.", "Japan"],
    ["a state's disregard for something that is no agreement violates nothing", "Canada's disregard for the weather is known.", "VIOLATES"],
    ["programs that nothing calls a threat, of an actor that poses none, are no threat", "Japan's nuclear and ballistic missile programs were discussed.", "POSES"],
    ["a fronted phrase without a party subject after it gives nothing", "Guided by the principles of the Tasman Treaty, fishing fleets returned to port.", "COMMITS_TO Tasman Treaty"],
  ])("%s", (_name, sentence, absent) => {
    expect(edgeLines(extractText(`${OPENING} ${sentence}`)).filter((e) => e.includes(absent))).toEqual([]);
  });
});

describe("principals named after their office, set off by commas, and met for an in-person meeting", () => {
  const text = [
    "Joint Statement of the Harbour Security Dialogue",
    "On 3 May 2026, the Minister of Defence of the Republic of Korea, Park Min-jae, and the Canadian Minister for Foreign Affairs, Louise Tremblay, met in Ottawa for the fourth in-person Harbour Security Dialogue.",
    "The UK Secretary of State for Trade, the Rt Hon Helen Carvell, and Her Excellency Amara Soedirdjo, Minister for Foreign Affairs, also attended.",
    "Secretary Carvell pledged to implement the Harbour Plan.",
  ].join("\n\n");
  const graph = extractText(text);

  it("reads a name set off by commas after an office 'of the Republic of Korea' or after a state's adjective, and one after 'Her Excellency'", () => {
    expect(entityLines(graph)).toEqual(expect.arrayContaining(["Actor:Park Min-jae", "Actor:Louise Tremblay", "Actor:Amara Soedirdjo", "Actor:Helen Carvell"]));
    expect(entityLines(graph).filter((n) => /Excellency|Minister/.test(n))).toEqual([]);
  });

  it("has those who met for 'the fourth in-person' meeting take part in it", () => {
    expect(edgeLines(graph)).toEqual(expect.arrayContaining(["Park Min-jae PARTICIPATES_IN Harbour Security Dialogue", "Louise Tremblay PARTICIPATES_IN Harbour Security Dialogue"]));
  });

  it("gives a person the state of the office written before the comma, so that what they pledge is that state's", () => {
    expect(edgeLines(graph)).toContain("United Kingdom COMMITS_TO Harbour Plan");
  });

  it("does not read a state after an office's comma as a person", () => {
    const other = extractText("The Hon Jane Roe MP, Secretary of State for Defence, United Kingdom, attended the Harbour Security Dialogue.");
    expect(other.filterNodes((_k, a) => a.type === "Actor" && a.kind === "person").map((k) => other.getNodeAttribute(k, "name"))).toEqual(["Jane Roe"]);
  });
});

describe("one body whatever the order of the states that name it", () => {
  it("reads 'Japan-Canada Maritime Talks' as the 'Canada-Japan Maritime Talks' named before", () => {
    const graph = extractText("Canada hosted the Canada-Japan Maritime Talks. The Japan-Canada Maritime Talks will meet again in 2027.");
    expect(entityLines(graph).filter((n) => n.startsWith("Body:"))).toEqual(["Body:Canada-Japan Maritime Talks"]);
  });

  it("keeps apart two bodies whose names differ beyond the order of their states", () => {
    const graph = extractText("Canada hosted the Canada-Japan Maritime Talks. The Japan-Canada Cyber Talks will meet again in 2027.");
    expect(entityLines(graph).filter((n) => n.startsWith("Body:")).sort()).toEqual(["Body:Canada-Japan Maritime Talks", "Body:Japan-Canada Cyber Talks"]);
  });
});

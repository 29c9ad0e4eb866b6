/**
 * What the parties commit to, sign and oppose, in sentences written for these tests with invented instruments and
 * acts: who the parties of a statement are when its title names envoys "for" a state or when "the three countries"
 * first stands late in the text, or when its title joins a state and a union of states; the agent of an act written
 * after its complement's acronym; the act inside a threat's "related to" postmodifier; a commitment whose object holds a
 * hyphenated compound ending in a verb ("widely-agreed"); signatories listed after a plural office ("signed by
 * Presidents A and B"); a threat named by its agent ("the threat posed by X"); hostile remarks and a release of
 * balloons as threats, and a violation judged with two adjectives ("a serious and clear violation of"); the people
 * who meet "to sign" an agreement; "our three countries" as the parties; "opposing" as a condemnation; a known
 * instrument written with its owner's possessive ("ASEAN's Outlook on the Indo-Pacific"); a joint statement named
 * in lower case by its date ("the March 3 … joint statement"); an instrument signed by organs "of" the parties.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeLines, entityLines } from "../support/graph-lines.ts";

const edges = (text: string) => edgeLines(extractText(text));

describe("the parties of a statement whose title names envoys for a state", () => {
  it.each([
    [
      "the state the envoys are for is their portfolio, not a party that condemns",
      "Joint Statement by Canada, Chile, and Japan Special Envoys for Myanmar\n\nWe strongly condemn Myanmar's repeated missile launches and its attacks on villages.",
      ["Canada CONDEMNS missile launches", "Chile CONDEMNS attacks", "Japan CONDEMNS missile launches", "Myanmar POSES missile launches"],
      ["Myanmar CONDEMNS attacks", "Myanmar CONDEMNS missile launches"],
    ],
  ])("%s", (_name, text, expected, absent) => {
    const found = edges(text);
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found).not.toContain(wrong);
  });
});

const LAUNCH = [
  "Joint Statement by Foreign Minister Ana Roe, Foreign Minister Ben Lee, and Foreign Minister Cy Dunn",
  "May 2, 2026",
  "The text below was issued by the foreign ministries of Canada, Chile, and Japan.",
  "Canada, Chile, and Japan strongly condemn the launch of a medium-range ballistic missile (MRBM) by Myanmar on 1 May 2026. Myanmar's launch of this MRBM endangered the safety of shipping in the region.",
  "We will keep close watch together. Our ministries will stay in contact. We will consult partners.",
  "We will continue to monitor the situation. We will brief others on it.",
  "Above all, the three countries will address Myanmar's missile threats together.",
].join("\n\n");

describe("threats named with their agent, and the parties counted late in the text", () => {
  it.each([
    ["the agent after a complement's acronym poses the act", "Myanmar POSES launch of a medium-range ballistic missile"],
    ["a threat's name ends before a verb of harm", "Myanmar POSES launch of this MRBM"],
    ["'the three countries' makes three parties even after the opening", "Japan ADDRESSES missile threats"],
    ["'the three countries' makes three parties even after the opening (the third)", "Canada ADDRESSES missile threats"],
  ])("%s", (_name, expected) => {
    expect(edges(LAUNCH)).toContain(expected);
  });

  it("does not take the verb after a threat into its name", () => {
    expect(entityLines(extractText(LAUNCH)).filter((e) => e.includes("endangered"))).toEqual([]);
  });
});

describe("a title between a state and a union of states names the two parties", () => {
  it.each([
    [
      "the union of states named in the title is a party, not a state named once in the text",
      "Joint Declaration between Chile and the North Atlantic Treaty Organisation\n\n3 May 2026\n\nOur shared work in Haiti has taught us much. We uphold the Charter of the United Nations.",
      ["Chile COMMITS_TO United Nations Charter", "North Atlantic Treaty Organization COMMITS_TO United Nations Charter"],
      ["Haiti COMMITS_TO United Nations Charter"],
    ],
  ])("%s", (_name, text, expected, absent) => {
    const found = edges(text);
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found).not.toContain(wrong);
  });
});

describe("a threat's 'related to' postmodifier describes it", () => {
  it("condemns the threat, not the act inside its postmodifier as a second threat", () => {
    const found = edges("Canada and Chile held the Harbour Dialogue in Ottawa.\n\nThe two sides condemned Myanmar's hostile rhetoric related to the use of chemical weapons.");
    expect(found).toEqual(expect.arrayContaining(["Canada CONDEMNS hostile rhetoric"]));
    expect(found).not.toContain("Canada CONDEMNS use of chemical weapons");
  });
});

describe("a verb inside a hyphenated compound is no cue", () => {
  it("commits the parties to the instrument listed after a compound that ends in 'agreed'", () => {
    const found = edges("Canada and Chile held the Harbour Dialogue in Ottawa.\n\nBoth sides renewed their commitment to widely-agreed rules of the law of nations, including the Harbour Convention on Fisheries.");
    expect(found).toEqual(expect.arrayContaining(["Canada COMMITS_TO Harbour Convention on Fisheries", "Chile COMMITS_TO Harbour Convention on Fisheries"]));
  });
});

describe("signatories after a plural office, and a threat named by its agent", () => {
  const text = "Canada and Chile held the Harbour Dialogue in Ottawa.\n\nThe talks built on the Canada-Chile Harbour Accord signed by Presidents Ramos and Lagos in 2025. Both sides will keep working to address the threat posed by Myanmar.";
  it.each([
    ["each name listed after a plural office is a signatory (the first)", "Ramos PARTY_TO Canada-Chile Harbour Accord"],
    ["each name listed after a plural office is a signatory (the second)", "Lagos PARTY_TO Canada-Chile Harbour Accord"],
    ["the agent of 'the threat posed by' poses it", "Myanmar POSES threat posed by Myanmar"],
    ["those who address 'the threat posed by' X address that threat", "Chile ADDRESSES threat posed by Myanmar"],
  ])("%s", (_name, expected) => {
    expect(edges(text)).toContain(expected);
  });
});

describe("remarks and releases as threats, and violations judged with several adjectives", () => {
  const text = "Canada and Chile held the Harbour Dialogue in Ottawa.\n\nThe two sides condemned Myanmar's repeated rocket provocations and various threatening remarks aimed at Thailand. They judged that Myanmar's latest release of balloons full of debris constituted a serious and clear violation of the Harbour Armistice Agreement.";
  it.each([
    ["threatening remarks are a threat the parties condemn", "Canada CONDEMNS threatening remarks"],
    ["'various' describes remarks, so they share the owner of the threat listed before them", "Myanmar POSES threatening remarks"],
    ["the release of balloons is its owner's act", "Myanmar POSES release of balloons"],
    ["an act that 'constituted a serious and clear violation of' an agreement violates it", "release of balloons VIOLATES Harbour Armistice Agreement"],
  ])("%s", (_name, expected) => {
    expect(edges(text)).toContain(expected);
  });
});

describe("the people who meet to sign an agreement are its signatories", () => {
  it.each([
    ["the first person of the subject signs", "Ana Roe PARTY_TO Harbour Logistics Arrangement"],
    ["the second person of the subject signs", "Ben Lee PARTY_TO Harbour Logistics Arrangement"],
    ["their states stay parties", "Chile PARTY_TO Harbour Logistics Arrangement"],
  ])("%s", (_name, expected) => {
    const text = "Canada and Chile held the Harbour Dialogue in Ottawa.\n\nCanadian Minister of National Defence Ana Roe and Chilean Minister of Defence Ben Lee met today in Ottawa to sign the Harbour Logistics Arrangement.";
    expect(edges(text)).toContain(expected);
  });
});

describe("'our three countries' are the parties, and what they oppose they condemn", () => {
  const text = "Joint Statement of Canada, Chile, and Japan\n\nCanada, Chile, and Japan held the Harbour Dialogue in Ottawa.\n\nSince 2020, our three countries have planned joint responses to Myanmar's missile threats. We stressed the importance of opposing unlawful maritime claims near Fiji.";
  it.each([
    ["the responses of 'our three countries' are each party's (the first)", "Canada ADDRESSES missile threats"],
    ["the responses of 'our three countries' are each party's (the third)", "Japan ADDRESSES missile threats"],
    ["'the importance of opposing' a threat condemns it", "Chile CONDEMNS unlawful maritime claims"],
  ])("%s", (_name, expected) => {
    expect(edges(text)).toContain(expected);
  });
});

describe("a known instrument written with its owner's possessive", () => {
  it("is the lexicon's instrument, which the parties commit to implement", () => {
    const found = edges("Canada and Chile held the Harbour Dialogue in Ottawa.\n\nBoth sides pledged to advance the implementation of ASEAN\u2019s Outlook on the Indo-Pacific.");
    expect(found).toEqual(expect.arrayContaining(["Canada COMMITS_TO ASEAN Outlook on the Indo-Pacific", "Chile COMMITS_TO ASEAN Outlook on the Indo-Pacific"]));
  });
});

describe("a joint statement named in lower case by its date", () => {
  const text = "Canada and Chile held the Harbour Dialogue in Ottawa.\n\nThey reaffirmed the outcomes of the March 3 Minister-level trilateral joint statement.";
  it("is an agreement named from its month, keeping its date", () => {
    expect(entityLines(extractText(text))).toContain("Agreement:March 3 Minister-level trilateral joint statement");
  });
  it("is what the parties commit to when they reaffirm its outcomes", () => {
    expect(edges(text)).toEqual(expect.arrayContaining(["Canada COMMITS_TO March 3 Minister-level trilateral joint statement", "Chile COMMITS_TO March 3 Minister-level trilateral joint statement"]));
  });
  it("is no agreement without a day in its date", () => {
    expect(entityLines(extractText("Canada and Chile held the Harbour Dialogue in Ottawa.\n\nThey recalled the trilateral joint statement issued in March."))).not.toContain("Agreement:trilateral joint statement");
  });
});

describe("an instrument signed by the organs of the parties", () => {
  it("has each party as a party to it", () => {
    const found = edges("Canada and Chile held the Harbour Dialogue in Ottawa.\n\nThey noted the Letter of Intent signed by the navies of our two countries.");
    expect(found).toEqual(expect.arrayContaining(["Canada PARTY_TO Letter of Intent", "Chile PARTY_TO Letter of Intent"]));
  });
});

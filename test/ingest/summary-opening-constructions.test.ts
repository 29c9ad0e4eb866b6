/**
 * The openings of summaries and readouts that one side writes of a meeting: a phrase of time before the principals,
 * the host with the guests it held the meeting "with", a relative clause inside the list, "hosted … for", "met … on
 * the margins of", and the state whose chairmanship the meeting is under. Sentences written for these tests with
 * invented people and bodies: the exact edges each must give, and the wrong ones it must not.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeCueLines } from "../support/graph-lines.ts";

describe("who took part, as a one-side summary opens", () => {
  it.each([
    [
      "the principals after a phrase of time and the counterparts after 'with' all take part in the meeting held, past a quoted format in parentheses and the manner of the meeting",
      "On March 9, commencing at 4:00 p.m. for roughly forty minutes, Mr. OKAFOR Tunde, Minister of Defence of Canada, and Ms. LINDQVIST Maja, Minister for Foreign Affairs of Canada, held the third Canada-Norway Foreign and Defence Ministers’ Meeting (“2+2”) via video link with H.E. Mr. Erik Solberg, Minister of Defence of Norway, and H.E. Ms. Ingrid Dahl, Minister of Foreign Affairs of Norway.",
      [
        "OKAFOR Tunde PARTICIPATES_IN Canada-Norway Foreign and Defence Ministers’ Meeting",
        "LINDQVIST Maja PARTICIPATES_IN Canada-Norway Foreign and Defence Ministers’ Meeting",
        "Erik Solberg PARTICIPATES_IN Canada-Norway Foreign and Defence Ministers’ Meeting",
        "Ingrid Dahl PARTICIPATES_IN Canada-Norway Foreign and Defence Ministers’ Meeting",
      ],
      [],
    ],
    [
      "a host listed 'with' the other leaders and a relative clause inside the list: all take part in both bodies, and the chairing state leads the meeting",
      "On June 2, Mr. OKAFOR Tunde, Prime Minister of Canada, with H.E. Mr. Erik Solberg, Prime Minister of Norway, and The Honourable Tane Walker, MP, Prime Minister of New Zealand, who are each in Ottawa to attend the Arctic Futures Summit, held the Canada-Norway-New Zealand Leaders’ Meeting under Norwegian chairmanship.",
      [
        "OKAFOR Tunde PARTICIPATES_IN Canada-Norway-New Zealand Leaders’ Meeting",
        "Erik Solberg PARTICIPATES_IN Canada-Norway-New Zealand Leaders’ Meeting",
        "Tane Walker PARTICIPATES_IN Canada-Norway-New Zealand Leaders’ Meeting",
        "OKAFOR Tunde PARTICIPATES_IN Arctic Futures Summit",
        "Tane Walker PARTICIPATES_IN Arctic Futures Summit",
        "Norway LEADS Canada-Norway-New Zealand Leaders’ Meeting",
      ],
      ["Canada LEADS Canada-Norway-New Zealand Leaders’ Meeting"],
    ],
    [
      "hosts with post-nominals and the guests they hosted before a place, a date and 'for' take part in the consultations",
      "1. Minister of Defence Hon Aroha Ngata MP hosted Canadian Minister of National Defence the Hon Paul Ouellet MP and Minister of Foreign Affairs the Hon Marie Tremblay on 4 May in Wellington for the third Canada – New Zealand Foreign and Defence Consultations (CANZDEF).",
      [
        "Paul Ouellet PARTICIPATES_IN New Zealand Foreign and Defence Consultations",
        "Marie Tremblay PARTICIPATES_IN New Zealand Foreign and Defence Consultations",
      ],
      ["Canada PARTICIPATES_IN Wellington"],
    ],
    [
      "two principals who met on the margins of a named meeting take part in it",
      "Minister of National Defence Paul Ouellet and Norwegian Minister of Defence Erik Solberg met in Reykjavik today on the margins of the Northern Ministers' Forum.",
      ["Paul Ouellet PARTICIPATES_IN Northern Ministers' Forum", "Erik Solberg PARTICIPATES_IN Northern Ministers' Forum"],
      [],
    ],
    [
      "a phrase of time that names an actor of its own is no opening of principals",
      "On the invitation of Norway, Minister Paul Ouellet held talks in Oslo with Minister Erik Solberg at the Northern Ministers' Forum.",
      [],
      ["Norway PARTICIPATES_IN Northern Ministers' Forum"],
    ],
  ])("%s", (_name, sentence, expected, absent) => {
    const found = edgeCueLines(extractText(sentence)).map((l) => l.replace(/ \[.*$/, ""));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found.filter((l) => l.startsWith(wrong))).toEqual([]);
  });
});

const PARTIES = "Canada and Norway held the fifth Harbour Security Dialogue in Oslo on 2 May 2026.";

describe("stances, lists and documents in the body of a summary", () => {
  it.each([
    [
      "a bullet '-' before 'the two leaders' opens the clause as a paragraph number does",
      "- The two leaders condemned Russia's cruise missile launches and development of nuclear weapons.",
      ["Canada CONDEMNS cruise missile launches", "Norway CONDEMNS development of nuclear weapons", "Russia POSES cruise missile launches"],
      [],
    ],
    [
      "a compound of the two states before a lower-case 'alliance' names their alliance, which both are members of",
      "The ministers discussed ways to strengthen the Canada-Norway alliance in the years ahead.",
      ["Canada MEMBER_OF Canada-Norway Alliance", "Norway MEMBER_OF Canada-Norway Alliance"],
      [],
    ],
    [
      "harassment 'by vessels from' a state is that state's, and the parties who denounced it condemn it",
      "The ministers denounced repeated harassment by vessels from the Russian Federation towards Norwegian fishing boats.",
      ["Russia POSES harassment", "Canada CONDEMNS harassment", "Norway CONDEMNS harassment"],
      [],
    ],
    [
      "'their opposition to' a threat is the subject's condemnation of it",
      "The four Ministers confirmed their resolve to keep the sea lanes open, and also their opposition to attempts to coerce neighbours through trade.",
      ["Canada CONDEMNS attempts to coerce neighbours through trade", "Norway CONDEMNS attempts to coerce neighbours through trade"],
      [],
    ],
    [
      "acts that 'cannot be tolerated' in a clause after 'that' are condemned by whoever says so",
      "Both sides confirmed that Russia's aggression against Georgia cannot be tolerated.",
      ["Canada CONDEMNS aggression", "Norway CONDEMNS aggression", "Russia POSES aggression"],
      ["Georgia CONDEMNS"],
    ],
    [
      "the parties who met for two bodies joined by 'and' take part in each",
      "Ministers also met separately for a Coast Guard Chiefs’ Meeting and a Fisheries Ministers’ Meeting.",
      ["Canada PARTICIPATES_IN Coast Guard Chiefs’ Meeting", "Norway PARTICIPATES_IN Fisheries Ministers’ Meeting"],
      [],
    ],
    [
      "'Defence Ministers' without an article are the parties' ministers, who sign an updated joint statement defined by its acronym and qualified by the states",
      "Defence Ministers signed the updated Canada-Norway Joint Statement on Closer Fisheries Relations (CFR), setting new goals.",
      ["Canada PARTY_TO Joint Statement on Closer Fisheries Relations", "Norway PARTY_TO Joint Statement on Closer Fisheries Relations"],
      [],
    ],
    [
      "a short name in parentheses inside a meeting's name after the states' compound makes one body, the short form its name",
      "On June 2, Mr. OKAFOR Tunde, Prime Minister of Canada, with H.E. Mr. Erik Solberg, Prime Minister of Norway, held the Canada-Norway (Borealis) Leaders’ Meeting in Oslo.",
      ["OKAFOR Tunde PARTICIPATES_IN Borealis Leaders’ Meeting", "Erik Solberg PARTICIPATES_IN Borealis Leaders’ Meeting"],
      ["OKAFOR Tunde PARTICIPATES_IN ’ Meeting"],
    ],
    [
      "resolutions of a council defined by its acronym are the resolutions, which the parties' commitment is consistent with",
      "The two leaders reaffirmed their commitment to peace on the peninsula in line with United Nations Security Council (UNSC) resolutions.",
      ["Canada COMMITS_TO United Nations Security Council resolutions", "Norway COMMITS_TO United Nations Security Council resolutions"],
      [],
    ],
    [
      "a group's stance words before 'commitment to' keep it the owner, and a quoted vision after 'the vision of a' is the aim it commits to",
      "The Prime Minister stressed the G7’s firm and steadfast commitment to the broad vision of a “Peaceful and Open Arctic” (POA).",
      ["Group of Seven COMMITS_TO Peaceful and Open Arctic"],
      [],
    ],
    [
      "states the parties work with 'under frameworks such as' a dialogue and a group: the parties take part in each",
      "We will keep working with like-minded partners under frameworks like the Quad and the Trilateral Strategic Dialogue.",
      ["Canada PARTICIPATES_IN Trilateral Strategic Dialogue", "Norway MEMBER_OF Quad"],
      [],
    ],
    [
      "cooperation named by the two states' compound with modifiers joined by 'and' runs both ways",
      "The ministers agreed on concrete steps to deepen Canada-Norway security and defence cooperation, including on economic security.",
      ["Canada COOPERATES_WITH Norway", "Norway COOPERATES_WITH Canada"],
      [],
    ],
    [
      "cooperation 'between' two agencies of the lexicon, one with a comma in its name, runs both ways",
      "They will work on a framework for research cooperation between the Defence Science and Technology Group and the Acquisition, Technology and Logistics Agency.",
      ["Acquisition, Technology and Logistics Agency COOPERATES_WITH Defence Science and Technology Group", "Defence Science and Technology Group COOPERATES_WITH Acquisition, Technology and Logistics Agency"],
      [],
    ],
    [
      "'our' officials after a leading phrase of time speak for the parties: they establish the framework named in lower case",
      "In March 2026, our deputy foreign ministers gathered in Bergen to establish a joint framework for Arctic search and rescue.",
      ["Canada ESTABLISHES joint framework", "Norway ESTABLISHES joint framework"],
      [],
    ],
  ])("%s", (_name, sentence, expected, absent) => {
    const found = edgeCueLines(extractText(`${PARTIES}\n\n${sentence}`)).map((l) => l.replace(/ \[.*$/, ""));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found.filter((l) => l.startsWith(wrong))).toEqual([]);
  });

  it("a statement's own title about a meeting defined by its acronym stays the meeting, not an agreement", () => {
    const text = "Joint Statement on Canada-Norway Foreign and Defence Ministerial Consultations (CANOR) May 2026\n\nMinisters noted the value of CANOR.";
    const found = edgeCueLines(extractText(text));
    expect(found.filter((l) => / COMMITS_TO Joint Statement/.test(l))).toEqual([]);
  });
});

describe("how many parties speak", () => {
  it("'the three nations' in the opening makes three parties of the states named most, without the word 'trilateral'", () => {
    const text = [
      "Northern Defence Statement: 3 May 2026",
      "Today the Minister of National Defence of Canada hosted the defence ministers of Norway and Japan in Ottawa.",
      "The three nations will keep working to uphold the rules-based order. They reaffirmed their commitment to the Harbour Accord and condemned Russia's cyberattacks.",
    ].join("\n\n");
    const found = edgeCueLines(extractText(text)).map((l) => l.replace(/ \[.*$/, ""));
    expect(found).toEqual(expect.arrayContaining(["Canada COMMITS_TO Harbour Accord", "Norway COMMITS_TO Harbour Accord", "Japan COMMITS_TO Harbour Accord", "Japan CONDEMNS cyberattacks"]));
    expect(found.filter((l) => l.startsWith("Russia COMMITS_TO"))).toEqual([]);
  });
});

/**
 * Ties read from the structure of a sentence rather than one statement's wording — who the subject stands for, what a
 * relation noun attaches to — each in sentences written for these tests with invented people (the real statements
 * stay out of the repository): the edges each must give, with their cues, and the wrong ones it must not.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeCueLines } from "../support/graph-lines.ts";

const OPENING = "Canada and Australia held the fourth Harbour Security Dialogue (HSD) in Ottawa on 3 March 2026.";

function check(sentence: string, expected: readonly string[], absent: readonly string[]): void {
  const found = edgeCueLines(extractText(`${OPENING} ${sentence}`));
  expect(found).toEqual(expect.arrayContaining([...expected]));
  for (const wrong of absent) expect(found.filter((l) => l.startsWith(wrong))).toEqual([]);
}

describe("alliances each party holds with a third state", () => {
  it.each([
    [
      "the states of the subject each cooperate with the state their respective alliances are with",
      "The defence ministers from Canada and Australia said their respective alliances with the United States remain vital.",
      ["Canada COOPERATES_WITH United States [respective alliances with the United States]", "Australia COOPERATES_WITH United States [respective alliances with the United States]"],
      [],
    ],
    [
      "respective alliance partnerships in a participle clause are the parties' own",
      "Both sides, noting the lasting weight of their respective alliance partnerships with Japan, agreed to meet again.",
      ["Canada COOPERATES_WITH Japan [respective alliance partnerships with Japan]", "Australia COOPERATES_WITH Japan [respective alliance partnerships with Japan]"],
      [],
    ],
    [
      "respective alliances with unnamed partners tie nobody",
      "The ministers reaffirmed their respective alliances with like-minded partners.",
      [],
      ["Canada COOPERATES_WITH Australia [respective", "Australia COOPERATES_WITH Canada [respective"],
    ],
  ])("%s", (_name, sentence, expected, absent) => check(sentence, expected, absent));
});

describe("the parties' joint work told by a verb", () => {
  it.each([
    [
      "a verb of joint work with the parties' pronoun as subject is their cooperation",
      "The ministers affirmed they will collaborate to protect shipping lanes.",
      ["Canada COOPERATES_WITH Australia [collaborate]", "Australia COOPERATES_WITH Canada [collaborate]"],
      [],
    ],
    [
      "the parties by their number coordinating is their cooperation",
      "Our two countries have coordinated responses to the storms.",
      ["Canada COOPERATES_WITH Australia [coordinated]", "Australia COOPERATES_WITH Canada [coordinated]"],
      [],
    ],
    [
      "cooperating with one another is the parties' cooperation",
      "Both sides will cooperate closely with one another on disaster relief.",
      ["Canada COOPERATES_WITH Australia [cooperate closely]"],
      [],
    ],
    [
      "a partner after the verb makes the verb no tie between the parties",
      "They will cooperate closely with Fiji on fisheries.",
      [],
      ["Canada COOPERATES_WITH Australia [cooperate", "Australia COOPERATES_WITH Canada [cooperate"],
    ],
    [
      "members after the object are left to the among reading",
      "They agreed to coordinate policy among the Pacific partners.",
      [],
      ["Canada COOPERATES_WITH Australia [coordinate", "Australia COOPERATES_WITH Canada [coordinate"],
    ],
    [
      "ways the parties could work together are no statement that they do",
      "The ministers discussed ways in which both countries could collaborate on fisheries.",
      [],
      ["Canada COOPERATES_WITH Australia [collaborate", "Australia COOPERATES_WITH Canada [collaborate"],
    ],
    [
      "a participle after an article is an adjective, not the parties working together",
      "Both sides condemned the coordinated attacks on shipping and called for a coordinated approach to the crisis.",
      [],
      ["Canada COOPERATES_WITH Australia [coordinated", "Australia COOPERATES_WITH Canada [coordinated"],
    ],
    [
      "other states working together tie no party",
      "Fiji and Samoa will cooperate on fisheries.",
      [],
      ["Canada COOPERATES_WITH Australia [cooperate", "Fiji COOPERATES_WITH Samoa [cooperate"],
    ],
  ])("%s", (_name, sentence, expected, absent) => check(sentence, expected, absent));
});

describe("the hyphenated spelling of cooperation", () => {
  it.each([
    [
      "the parties deepening co-operation is their cooperation",
      "Both sides agreed to deepen co-operation in fisheries.",
      ["Canada COOPERATES_WITH Australia [deepen co-operation]", "Australia COOPERATES_WITH Canada [deepen co-operation]"],
      [],
    ],
    [
      "co-operation with a named state ties its owner to that state",
      "Canada's co-operation with Fiji grew.",
      ["Canada COOPERATES_WITH Fiji [Canada's co-operation with Fiji]"],
      [],
    ],
    [
      "the parties co-ordinating is their cooperation",
      "The two countries co-ordinated responses to the storms.",
      ["Canada COOPERATES_WITH Australia [co-ordinated]"],
      [],
    ],
  ])("%s", (_name, sentence, expected, absent) => check(sentence, expected, absent));
});

describe("a meeting whose name carries its parties", () => {
  it.each([
    [
      "the states a held meeting's name joins are the parties, not a state the host was visiting",
      "Prime Minister Anna Berg of Canada, who was visiting Lima, Peru to attend the Andes Forum, held a Canada-Australia-Chile Leaders' Meeting with Prime Minister Tom Ashby of Australia and President Rosa Ortiz of Chile. The three leaders agreed to deepen cooperation among the three countries.",
      ["Canada COOPERATES_WITH Australia [cooperation among the three countries]", "Australia COOPERATES_WITH Chile [cooperation among the three countries]", "Canada COOPERATES_WITH Chile [cooperation among the three countries]"],
      ["Canada COOPERATES_WITH Peru", "Peru COOPERATES_WITH"],
    ],
  ])("%s", (_name, text, expected, absent) => {
    const found = edgeCueLines(extractText(text));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found.filter((l) => l.startsWith(wrong))).toEqual([]);
  });
});

describe("an agreement whose name carries its parties", () => {
  it.each([
    [
      "the states at the head of the name are parties, though a later word of the name is hyphenated too",
      "They noted that the Fiji-Samoa Implementing Arrangement on Ship-to-Shore Transfers entered into force in May.",
      ["Fiji PARTY_TO Fiji-Samoa Implementing Arrangement on Ship-to-Shore Transfers [Fiji-Samoa Implementing Arrangement on Ship-to-Shore Transfers]", "Samoa PARTY_TO Fiji-Samoa Implementing Arrangement on Ship-to-Shore Transfers [Fiji-Samoa Implementing Arrangement on Ship-to-Shore Transfers]"],
      ["Canada PARTY_TO", "Australia PARTY_TO"],
    ],
  ])("%s", (_name, sentence, expected, absent) => check(sentence, expected, absent));
});

describe("the parties growing or keeping their cooperation", () => {
  it.each([
    [
      "a verb of growth in its -ing form with cooperation as object is the parties' cooperation",
      "Both sides are strengthening cooperation in space.",
      ["Canada COOPERATES_WITH Australia [strengthening cooperation]", "Australia COOPERATES_WITH Canada [strengthening cooperation]"],
      [],
    ],
    [
      "a verb of keeping with cooperation as object is the parties' cooperation",
      "The ministers pledged to maintain close cooperation on the matter.",
      ["Canada COOPERATES_WITH Australia [maintain close cooperation]", "Australia COOPERATES_WITH Canada [maintain close cooperation]"],
      [],
    ],
    [
      "a phrasal verb of growth is read like a single one",
      "The two sides will step up cooperation in cyber security.",
      ["Canada COOPERATES_WITH Australia [step up cooperation]", "Australia COOPERATES_WITH Canada [step up cooperation]"],
      [],
    ],
    [
      "growing cooperation with a third state ties the parties to it, not to each other",
      "They will step up cooperation with Fiji.",
      ["Canada COOPERATES_WITH Fiji [cooperation with]", "Australia COOPERATES_WITH Fiji [cooperation with]"],
      ["Canada COOPERATES_WITH Australia [step up", "Australia COOPERATES_WITH Canada [step up"],
    ],
  ])("%s", (_name, sentence, expected, absent) => check(sentence, expected, absent));
});

describe("carrying out an instrument whose name carries its parties", () => {
  it.each([
    [
      "the states whose names an instrument carries are its parties when the text speaks of operationalising it",
      "They welcomed progress towards operationalising the Canada-Australia Implementing Arrangement on Ship-to-Shore Transfers signed in 2025.",
      ["Canada PARTY_TO Canada-Australia Implementing Arrangement on Ship-to-Shore Transfers [Canada-Australia Implementing Arrangement on Ship-to-Shore Transfers]", "Australia PARTY_TO Canada-Australia Implementing Arrangement on Ship-to-Shore Transfers [Canada-Australia Implementing Arrangement on Ship-to-Shore Transfers]"],
      ["Canada COMMITS_TO Canada-Australia Implementing", "Australia COMMITS_TO Canada-Australia Implementing"],
    ],
    [
      "a stated commitment to an instrument that carries the parties' names stays a commitment",
      "They reaffirmed their commitment to the Canada-Australia Harbour Partnership.",
      ["Canada COMMITS_TO Canada-Australia Harbour Partnership [reaffirmed their commitment to]", "Australia COMMITS_TO Canada-Australia Harbour Partnership [reaffirmed their commitment to]"],
      [],
    ],
  ])("%s", (_name, sentence, expected, absent) => check(sentence, expected, absent));
});

describe("cooperation that belongs to someone else", () => {
  it.each([
    [
      "a possessor's growing cooperation is not the speakers' own",
      "The ministers condemned Zembla and Borduria's deepening military cooperation.",
      [],
      ["Canada COOPERATES_WITH Australia", "Australia COOPERATES_WITH Canada"],
    ],
    [
      "a possessor's continued cooperation is not the speakers' own",
      "The ministers condemned Zembla and Borduria's continued cooperation.",
      [],
      ["Canada COOPERATES_WITH Australia", "Australia COOPERATES_WITH Canada"],
    ],
    [
      "cooperation named as a threat is not the speakers' own",
      "The ministers condemned the DPRK's expanding military cooperation, including arms transfers.",
      [],
      ["Canada COOPERATES_WITH Australia", "Australia COOPERATES_WITH Canada"],
    ],
  ])("%s", (_name, sentence, expected, absent) => check(sentence, expected, absent));
});

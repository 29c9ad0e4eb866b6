/**
 * Ties read from the structure of a sentence: the verb of work with an adverb of closeness said by the parties, and
 * the policy a state names in the possessive. Sentences written for these tests with invented names (the real
 * statements stay out of the repository): the edges each must give (with their cues, where a cue is written), and
 * the wrong ones it must not.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeCueLines } from "../support/graph-lines.ts";

const OPENING = "Canada and Australia held the fourth Harbour Security Dialogue (HSD) in Ottawa on 3 March 2026.";

function check(sentence: string, expected: readonly string[], absent: readonly string[]): void {
  const found = edgeCueLines(extractText(`${OPENING} ${sentence}`));
  for (const line of expected) expect(found.filter((l) => l.startsWith(line))).not.toEqual([]);
  for (const wrong of absent) expect(found.filter((l) => l.startsWith(wrong))).toEqual([]);
}

describe("the parties working closely", () => {
  it.each([
    [
      "the parties named as subject working closely cooperate with each other",
      "Canada and Australia are working closely to restore the harbour after the storm.",
      ["Canada COOPERATES_WITH Australia [working closely]", "Australia COOPERATES_WITH Canada [working closely]"],
      [],
    ],
    [
      "the parties agreeing to work more closely cooperate with each other",
      "The ministers agreed to work more closely on the risks their coasts share.",
      ["Canada COOPERATES_WITH Australia [work more closely]", "Australia COOPERATES_WITH Canada [work more closely]"],
      [],
    ],
    [
      "every inflection of the verb is read",
      "Both countries worked closely in the rescue season.",
      ["Canada COOPERATES_WITH Australia [worked closely]"],
      [],
    ],
    [
      "a partner after the adverb makes the closeness no tie between the parties",
      "Both sides will work closely with Fiji on fisheries.",
      [],
      ["Canada COOPERATES_WITH Australia [work closely", "Australia COOPERATES_WITH Canada [work closely"],
    ],
  ])("%s", (_name, sentence, expected, absent) => check(sentence, expected, absent));
});

describe("a state's own policy named in the possessive", () => {
  it.each([
    [
      "a state commits to the initiative it names as its own, and is no party to it",
      "The ministers discussed Canada's Northern Waters Initiative (NWI).",
      ["Canada COMMITS_TO Northern Waters Initiative"],
      ["Canada PARTY_TO Northern Waters Initiative"],
    ],
    [
      "a state commits to the strategy named in its possessive",
      "Australia's Harbour Resilience Strategy and the Canadian plan share many aims.",
      ["Australia COMMITS_TO Harbour Resilience Strategy"],
      ["Australia PARTY_TO Harbour Resilience Strategy"],
    ],
    [
      "the singular possessive pronoun gives the policy to the clause's one subject",
      'Canada sees Australia as a key partner in its "Northern Reach" strategy.',
      ["Canada COMMITS_TO Northern Reach strategy [its"],
      ["Australia COMMITS_TO Northern Reach strategy"],
    ],
    [
      "the singular pronoun with the parties as subject gives the policy to nobody",
      "The ministers welcomed its Northern Waters Initiative.",
      [],
      ["Canada COMMITS_TO Northern Waters Initiative", "Australia COMMITS_TO Northern Waters Initiative"],
    ],
    [
      "an agreement in the possessive of its signatories keeps them its parties",
      "The ministers recalled Canada and Australia's Harbour Mutual Aid Treaty.",
      ["Canada PARTY_TO Harbour Mutual Aid Treaty"],
      ["Canada COMMITS_TO Harbour Mutual Aid Treaty ["],
    ],
  ])("%s", (_name, sentence, expected, absent) => check(sentence, expected, absent));
});

describe("a partnership named by its status alone", () => {
  it.each([
    [
      "the parties as subject of a clause naming a status partnership are party to it",
      "Both countries have undertaken to build a new Strategic Partnership.",
      ["Canada PARTY_TO Strategic Partnership", "Australia PARTY_TO Strategic Partnership"],
      [],
    ],
    [
      "the speakers' partnership, named with our, is theirs",
      "Much was achieved last year under our Enhanced Strategic Partnership.",
      ["Canada PARTY_TO Enhanced Strategic Partnership [our Enhanced Strategic Partnership]", "Australia PARTY_TO Enhanced Strategic Partnership"],
      [],
    ],
    [
      "a partnership between both countries is the parties'",
      "The ministers recalled the launch of the New Partnership between both countries in 2019.",
      ["Canada PARTY_TO New Partnership", "Australia PARTY_TO New Partnership"],
      [],
    ],
    [
      "a status partnership inside another document's title is that document's subject",
      "The ministers recalled the Joint Statement on the Enhanced Strategic Partnership issued in 2019.",
      [],
      ["Canada PARTY_TO Enhanced Strategic Partnership", "Australia PARTY_TO Enhanced Strategic Partnership"],
    ],
    [
      "a partnership named for another state is not the parties' own",
      "Fiji described the Fiji-Tonga Strategic Partnership as a model.",
      [],
      ["Canada PARTY_TO", "Australia PARTY_TO"],
    ],
  ])("%s", (_name, sentence, expected, absent) => check(sentence, expected, absent));
});

describe("the complement of a commitment that is a clause's subject", () => {
  it.each([
    [
      "what the clause's verb acts on after a commitment phrase is no object of the commitment",
      "The ministers noted that their shared commitment to open markets has deepened the Harbour Trade Accord.",
      [],
      ["Canada COMMITS_TO Harbour Trade Accord", "Australia COMMITS_TO Harbour Trade Accord"],
    ],
    [
      "an agreement right after the commitment is still its object",
      "The ministers reaffirmed their commitment to the Harbour Trade Accord, which has served both countries well.",
      ["Canada COMMITS_TO Harbour Trade Accord", "Australia COMMITS_TO Harbour Trade Accord"],
      [],
    ],
  ])("%s", (_name, sentence, expected, absent) => check(sentence, expected, absent));
});

describe("a party's commitment to its own agreement", () => {
  it.each([
    [
      "a party to an agreement is not also said to commit to it by the same sentence",
      "The ministers agreed to implement their bilateral Harbour Mutual Aid Treaty.",
      ["Canada PARTY_TO Harbour Mutual Aid Treaty", "Australia PARTY_TO Harbour Mutual Aid Treaty"],
      ["Canada COMMITS_TO Harbour Mutual Aid Treaty", "Australia COMMITS_TO Harbour Mutual Aid Treaty"],
    ],
    [
      "a commitment another sentence states stays beside the party relation",
      "The ministers reaffirmed their commitment to the Harbour Mutual Aid Treaty. Both countries signed the Harbour Mutual Aid Treaty in 2019.",
      ["Canada PARTY_TO Harbour Mutual Aid Treaty", "Canada COMMITS_TO Harbour Mutual Aid Treaty"],
      [],
    ],
    [
      "a commitment to an agreement one is no party to stays",
      "The ministers reaffirmed their commitment to the Harbour Mutual Aid Treaty.",
      ["Canada COMMITS_TO Harbour Mutual Aid Treaty", "Australia COMMITS_TO Harbour Mutual Aid Treaty"],
      [],
    ],
  ])("%s", (_name, sentence, expected, absent) => check(sentence, expected, absent));
});

describe("cooperation named by a compound of states", () => {
  it.each([
    [
      "a compound whose last state is two words ties each of its states to each other",
      "Canada-Japan-United States trilateral defense cooperation has made the region safer.",
      ["Canada COOPERATES_WITH Japan", "Canada COOPERATES_WITH United States", "Japan COOPERATES_WITH United States"],
      [],
    ],
    [
      "a compound of two states one word each still ties them both ways",
      "Canada-Japan defense cooperation has grown.",
      ["Canada COOPERATES_WITH Japan", "Japan COOPERATES_WITH Canada"],
      [],
    ],
  ])("%s", (_name, sentence, expected, absent) => check(sentence, expected, absent));
});

describe("a policy made public by its author", () => {
  it.each([
    [
      "the government that unveiled a review establishes it",
      "Minister Roe said the Harbour Defence Review, which was unveiled by the Canadian government last May, shares much with the Australian plan.",
      ["Canada ESTABLISHES Harbour Defence Review [unveiled by]"],
      ["Australia ESTABLISHES Harbour Defence Review"],
    ],
  ])("%s", (_name, sentence, expected, absent) => check(sentence, expected, absent));
});

/**
 * Constructions of real alliance statements about where a threat's name ends, who carries out an act named with a
 * participle, and a threat judged with a copula — each in sentences written for these tests with invented wording
 * (the real statements stay out of the repository): the entities and edges each must give, and the wrong ones it must not.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeCueLines, entityLines } from "../support/graph-lines.ts";

const BILATERAL = "Canada and Australia held the fourth Harbour Security Dialogue (HSD) in Ottawa on 3 March 2026.";

describe("threat spans, agents after a participle and threats judged with a copula", () => {
  it.each([
    [
      "an adverb of time after an act is no part of its name",
      "The ministers condemned Iran's launch of a long-range rocket yesterday.",
      ["Threat:launch of a long-range rocket"],
      ["Iran POSES launch of a long-range rocket", "Canada CONDEMNS launch of a long-range rocket [condemned]"],
      ["Threat:launch of a long-range rocket yesterday"],
    ],
    [
      "the verb of the clause ends the infinitive after 'attempts'",
      "The ministers stressed that unilateral attempts to redraw borders through coercion are unacceptable in every region.",
      ["Threat:unilateral attempts to redraw borders through coercion"],
      [],
      ["Threat:unilateral attempts to redraw borders through coercion are"],
    ],
    [
      "'trade' names its goods with 'in' and they are part of the threat's name",
      "The ministers agreed to disrupt the illicit trade in cruise missile parts.",
      ["Threat:illicit trade in cruise missile parts"],
      ["Canada ADDRESSES illicit trade in cruise missile parts [disrupt]"],
      [],
    ],
    [
      "a place after 'trade in' is no part of the threat's name",
      "The ministers agreed to disrupt illicit trade in the region.",
      ["Threat:illicit trade"],
      [],
      ["Threat:illicit trade in the region"],
    ],
    [
      "an act 'taken by' an actor is posed by that actor",
      "The ministers condemned the reckless actions taken by Iran in the strait.",
      ["Threat:reckless actions"],
      ["Iran POSES reckless actions [reckless actions taken by Iran]", "Canada CONDEMNS reckless actions [condemned]"],
      [],
    ],
    [
      "whoever says in a that-clause that acts are a threat condemns them",
      "The ministers stated that Iran's repeated missile launches are a grave and imminent threat to regional security.",
      ["Threat:missile launches"],
      ["Canada CONDEMNS missile launches [that … are a grave and imminent threat]", "Australia CONDEMNS missile launches [that … are a grave and imminent threat]"],
      [],
    ],
    [
      "a copula with no threat before it in the that-clause condemns nothing",
      "The ministers stated that maritime security is a grave and shared concern for the region.",
      [],
      [],
      ["Canada CONDEMNS", "Australia CONDEMNS"],
    ],
  ])("%s", (_name, sentence, entities, edges, absent) => {
    const graph = extractText(`${BILATERAL} ${sentence}`);
    const found = [...entityLines(graph), ...edgeCueLines(graph)];
    expect(found).toEqual(expect.arrayContaining(entities));
    for (const edge of edges) expect(found.some((l) => l.startsWith(edge))).toBe(true);
    for (const wrong of absent) expect(found.filter((l) => l === wrong || l.startsWith(`${wrong} `))).toEqual([]);
  });
});

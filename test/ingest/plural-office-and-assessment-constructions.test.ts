/**
 * Constructions of real Korea-related statements, each in sentences written for these tests with invented people,
 * bodies and places: principals listed after a plural office ("Trade Ministers A and B and Defence Ministers C and
 * D met …"), and threats the speakers judge in a reported clause ("agreed that X's raids pose a grave threat").
 * The exact edges each must give, with their cues, and the wrong ones it must not.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeCueLines, entityLines } from "../support/graph-lines.ts";

const OPENING = "Canada and Australia held the fourth Harbour Security Dialogue (HSD) in Ottawa on 3 March 2026.";

describe("principals listed after a plural office", () => {
  it.each([
    [
      "two plural offices, each before two names joined by 'and', are four people who met for the body",
      "Foreign Ministers Marta Quill and Oren Vasko and Defence Ministers Lior Ashby and Tamsin Reeve met in Halifax today at the Fifth Harbour Security Dialogue.",
      ["Marta Quill", "Oren Vasko", "Lior Ashby", "Tamsin Reeve"].map((p) => `${p} PARTICIPATES_IN Harbour Security Dialogue [met in Halifax today at the Fifth Harbour Security Dialogue]`),
      ["Defence Ministers Lior Ashby PARTICIPATES_IN"],
    ],
    [
      "names set off by commas after a plural office are people too",
      "The Foreign and Defence Ministers, Marta Quill and Oren Vasko, met in Halifax for the Harbour Security Dialogue.",
      ["Marta Quill PARTICIPATES_IN Harbour Security Dialogue [met in Halifax for the Harbour Security Dialogue]", "Oren Vasko PARTICIPATES_IN Harbour Security Dialogue [met in Halifax for the Harbour Security Dialogue]"],
      [],
    ],
  ])("%s", (_name, sentence, expected, absent) => {
    const found = edgeCueLines(extractText(`${OPENING} ${sentence}`));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found.filter((l) => l.startsWith(wrong))).toEqual([]);
  });

  it("gives each listed person the office in the singular and the state an 'of' after the list names", () => {
    const graph = extractText(`${OPENING} Trade Ministers Marta Quill and Oren Vasko of Canada welcomed the talks.`);
    const people = graph.mapNodes((_k, a) => (a.type === "Actor" && a.kind === "person" ? [a.name, a.title] : undefined)).filter((p) => p !== undefined);
    expect(people).toEqual([
      ["Marta Quill", "Trade Minister"],
      ["Oren Vasko", "Trade Minister"],
    ]);
    expect(entityLines(graph)).toContain("Actor:Canada");
  });

  it("reads no person from a plural office before a single name or before a body's name", () => {
    const graph = extractText(`${OPENING} Defence Ministers Harbour Meeting outcomes were noted. Foreign Ministers Marta Quill noted the talks.`);
    expect(graph.filterNodes((_k, a) => a.type === "Actor" && a.kind === "person")).toEqual([]);
  });
});

describe("threats the speakers judge in a reported clause", () => {
  it.each([
    [
      "every threat of the 'that' clause before 'pose a serious threat' is condemned by the parties the reporting clause names",
      "The three ministers agreed that North Korea's repeated provocations, and its missile launch in May, pose a serious threat to regional peace.",
      ["Canada CONDEMNS provocations [that … pose a serious threat]", "Australia CONDEMNS provocations [that … pose a serious threat]", "Canada CONDEMNS missile launch [that … pose a serious threat]", "Australia CONDEMNS missile launch [that … pose a serious threat]"],
      [],
    ],
    [
      "'the officials' stressing that a program 'constitutes a grave threat' condemn it",
      "The officials stressed that North Korea's unlawful ballistic missile programs constitute a grave threat to the region.",
      ["Canada CONDEMNS unlawful ballistic missile programs [that … constitute a grave threat]", "Australia CONDEMNS unlawful ballistic missile programs [that … constitute a grave threat]"],
      [],
    ],
    [
      "a relative 'that' after the threat is no reported judgement",
      "The two sides discussed North Korea's missile launches that pose a threat to shipping.",
      [],
      ["Canada CONDEMNS missile launches", "Australia CONDEMNS missile launches"],
    ],
  ])("%s", (_name, sentence, expected, absent) => {
    const found = edgeCueLines(extractText(`${OPENING} ${sentence}`));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found.filter((l) => l.startsWith(wrong))).toEqual([]);
  });
});

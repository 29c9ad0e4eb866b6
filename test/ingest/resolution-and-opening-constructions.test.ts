/**
 * Constructions of real Korea-related statements, in sentences written for these tests with invented people,
 * bodies and places: numbered Security Council resolutions, obligations that "its" gives to another actor than
 * the subject, a title that opens with "Joint Statement of", a meeting format in brackets, principals who "met in"
 * a city for the meeting the title names, and a title joined to a field word by "and".
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeCueLines, entityLines } from "../support/graph-lines.ts";
import { ungroundedRelations } from "../support/evidence.ts";

const OPENING = "Canada and Australia held the fourth Harbour Security Dialogue (HSD) in Ottawa on 3 March 2026.";

describe("numbered Security Council resolutions", () => {
  it("reads each number of a citation as its own resolution, however the council is written", () => {
    const graph = extractText(
      `${OPENING} The Ministers will implement their obligations under UN Security Council Resolution 3101. The tests breached Council decisions, including Resolutions 3102 and 3103 of the Security Council. Both sides welcomed UNSCR 3104.`,
    );
    expect(entityLines(graph)).toEqual(
      expect.arrayContaining([3101, 3102, 3103, 3104].map((n) => `Agreement:United Nations Security Council Resolution ${n}`)),
    );
    expect(edgeCueLines(graph)).toEqual(
      expect.arrayContaining(["Canada COMMITS_TO United Nations Security Council Resolution 3101 [obligations under]", "Australia COMMITS_TO United Nations Security Council Resolution 3101 [obligations under]"]),
    );
  });

  it("reads no resolution from a bare 'Resolution' and a number in a sentence that names no Security Council", () => {
    const graph = extractText(`${OPENING} The assembly adopted Resolution 3105 on fisheries.`);
    expect(entityLines(graph).filter((l) => l.includes("3105"))).toEqual([]);
  });
});

describe("obligations that 'its' gives to the nearest actor", () => {
  it.each([
    [
      "'urged X to honor its commitments under' is X's commitment, not the subject's",
      "The ministers urged North Korea to honor its commitments under UN Security Council Resolution 3101.",
      ["Democratic People's Republic of Korea COMMITS_TO United Nations Security Council Resolution 3101 [North Korea to honor its commitments under]"],
      ["Canada COMMITS_TO United Nations Security Council Resolution 3101", "Australia COMMITS_TO United Nations Security Council Resolution 3101"],
    ],
    [
      "'insisting that X abide by its obligations under' is X's obligation, not the subject's",
      "The two sides recalled the Harbour Statement, insisting that Iran abide by its obligations under the Harbour Accord.",
      ["Iran COMMITS_TO Harbour Accord [Iran abide by its obligations under]"],
      ["Canada COMMITS_TO Harbour Accord", "Australia COMMITS_TO Harbour Accord"],
    ],
    [
      "'the need for X to return to compliance with' is no commitment of the subject's",
      "The Ministers underlined the need for Iran to return to compliance with the Harbour Accord.",
      [],
      ["Canada COMMITS_TO Harbour Accord", "Australia COMMITS_TO Harbour Accord"],
    ],
  ])("%s", (_name, sentence, expected, absent) => {
    const found = edgeCueLines(extractText(`${OPENING} ${sentence}`));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found.filter((l) => l.startsWith(wrong))).toEqual([]);
  });
});

describe("instruments the speakers reaffirm by name", () => {
  it.each([
    ["a dated instrument right after 'reaffirmed the' is the subject's commitment", "The ministers reaffirmed the 3 May, 2026 Harbour Declaration.", ["Canada COMMITS_TO Harbour Declaration [reaffirmed the]", "Australia COMMITS_TO Harbour Declaration [reaffirmed the]"], []],
    ["commitments 'founded on' a treaty are commitments to it", "The Ministers noted the duties of both countries founded on the Harbour Treaty.", ["Canada COMMITS_TO Harbour Treaty [founded on the]", "Australia COMMITS_TO Harbour Treaty [founded on the]"], []],
    ["'reaffirmed the importance of' a body is no commitment to it", "The ministers reaffirmed the importance of the Harbour Security Dialogue.", [], ["Canada COMMITS_TO Harbour Security Dialogue"]],
  ])("%s", (_name, sentence, expected, absent) => {
    const found = edgeCueLines(extractText(`${OPENING} ${sentence}`));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found.filter((l) => l.startsWith(wrong))).toEqual([]);
  });
});

describe("the meeting a statement opens with", () => {
  it("reads the body a 'Joint Statement of' title names, up to 'on the Occasion of', and the principals who 'met in' a city take part in it, their states through them", () => {
    const text = [
      "Joint Statement of Canada-Australia Harbour Ministers' Meeting on the Occasion of the 30th Anniversary of the Coral Accord",
      "Canadian Minister of Foreign Affairs and Trade Marta Quill and Australian Minister for Defence Oren Vasko met in Darwin on 4 May 2026, to mark the anniversary.",
    ].join("\n\n");
    const graph = extractText(text);
    const found = edgeCueLines(graph);
    expect(found).toEqual(
      expect.arrayContaining([
        "Marta Quill PARTICIPATES_IN Canada-Australia Harbour Ministers' Meeting [met]",
        "Oren Vasko PARTICIPATES_IN Canada-Australia Harbour Ministers' Meeting [met]",
      ]),
    );
    // A state does not take part beside its own principal: the most specific participant is kept.
    expect(found.filter((l) => /^(?:Canada|Australia) PARTICIPATES_IN/.test(l))).toEqual([]);
    expect(ungroundedRelations(graph)).toEqual([]);
  });

  it("does not send a later 'met in' to the meeting the statement reports", () => {
    const text = [
      "Joint Statement of Canada-Australia Harbour Ministers' Meeting",
      "The Ministers reaffirmed the partnership.",
      "They noted the talks.",
      "They noted the work.",
      "They noted the plans.",
      "They noted the progress.",
      "Minister of Defence Lior Ashby and Minister of Defence Tamsin Reeve met in Perth in 2019 to sign a memorandum.",
    ].join("\n\n");
    expect(edgeCueLines(extractText(text)).filter((l) => l.startsWith("Lior Ashby PARTICIPATES_IN"))).toEqual([]);
  });

  it("reads a video-teleconference as a meeting: the one a title names, and the one the parties 'held' in lower case", () => {
    const text = ["Joint Statement: Canada-Australia Bilateral Video-Teleconference", "Canada and Australia held a bilateral secure video-teleconference on 2 May 2026 to compare notes."].join("\n\n");
    const found = edgeCueLines(extractText(text));
    expect(found).toEqual(expect.arrayContaining(["Canada PARTICIPATES_IN Canada-Australia Bilateral Video-Teleconference [held]", "Australia PARTICIPATES_IN Canada-Australia Bilateral Video-Teleconference [held]"]));
  });

  it("reads a meeting's format in brackets as part of its name", () => {
    const graph = extractText("Foreign Ministers Marta Quill and Oren Vasko held the inaugural Foreign and Defence Ministers’ (2+2) Meeting at Halifax.");
    expect(entityLines(graph)).toContain("Body:Foreign and Defence Ministers’ (2+2) Meeting");
    // The cue may be the verb alone or the verb with its object, depending on which opening rule reads it first.
    expect(edgeCueLines(graph).filter((l) => l.startsWith("Marta Quill PARTICIPATES_IN Foreign and Defence Ministers’ (2+2) Meeting [held"))).toHaveLength(1);
  });

  it("reads a title joined to a field word by 'and' as one office before the name", () => {
    const graph = extractText(`${OPENING} Minister of Foreign Affairs and Trade Marta Quill welcomed the talks.`);
    expect(entityLines(graph)).toContain("Actor:Marta Quill");
    expect(entityLines(graph).filter((l) => l.includes("Trade"))).toEqual([]);
  });
});

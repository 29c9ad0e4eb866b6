/**
 * `briefgraph review` on a statement written with known gaps (test/fixtures/review-gaps.txt): each kind of
 * item is reported, quoting the right sentence; sentences and names the extractor did read are not.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultLexicon, extractStatement, splitSentences, cleanContent } from "../../ingest/index.ts";
import { ReviewReportSchema, reviewExtractions, reviewPaths, unreadNames, type ReviewItem } from "../../ingest/review/index.ts";

const FIXTURE = new URL("../fixtures/review-gaps.txt", import.meta.url).pathname;
const SENTENCES = splitSentences(cleanContent(readFileSync(FIXTURE, "utf8"), "txt"));

function label(item: ReviewItem): string {
  switch (item.kind) {
    case "unresolved-name":
      return item.name;
    case "entity-without-relation":
    case "person-without-office-or-state":
      return item.entity.name;
    case "cue-without-relation":
      return item.cues.join(", ");
    case "refused-relation":
      return `${item.source.name} -${item.relation}-> ${item.target.name}`;
  }
}

// [what the fixture holds, kind, label, 1-based sentence]
const GAPS = [
  ["a capitalised name that resolved to no entity", "unresolved-name", "Brennock Harbor", 7],
  ["a body named but in no relation", "entity-without-relation", "Tidewater Sustainment Committee", 6],
  ["a sentence with relation cue words that gave no relation", "cue-without-relation", "led, signed", 8],
  ["a person with an office but no state", "person-without-office-or-state", "Orla Penhallow", 4],
] as const;

describe("review of a statement with known gaps", () => {
  it.each(GAPS)("reports %s, quoting its sentence", async (_what, kind, name, sentence) => {
    const report = await reviewPaths([FIXTURE], defaultLexicon());
    const item = report.items.find((i) => i.kind === kind && label(i) === name);
    expect(item).toBeDefined();
    expect(item?.at.sentence).toBe(sentence);
    expect(item?.at.text).toBe(SENTENCES[sentence - 1]?.text);
    expect(item?.at.statement).toBe(report.statements[0]?.id);
  });

  it.each([
    ["an envoy named with her office", "Orla Penhallow", ["state"], 4],
    ["a chair named as Mr.", "Marek Dunhollow", ["office", "state"], 10],
  ] as const)("reports what %s lacks", async (_what, name, missing, sentence) => {
    const report = await reviewPaths([FIXTURE], defaultLexicon());
    const person = report.items.find((i) => i.kind === "person-without-office-or-state" && i.entity.name === name);
    expect(person?.kind === "person-without-office-or-state" ? person.missing : []).toEqual(missing);
    expect(person?.at.sentence).toBe(sentence);
  });

  it("does not report a cue sentence that stated relations, nor names it read", async () => {
    const report = await reviewPaths([FIXTURE], defaultLexicon());
    // Sentence 9 condemns the DPRK's launches: the extractor turned it into CONDEMNS and POSES.
    expect(report.items.filter((i) => i.kind === "cue-without-relation").map((i) => i.at.sentence)).not.toContain(9);
    const names = report.items.filter((i) => i.kind === "unresolved-name").map(label);
    for (const read of ["Republic of Korea", "Seoul", "Coastal Resilience Working Group", "CRWG", "DPRK", "Special Envoy"]) expect(names).not.toContain(read);
  });

  it("counts every item by kind and validates against the report schema", async () => {
    const report = ReviewReportSchema.parse(await reviewPaths([FIXTURE], defaultLexicon()));
    const total = Object.values(report.counts).reduce((a, b) => a + b, 0);
    expect(total).toBe(report.items.length);
    for (const kind of ["unresolved-name", "entity-without-relation", "cue-without-relation", "person-without-office-or-state"] as const) expect(report.counts[kind]).toBeGreaterThan(0);
  });

  it("reports a relation the extractor refused by the endpoint rules, quoting its sentence", () => {
    const extraction = extractStatement({ source: FIXTURE, format: "txt", content: readFileSync(FIXTURE, "utf8") }, defaultLexicon());
    // No rule of today's extractor states a relation the model refuses; the trace it returns is what the report reads.
    const refused = { source: { name: "Coastal Resilience Working Group", type: "Body" as const }, type: "CONDEMNS" as const, target: { name: "Tidewater Sustainment Committee", type: "Body" as const }, sentence: 5, cue: "noted" };
    const report = reviewExtractions([{ ...extraction, trace: { ...extraction.trace, refused: [refused] } }]);
    const item = report.items.find((i) => i.kind === "refused-relation");
    expect(item?.at).toEqual({ statement: extraction.doc.id, sentence: 6, text: SENTENCES[5]?.text });
    expect(report.counts["refused-relation"]).toBe(1);
  });
});

// [what the sentence shows, sentence, character spans read, names expected]
const NAMES: readonly (readonly [string, string, readonly { start: number; end: number }[], readonly string[]])[] = [
  ["a name mid-sentence is reported", "The delegates visited Halvern Ridge on the way.", [], ["Halvern Ridge"]],
  ["a sentence's first word is not a name", "Delegates visited the port.", [], []],
  ["a starter word is trimmed from a name after it", "The Ministers met.", [], ["Ministers"]],
  ["an acronym at the start is a name", "NATO observers attended.", [], ["NATO"]],
  ["names joined by 'of' stay one name", "They toured the Museum of Coastal History.", [], ["Museum of Coastal History"]],
  ["months and days are not names", "They met in March and again on Friday.", [], []],
  ["spans the extractor read are not reported", "They met the Coastal Guard in Busan.", [{ start: 12, end: 25 }, { start: 29, end: 34 }], []],
  ["a heading is not reported", "Joint Statement On Maritime Cooperation", [], []],
];

describe("names nothing was read from", () => {
  it.each(NAMES)("%s", (_what, sentence, read, expected) => {
    expect(unreadNames(sentence, read)).toEqual(expected);
  });
});

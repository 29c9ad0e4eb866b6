import { describe, expect, it } from "vitest";
import { MAX_SENTENCE_CHARS, splitSentences } from "../../ingest/index.ts";

describe("splitSentences", () => {
  it.each([
    ["keeps U.S. inside a sentence", "The U.S. Department of Defense held talks. Both sides agreed.", ["The U.S. Department of Defense held talks.", "Both sides agreed."]],
    ["keeps Korea-U.S. inside a name", "They held the 25th Korea-U.S. Integrated Defense Dialogue (KIDD). It ended.", ["They held the 25th Korea-U.S. Integrated Defense Dialogue (KIDD).", "It ended."]],
    ["ends a sentence at U.S. before a sentence opener", "Officials met in the U.S. The two sides then agreed.", ["Officials met in the U.S.", "The two sides then agreed."]],
    ["keeps honorifics and initials", "Mr. Cho and Dr. Lee met Lloyd J. Austin III on Sept. 3. They talked.", ["Mr. Cho and Dr. Lee met Lloyd J. Austin III on Sept. 3.", "They talked."]],
    ["keeps Jr. and D.C.", "Ambassador Smith Jr. spoke in Washington, D.C. on Monday. The talks ended.", ["Ambassador Smith Jr. spoke in Washington, D.C. on Monday.", "The talks ended."]],
    ["does not split web addresses", "See defense.gov for details. Nothing else.", ["See defense.gov for details.", "Nothing else."]],
    ["keeps a numbered paragraph marker with its sentence", "1. The Minister welcomed the plan. 2. The Secretary agreed.", ["1. The Minister welcomed the plan.", "2. The Secretary agreed."]],
    ["splits after quotes and question marks", "He said \"no.\" Why? Because.", ["He said \"no.\"", "Why?", "Because."]],
    ["treats a heading paragraph as its own sentence", "Joint Statement of the Ministers\n\nThe Ministers met.", ["Joint Statement of the Ministers", "The Ministers met."]],
  ])("%s", (_name, text, expected) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(expected);
  });

  it("gives offsets that slice the original text", () => {
    const text = "First one.  Second  one!\n\nThird paragraph here.";
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("numbers paragraphs and sentences in order", () => {
    const sentences = splitSentences("A b. C d.\n\nE f.");
    expect(sentences.map((s) => [s.index, s.paragraph])).toEqual([[0, 0], [1, 0], [2, 1]]);
  });

  // Per-sentence extraction compares every cue with every mention: a sentence without end is quadratic.
  it.each([
    ["clauses joined by semicolons", "The two sides condemned the DPRK's missile launches; ".repeat(400), /;$/],
    ["a list joined by commas", "the Counter-Missile Working Group, ".repeat(400), /,$/],
    ["words without punctuation", "ROK and U S forces held drills ".repeat(400), /\S$/],
    ["one word without spaces", "a".repeat(20_000), /a$/],
  ])("cuts a run-on sentence of %s into pieces of at most MAX_SENTENCE_CHARS, at the last break that fits", (_name, text, ending) => {
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThanOrEqual(Math.ceil(text.length / MAX_SENTENCE_CHARS));
    for (const s of sentences) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
    for (const s of sentences.slice(0, -1)) expect(s.text).toMatch(ending);
    expect(sentences.map((s) => s.text).join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
  });
});

/** The one reader of a statement's heading lines: which words may stand outside the names a line holds. */
import { describe, expect, it } from "vitest";
import type { DocEntity } from "../../ingest/entities/entities.ts";
import { wordsInNames } from "../../ingest/relations/headings.ts";
import type { Item } from "../../ingest/relations/view/view.ts";
import { tokenize, type Token } from "../../ingest/text/tokens.ts";

const entity = (name: string): DocEntity => ({ local: 0, type: "Actor", name, forms: new Set([name]), states: new Set(), sentences: new Set([0]), idSeed: name });

/** An item over the tokens of `name` inside `text`. */
function itemNaming(tokens: readonly Token[], name: string): Item {
  const words = name.split(" ");
  const start = tokens.findIndex((_, k) => words.every((word, n) => tokens[k + n]?.text === word));
  if (start < 0) throw new Error(`no ${name}`);
  return { start, end: start + words.length, entity: entity(name) };
}

const headingWord = (t: Token) => t.cap || /^(?:of|for|by)$/.test(t.lower);

describe("a heading line", () => {
  const cases: [string, string, string[], ((t: Token) => boolean) | undefined, boolean][] = [
    ["is a line that is one name and its punctuation", "Ministry of Harbours of Valdora.", ["Ministry of Harbours of Valdora"], undefined, true],
    ["is not a line with a word outside its name when no word is allowed outside", "Issued by the Ministry of Harbours", ["Ministry of Harbours"], undefined, false],
    ["is a line of names and allowed words", "Joint Text by Minister Arlo Venn", ["Minister Arlo Venn"], headingWord, true],
    ["is a line of several names when the words between them are allowed", "Arlo Venn and Mira Tosk", ["Arlo Venn", "Mira Tosk"], (t) => t.lower === "and", true],
    ["is not a line of prose whose verb no reader allows", "Arlo Venn visited the harbour", ["Arlo Venn"], headingWord, false],
    ["is a line that names nothing when every word is allowed", "Joint Text", [], headingWord, true],
  ];
  it.each(cases)("%s", (_name, text, names, outside, expected) => {
    const tokens = tokenize(text);
    const items = names.map((n) => itemNaming(tokens, n));
    expect(wordsInNames({ tokens, items }, outside)).toBe(expected);
  });
});

/** The one name normalisation module: each key's rule, on names that tell the rules apart. */
import { describe, expect, it } from "vitest";
import { entityFormKey, formKey, lowerKey, normalizeGoldName, normalizeName, normalizeNameInText } from "../../graph/names.ts";

type Key = (text: string) => string;

// [what the row shows, input, lowerKey, formKey, entityFormKey, normalizeName, normalizeNameInText, normalizeGoldName]
const ROWS: readonly (readonly [string, string, string, string, string, string, string, string])[] = [
  ["case folds in every key", "Counter-Missile Working Group", "counter-missile working group", "counter-missile working group", "counter-missile working group", "counter missile working group", "counter missile working group", "counter missile working group"],
  ["white space collapses except in lowerKey", "  Nuclear \t Consultative\nGroup ", "  nuclear \t consultative\ngroup ", "nuclear consultative group", "nuclear consultative group", "nuclear consultative group", "nuclear consultative group", "nuclear consultative group"],
  ["a leading article goes only in the comparing keys", "The Alliance", "the alliance", "the alliance", "alliance", "alliance", "alliance", "alliance"],
  ["a possessive pronoun goes only in gold scoring", "its Defense Vision", "its defense vision", "its defense vision", "its defense vision", "its defense vision", "its defense vision", "defense vision"],
  ["typographic apostrophes fold; a trailing possessive goes in entity and gold keys", "Alliance’s", "alliance's", "alliance's", "alliance", "alliances", "alliance", "alliance"],
  ["a possessive inside the name goes only in text and gold keys", "People’s Liberation Army", "people's liberation army", "people's liberation army", "people's liberation army", "peoples liberation army", "people liberation army", "people liberation army"],
  ["a plural possessive keeps its s in gold scoring", "the allies' forces", "the allies' forces", "the allies' forces", "allies' forces", "allies forces", "allies forces", "allies forces"],
  ["hyphen-like dashes become hyphens in entity keys, spaces in lookup keys", "U.S.–ROK Alliance", "u.s.–rok alliance", "u.s.–rok alliance", "u.s.-rok alliance", "us rok alliance", "us rok alliance", "us rok alliance"],
  ["accents go only in lookup keys", "Défense Coopération", "défense coopération", "défense coopération", "défense coopération", "defense cooperation", "defense cooperation", "défense coopération"],
  ["punctuation other than apostrophes and dashes stays in lexicon keys", "Ulchi Freedom Shield (UFS) 24.", "ulchi freedom shield (ufs) 24.", "ulchi freedom shield (ufs) 24.", "ulchi freedom shield (ufs) 24.", "ulchi freedom shield ufs 24", "ulchi freedom shield ufs 24", "ulchi freedom shield ufs 24"],
  ["an article alone is not dropped (it is not followed by a name)", "the", "the", "the", "the", "the", "the", "the"],
  ["empty text gives an empty key", "", "", "", "", "", "", ""],
];

const KEYS: readonly (readonly [string, Key, number])[] = [
  ["lowerKey", lowerKey, 2],
  ["formKey", formKey, 3],
  ["entityFormKey", entityFormKey, 4],
  ["normalizeName", normalizeName, 5],
  ["normalizeNameInText", normalizeNameInText, 6],
  ["normalizeGoldName", normalizeGoldName, 7],
];

describe("name normalisation", () => {
  for (const [name, key, column] of KEYS) {
    it.each(ROWS)(`${name}: %s`, (...row) => {
      expect(key(row[1])).toBe(row[column]);
    });
  }

  it.each(KEYS)("%s is idempotent on every row", (_name, key) => {
    for (const row of ROWS) expect(key(key(row[1]))).toBe(key(row[1]));
  });

  it("lowerKey keeps offsets, so a window of a lower-keyed sentence is the form key of that window", () => {
    const sentence = "The Minister’s visit to the Combined Forces Command";
    const lower = lowerKey(sentence);
    expect(lower.length).toBe(sentence.length);
    const start = sentence.indexOf("Combined");
    expect(lower.slice(start, start + "Combined Forces Command".length)).toBe(formKey("Combined Forces Command"));
  });
});

/**
 * Constructions of real Korea-related statements, in sentences written for these tests with invented people and
 * places: a person's state written "of" the state after the name or at the end of the office, an office whose
 * field lists words with commas, and the owners of a threat "between" two states when the first has a long name.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeCueLines } from "../support/graph-lines.ts";
import { ungroundedRelations } from "../support/evidence.ts";

const OPENING = "Canada and Australia held the fourth Harbour Security Dialogue (HSD) in Ottawa on 3 March 2026.";

describe("a person's state written out with 'of'", () => {
  it.each([
    [
      "a name followed by 'of the' state belongs to it, even when the office's field has commas",
      "Minister for Trade Marta Quill of Canada and Secretary of State for Trade, Industry and Development Affairs Oren Vasko of Australia opened the talks.",
      ["Marta Quill MEMBER_OF Canada [Minister for Trade Marta Quill of Canada]", "Oren Vasko MEMBER_OF Australia [Secretary of State for Trade, Industry and Development Affairs Oren Vasko of Australia]"],
      ["Industry"],
    ],
    [
      "an office 'of' a state set off before the name gives the person that state",
      "Today the Minister for Foreign Affairs of Canada, Marta Quill, met the press.",
      ["Marta Quill MEMBER_OF Canada [Minister for Foreign Affairs of Canada, Marta Quill]"],
      [],
    ],
    [
      "an office without a state gives no membership",
      "Minister for Trade Marta Quill opened the talks.",
      [],
      ["Marta Quill MEMBER_OF"],
    ],
  ])("%s", (_name, sentence, expected, absent) => {
    const graph = extractText(`${OPENING} ${sentence}`);
    const found = edgeCueLines(graph);
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found.filter((l) => l.startsWith(wrong))).toEqual([]);
    expect(ungroundedRelations(graph)).toEqual([]);
  });
});

describe("principals listed name first, and the delegations they lead", () => {
  it("reads each item of a semicolon list that opens with a name and an office, and each leads their own delegation", () => {
    const graph = extractText(
      `${OPENING} Marta Quill, Director General for Defence Policy, Canadian Department of National Defence; Oren Vasko, Performing the Duties of Deputy Secretary, Australian Department of Defence; and Rear Admiral Lior Ashby, Deputy Minister of Defence Policy, Canadian Department of National Defence, led their respective interagency delegations.`,
    );
    const found = edgeCueLines(graph);
    expect(found).toEqual(
      expect.arrayContaining([
        "Marta Quill LEADS Department of National Defence [led their respective interagency delegations]",
        "Oren Vasko LEADS Department of Defence [led their respective interagency delegations]",
        "Lior Ashby LEADS Department of National Defence [led their respective interagency delegations]",
      ]),
    );
    expect(found.filter((l) => l.startsWith("Policy "))).toEqual([]);
    expect(ungroundedRelations(graph)).toEqual([]);
  });

  it("reads the threats after 'in response to these and other' as the ones the parties address", () => {
    const found = edgeCueLines(extractText(`${OPENING} The three officials pledged closer coordination in response to these and other DPRK threats.`));
    expect(found).toEqual(expect.arrayContaining(["Canada ADDRESSES DPRK threats [in response to]", "Australia ADDRESSES DPRK threats [in response to]"]));
  });
});

describe("threats the parties deter and defeat", () => {
  it("reads the threat after 'deterring and defeating any and all' as addressed by the subject", () => {
    const found = edgeCueLines(extractText(`${OPENING} They pledged a joint stance aimed at deterring and defeating any and all DPRK threats.`));
    expect(found).toEqual(expect.arrayContaining(["Canada ADDRESSES DPRK threats [deterring and defeating]", "Australia ADDRESSES DPRK threats [deterring and defeating]"]));
  });
});

describe("owners of a threat between two states", () => {
  it("reads both owners after 'between' when the first is a long name with its acronym", () => {
    const found = edgeCueLines(
      extractText(`${OPENING} They condemned the DPRK's missile launches. Both sides expressed concern over the growing military cooperation between the Islamic Republic of Iran (IRI) and the DPRK.`),
    );
    expect(found.filter((l) => / POSES military cooperation /.test(l)).map((l) => l.split(" POSES")[0]).sort()).toEqual(["Democratic People's Republic of Korea", "Iran"]);
  });
});

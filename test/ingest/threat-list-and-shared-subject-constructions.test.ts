/**
 * Constructions of real alliance statements about lists of threats and subjects a clause shares — each in sentences
 * written for these tests with invented people and bodies (the real statements stay out of the repository): the
 * edges each must give, with their cues, and the wrong ones it must not.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeCueLines } from "../support/graph-lines.ts";

const BILATERAL = "Canada and Australia held the fourth Harbour Security Dialogue (HSD) in Ottawa on 3 March 2026.";
const TRILATERAL = "Canada, Australia and New Zealand held the first Harbour Trilateral Dialogue in Wellington.";

describe("subjects shared across a clause and threats listed together", () => {
  it.each([
    [
      "a verb phrase after a semicolon has the subject of the clause before it",
      BILATERAL,
      "The two ministers welcomed the new coast guard exchanges; rejected unilateral attempts to change the status quo through coercion; and agreed to meet again next year.",
      ["Canada CONDEMNS unilateral attempts to change the status quo through coercion [rejected]", "Australia CONDEMNS unilateral attempts to change the status quo through coercion [rejected]"],
      [],
    ],
    [
      "a clause after a semicolon that names its own subject keeps it",
      BILATERAL,
      "The two ministers noted the report; China rejected unilateral attempts to change the status quo through coercion.",
      ["China CONDEMNS unilateral attempts to change the status quo through coercion [rejected]"],
      ["Canada CONDEMNS", "Australia CONDEMNS"],
    ],
    [
      "an office with two modifiers beside another office is the principals speaking",
      TRILATERAL,
      "The Under Secretary and the two vice defence ministers pledged to expand trilateral cooperation on maritime security.",
      ["Canada COOPERATES_WITH Australia [trilateral cooperation]", "Australia COOPERATES_WITH New Zealand [trilateral cooperation]", "New Zealand COOPERATES_WITH Canada [trilateral cooperation]"],
      [],
    ],
    [
      "countering the threat posed by an actor's programs is countering those programs",
      TRILATERAL,
      "They voiced their will to counter the danger posed by the nuclear and ballistic missile programmes of Iran.",
      ["Canada ADDRESSES nuclear and ballistic missile programmes [counter]", "New Zealand ADDRESSES nuclear and ballistic missile programmes [counter]"],
      [],
    ],
    [
      "a response governs the threats listed after the first with 'including' and 'as well as'",
      BILATERAL,
      "Both sides will work together to counter Russian sanctions evasion, including illicit ship-to-ship transfers, and to strengthen deterrence against missile attacks as well as chemical weapons attacks.",
      [
        "Canada ADDRESSES Russian sanctions evasion [counter]",
        "Australia ADDRESSES illicit ship-to-ship transfers [counter]",
        "Canada ADDRESSES missile attacks [deterrence against]",
        "Australia ADDRESSES chemical weapons attacks [deterrence against]",
      ],
      [],
    ],
    [
      "the parties counted after a bare 'and' open a clause of their own, whose response is theirs, not the that-clause's subject's",
      BILATERAL,
      "The Prime Minister affirmed that Canada will protect Australia against any attack and both leaders remain committed to jointly addressing the danger posed by Iran's missile programs.",
      ["Canada ADDRESSES missile programs [addressing]", "Australia ADDRESSES missile programs [addressing]"],
      [],
    ],
    [
      "a that-clause's own subject still responds in its clause",
      BILATERAL,
      "The ministers affirmed that the Alliance will continue to counter Russian cyber attacks.",
      ["Canada-Australia Alliance ADDRESSES Russian cyber attacks [counter]"],
      ["Canada ADDRESSES Russian cyber attacks"],
    ],
    [
      "acts listed after 'including' an owner's conduct are parts of it, and the owner poses each",
      BILATERAL,
      "The ministers discussed Russia's destabilizing behavior, including repeated missile launches and cyber attacks.",
      [
        "missile launches PART_OF destabilizing behavior [Russia's destabilizing behavior, including repeated missile launches]",
        "Russia POSES cyber attacks [Russia's destabilizing behavior, including]",
      ],
      [],
    ],
    [
      "a part that names its own owner is not posed by the owner of the whole",
      BILATERAL,
      "The ministers discussed Russia's destabilizing behavior, including Chinese cyber attacks.",
      ["Chinese cyber attacks PART_OF destabilizing behavior [Russia's destabilizing behavior, including Chinese cyber attacks]"],
      ["Russia POSES Chinese cyber attacks"],
    ],
  ])("%s", (_name, opening, sentence, expected, absent) => {
    const found = edgeCueLines(extractText(`${opening} ${sentence}`));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found.filter((l) => l.startsWith(wrong))).toEqual([]);
  });
});

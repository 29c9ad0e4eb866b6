/**
 * Constructions of real statements about what a threat is and who stands behind it — each in sentences written for
 * these tests with invented meetings (the real statements stay out of the repository): the edges each must give, with
 * their cues, and the wrong ones it must not.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeCueLines, entityLines } from "../support/graph-lines.ts";

const BILATERAL = "Canada and Australia held the fourth Harbour Security Dialogue (HSD) in Ottawa on 3 March 2026.";

describe("threat agents and commerce", () => {
  it.each([
    [
      "the subject after an opening 'in response to' phrase answers the threat and is not its agent",
      "In response to the growing threat posed by Iran, Canada and Australia have decided to review their air defence posture.",
      ["Iran POSES threat posed by Iran [growing threat]", "Canada ADDRESSES threat posed by Iran [In response to]", "Australia ADDRESSES threat posed by Iran [In response to]"],
      ["Canada POSES", "Australia POSES"],
    ],
    [
      "the kinds of crime listed after 'including', even between semicolons, are each combated",
      "They agreed to work together in combating organised crime, including money laundering; cybercrime; and trafficking in persons, timber, and illicit drugs.",
      [
        "Canada ADDRESSES money laundering [combating]",
        "Australia ADDRESSES cybercrime [combating]",
        "Canada ADDRESSES trafficking in persons, timber, and illicit drugs [combating]",
      ],
      [],
    ],
    [
      "illegal fishing named by its three adjectives is a threat the parties address",
      "The ministers resolved to address maritime threats, such as illegal, unreported and unregulated fishing.",
      ["Canada ADDRESSES illegal, unreported and unregulated fishing [address … such as]"],
      [],
    ],
    [
      "illegal fishing named by its acronym is a threat whoever is behind it",
      "The two navies will work together to counter IUU fishing.",
      ["Australia ADDRESSES IUU fishing [counter]"],
      [],
    ],
  ])("%s", (_name, sentence, expected, absent) => {
    const found = edgeCueLines(extractText(`${BILATERAL} ${sentence}`));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found.filter((l) => l.startsWith(wrong))).toEqual([]);
  });

  it.each([
    ["trade with a threat's modifier is a threat", "The ministers condemned the illicit trade in small arms.", "Threat:illicit trade in small arms"],
    [
      "trafficking names its goods as a list closed by 'and'",
      "The region faces many challenges, including piracy, trafficking in arms, narcotics, and people, and cyber threats.",
      "Threat:trafficking in arms, narcotics, and people",
    ],
  ])("%s", (_name, sentence, entity) => {
    expect(entityLines(extractText(`${BILATERAL} ${sentence}`))).toContain(entity);
  });

  it.each([
    [
      "trade between states is commerce, and its kinds listed after 'including' are no threats either",
      "The new accord spans every field of Japan-Korean trade, including trade in goods and services.",
      ["Threat:Japan-Korean trade", "Threat:trade in goods"],
    ],
  ])("%s", (_name, sentence, absent) => {
    const found = entityLines(extractText(`${BILATERAL} ${sentence}`));
    for (const wrong of absent) expect(found).not.toContain(wrong);
  });
});

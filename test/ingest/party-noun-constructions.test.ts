/**
 * Being party to an instrument said with the relation's own noun: "both countries are parties to the Vistula
 * Treaty", "As signatories of the Accord, the two countries …"; others' parties and the parties of a demand are not
 * the subject's. Written for these tests with invented instruments.
 */
import { describe, expect, it } from "vitest";
import { edgeLines } from "../support/graph-lines.ts";
import { extractText } from "../../ingest/index.ts";

const OPENING = "The Norwegian Ministry of Defence and the Polish Ministry of National Defence held the 5th Baltic Policy Dialogue (BPD) on May 4, 2025, in Oslo.";
const BOTH = ["Norway PARTY_TO Vistula Treaty", "Poland PARTY_TO Vistula Treaty"];

describe("parties and signatories of an instrument", () => {
  it.each([
    ["the subject the text calls parties to an instrument is party to it", "Both countries are parties to the Vistula Treaty.", BOTH, []],
    ["the subject the text calls signatories of an instrument is party to it", "The two countries remain signatories of the Vistula Treaty.", BOTH, []],
    ["an opening 'as parties to' phrase speaks of the main clause's subject", "As parties to the Vistula Treaty, the two countries will consult each other.", BOTH, []],
    ["parties a demand is addressed to are not the subject", "They urged all parties to the Vistula Treaty to comply.", [], BOTH],
    ["third parties to an instrument are not the subject", "They welcomed third parties to the Vistula Treaty.", [], BOTH],
  ])("%s", (_name, sentence, expected, unexpected) => {
    const found = edgeLines(extractText(`${OPENING} ${sentence}`));
    for (const e of expected) expect(found).toContain(e);
    for (const e of unexpected) expect(found).not.toContain(e);
  });
});

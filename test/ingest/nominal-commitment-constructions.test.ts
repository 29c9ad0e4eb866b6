/**
 * A commitment written as a noun with its holders named after "of" or "by" and its aim after "to" ("the commitment
 * by Leader A and Leader B at the summit to go on strengthening …"), written for these tests with invented names.
 */
import { describe, expect, it } from "vitest";
import { edgeLines } from "../support/graph-lines.ts";
import { extractText } from "../../ingest/index.ts";

const OPENING = "The Norwegian Ministry of Defence and the Polish Ministry of National Defence held the 5th Baltic Policy Dialogue (BPD) on May 4, 2025, in Oslo.";

describe("a commitment named as a noun with its holders", () => {
  it.each([
    [
      "the holders named after 'by' commit to the instrument their aim upholds, and so does the subject that reaffirms it",
      "They reaffirmed the firm commitment by Prime Minister Ada Holm and Prime Minister Jan Nowicki at the May summit to continue to strengthen the Coral Sea Accord.",
      ["Ada Holm COMMITS_TO Coral Sea Accord", "Jan Nowicki COMMITS_TO Coral Sea Accord", "Norway COMMITS_TO Coral Sea Accord", "Poland COMMITS_TO Coral Sea Accord"],
      [],
    ],
    [
      "the holders named after 'of' commit to the instrument of a later infinitive of the aim",
      "The ministers noted the intention of Sweden and Finland to work closely with partners, to enforce the Coral Sea Accord.",
      ["Sweden COMMITS_TO Coral Sea Accord", "Finland COMMITS_TO Coral Sea Accord"],
      [],
    ],
    [
      "an aim that only names an instrument without upholding it is no commitment to it",
      "They noted the resolve of Sweden to discuss the Coral Sea Accord.",
      [],
      ["Sweden COMMITS_TO Coral Sea Accord"],
    ],
  ])("%s", (_name, sentence, expected, unexpected) => {
    const found = edgeLines(extractText(`${OPENING} ${sentence}`));
    for (const e of expected) expect(found).toContain(e);
    for (const e of unexpected) expect(found).not.toContain(e);
  });
});

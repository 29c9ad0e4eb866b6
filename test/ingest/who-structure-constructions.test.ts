/**
 * Who takes part, leads and belongs, read from structure: a visit that names no meeting, a party represented by its
 * principals, a body "of which" a state is a member — in sentences written for these tests with invented people,
 * places and bodies.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { ungroundedRelations } from "../support/evidence.ts";
import { edgeLines } from "../support/graph-lines.ts";

const TITLE = "Joint Statement on the Canada-New Zealand Harbour Consultations (CANZHC) 2026";

describe("a visit that names no meeting", () => {
  it.each([
    [
      "hosts and guests of a visit that names no meeting take part in the meeting the statement reports",
      "Minister of Defence Aroha Ngata and Minister of Foreign Affairs Wiremu Kahu hosted Minister of National Defence Paul Ouellet and Minister of Foreign Affairs Marie Tremblay on 4 May in Wellington, to deepen their work across the Pacific.",
      ["Aroha Ngata", "Wiremu Kahu", "Paul Ouellet", "Marie Tremblay"].map((p) => `${p} PARTICIPATES_IN Canada-New Zealand Harbour Consultations`),
    ],
    [
      "a welcome that names no meeting is no visit for the meeting reported",
      "Minister of Defence Aroha Ngata welcomed Minister of National Defence Paul Ouellet on a state visit to Wellington.",
      [],
    ],
  ])("%s", (_name, sentence, expected) => {
    const graph = extractText(`${TITLE}\n\n${sentence}`);
    const found = edgeLines(graph).filter((l) => l.includes(" PARTICIPATES_IN ") && !/^(?:Canada|New Zealand) /.test(l));
    expect(found.sort()).toEqual([...expected].sort());
    expect(ungroundedRelations(graph)).toEqual([]);
  });
});

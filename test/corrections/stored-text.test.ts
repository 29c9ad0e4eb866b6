/** An analyst's relation quotes its sentence from the statement's text the store keeps: the statement's file is not needed. */
import { rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findNodes } from "../../graph/index.ts";
import { KIDD25_TITLE, ok, readGraph, workspace } from "./support.ts";

describe("relate from the statement text the store keeps", () => {
  it("quotes a sentence no relation quotes, exactly with its offsets, after the statement's file is gone", async () => {
    const w = workspace();
    const path = w.statement("kidd25");
    await ok("ingest", path, "--store", w.store);
    rmSync(path);
    const before = readGraph(w.store);
    const [statement] = findNodes(before, KIDD25_TITLE);
    const s = statement === undefined ? undefined : before.getNodeAttributes(statement);
    if (s?.type !== "Statement" || s.text === undefined) throw new Error("the store kept no statement text");
    const quoted = new Set<number>();
    before.forEachEdge((_e, a) => {
      if (a.type !== "MENTIONED_IN") for (const e of a.evidence) quoted.add(e.sentence);
    });
    // Sentence 5: "Key senior ROK and U.S. defense and foreign affairs officials also participated in the dialogue."
    expect(quoted.has(4)).toBe(false);
    await ok("correct", "relate", "ROK", "PARTICIPATES_IN", "KIDD", "--statement", KIDD25_TITLE, "--sentence", "5", "--cue", "participated in", "--store", w.store);
    const after = readGraph(w.store);
    const [rok] = findNodes(after, "ROK");
    const [kidd] = findNodes(after, "KIDD");
    const edge = after.getEdgeAttributes(`${rok}|PARTICIPATES_IN|${kidd}`);
    if (edge.type === "MENTIONED_IN") throw new Error("not a relation");
    const quote = edge.evidence.find((e) => e.sentence === 4);
    expect(quote).toMatchObject({ statement, cue: "participated in" });
    expect(quote && s.text.slice(quote.start, quote.end)).toBe(quote?.text);
    expect(quote?.text).toMatch(/^Key senior ROK and U\.S\. defense .* participated in the dialogue\.$/);
  });
});

import { rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readLog } from "../../corrections/index.ts";
import { correctionsPathFor, extractedPathFor } from "../../corrections/paths.ts";
import { findNodes } from "../../graph/index.ts";
import { cli, ok, readGraph, workspace } from "./support.ts";

/** A store of both KIDD statements with three corrections: two need the KIDD-26 statement, one does not. */
async function correctedStore() {
  const w = workspace();
  const kidd25 = w.statement("kidd25");
  const kidd26 = w.statement("kidd26");
  await ok("ingest", kidd25, kidd26, "--store", w.store);
  const graph = readGraph(w.store);
  expect(graph.hasEdge("actor:ministry-of-national-defense|PARTICIPATES_IN|body:counter-missile-working-group")).toBe(false);
  const statement26 = graph.filterNodes((_k, a) => a.type === "Statement" && a.source === kidd26)[0] ?? "";
  const cmwg26 = graph.getEdgeAttributes(`body:counter-missile-working-group|MENTIONED_IN|${statement26}`);
  const sentence = cmwg26.type === "MENTIONED_IN" ? (cmwg26.sentences[0] ?? 0) + 1 : 0;
  await ok("correct", "rename", "Freedom Edge 25", "Freedom Edge 2025", "--store", w.store);
  await ok("correct", "relate", "MND", "PARTICIPATES_IN", "CMWG", "--statement", statement26, "--sentence", String(sentence), "--cue", "Counter-Missile Working Group", "--store", w.store);
  await ok("correct", "alias", "CMWG", "the missile group", "--store", w.store);
  return { ...w, kidd25, kidd26 };
}

describe("a correction that no longer applies is reported, never dropped", () => {
  it("rebuilding the store from the KIDD-25 statement alone reports the rename of an entity and the relation quoting a sentence it no longer has, in ingest and in corrections check", async () => {
    const w = await correctedStore();
    for (const path of [w.store, `${w.store}.idx`, extractedPathFor(w.store)]) rmSync(path);

    const ingest = await cli("ingest", w.kidd25, "--store", w.store);
    expect(ingest.code).toBe(0);
    const lines = ingest.stderr.split("\n").filter(Boolean);
    expect(lines).toEqual([
      "briefgraph: correction c1 (rename exercise:freedom-edge-25 to \"Freedom Edge 2025\") no longer applies: entity exercise:freedom-edge-25 is not in the graph; see `briefgraph corrections check`",
      expect.stringMatching(/^briefgraph: correction c2 \(relate actor:ministry-of-national-defense PARTICIPATES_IN body:counter-missile-working-group \(statement:joint-press-statement-for-the-26th-.*\)\) no longer applies: statement statement:joint-press-statement-for-the-26th-\S+ is not in the graph; see/),
    ]);
    // The correction that still applies does, and the log keeps all three.
    expect(findNodes(readGraph(w.store), "the missile group")).toEqual(["body:counter-missile-working-group"]);
    expect((await readLog(correctionsPathFor(w.store))).corrections.map((c) => c.id)).toEqual(["c1", "c2", "c3"]);

    const check = await cli("corrections", "check", "--store", w.store, "--format", "json");
    expect(check.code).toBe(1);
    expect(check.stderr).toBe("briefgraph: 2 of 3 corrections no longer apply [CORRECTIONS_STALE]\n");
    const rows: unknown = JSON.parse(check.stdout);
    expect(rows).toEqual([
      expect.objectContaining({ id: "c1", op: "rename", status: "stale", reason: "entity exercise:freedom-edge-25 is not in the graph" }),
      expect.objectContaining({ id: "c2", op: "relate", status: "stale", reason: expect.stringMatching(/^statement .* is not in the graph$/) }),
    ]);
    const table = await cli("corrections", "check", "--store", w.store);
    expect(table.stdout).toMatch(/^c1 +stale .* rename exercise:freedom-edge-25 to "Freedom Edge 2025"\n +no longer applies: entity exercise:freedom-edge-25 is not in the graph\n/);

    // Ingesting the KIDD-26 statement again brings back what they apply to: every correction applies again.
    const again = await cli("ingest", w.kidd26, "--store", w.store);
    expect(again.stderr).toBe("");
    expect((await cli("corrections", "check", "--store", w.store)).stdout).toBe("all 3 corrections apply\n");
    const graph = readGraph(w.store);
    expect(graph.getNodeAttribute("exercise:freedom-edge-25", "name")).toBe("Freedom Edge 2025");
    expect(graph.getEdgeAttribute("actor:ministry-of-national-defense|PARTICIPATES_IN|body:counter-missile-working-group", "origin")).toBe("analyst");
  });

  it("undoing a merge makes a later removal of an alias the merge had brought stale, and corrections list says so", async () => {
    const w = workspace();
    await ok("ingest", w.statement("kidd25"), "--store", w.store);
    const before = readGraph(w.store).getNodeAttributes("threat:dprk-provocations");
    expect(before.type === "Threat" && before.aliases).not.toContain("ever-changing DPRK threats");
    await ok("correct", "merge", "DPRK threats", "DPRK provocations", "--store", w.store);
    await ok("correct", "alias", "DPRK provocations", "ever-changing DPRK threats", "--remove", "--store", w.store);
    const undo = await ok("correct", "undo", "c1", "--store", w.store);
    expect(undo.stdout).toBe(
      'c3: undo c1\n  c2 (remove alias "ever-changing DPRK threats" from threat:dprk-provocations) no longer applies: threat:dprk-provocations has no alias "ever-changing DPRK threats"\n',
    );
    const list = await ok("corrections", "list", "--store", w.store, "--format", "json");
    const rows: unknown = JSON.parse(list.stdout);
    expect(rows).toEqual([
      expect.objectContaining({ id: "c1", status: "undone" }),
      expect.objectContaining({ id: "c2", status: "stale" }),
      expect.objectContaining({ id: "c3", status: "undo", does: "undo c1" }),
    ]);
  });
});

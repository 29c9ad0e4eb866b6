import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readLog } from "../../corrections/index.ts";
import { correctionsPathFor } from "../../corrections/paths.ts";
import { findNodes, type BriefGraph } from "../../graph/index.ts";
import { cleanContent } from "../../ingest/index.ts";
import { KIDD25_TITLE, STATEMENTS, cli, ok, readGraph, workspace } from "./support.ts";

const the = (graph: BriefGraph, name: string): string => {
  const [id] = findNodes(graph, name);
  if (id === undefined) throw new Error(`no node named ${name}`);
  return id;
};

/** Every quote of every relation, as statement#sentence, for "keeps all evidence". */
function quotesOf(graph: BriefGraph, node: string): Set<string> {
  const out = new Set<string>();
  graph.forEachEdge(node, (_k, a) => {
    if (a.type !== "MENTIONED_IN") for (const e of a.evidence) out.add(`${a.type}:${e.statement}#${e.sentence}`);
  });
  return out;
}

interface Case {
  name: string;
  args: string[];
  /** What holds once the correction is made, given the graph before it. */
  holds: (graph: BriefGraph, before: BriefGraph) => void;
}

const CASES: Case[] = [
  {
    name: "merging DPRK threats into DPRK provocations",
    args: ["merge", "DPRK threats", "DPRK provocations"],
    holds: (g, before) => {
      expect(g.hasNode("threat:dprk-threats")).toBe(false);
      const into = g.getNodeAttributes("threat:dprk-provocations");
      expect(into.type === "Threat" && into.aliases).toEqual(expect.arrayContaining(["DPRK threats", "ever-changing DPRK threats"]));
      expect(into.type === "Threat" && into.corrections).toEqual(["c1"]);
      // Every quote either node had, the merged node has (relation types with the moved end).
      const expected = new Set([...quotesOf(before, "threat:dprk-threats"), ...quotesOf(before, "threat:dprk-provocations")]);
      expect(quotesOf(g, "threat:dprk-provocations")).toEqual(expected);
      expect(findNodes(g, "ever-changing DPRK threats")).toEqual(["threat:dprk-provocations"]);
    },
  },
  {
    name: "renaming Anka Lee",
    args: ["rename", "DASD Lee", "Anka P. Lee"],
    holds: (g) => {
      const a = g.getNodeAttributes("actor:anka-lee");
      expect(a.name).toBe("Anka P. Lee");
      expect(a.type === "Actor" && a.aliases).toContain("Anka Lee");
    },
  },
  {
    name: "retyping the Nuclear Consultative Group as an Actor of kind organization",
    args: ["retype", "Nuclear Consultative Group", "Actor", "--kind", "organization"],
    holds: (g) => {
      const a = g.getNodeAttributes("body:nuclear-consultative-group");
      expect(a.type === "Actor" && a.kind).toBe("organization");
      expect(g.getNodeAttributes("body:nuclear-consultative-group").type).toBe("Actor");
    },
  },
  {
    name: "adding an alias to the CMWG",
    args: ["alias", "CMWG", "Counter Missile WG"],
    holds: (g) => {
      expect(findNodes(g, "Counter Missile WG")).toEqual(["body:counter-missile-working-group"]);
    },
  },
  {
    name: "removing the alias Cho from Cho Chang Lae",
    args: ["alias", "Cho Chang Lae", "Cho", "--remove"],
    holds: (g) => {
      const a = g.getNodeAttributes("actor:cho-chang-lae");
      expect(a.type === "Actor" && a.aliases).not.toContain("Cho");
      expect(a.type === "Actor" && a.aliases).toContain("DEPMIN Cho");
    },
  },
  {
    name: "removing Pacific Islands Countries",
    args: ["remove", "Pacific Islands Countries"],
    holds: (g, before) => {
      expect(before.hasNode("actor:pacific-islands-countries")).toBe(true);
      expect(g.hasNode("actor:pacific-islands-countries")).toBe(false);
    },
  },
  {
    name: "relating Cho Chang Lae to the KIDD with sentence 48 of the KIDD-25 statement, which extracted relations quote",
    args: ["relate", "DEPMIN Cho", "PARTICIPATES_IN", "KIDD", "--statement", KIDD25_TITLE, "--sentence", "48", "--cue", "AGREED"],
    holds: (g, before) => {
      const key = "actor:cho-chang-lae|PARTICIPATES_IN|body:korea-u-s-integrated-defense-dialogue";
      expect(before.hasEdge(key)).toBe(false);
      const a = g.getEdgeAttributes(key);
      if (a.type === "MENTIONED_IN") throw new Error("not a relation");
      expect([a.origin, a.corrections]).toEqual(["analyst", ["c1"]]);
      const [e] = a.evidence;
      expect(e?.cue).toBe("agreed");
      // Quoted exactly: the same quote and offsets as an extracted relation of that sentence.
      const extracted = before.getEdgeAttributes("actor:republic-of-korea|COMMITS_TO|agreement:defense-vision-of-the-u-s-rok-alliance");
      const same = extracted.type === "MENTIONED_IN" ? undefined : extracted.evidence.find((x) => x.sentence === 47);
      expect(same).toBeDefined();
      expect(e && [e.statement, e.sentence, e.start, e.end, e.text]).toEqual(same && [same.statement, 47, same.start, same.end, same.text]);
    },
  },
  {
    name: "relating the Alliance to the SCM with sentence 49 of the KIDD-25 statement, which no extracted relation quotes",
    args: ["relate", "ROK-U.S. Alliance", "PARTICIPATES_IN", "SCM", "--statement", KIDD25_TITLE, "--sentence", "49", "--cue", "achieve meaningful progress"],
    holds: (g) => {
      const a = g.getEdgeAttributes("actor:republic-of-korea-united-states-alliance|PARTICIPATES_IN|body:security-consultative-meeting");
      if (a.type === "MENTIONED_IN") throw new Error("not a relation");
      expect(a.origin).toBe("analyst");
      const [e] = a.evidence;
      // Re-read from the statement's file: the offsets are those of the sentence in the statement's clean text.
      const clean = cleanContent(readFileSync(STATEMENTS.kidd25, "utf8"), "txt");
      expect(e && clean.slice(e.start, e.end)).toBe(e?.text);
      expect(e?.text).toMatch(/^Based on these outcomes of the Alliance's cooperation, .* 56th SCM, to be hosted in late 2024\.$/);
      expect(e?.sentence).toBe(48);
    },
  },
  {
    name: "unrelating the U.S. Navy from the United States",
    args: ["unrelate", "U.S. Navy", "MEMBER_OF", "United States"],
    holds: (g, before) => {
      expect(before.hasEdge("actor:u-s-navy|MEMBER_OF|actor:united-states")).toBe(true);
      expect(g.hasEdge("actor:u-s-navy|MEMBER_OF|actor:united-states")).toBe(false);
    },
  },
];

describe("a correction of each kind survives re-ingest and undoes byte for byte", () => {
  it.each(CASES)("$name holds, again after re-ingesting the same statement and after ingesting another, and its undo gives back the uncorrected store", async ({ args, holds }) => {
    const w = workspace();
    const kidd25 = w.statement("kidd25");
    await ok("ingest", kidd25, "--store", w.store);
    const before = readGraph(w.store);

    const made = await ok("correct", ...args, "--store", w.store, "--by", "analyst-a", "--note", "test");
    expect(made.stdout).toMatch(/^c1: /);
    holds(readGraph(w.store), before);
    const corrected = readFileSync(w.store);

    await ok("ingest", kidd25, "--store", w.store);
    expect(readFileSync(w.store).equals(corrected)).toBe(true);

    await ok("ingest", w.statement("kidd26"), "--store", w.store);
    holds(readGraph(w.store), before);

    // The reference: the same statements ingested with no correction at all.
    const plain = workspace();
    await ok("ingest", plain.statement("kidd25"), "--store", plain.store);
    await ok("ingest", plain.statement("kidd26"), "--store", plain.store);
    // Same file names in both workspaces' statements/ folders except the folder: compare with the sources mapped.
    await ok("correct", "undo", "c1", "--store", w.store, "--by", "analyst-a");
    const undone = readFileSync(w.store, "utf8").replaceAll(w.dir, "<dir>");
    expect(undone).toBe(readFileSync(plain.store, "utf8").replaceAll(plain.dir, "<dir>"));

    const log = await readLog(correctionsPathFor(w.store));
    expect(log.corrections.map((c) => [c.id, c.op, c.author])).toEqual([
      ["c1", args[0], "analyst-a"],
      ["c2", "undo", "analyst-a"],
    ]);
  });

  it("a merge then its undo gives back the store byte for byte", async () => {
    const w = workspace();
    await ok("ingest", w.statement("kidd25"), w.statement("kidd26"), "--store", w.store);
    const original = readFileSync(w.store);
    const index = readFileSync(`${w.store}.idx`);
    await ok("correct", "merge", "DPRK threats", "DPRK provocations", "--store", w.store);
    expect(readFileSync(w.store).equals(original)).toBe(false);
    await ok("correct", "undo", "c1", "--store", w.store);
    expect(readFileSync(w.store).equals(original)).toBe(true);
    expect(readFileSync(`${w.store}.idx`).equals(index)).toBe(true);
  });

  it("names resolve by name, alias or id, and an unknown name lists the closest and writes nothing", async () => {
    const w = workspace();
    await ok("ingest", w.statement("kidd25"), "--store", w.store);
    const original = readFileSync(w.store);
    const run = await cli("correct", "merge", "Counter-Misile Working Group", "CMWG", "--store", w.store);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^briefgraph: no entity named "Counter-Misile Working Group"; closest: "Counter-Missile Working Group".*\[NAME_NOT_FOUND\]\n$/);
    expect(readFileSync(w.store).equals(original)).toBe(true);
    expect((await readLog(correctionsPathFor(w.store))).corrections).toEqual([]);
    await ok("correct", "alias", "body:counter-missile-working-group", "the missile group", "--store", w.store);
    expect(the(readGraph(w.store), "the missile group")).toBe("body:counter-missile-working-group");
  });

  it.each([
    ["a cue that is not in the sentence", ["relate", "ROK", "PARTICIPATES_IN", "JCO", "--statement", KIDD25_TITLE, "--sentence", "36", "--cue", "sanctioned"], /--cue "sanctioned": not words of sentence 36/],
    ["a sentence the statement does not have", ["relate", "ROK", "PARTICIPATES_IN", "JCO", "--statement", KIDD25_TITLE, "--sentence", "999", "--cue", "the"], /--sentence 999: statement .* has sentences 1 to \d+/],
    ["a relation the model does not allow between the types", ["relate", "CMWG", "LEADS", "JCO", "--statement", KIDD25_TITLE, "--sentence", "36", "--cue", "the"], /LEADS may not join Body to Exercise \[CORRECTION_REFUSED\]/],
    ["a merge of two types", ["merge", "CMWG", "JCO"], /is Body and .* is Exercise \(retype one first\) \[CORRECTION_REFUSED\]/],
    ["an Actor without a kind", ["retype", "CMWG", "Actor"], /an Actor needs --kind \[USAGE\]/],
    ["removing an alias the entity does not have", ["alias", "CMWG", "Nope", "--remove"], /has no alias "Nope" \[CORRECTION_REFUSED\]/],
    ["undoing a correction that is not in the log", ["undo", "c7"], /undo: no correction c7 \(the log is empty\) \[USAGE\]/],
  ])("%s is refused with one line and nothing is written", async (_name, args, message) => {
    const w = workspace();
    await ok("ingest", w.statement("kidd25"), "--store", w.store);
    const original = readFileSync(w.store);
    const run = await cli("correct", ...args, "--store", w.store);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    expect(readFileSync(w.store).equals(original)).toBe(true);
    expect((await readLog(correctionsPathFor(w.store))).corrections).toEqual([]);
  });
});

/**
 * Extraction of statements of the genre written for these tests (SCM, 2+2 and trilateral statements,
 * an NCG page, a KIDD statement; text, Markdown and HTML), scored against their hand annotations by
 * the same rules as the seed. Each set was first scored before the rules saw it (see the issue notes).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateGraph } from "../../graph/index.ts";
import { evaluate, ingestPaths, parseGold } from "../../ingest/index.ts";
import { ungroundedRelations } from "../support/evidence.ts";

const FIXTURES = new URL("../fixtures/", import.meta.url).pathname;
const CASES = [
  ["an SCM joint communiqué (text, numbered paragraphs)", "genre-statements/scm-communique.txt"],
  ["a trilateral ministerial statement (Markdown, three parties)", "genre-statements/trilateral-ministerial.md"],
  ["an NCG joint press statement (HTML page with site chrome)", "genre-statements/ncg-statement.html"],
  ["a U.S.-Japan 2+2 statement (four principals, topic headings)", "genre-statements/us-japan-2plus2.txt"],
  ["a trilateral chiefs of defense press release (HTML with a cookie banner)", "genre-statements/rok-us-japan-trilateral.html"],
  ["a KIDD joint press statement with the .gov banner", "genre-statements/kidd-26.txt"],
  ["a Philippines-U.S. 2+2 statement (Markdown, hosts and guests)", "genre-statements/philippines-us-2plus2.md"],
  ["a KIDD statement in the passive voice (numbered paragraphs, heads of delegation)", "genre-statements/kidd-27.txt"],
  ["a Japan-Philippines-U.S. ministerial readout (HTML with share bar and breadcrumbs)", "genre-statements/japan-philippines-us-ministerial.html"],
] as const;

describe("extraction of other statements of the genre", () => {
  // The bar for statements of the genre beyond the seed: entity F1 ≥ 0.85, relation F1 ≥ 0.65.
  it.each(CASES)("finds the entities (F1 ≥ 0.85) and relations (F1 ≥ 0.65) of %s", async (_name, file) => {
    const gold = parseGold(JSON.parse(readFileSync(`${FIXTURES}${file.replace(/\.[^.]+$/, ".gold.json")}`, "utf8")), file);
    const { graph } = await ingestPaths([`${FIXTURES}${file}`]);
    const report = evaluate(graph, gold);
    expect(report.entities.f1).toBeGreaterThanOrEqual(0.85);
    expect(report.relations.f1).toBeGreaterThanOrEqual(0.65);
    expect(validateGraph(graph)).toEqual([]);
  });

  it.each(CASES)("grounds every relation of %s in a sentence that names both endpoints", async (_name, file) => {
    const { graph } = await ingestPaths([`${FIXTURES}${file}`]);
    expect(ungroundedRelations(graph)).toEqual([]);
  });
});

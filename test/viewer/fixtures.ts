/**
 * Graph fixtures for the viewer tests: the seed statement through the real extractor; a small hand-built graph
 * over the seed's real sentences (for exact focus/path/ranking checks that must not move with the extractor);
 * and a hostile one for the XSS test.
 */
import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { addRelation, createGraph, entityId, statementId, type BriefGraph, type EntityType, type Evidence, type RelationType } from "../../graph/index.ts";
import { ingestPaths } from "../../ingest/index.ts";

const SEED = new URL("../../corpus/kidd-25-joint-press-statement.txt", import.meta.url);

/** The seed statement through the real extractor (ingest/), as `briefgraph ingest` stores it. */
export async function seedGraph(): Promise<BriefGraph> {
  return (await ingestPaths([SEED.pathname])).graph;
}

/** The relation neighbours of `key` (either direction), and `key` itself. */
export function neighbourhood(graph: BriefGraph, key: string): string[] {
  const out = new Set([key]);
  graph.forEachEdge(key, (_e, a, s, t) => {
    if (a.type !== "MENTIONED_IN") out.add(s === key ? t : s);
  });
  return [...out].sort();
}

function sentenceContaining(text: string, needle: string): { text: string; start: number; end: number; index: number } {
  const sentences = [...text.matchAll(/[^.!?\n]+[.!?]+/g)];
  const i = sentences.findIndex((m) => m[0].includes(needle));
  const m = sentences[i];
  if (!m) throw new Error(`fixture: no sentence with "${needle}"`);
  const trimmed = m[0].trim();
  const start = m.index + m[0].indexOf(trimmed);
  return { text: trimmed, start, end: start + trimmed.length, index: i };
}

interface EntitySpec {
  type: EntityType;
  name: string;
  aliases?: string[];
  kind?: "state" | "organization" | "person" | "alliance" | "group";
  title?: string;
}

export class FixtureBuilder {
  readonly graph: BriefGraph = createGraph();
  readonly statement: string;
  constructor(
    readonly text: string,
    title: string,
  ) {
    const sha256 = createHash("sha256").update(text).digest("hex");
    this.statement = statementId(title, sha256);
    this.graph.addNode(this.statement, { type: "Statement", name: title, title, source: "fixture.txt", sha256, sentences: 40, words: 900 });
  }
  entity(spec: EntitySpec): string {
    const id = entityId(spec.type, spec.name);
    if (this.graph.hasNode(id)) return id;
    const base = { name: spec.name, aliases: spec.aliases ?? [], mentions: 1 };
    if (spec.type === "Actor") this.graph.addNode(id, { type: "Actor", ...base, kind: spec.kind ?? "organization", ...(spec.title ? { title: spec.title } : {}) });
    else this.graph.addNode(id, { type: spec.type, ...base });
    this.graph.addDirectedEdgeWithKey(`${id}|MENTIONED_IN|${this.statement}`, id, this.statement, { type: "MENTIONED_IN", sentences: [0] });
    return id;
  }
  relate(source: EntitySpec, type: RelationType, target: EntitySpec, needle: string, cue: string): void {
    const s = sentenceContaining(this.text, needle);
    const evidence: Evidence = { statement: this.statement, sentence: s.index, start: s.start, end: s.end, text: s.text, cue };
    if (!addRelation(this.graph, this.entity(source), type, this.entity(target), [evidence])) throw new Error(`fixture: ${type} refused`);
  }
}

const SCM: EntitySpec = { type: "Body", name: "Security Consultative Meeting", aliases: ["SCM"] };
const DSTEC: EntitySpec = { type: "Body", name: "Defense Science and Technology Executive Committee" };
const CMWG: EntitySpec = { type: "Body", name: "Counter-Missile Working Group", aliases: ["CMWG"] };
const UFS: EntitySpec = { type: "Exercise", name: "Ulchi Freedom Shield 24", aliases: ["UFS 24", "ULCHI FREEDOM SHIELD 24"] };
const GPS: EntitySpec = { type: "Threat", name: "GPS jamming" };
const CYBER: EntitySpec = { type: "Threat", name: "cyber attacks" };
const MISSILE: EntitySpec = { type: "Threat", name: "DPRK's advancing missile threats" };
const ROK: EntitySpec = { type: "Actor", name: "Republic of Korea", aliases: ["ROK"], kind: "state" };
const US: EntitySpec = { type: "Actor", name: "United States", aliases: ["U.S."], kind: "state" };
const CHO: EntitySpec = { type: "Actor", name: "Cho Chang Lae", aliases: ["DEPMIN Cho"], kind: "person", title: "Deputy Minister for National Defense Policy" };
const DELEGATION: EntitySpec = { type: "Actor", name: "ROK delegation", kind: "group" };
const SCWG: EntitySpec = { type: "Body", name: "Space Cooperation Working Group", aliases: ["SCWG"] };
const JCO: EntitySpec = { type: "Body", name: "Joint Commercial Operations", aliases: ["JCO"] };
const SPACE_FORCE: EntitySpec = { type: "Actor", name: "U.S. Space Force", kind: "organization" };
const VISION: EntitySpec = { type: "Agreement", name: "Defense Vision of the U.S.-ROK Alliance", aliases: ["Defense Vision"] };

/** A small graph over the seed statement's real sentences, with the entities the tests name. */
export function seedLikeGraph(): BriefGraph {
  const f = new FixtureBuilder(readFileSync(SEED, "utf8"), "25th KIDD joint press statement");
  f.relate(DSTEC, "PART_OF", SCM, "Defense Science and Technology Executive Committee under the SCM", "under");
  f.relate(ROK, "PARTICIPATES_IN", CMWG, "Counter-Missile Working Group (CMWG)", "through");
  f.relate(US, "PARTICIPATES_IN", CMWG, "Counter-Missile Working Group (CMWG)", "through");
  f.relate(CMWG, "ADDRESSES", MISSILE, "Counter-Missile Working Group (CMWG)", "to respond to");
  f.relate(UFS, "SIMULATES", GPS, "GPS jamming", "included realistic threats such as");
  f.relate(UFS, "SIMULATES", CYBER, "GPS jamming", "included realistic threats such as");
  f.relate(CHO, "LEADS", DELEGATION, "Cho Chang Lae, led the ROK delegation", "led");
  f.relate(DELEGATION, "MEMBER_OF", ROK, "Cho Chang Lae, led the ROK delegation", "ROK delegation");
  f.relate(ROK, "PARTICIPATES_IN", SCWG, "Space Cooperation Working Group (SCWG)", "commended the work of");
  f.relate(ROK, "PARTICIPATES_IN", JCO, "Joint Commercial Operations (JCO)", "participation in");
  f.relate(SPACE_FORCE, "LEADS", JCO, "Joint Commercial Operations (JCO)", "led by");
  f.relate(ROK, "COMMITS_TO", VISION, "three pillars of the", "focusing on");
  f.relate(US, "COMMITS_TO", VISION, "three pillars of the", "focusing on");
  f.relate(ROK, "COOPERATES_WITH", US, "The ROK and United States agreed", "agreed to continue strengthening");
  return f.graph;
}

/** Markup and script in names, aliases, titles and evidence; each payload would set window.__pwned if it ran. */
export const XSS_IMG = `<img src=x onerror="window.__pwned=1">`;
export const XSS_SCRIPT = `<script>window.__pwned=2</script>`;

export function hostileGraph(): BriefGraph {
  const text = `The ${XSS_IMG} Group met. The ${XSS_SCRIPT} Committee under the ${XSS_IMG} Group condemned ${XSS_SCRIPT} attacks.`;
  const f = new FixtureBuilder(text, `Statement ${XSS_SCRIPT}`);
  const group: EntitySpec = { type: "Body", name: `${XSS_IMG} Group`, aliases: [XSS_SCRIPT] };
  const committee: EntitySpec = { type: "Body", name: `${XSS_SCRIPT} Committee`, aliases: [XSS_IMG] };
  const state: EntitySpec = { type: "Actor", name: `State ${XSS_IMG}`, kind: "state", title: XSS_SCRIPT };
  const threat: EntitySpec = { type: "Threat", name: `${XSS_SCRIPT} attacks` };
  f.relate(committee, "PART_OF", group, "Committee under the", `under the ${XSS_IMG}`);
  f.relate(state, "CONDEMNS", threat, "condemned", `condemned ${XSS_SCRIPT}`);
  f.relate(state, "PARTICIPATES_IN", group, "Group met", "met");
  return f.graph;
}

/**
 * Export test fixtures: a graph built with the graph/ API from real sentences of the seed statement
 * (the KIDD joint press statement), a synthetic graph, and a graph of names that need escaping.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  addRelation,
  createGraph,
  entityId,
  statementId,
  syntheticGraph,
  type BriefGraph,
  type EntityAttributes,
  type Evidence,
  type RelationType,
} from "../../graph/index.ts";

export const SEED_PATH = fileURLToPath(new URL("../../corpus/kidd-25-joint-press-statement.txt", import.meta.url));
export const CMWG_QUOTE =
  "The two sides pledged to continue developing response capabilities and posture through the Counter-Missile Working Group (CMWG).";

type Spec = EntityAttributes & { key: string };

const ENTITIES: Spec[] = [
  { key: "rok", type: "Actor", kind: "state", name: "Republic of Korea", aliases: ["ROK"], mentions: 12 },
  { key: "us", type: "Actor", kind: "state", name: "United States", aliases: ["U.S."], mentions: 10 },
  { key: "mnd", type: "Actor", kind: "organization", name: "Ministry of National Defense", aliases: ["MND"], mentions: 1 },
  { key: "dod", type: "Actor", kind: "organization", name: "Department of Defense", aliases: ["DoD"], mentions: 1 },
  {
    key: "cho",
    type: "Actor",
    kind: "person",
    name: "Cho Chang Lae",
    aliases: ["DEPMIN Cho"],
    mentions: 3,
    title: "Deputy Minister for National Defense Policy",
  },
  { key: "kidd", type: "Body", name: "Korea-U.S. Integrated Defense Dialogue", aliases: ["KIDD"], mentions: 2 },
  { key: "cmwg", type: "Body", name: "Counter-Missile Working Group", aliases: ["CMWG"], mentions: 1 },
  { key: "scm", type: "Body", name: "Security Consultative Meeting", aliases: ["SCM"], mentions: 3 },
  { key: "dstec", type: "Body", name: "Defense Science and Technology Executive Committee", aliases: [], mentions: 1 },
  { key: "ccwg", type: "Body", name: "Cyber Cooperation Working Group", aliases: ["CCWG"], mentions: 1 },
  { key: "ufs", type: "Exercise", name: "Ulchi Freedom Shield 24", aliases: ["UFS 24", "UFS"], mentions: 2 },
  { key: "cyberflag", type: "Exercise", name: "Cyber Flag", aliases: [], mentions: 1 },
  { key: "gps", type: "Threat", name: "GPS jamming", aliases: [], mentions: 1 },
  { key: "missile", type: "Threat", name: "DPRK missile threats", aliases: [], mentions: 2 },
  { key: "rdpa", type: "Agreement", name: "Reciprocal Defense Procurement Agreement", aliases: ["RDP-A"], mentions: 1 },
];

/** [source, type, target, a sentence of the statement (verbatim), the cue words in it] */
const RELATIONS: [string, RelationType, string, string, string][] = [
  ["mnd", "PARTICIPATES_IN", "kidd", "The Republic of Korea (ROK) Ministry of National Defense (MND) and the U.S. Department of Defense (DoD) held the 25th Korea-U.S. Integrated Defense Dialogue (KIDD) from September23-24, 2024, in Seoul.", "held"],
  ["dod", "PARTICIPATES_IN", "kidd", "The Republic of Korea (ROK) Ministry of National Defense (MND) and the U.S. Department of Defense (DoD) held the 25th Korea-U.S. Integrated Defense Dialogue (KIDD) from September23-24, 2024, in Seoul.", "held"],
  ["cho", "LEADS", "mnd", "Deputy Minister (DEPMIN) for National Defense Policy, Mr. Cho Chang Lae, led the ROK delegation.", "led"],
  ["mnd", "MEMBER_OF", "rok", "The Republic of Korea (ROK) Ministry of National Defense (MND) and the U.S. Department of Defense (DoD) held the 25th Korea-U.S. Integrated Defense Dialogue (KIDD) from September23-24, 2024, in Seoul.", "ROK Ministry"],
  ["rok", "PARTICIPATES_IN", "cmwg", CMWG_QUOTE, "through"],
  ["us", "PARTICIPATES_IN", "cmwg", CMWG_QUOTE, "through"],
  ["cmwg", "ADDRESSES", "missile", "Both sides reviewed the progress from a joint study of the Alliance's comprehensive counter-missile strategy and also discussed future enhancements in information sharing through the U.S. Shared Early Warning System (SEWS) to respond to DPRK's advancing missile threats.", "to respond to"],
  ["dstec", "PART_OF", "scm", "The two delegations applauded the progress establishing a Defense Science and Technology Executive Committee under the SCM, and pledged to expedite efforts for practical cooperation under this consultative body within the year.", "under"],
  ["ufs", "SIMULATES", "gps", "The two sides shared assessments of the recent ULCHI FREEDOM SHIELD 24 (UFS 24) exercise, which included realistic threats such as DPRK's advancing nuclear and missile threats, GPS jamming and cyber attacks.", "included realistic threats such as"],
  ["ufs", "SIMULATES", "missile", "The two sides shared assessments of the recent ULCHI FREEDOM SHIELD 24 (UFS 24) exercise, which included realistic threats such as DPRK's advancing nuclear and missile threats, GPS jamming and cyber attacks.", "included realistic threats such as"],
  ["cyberflag", "PART_OF", "ccwg", "Furthermore, the two sides welcomed the work of the Cyber Cooperation Working Group (CCWG), including the Cyber Alliance and Cyber Flag exercise.", "including"],
  ["rok", "COMMITS_TO", "rdpa", "In addition, both sides recognized the need to provide reciprocal market access to deepen defense cooperation and enhance supply chain resiliency, and pledged to advance progress on a Reciprocal Defense Procurement Agreement (RDP-A).", "pledged to advance progress on"],
  ["rok", "COOPERATES_WITH", "us", "The ROK and United States agreed to continue strengthening efforts made to date for further modernizing Alliance capabilities and evolving based on science and technology cooperation.", "agreed to continue"],
];

export const SEED_TITLE = "Joint Press Statement for the 25th Korea-U.S. Integrated Defense Dialogue";

/** The seed statement as a graph: the statement node, 15 entities, 13 relations with verbatim evidence. */
export function kiddGraph(): BriefGraph {
  const text = readFileSync(SEED_PATH, "utf8");
  const sha256 = createHash("sha256").update(text).digest("hex");
  const statement = statementId(SEED_TITLE, sha256);
  const graph = createGraph();
  graph.addNode(statement, {
    type: "Statement",
    name: SEED_TITLE,
    title: SEED_TITLE,
    date: "2024-09-23",
    dateText: "September 23-24, 2024",
    source: "corpus/kidd-25-joint-press-statement.txt",
    sha256,
    sentences: 60,
    words: 1500,
  });
  const ids = new Map<string, string>();
  for (const { key, ...attributes } of ENTITIES) {
    const id = entityId(attributes.type, attributes.name);
    ids.set(key, id);
    graph.addNode(id, attributes);
  }
  const sentences: string[] = [];
  for (const [source, type, target, sentence, cue] of RELATIONS) {
    const start = text.indexOf(sentence);
    if (start < 0) throw new Error(`fixture sentence not in the seed: ${sentence.slice(0, 40)}`);
    if (!sentences.includes(sentence)) sentences.push(sentence);
    const evidence: Evidence = { statement, sentence: sentences.indexOf(sentence), start, end: start + sentence.length, text: sentence, cue };
    if (!addRelation(graph, ids.get(source) ?? "", type, ids.get(target) ?? "", [evidence])) {
      throw new Error(`fixture relation refused: ${source} ${type} ${target}`);
    }
  }
  for (const id of ids.values()) {
    graph.addDirectedEdgeWithKey(`${id}|MENTIONED_IN|${statement}`, id, statement, { type: "MENTIONED_IN", sentences: [0] });
  }
  return graph;
}

/** Names, aliases and evidence full of markup, quotes, separators and a control character. */
export function hostileGraph(): BriefGraph {
  const graph = createGraph();
  const statement = "statement:hostile-00000000";
  graph.addNode(statement, {
    type: "Statement",
    name: "A <b>statement</b> & \"friends\"",
    title: "A <b>statement</b> & \"friends\"",
    source: "x.txt",
    sha256: "0".repeat(64),
    sentences: 1,
    words: 10,
  });
  graph.addNode("actor:a", { type: "Actor", kind: "group", name: "<script>alert('x')</script> | A, \"B\"; C", aliases: ["a;b", "c|d", "`e`*_[f](g)"], mentions: 1 });
  graph.addNode("threat:t", { type: "Threat", name: "T & <T>\u0007 ]]> --> \\n", aliases: ["line\nbreak"], mentions: 1 });
  const text = "They said \"A, B; C\" | <b>condemned</b> T & co.\nSecond line's ]]> end";
  addRelation(graph, "actor:a", "CONDEMNS", "threat:t", [{ statement, sentence: 0, start: 0, end: text.length, text, cue: "condemned" }]);
  graph.addDirectedEdgeWithKey(`actor:a|MENTIONED_IN|${statement}`, "actor:a", statement, { type: "MENTIONED_IN", sentences: [0] });
  graph.addDirectedEdgeWithKey(`threat:t|MENTIONED_IN|${statement}`, "threat:t", statement, { type: "MENTIONED_IN", sentences: [0] });
  return graph;
}

export function syntheticFixture(): BriefGraph {
  return syntheticGraph({ nodes: 300, edges: 600, seed: 5 });
}

export const GRAPHS: [string, () => BriefGraph][] = [
  ["the seed statement graph", kiddGraph],
  ["a 300-node synthetic graph", syntheticFixture],
  ["a graph of names that need escaping", hostileGraph],
];

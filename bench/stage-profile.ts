/**
 * Where the extractor's time goes, stage by stage: runs a workload under the V8 sampling profiler (node:inspector)
 * and gives each sample to the outermost extractor stage on its stack (a stage is a function of ingest/; see STAGES).
 * Sampling costs a few per cent and the shares are of CPU samples, so load on the machine disturbs them little.
 */
import { Session, type Profiler } from "node:inspector";

/**
 * Function name → stage. A sample belongs to the outermost of these on its stack, except that the containers
 * (CONTAINERS: functions that call other stages) hold only what their inner stages do not.
 */
const STAGES: Readonly<Record<string, string>> = {
  cleanContent: "cleaning",
  splitSentences: "sentences",
  toStatementDoc: "document (title, date, hash)",
  tokenize: "tokens",
  lexiconMentions: "mentions: lexicon lookups",
  definitionMentions: "mentions: acronym definitions",
  personMentions: "mentions: people and titles",
  honourableMentions: "mentions: people and titles",
  chunkMentions: "mentions: capitalised chunks",
  knownMentions: "mentions: forms seen before",
  findMentions: "mentions: other",
  resolveMention: "resolution",
  resolveThreat: "resolution",
  stateNamed: "resolution",
  findThreats: "threats",
  findParties: "parties and alliance",
  partiesAlliance: "parties and alliance",
  findConvened: "parties and alliance",
  definiteDescriptions: "definite descriptions",
  makeView: "relation rules: cue search",
  findCues: "relation rules: cue search",
  extractClaims: "relation rules: rule bodies",
  qualifierClaims: "relation rules: rule bodies",
  dedupeParticipation: "graph building",
  buildGraph: "graph building",
  readSpans: "review trace",
  mergeInto: "merge",
  graphToJson: "store write",
  extractStatement: "extractor: other",
};
const CONTAINERS = new Set(["toStatementDoc", "findMentions", "extractClaims", "qualifierClaims", "extractStatement"]);
const GC = "garbage collection";
const OUTSIDE = "outside the extractor";

export interface StageShare {
  stage: string;
  /** Seconds of samples in this stage. */
  seconds: number;
}

function done(resolve: () => void, reject: (e: Error) => void): (err: Error | null) => void {
  return (err) => (err ? reject(err) : resolve());
}

/** The stage of every sample of `run`, in seconds, biggest first; samples outside every stage are OUTSIDE. */
export async function profileStages(run: () => void, intervalMicros = 200): Promise<StageShare[]> {
  const session = new Session();
  session.connect();
  try {
    await new Promise<void>((resolve, reject) => session.post("Profiler.enable", done(resolve, reject)));
    await new Promise<void>((resolve, reject) => session.post("Profiler.setSamplingInterval", { interval: intervalMicros }, done(resolve, reject)));
    await new Promise<void>((resolve, reject) => session.post("Profiler.start", done(resolve, reject)));
    run();
    const profile = await new Promise<Profiler.Profile>((resolve, reject) => session.post("Profiler.stop", (err, r) => (err ? reject(err) : resolve(r.profile))));
    return attribute(profile);
  } finally {
    session.disconnect();
  }
}

function attribute(profile: Profiler.Profile): StageShare[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // For each node: the outermost stage on its path that is not a container, and the innermost container.
  const onPath = new Map<number, { stage?: string; container?: string }>();
  const pathOf = (id: number): { stage?: string; container?: string } => {
    const known = onPath.get(id);
    if (known) return known;
    const up = parent.get(id);
    const outer = up === undefined ? {} : pathOf(up);
    const name = byId.get(id)?.callFrame.functionName ?? "";
    const own = STAGES[name];
    const path = own === undefined ? outer : CONTAINERS.has(name) ? { ...outer, container: own } : { ...outer, stage: outer.stage ?? own };
    onPath.set(id, path);
    return path;
  };
  const stageFor = (id: number): string => {
    if (byId.get(id)?.callFrame.functionName === "(garbage collector)") return GC;
    const path = pathOf(id);
    return path.stage ?? path.container ?? OUTSIDE;
  };
  const seconds = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i];
    if (id === undefined) continue;
    const stage = stageFor(id);
    // A sample's time is the gap to the next one.
    seconds.set(stage, (seconds.get(stage) ?? 0) + (deltas[i + 1] ?? 0) / 1e6);
  }
  return [...seconds].map(([stage, s]) => ({ stage, seconds: s })).sort((a, b) => b.seconds - a.seconds);
}

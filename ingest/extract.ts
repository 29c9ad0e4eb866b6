/**
 * The extractor: one statement's clean text → a typed, grounded graph. Pure and deterministic:
 * the same text always gives the same graph.
 */
import { createHash } from "node:crypto";
import { BriefgraphError } from "../graph/errors.ts";
import { entityId, statementId } from "../graph/ids.ts";
import { addRelation, createGraph, isEntity, unionMentions, type BriefGraph } from "../graph/model.ts";
import type { ActorAttributes, Evidence, MentionAttributes } from "../graph/schema.ts";
import { cleanContent } from "./text/clean.ts";
import type { RawStatement, Sentence, StatementDoc } from "./text/document.ts";
import { EntityRegistry, ownForms, type DocEntity } from "./entities/entities.ts";
import { formKey } from "../graph/names.ts";
import type { Lexicon } from "./lexicon/lexicon.ts";
import { compoundStates, findMentions, type Mention } from "./entities/mentions.ts";
import { findDate, findTitle } from "./text/metadata.ts";
import { extractClaims, type Claim, type RelationContext } from "./relations/relations.ts";
import { subjectOf } from "./relations/subjects/subjects.ts";
import { bylinePrincipals } from "./relations/subjects/signatories.ts";
import { splitSentences } from "./text/sentences.ts";
import { findThreats } from "./entities/threats.ts";
import { compoundParts, countWords, tokenize, type Token, type Vocabulary } from "./text/tokens.ts";
import type { ExtractionTrace, RefusedRelation } from "./trace.ts";
import { makeView, newItem, type Item } from "./relations/view/view.ts";
import { findConvened } from "./relations/meetings/convened.ts";
import { definiteDescriptions } from "./relations/meetings/descriptions.ts";
import type { SentenceWork, StatementReading } from "./relations/reading.ts";
import { objectOfConcern } from "./relations/threats/called.ts";
import { threatItems } from "./relations/threats/items.ts";
import { threatOwners } from "./relations/threats/owners.ts";
import { violators } from "./relations/claims/violators.ts";
import { findParties, partiesAlliance } from "./relations/subjects/parties.ts";
import { qualifierClaims, namedParties } from "./relations/claims/qualifiers.ts";
import { dedupeCommitments } from "./relations/claims/commitments.ts";
import { dedupeParticipation } from "./relations/claims/participation.ts";
import { mentionSpans, readSpans } from "./spans.ts";
import { wordsInNames } from "./relations/headings.ts";

export interface Extraction {
  doc: StatementDoc;
  graph: BriefGraph;
  sentences: Sentence[];
  /** What was read but not put in the graph (for `briefgraph review`). */
  trace: ExtractionTrace;
}

const OWN_WORK = /\b(?:co-?operat|collaborat|co-?ordinat)|\b(?:together|closely)\b|\b(?:relationship|partnership|friendship)\b/i;

/** Verbs of carrying out an instrument: "implementing", "implementation of", "operationalise". */
const CARRY_OUT = /^(?:implement|operationali[sz])/;
/** One key per source and target of a claim. */
function tieKey(c: Claim): string {
  return `${c.source.type}:${c.source.name}\u0000${c.target.type}:${c.target.name}`;
}

/** A bulleted item of a list: "- Coordinate efforts to …". */
const BULLET_ITEM = /^[-–—•·*]\s/;

/** A sentence that is one name and nothing else: a byline, a dateline, a heading. */
function isByline(w: SentenceWork): boolean {
  return w.items.length === 1 && wordsInNames(w);
}

/** The first member of a set, in insertion order. */
function firstOf<T>(set: ReadonlySet<T>): T | undefined {
  for (const x of set) return x;
  return undefined;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Builds the statement document (clean text and metadata) from raw content. */
export function toStatementDoc(raw: RawStatement): { doc: StatementDoc; sentences: Sentence[] } {
  const text = cleanContent(raw.content, raw.format);
  if (!/[\p{L}\p{N}]/u.test(text)) throw new BriefgraphError("INPUT_EMPTY", `${raw.source}: the statement has no text`);
  const sentences = splitSentences(text);
  const base = raw.source.split(/[\\/]/).pop()?.replace(/\.[^.]+$/, "") ?? "statement";
  const title = findTitle(sentences, base);
  const hash = sha256(raw.content);
  const date = findDate(text.slice(0, 4000));
  const words = countWords(text);
  const doc: StatementDoc = { id: statementId(title, hash), source: raw.source, title, sha256: hash, text, words, ...(date ?? {}) };
  return { doc, sentences };
}

/** Extracts the graph of one statement. */
export function extractStatement(raw: RawStatement, lexicon: Lexicon): Extraction {
  const { doc, sentences } = toStatementDoc(raw);
  const registry = new EntityRegistry(lexicon);
  const lexiconEntity = (name: string, sentence: number): DocEntity | undefined => {
    const entry = lexicon.byForm.get(formKey(name));
    if (!entry) return undefined;
    return registry.resolveMention({ start: 0, end: 0, role: "entity", type: entry.type, kind: entry.kind, name: entry.name, forms: [], priority: 0, states: entry.state ? [entry.state] : [], fromLexicon: true }, sentence);
  };

  // Pass 1: named mentions, resolved in reading order.
  let alliance: DocEntity | undefined;
  const vocabulary: Vocabulary = new Map();
  const statesOfCompound = (t: Token) => compoundStates(t, lexicon);
  const work: SentenceWork[] = sentences.map((sentence) => {
    const tokens = tokenize(sentence.text, vocabulary);
    const mentions = findMentions(sentence.text, tokens, lexicon, registry);
    const items: Item[] = [];
    const pendingAlliance: Mention[] = [];
    for (const m of mentions) {
      if (m.allianceRef && !alliance) {
        pendingAlliance.push(m);
        continue;
      }
      const entity = registry.resolveMention(m, sentence.index);
      // A body named inside a document's name is an entity too, with no relation of its own here.
      for (const inner of m.inner ?? []) registry.resolveMention(inner, sentence.index);
      if (!alliance && entity?.kind === "alliance" && entity.states.size > 0) alliance = entity;
      if (entity) items.push(newItem(m.start, m.end, entity, m));
    }
    const threats = findThreats(sentence.text, tokens, mentions, statesOfCompound);
    // "the ROK-U.S.-Japan trilateral": a compound of states names each of them, even where it modifies no name.
    for (const t of tokens) {
      const named = statesOfCompound(t);
      if (named.length > 1 && named.length === compoundParts(t.text).length) for (const n of named) lexiconEntity(n, sentence.index);
    }
    return { sentence, tokens, mentions, items, threats, pendingAlliance };
  });

  const state = (name: string, sentence: number) => registry.stateNamed(name) ?? lexiconEntity(name, sentence);
  const stateOf = (e: DocEntity): DocEntity | undefined => {
    if (e.kind === "state") return e;
    // The first of each set without copying it (asked for every item of every sentence).
    const first = firstOf(e.states);
    return first ? state(first, e.qualifiedIn ?? firstOf(e.sentences) ?? 0) : undefined;
  };
  const parties = findParties(work, stateOf, lexicon, state);
  // "the Alliance" in a statement of two parties that never names it: the alliance of those two.
  const firstPending = work.find((w) => w.pendingAlliance.length > 0);
  if (!alliance && firstPending && parties.length === 2) alliance = partiesAlliance(parties, lexicon, registry, firstPending.sentence.index);
  for (const w of work)
    for (const m of w.pendingAlliance)
      if (alliance) {
        alliance.sentences.add(w.sentence.index);
        alliance.forms.add(m.name);
        w.items.push(newItem(m.start, m.end, alliance, m));
      }
  const convened = findConvened(work);
  const principals = bylinePrincipals(work);
  // The alliance whose states are the parties: "the alliance between A and B", "our commitment to the alliance".
  const partiesOwnAlliance = alliance && parties.length >= 2 && alliance.states.size === parties.length && parties.every((p) => alliance?.states.has(p.name)) ? alliance : undefined;
  const lastOf = new Map<string, DocEntity>();
  const partySet = new Set<DocEntity>(parties);
  const isFriendly = (e: DocEntity) => {
    const s = stateOf(e);
    return partySet.has(e) || e.kind === "alliance" || (s !== undefined && partySet.has(s));
  };

  // Pass 2: threats (with the actors behind them), then relations.
  const claims: Claim[] = [];
  const { ownersOf, listedCue } = threatOwners(work, state, isFriendly);
  // Adversaries: the actors behind threats that are threats whoever owns them (launches, attacks, provocations).
  const adversaries = new Set<DocEntity>();
  for (const [t, owners] of ownersOf) if (!t.needsOwner && !owners.some(isFriendly)) for (const o of owners) adversaries.add(o);
  // "expressed deep concern at X's nuclear programs": the actor whose capabilities the parties condemn or fear is one too.
  for (const w of work)
    for (const t of w.threats) {
      const owners = ownersOf.get(t) ?? [];
      if (t.needsOwner && owners.length > 0 && !owners.some(isFriendly) && objectOfConcern(w.tokens, t)) for (const o of owners) adversaries.add(o);
    }
  const reading: StatementReading = {
    lexicon,
    registry,
    parties,
    principals,
    convened,
    alliance: partiesOwnAlliance,
    lastOf,
    lastThreats: [],
    ownersOf,
    listedCue,
    adversaries,
    isFriendly,
    stateOf,
    state,
    lexiconEntity,
    implied: new Set(),
    nameTies: [],
    leadIn: undefined,
  };
  for (const w of work) sentenceClaims(w, reading, claims);
  const { implied, nameTies } = reading;
  // A tie that only an agreement's name implies is added when no sentence states the actor's tie to it. Carrying out an
  // instrument ("operationalising the Xland-Yland Arrangement", "implement the Xland-Yland Partnership") is what its
  // parties do: for the states its name joins, the name's PARTY_TO stands instead of that COMMITS_TO.
  const carried = new Set(nameTies.map(tieKey));
  // Compacted in place: a big statement has too many claims to spread into one call.
  let kept = 0;
  for (const c of claims) if (!(c.type === "COMMITS_TO" && carried.size > 0 && CARRY_OUT.test(c.cue) && carried.has(tieKey(c)))) claims[kept++] = c;
  claims.length = kept;
  const tied = new Map<DocEntity, Set<DocEntity>>();
  for (const c of claims) if (c.type === "COMMITS_TO" || c.type === "PARTY_TO") tied.set(c.source, (tied.get(c.source) ?? new Set()).add(c.target));
  claims.push(...nameTies.filter((c) => !tied.get(c.source)?.has(c.target)));

  claims.push(...violators(claims));
  const { graph, refused } = buildGraph(doc, sentences, registry.entities, dedupeCommitments(dedupeParticipation(claims, implied, stateOf)), mentionSpans(work));
  // The read spans are worked out only when asked for (by `briefgraph review`), so ingest pays nothing for them.
  return { doc, graph, sentences, trace: { read: () => readSpans(work, lexicon), refused } };
}

function hasThreat(i: Item): boolean {
  return i.threat !== undefined;
}

/** Pass 2 over one sentence: its threats resolved, then the claims it states, added to `claims` in reading order. */
function sentenceClaims(w: SentenceWork, reading: StatementReading, claims: Claim[]): void {
  const { lexicon, parties, principals, convened, lastOf, stateOf, state, lexiconEntity } = reading;
  const index = w.sentence.index;
  if (!BULLET_ITEM.test(w.sentence.text)) reading.leadIn = undefined;
  if (w.threats.length > 0) threatItems(w, reading, claims);
  // "The meeting was co-chaired by …", "The exercise, led by …": definite descriptions name what the statement is about.
  for (const d of definiteDescriptions(w, convened, lastOf, reading.lastThreats)) w.items.push(d);
  // The threats this sentence names, each once (most sentences name none: no list is made for them).
  if (w.items.some(hasThreat)) reading.lastThreats = [...new Set(w.items.filter(hasThreat).map((i) => i.entity))];
  for (const i of w.items) {
    if (i.entity.type !== "Threat") lastOf.set(i.entity.type, i.entity);
    else if (i.entity.head) {
      lastOf.set(`Threat:${i.entity.head.replace(/s$/, "")}`, i.entity);
      lastOf.set("Threat:*", i.entity);
    }
  }
  const view = makeView(w.sentence, w.tokens, w.items);
  const ctx: RelationContext = {
    parties,
    principals,
    convened,
    alliance: reading.alliance,
    stateOf,
    // Methods, not arrow functions in properties: under tsx (keepNames) each named arrow costs a defineProperty per sentence.
    state(n) {
      return state(n, index);
    },
    stateByWord(word) {
      const entry = lexicon.stateByAdjective.get(formKey(word));
      return entry ? state(entry.name, index) : undefined;
    },
    leadIn: reading.leadIn,
  };
  if (w.sentence.text.endsWith(":") && w.tokens.length > 1) {
    const subject = subjectOf(view, w.tokens.length - 1, ctx);
    reading.leadIn = subject.length > 0 ? subject : undefined;
  }
  // A sentence that names nothing (not even states inside a compound such as "ROK-U.S.-Japan") states no relation.
  // The parties' own cooperation ("the two sides … strengthen cooperation") names them without a name.
  const namesSomething = w.items.length > 0 || w.tokens.some((t) => compoundStates(t, lexicon).length > 1) || OWN_WORK.test(w.sentence.text);
  const stated = namesSomething ? extractClaims(view, ctx) : [];
  // A person who leads a state's delegation speaks for that state from then on.
  for (const c of stated) if (c.type === "LEADS" && c.source.kind === "person" && c.target.kind === "state") c.source.states.add(c.target.name);
  claims.push(...stated);
  // A byline or dateline ("U.S. Department of Defense" alone on its line) states nothing about its name.
  if (!isByline(w))
    for (const c of qualifierClaims(w, index, state, lexiconEntity, lexicon)) {
      reading.implied.add(c);
      claims.push(c);
    }
  reading.nameTies.push(...namedParties(w, index, state, lexicon));
}

function buildGraph(
  doc: StatementDoc,
  sentences: readonly Sentence[],
  entities: readonly DocEntity[],
  claims: readonly Claim[],
  /** Each entity's spans, a list of its own (mentionSpans): given to the graph as it is, not copied. */
  spans: ReadonlyMap<DocEntity, [number, number][]>,
): { graph: BriefGraph; refused: RefusedRelation[] } {
  const graph = createGraph();
  graph.addNode(doc.id, {
    type: "Statement",
    name: doc.title,
    title: doc.title,
    // In the schema's order, so a statement read back from the store serialises to the same bytes.
    ...(doc.date ? { date: doc.date } : {}),
    ...(doc.dateText ? { dateText: doc.dateText } : {}),
    source: doc.source,
    sha256: doc.sha256,
    sentences: sentences.length,
    words: doc.words,
    text: doc.text,
  });
  const idOf = new Map<DocEntity, string>();
  const shown = ownForms(entities);
  for (const e of entities) {
    if (e.sentences.size === 0) continue;
    const id = entityId(e.type, e.idSeed);
    idOf.set(e, id);
    const { name, aliases } = shown.get(e) ?? { name: e.name, aliases: [...e.forms].filter((f) => f !== e.name).sort() };
    if (graph.hasNode(id)) {
      graph.updateNodeAttributes(id, (a) => (a.type === "Statement" ? a : { ...a, aliases: [...new Set([...a.aliases, name, ...aliases])].filter((x) => x !== a.name).sort(), mentions: a.mentions + e.sentences.size }));
    } else if (e.type === "Actor") {
      const actor: ActorAttributes = { type: "Actor", name, aliases, mentions: e.sentences.size, kind: e.kind ?? "organization" };
      // A person's office last, where the schema has it, and only when there is one (no object spread: it is slow).
      if (e.title) actor.title = e.title;
      graph.addNode(id, actor);
    } else {
      graph.addNode(id, { type: e.type, name, aliases, mentions: e.sentences.size });
    }
    const key = `${id}|MENTIONED_IN|${doc.id}`;
    const mention: MentionAttributes = { type: "MENTIONED_IN", sentences: [...e.sentences].sort((a, b) => a - b), spans: spans.get(e) ?? [] };
    if (graph.hasEdge(key)) graph.updateEdgeAttributes(key, (a) => (a.type === "MENTIONED_IN" ? unionMentions(a, mention) : a));
    else graph.addDirectedEdgeWithKey(key, id, doc.id, mention);
  }
  // One edge per (source, type, target), with the evidence of every sentence that states it, in reading order.
  const grouped = new Map<string, { source: string; type: Claim["type"]; target: string; evidence: Evidence[]; seen: Set<number> }>();
  for (const c of claims) {
    const source = idOf.get(c.source);
    const target = idOf.get(c.target);
    const s = sentences[c.sentence];
    if (!source || !target || !s || source === target) continue;
    const key = `${source}|${c.type}|${target}`;
    let group = grouped.get(key);
    if (!group) grouped.set(key, (group = { source, type: c.type, target, evidence: [], seen: new Set() }));
    if (group.seen.has(s.index)) continue;
    group.seen.add(s.index);
    group.evidence.push({ statement: doc.id, sentence: s.index, start: s.start, end: s.end, text: s.text, cue: c.cue });
  }
  const refused: RefusedRelation[] = [];
  for (const g of grouped.values()) {
    if (addRelation(graph, g.source, g.type, g.target, g.evidence)) continue;
    // The domain model's endpoint rules refused it: kept for the review report.
    const from = graph.getNodeAttributes(g.source);
    const to = graph.getNodeAttributes(g.target);
    if (!isEntity(from) || !isEntity(to)) continue;
    for (const e of g.evidence) refused.push({ source: { name: from.name, type: from.type }, type: g.type, target: { name: to.name, type: to.type }, sentence: e.sentence, cue: e.cue });
  }
  return { graph, refused };
}

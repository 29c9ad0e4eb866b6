/**
 * Threat phrases: noun phrases headed by a threat noun ("attacks", "jamming", "launch attempts",
 * "provocations", "balloons", "military cooperation" …), with the actor behind them when the text
 * gives one (a possessive, "its", a premodifier such as "DPRK", "by …", "between … and …").
 */
import type { Mention } from "./mentions.ts";
import type { Token } from "../text/tokens.ts";

/** Nouns that head a threat whenever they carry a modifier or an owner. */
const HEADS = new Set([
  "attack", "attacks", "cyberattack", "cyberattacks", "jamming", "launch", "launches", "test", "tests", "provocation",
  "provocations", "balloons", "threat", "threats", "transfer", "transfers", "trade", "proliferation", "incursion",
  "incursions", "intrusion", "intrusions", "hacking", "theft", "coercion", "aggression", "invasion", "war", "militarization",
  "smuggling", "evasion", "laundering", "intimidation", "harassment", "blockade", "violations", "hostilities", "terrorism",
  "missiles", "weapons", "attempts", "activities", "activity", "campaign", "campaigns", "espionage", "sabotage", "interference",
  "militarization", "militarisation", "reclamation", "blocking", "obstruction", "ramming", "boarding", "swarming",
  "firings", "test-firings", "overflights", "disruption", "disruptions", "piracy", "extremism", "disinformation", "misinformation",
  "crime", "crimes",
  // Kinds of transnational crime: "trafficking in persons", "money laundering".
  "trafficking", "cybercrime", "cybercrimes",
]);
/** Heads that name a threat on their own, with no modifier or owner: "the proliferation of WMD and terrorism". */
const SELF_THREATS = new Set(["terrorism", "piracy", "extremism", "disinformation", "misinformation", "cybercrime", "cybercrimes"]);
/** Nouns that head a threat only with a threat modifier ("nuclear and missile capabilities", "military cooperation"). */
const CONDITIONAL_HEADS = new Set([
  "capabilities", "capability", "programs", "program", "programmes", "programme", "systems", "cooperation", "development", "claims",
  "actions", "behavior", "behaviour", "buildup", "build-up", "arsenal", "activities", "collaboration", "alignment", "arms", "fishing",
  "rhetoric", "messaging", "remarks", "generation",
]);
/** Owner heads that only a weapon kind makes a threat of: "Ruritania and its nuclear issue", not "its maritime issue". */
const WEAPON_ONLY_HEADS = new Set(["issue"]);
const WEAPON_KINDS = new Set(["nuclear", "missile"]);
/** Dealings whose partner follows "with": "military cooperation with X", "arms transfers with X". */
const PARTNERED = new Set(["cooperation", "collaboration", "alignment", "transfer", "transfers"]);
/** Acts that threaten only with a weapon or a force as their object: "launch of an ICBM", "deployment of DPRK troops". */
const ARMED_ACTS = new Set(["launch", "launches", "deployment", "deployments"]);
/** Forces and arms named by other nouns than an agent's: "soldiers", "warships", "battalions". */
const FORCE_NOUNS = new Set(["soldier", "warship", "battalion", "brigade", "carrier", "mine", "rocket", "projectile", "warplane", "tank"]);
/** A word that names a weapon or a force, in the singular or the plural: "missile", "ICBM", "MRBM", "rockets", "troops", "Hwasong-18". */
function armedWord(t: Token): boolean {
  const one = t.lower.replace(/s$/, "");
  return THREAT_MODIFIERS.has(t.lower) || HEADS.has(t.lower) || OBJECT_HEADS.has(one) || AGENT_NOUNS.has(t.lower) || FORCE_NOUNS.has(one) || /\d/.test(t.text) || /^[A-Z]*BMs?$/.test(t.text);
}
/** Nominalisations of growing one's arms: "expansion of its nuclear arsenal", "advancement of its missile capabilities". */
const GROWING = new Set(["expansion", "buildup", "build-up", "advancement", "development", "diversification", "modernization", "modernisation", "enhancement"]);
/**
 * Commerce, a threat only in what is traded or how: "arms trade", "illicit trade in WMD", not "Canada-Korean trade" or
 * "trade in goods" (who trades makes no threat of it).
 */
const GOODS_HEADS = new Set(["trade"]);
/** Heads that name what is dealt in with "in": "illicit trade in small arms", "trafficking in persons, wildlife, and drugs". */
const DEALING_HEADS = new Set(["trade", "trafficking"]);
/** How many tokens a list of goods may take after its first item: ", wildlife, and illicit drugs". */
const GOODS_LIST_WINDOW = 10;
/** Activities that threaten only when an adversary carries them out: "the PLA Navy's live-fire drills", "intercept … by a PLA fighter". */
const OWNER_HEADS = new Set([
  "drills", "drill", "exercises", "maneuvers", "manoeuvres", "maneuver", "intercept", "intercepts", "patrols", "flights",
  "operations", "deployments", "buildup", "activities", "actions", "behavior", "behaviour", "incursions", "transits", "presence", "conduct",
  "issue",
]);
/** Acts: a coordination of modifiers distributes over them ("cyber and electromagnetic attacks" = two threats). */
const ACT_HEADS = new Set(["attack", "attacks", "launch", "launches", "test", "tests", "firings", "test-firings", "jamming", "incursion", "incursions", "intrusion", "intrusions"]);
/** Modifiers that make a threat of their head. */
const THREAT_MODIFIERS = new Set([
  "nuclear", "missile", "missiles", "ballistic", "cruise", "hypersonic", "space", "cyber", "gray", "grey", "zone", "gray-zone",
  "grey-zone", "launch", "test", "filth", "trash", "garbage", "arms", "gps", "electromagnetic", "chemical", "biological", "radiological",
  "military", "weapons", "illicit", "illegal", "unlawful", "malicious", "hostile", "destabilizing", "destabilising", "provocative",
  "reckless", "aggressive", "coercive", "unilateral", "delivery", "satellite", "reconnaissance", "drone", "drones", "uav", "artillery",
  "icbm", "slbm", "irbm", "srbm", "wmd", "terrorist", "ransomware", "disinformation", "intercontinental", "submarine-launched",
  "long-range", "short-range", "medium-range", "intermediate-range", "nuclear-capable", "sanctions", "dual-use", "escalatory",
  "irresponsible", "dangerous", "torpedo", "underwater", "strategic", "tactical", "armed", "border", "maritime", "airspace",
  "crypto", "cryptocurrency", "ship-to-ship", "spy", "surveillance", "weapon", "ammunition", "munitions",
  "high-technology", "mass", "destruction", "unsafe", "unprofessional", "live-fire", "uranium", "enrichment", "plutonium", "fissile", "preemptive", "pre-emptive", "excessive", "expansive", "maritime", "large-scale", "risky", "intimidating", "ballistic-missile", "covert", "influence", "information", "election",
  "threatening", "long", "short", "medium", "intermediate", "range", "land", "violent", "revenue", "transnational",
  "organised", "organized",
  // Kinds of transnational crime: "money laundering", "IUU fishing", "illegal, unreported and unregulated fishing".
  "money", "iuu", "unreported", "unregulated", "human", "drug", "narcotics",
  // Hostile acts named as the kind of an activity: "proliferation activities", "espionage operations".
  "proliferation", "terrorism", "espionage", "smuggling", "hacking",
]);
/** Leading participles and intensifiers that describe, but do not name, a threat. */
const DESCRIPTIVE = new Set<string>([
  "advancing", "continuing", "continued", "increasing", "intensifying", "growing", "escalating", "ongoing", "evolving",
  "ever-changing", "ever-increasing", "expanding", "deepening", "repeated", "repetitive", "persistent", "recent", "further", "frequent",
  "multiple", "serial", "unprecedented", "latest", "sustained", "relentless", "constant", "rapidly", "heightened", "increasingly",
  "various",
]);
/** Judgements the text passes on an act ("Russia's illegal, immoral and unprovoked invasion"): they describe it, may be coordinated, and do not name it. */
const EVALUATIVE = new Set([
  "unprovoked", "unjustified", "unjustifiable", "immoral", "brutal", "flagrant", "blatant", "egregious", "wanton", "indiscriminate",
  "premeditated", "unwarranted", "senseless", "barbaric", "heinous", "outrageous", "callous", "deliberate",
]);
for (const word of EVALUATIVE) DESCRIPTIVE.add(word);
/** Nominalisations that take a threat as their complement: "sending of filth balloons". */
const NOMINALS = new Set([
  "sending", "diversification", "development", "transfer", "transfers", "launch", "launches", "proliferation", "export",
  "exports", "supply", "provision", "use", "testing", "advancement", "expansion", "pursuit", "deployment", "production",
  "acquisition", "sale", "sales", "modernization", "enhancement", "spread", "flow", "war", "campaign", "unveiling", "fielding",
  "test-firing", "firing", "threats", "threat", "release",
]);
/** Heads whose "of" complement may be any short noun phrase: "transfer of high-technology". */
const OPEN_COMPLEMENT = new Set([
  "transfer", "transfers", "export", "exports", "sale", "sales", "supply", "provision", "acquisition", "use", "trade", "theft",
  "deployment", "deployments", "launch", "launches", "dispatch", "shipment", "shipments", "smuggling", "procurement",
  "threats", "threat", "militarization", "militarisation", "reclamation", "presence", "blocking", "obstruction", "harassment",
  "intimidation", "coercion", "interception", "targeting", "jamming", "spoofing", "disruption", "disruptions", "proliferation",
]);
/** Weapons named as objects: a head only at the end of the phrase ("the Hwasong-20 intercontinental ballistic missile"). */
const OBJECT_HEADS = new Set(["missile", "warhead", "warheads", "submarine", "satellite", "drone", "drones"]);
/** Nouns that follow an actor in an agent phrase: "by China Coast Guard vessels". */
const AGENT_NOUNS = new Set(["vessels", "vessel", "ships", "ship", "aircraft", "fighter", "fighters", "jets", "forces", "troops", "units", "personnel", "hackers", "operatives", "agents", "militia", "boats", "bombers", "drones"]);
/** Heads that name a threat only with their "of" complement: "deployment of DPRK troops to Russia". */
const COMPLEMENT_ONLY = new Set(["deployment", "deployments", "dispatch", "shipment", "shipments", "procurement", "use"]);
/** Heads that take an infinitive: "unilateral attempts to alter the status quo by force". */
const INFINITIVE_HEADS = new Set(["attempts", "attempt", "efforts", "actions", "moves", "threats"]);
/** Words that end the infinitive after such a head: a joint, a place adverb, or the finite verb of the clause. */
const INFINITIVE_STOP = new Set([
  "and", "in", "that", "which", "while", "as", "including", "anywhere", "everywhere", "elsewhere", "is", "are", "was", "were",
]);
/** Determiners and possessives: after "to" they open a noun phrase, not an infinitive. */
const DETERMINERS = new Set(["the", "a", "an", "our", "their", "its", "his", "her", "your", "my", "this", "these", "that", "those", "all", "any", "every", "each", "both", "such", "other"]);
/** Participles of a ban: what a rule prohibits ("decisions prohibiting the sale of …") is its content, not a threat anyone poses. */
const PROHIBITING = /^(?:prohibiting|prohibit|prohibits|banning|ban|bans|forbidding|forbid|forbids|outlawing)$/;
/** Nouns through which an owner reaches a threat without being part of its name: "the DPRK's preparations for a nuclear test". */
const PREP_NOMINALS = new Set(["preparations", "preparation", "plans", "plan", "pursuit", "readiness", "threat", "threats", "practice"]);
/** Participles that introduce the agent of an act or the operator of a weapon: "drills conducted by", "drones flown by". */
const AGENT_PARTICIPLE = /^(?:conducted|carried|taken|undertaken|launched|staged|attributed|perpetrated|committed|orchestrated|flown|fired|operated|deployed|dispatched|sent|posed)$/;
const COMPLEMENT_STOP = new Set([
  "and", "or", "between", "by", "that", "which", "to", "from", "with", "in", "on", "for", "at", "as", "while", "who", "since", "during",
  "against", "near", "around", "across", "into", "over", "toward", "towards", "along", "through", "within", "off", "beyond", "under",
  "above", "inside", "outside", "amid", "despite",
  // "the threat of nuclear proliferation is growing": a verb ends the complement.
  "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should",
  "remains", "remain", "continues", "continue",
  // "the launch of this rocket threatened the safety of …": a verb of harm ends the complement too.
  "threatened", "threatens", "threaten", "endangered", "endangers", "undermined", "undermines", "violated", "violates",
  "posed", "poses", "constituted", "constitutes",
  // "the launch of a new rocket yesterday": an adverb of time after a noun phrase is no part of it.
  "yesterday", "today", "tonight",
]);

export type OwnerRef =
  | { via: "mention"; mention: number }
  | { via: "pronoun"; at: number }
  | { via: "states"; names: string[] };

export interface ThreatMention {
  start: number;
  end: number;
  name: string;
  forms: string[];
  owners: OwnerRef[];
  head: string;
  /** Content words of the name, without descriptive words and owners: used to merge variants. */
  core: string[];
  /** Every content word of the phrase, complement included: "transfer of artillery munitions" → artillery, munitions. */
  words: string[];
  /** An activity ("drills", "conduct") that is a threat only with an actor behind it. */
  ownerOnly: boolean;
  /** A capability-like head ("capabilities", "cooperation") is a threat only with an actor behind it or a hostile modifier. */
  needsOwner: boolean;
}

/** Acts that "foreign" makes a threat of: "foreign interference", "foreign espionage". */
const FOREIGN_ACTS = new Set(["interference", "espionage", "intimidation", "coercion"]);
/** The spheres coercion is named by, alone or coordinated: "economic coercion", "political and economic coercion". */
const COERCION_KINDS = new Set(["economic", "political", "military", "diplomatic"]);

/** Modifiers hostile in themselves: "illicit cooperation" is a threat whoever is behind it. */
export const HOSTILE: ReadonlySet<string> = new Set(["threatening", "iuu", "illicit", "illegal", "unlawful", "malicious", "hostile", "destabilizing", "destabilising", "provocative", "reckless", "aggressive", "coercive", "escalatory", "irresponsible", "dangerous"]);

function isModifierWord(token: Token | undefined): boolean {
  if (!token?.word) return false;
  const lower = token.lower;
  return THREAT_MODIFIERS.has(lower) || DESCRIPTIVE.has(lower) || (/^[a-z]+-[a-z-]+$/.test(lower) && !lower.endsWith("-based"));
}

/**
 * Where a nominalisation before "of" starts: "diversification of", "the unveiling of the"; and one of growing one's
 * arms before "of its": "expansion of its nuclear arsenal" ("pursuit of its programs" names the programs).
 */
function fullStartHint(tokens: readonly Token[], s: number): number {
  const article = ["the", "a", "an"].includes(tokens[s - 1]?.lower ?? "") ? 1 : 0;
  if (tokens[s - 1 - article]?.lower === "of" && NOMINALS.has(tokens[s - 2 - article]?.lower ?? "")) return s - 2 - article;
  const own = /^(?:its|their)$/.test(tokens[s - 1]?.lower ?? "");
  return own && tokens[s - 2]?.lower === "of" && GROWING.has(tokens[s - 3]?.lower ?? "") ? s - 3 : s;
}

function mentionAt(mentions: readonly Mention[], token: number): number {
  // A loop, not findIndex with a closure: this is asked for nearly every token.
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m && m.start <= token && token < m.end) return i;
  }
  return -1;
}

function isActorMention(m: Mention | undefined): boolean {
  return m?.role === "entity" && (m.type === "Actor" || m.type === undefined);
}

/**
 * Whether the token is part of an actor's name, which owns a phrase rather than naming it. A word of another name read
 * over the modifiers ("chemical, biological and radiological (CBR)" taken for a name) still names the threat.
 */
function ownerWord(mentions: readonly Mention[], token: number): boolean {
  const m = mentionAt(mentions, token);
  return m >= 0 && isActorMention(mentions[m]);
}

function text(sentence: string, tokens: readonly Token[], start: number, end: number): string {
  const a = tokens[start];
  const b = tokens[end - 1];
  return a && b ? sentence.slice(a.start, b.end) : "";
}

/**
 * "coast guard and maritime militia vessels": after "and", lower-case modifiers up to an agent noun share it with the
 * words before "and". Returns the end of that noun, or 0.
 */
function sharedAgentNoun(tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length && k < from + 4; k++) {
    const t = tokens[k];
    if (!t?.word || t.cap || COMPLEMENT_STOP.has(t.lower)) return 0;
    if (AGENT_NOUNS.has(t.lower)) return k + 1;
  }
  return 0;
}

/** How many words a run of evaluative adjectives may take: "unprovoked, unjustified, and unlawful". */
const EVALUATIVE_WINDOW = 8;

/**
 * "Russia's illegal, immoral and unprovoked invasion": lower-case adjectives (with commas and "and") between a
 * possessive and a threat phrase that starts at `at`. Returns where they start when a possessive stands right
 * before them, else `at`.
 */
function pastEvaluatives(tokens: readonly Token[], at: number): number {
  // The adjective next to the phrase is a word ("unprovoked invasion"), not a list's comma ("threats, GPS jamming").
  if (!tokens[at - 1]?.word) return at;
  let k = at - 1;
  while (k >= 0 && at - k <= EVALUATIVE_WINDOW) {
    const t = tokens[k];
    if (!t) break;
    const noun = HEADS.has(t.lower) || CONDITIONAL_HEADS.has(t.lower) || OWNER_HEADS.has(t.lower);
    if (t.text === "," || t.lower === "and" || (t.word && !t.cap && !noun && !COMPLEMENT_STOP.has(t.lower) && !["the", "a", "an", "its", "their", "of"].includes(t.lower))) k--;
    else break;
  }
  const first = tokens[k + 1];
  return k + 1 < at && /^['’]s$/.test(tokens[k]?.text ?? "") && first?.word && first.lower !== "and" ? k + 1 : at;
}

/** "Terrorism presents a continuing challenge", "… poses a grave threat": the phrase ending before `at` is called a danger. */
const POSES = /^(?:poses|pose|presents|present|remains|remain|constitutes|constitute)$/;
const DANGER = /^(?:threat|threats|challenge|challenges|danger|dangers|risk|risks|menace)$/;
function posesDanger(tokens: readonly Token[], at: number): boolean {
  if (!POSES.test(tokens[at]?.lower ?? "")) return false;
  for (let k = at + 1; k <= at + 4 && k < tokens.length; k++) {
    const t = tokens[k];
    if (DANGER.test(t?.lower ?? "")) return true;
    if (!t?.word || t.cap) return false;
  }
  return false;
}

/**
 * "hostile rhetoric related to the use of chemical weapons": a phrase inside the "related to" postmodifier of a threat
 * describes that threat; it is no threat of its own.
 */
function insideRelatedTo(tokens: readonly Token[], found: readonly ThreatMention[], t: ThreatMention): boolean {
  const k = DETERMINERS.has(tokens[t.start - 1]?.lower ?? "") ? t.start - 1 : t.start;
  if (tokens[k - 1]?.lower !== "to" || !/^(?:related|relating)$/.test(tokens[k - 2]?.lower ?? "")) return false;
  return found.some((o) => o.end === k - 2);
}

/** The index after a parenthesised acronym that starts at `at` ("(ICBM)"), else `at`. */
function acronymAfter(tokens: readonly Token[], at: number): number {
  if (tokens[at]?.text !== "(") return at;
  for (let k = at + 1; k <= at + 4 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t?.text === ")") return k > at + 1 ? k + 1 : at;
    if (!/^[A-Z0-9][A-Za-z0-9-]*$/.test(t?.text ?? "")) return at;
  }
  return at;
}

/** Finds the threat phrases of a sentence, given its named mentions. */
export function findThreats(
  sentence: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
  compoundStates: (token: Token) => string[],
): ThreatMention[] {
  const found: ThreatMention[] = [];
  // "Terrorism presents …": the sentence's first word is capitalised as a sentence opener, not as a name.
  const firstWord = tokens.findIndex((t) => t.word && !/^\d/.test(t.text));
  for (let h = 0; h < tokens.length; h++) {
    const headToken = tokens[h];
    if (!headToken?.word || (headToken.cap && h !== firstWord)) continue;
    const head = headToken.lower;
    // Most words head nothing: the word's own sets first, the mentions and the words after it only for those that may.
    const isHead = HEADS.has(head);
    const conditional = CONDITIONAL_HEADS.has(head);
    const ownerOnly = OWNER_HEADS.has(head) && !isHead && !conditional;
    const objectWord = OBJECT_HEADS.has(head);
    const complementOnly = COMPLEMENT_ONLY.has(head) && tokens[h + 1]?.lower === "of";
    if (!isHead && !conditional && !ownerOnly && !objectWord && !complementOnly) continue;
    // A word inside a name that is no actor's ("Nuclear Consultative Group") heads no threat.
    const covering = mentions[mentionAt(mentions, h)];
    if (covering !== undefined && !isActorMention(covering)) continue;
    // "drones flown by the DPRK": a weapon with the agent who operates it.
    const operated = AGENT_PARTICIPLE.test(tokens[h + 1]?.lower ?? "") && tokens[h + 2]?.lower === "by";
    const objectHead = objectWord && (!tokens[h + 1]?.word || COMPLEMENT_STOP.has(tokens[h + 1]?.lower ?? "") || tokens[h + 1]?.lower === "of" || operated);
    if (!isHead && !conditional && !ownerOnly && !objectHead && !complementOnly) continue;
    // "signed in the presence of the two ministers": the idiom of attendance, not a force's presence.
    if (head === "presence" && tokens[h - 1]?.lower === "the" && tokens[h - 2]?.lower === "in" && tokens[h + 1]?.lower === "of") continue;
    // "space launch attempts", "arms trade": the head is the last noun of the phrase.
    const following = tokens[h + 1]?.lower ?? "";
    // "nuclear weapons use": the head is the noun after.
    if (HEADS.has(following) || CONDITIONAL_HEADS.has(following) || (following === "use" && !tokens[h + 2]?.word)) continue;
    // The phrase around the head is read apart: most words are no head, and this loop stays small.
    threatsAtHead({ sentence, tokens, mentions, compoundStates }, { at: h, token: headToken, ownerOnly, conditional, operated, objectHead }, found);
  }
  // A phrase inside a longer one is part of it ("transfer of artillery munitions [and ballistic missiles]").
  const coordinated = coordinate(sentence, tokens, found);
  return coordinated.filter((t) => !coordinated.some((o) => o !== t && o.start <= t.start && t.end <= o.end && o.end - o.start > t.end - t.start) && !insideRelatedTo(tokens, coordinated, t));
}

/** The sentence a threat phrase is read from. */
interface ThreatSentence {
  sentence: string;
  tokens: readonly Token[];
  mentions: readonly Mention[];
  compoundStates: (token: Token) => string[];
}

/** A word that may head a threat phrase, with what its word says about the phrase. */
interface ThreatHead {
  at: number;
  token: Token;
  ownerOnly: boolean;
  conditional: boolean;
  /** "drones flown by the DPRK": a weapon with the agent who operates it. */
  operated: boolean;
  objectHead: boolean;
}

/** What a threat endangers: "peace", "security", "the rules-based order". */
const ENDANGERED = /^(?:peace|security|stability|order|safety|sovereignty|integrity|interests?|prosperity)$/;
/** How many words after "to" may come before what is endangered: "to global peace", "to our mutual interest". */
const ENDANGERED_WINDOW = 4;

/**
 * "threats to international security", "threats to global peace": after a bare "threats", "to" and lower-case words
 * up to what is endangered are a preposition's phrase (not an infinitive, as in "threats to use force"), and name only
 * a class of threats unless what poses them follows.
 */
function endangered(tokens: readonly Token[], head: string, e: number): boolean {
  if ((head !== "threat" && head !== "threats") || tokens[e]?.lower !== "to") return false;
  for (let k = e + 1; k < tokens.length && k - e <= ENDANGERED_WINDOW; k++) {
    const t = tokens[k];
    if (!t?.word || t.cap) return false;
    // "threats to global peace posed by X": the source named after it makes it a threat of its own.
    if (ENDANGERED.test(t.lower)) return !tokens.slice(k + 1, k + 1 + ENDANGERED_WINDOW).some((x) => /^(?:posed|from|by)$/.test(x.lower));
  }
  return false;
}

/** The threat phrases headed by the word at `head.at` (none, one, or one per part of "cyber and electromagnetic attacks"), added to `found`. */
function threatsAtHead(input: ThreatSentence, { at: h, token: headToken, ownerOnly, conditional, operated, objectHead }: ThreatHead, found: ThreatMention[]): void {
  const { sentence, tokens, mentions } = input;
  const head = headToken.lower;
  // Modifiers to the left: threat words, descriptive words, hyphenated words, actor premodifiers, "A and B" of modifiers.
  const { start: s, owners, coordinated, acronym, possessorStart } = modifiersBefore(input, h);
  const ofHead = complementAfter(input, head, h);
  let e = ofHead.end;
  const complementOwners = ofHead.owners;
  if (COMPLEMENT_ONLY.has(head) && e === h + 1) return;
  const ownedByComplement = owners.length === 0 && complementOwners.length > 0;
  if (ownedByComplement) owners.push(...complementOwners);
  // Read before an infinitive may lengthen the phrase; it counts once the owners are known (below).
  const classOnly = endangered(tokens, head, e);
  // "attempts to alter the status quo by force".
  // "threats to our shared security", "threats to the region": "to" before a determiner is a preposition, no infinitive.
  if (INFINITIVE_HEADS.has(head) && tokens[e]?.lower === "to" && tokens[e + 1]?.word && !tokens[e + 1]?.cap && !DETERMINERS.has(tokens[e + 1]?.lower ?? "")) {
    let k = e + 2;
    // "… by force or coercion anywhere": an adverb of place after the infinitive's object is no part of it,
    // and "attempts to alter the status quo by force are unacceptable": nor is the verb of the clause the phrase is subject of.
    while (k < tokens.length && k - e <= 10 && tokens[k]?.word && !INFINITIVE_STOP.has(tokens[k]?.lower ?? "")) k++;
    if (k - e >= 3) e = k;
  }
  // Descriptive words do not count as modifiers.
  const contentWords = tokens.slice(s, h).filter((t, i) => t.word && !DESCRIPTIVE.has(t.lower) && !ownerWord(mentions, s + i) && t.lower !== "and");
  const strong = contentWords.some((t) => THREAT_MODIFIERS.has(t.lower));
  if (conditional && !strong && !(OWNER_HEADS.has(head) && owners.length > 0)) return;
  if (WEAPON_ONLY_HEADS.has(head) && !contentWords.some((t) => WEAPON_KINDS.has(t.lower))) return;
  // "the launch of negotiations", "the deployment of THAAD": launching or deploying is a threat by what is launched or deployed.
  // ("the deployment of Ruritanian soldiers": a state's own men are a force.)
  const statesMen = complementOwners.some((o) => o.via === "mention" && (mentions[o.mention]?.adjective === true || mentions[o.mention]?.kind === "state"));
  if (ARMED_ACTS.has(head) && !strong && e > h + 1 && !statesMen && !tokens.slice(h + 2, e).some(armedWord)) return;
  if (GOODS_HEADS.has(head) && !strong && !tokens.slice(h + 1, e).some((t) => THREAT_MODIFIERS.has(t.lower) || HEADS.has(t.lower))) return;
  if (objectHead && !operated && !HEADS.has(head) && !contentWords.some((t) => /\d/.test(t.text)) && fullStartHint(tokens, s) === s) return;
  const bare = !conditional && contentWords.length === 0 && e === h + 1;
  // Leading descriptive words are dropped from the name.
  let nameStart = s;
  // "flagrant and repeated violations": the joints of dropped words go with them.
  while (nameStart < h && (DESCRIPTIVE.has(tokens[nameStart]?.lower ?? "") || (nameStart > s && /^(?:and|or|,)$/.test(tokens[nameStart]?.lower ?? "")))) nameStart++;
  // A nominalisation before "of": "(its) diversification of nuclear delivery systems".
  let fullStart = fullStartHint(tokens, s);
  if (fullStart < s) {
    nameStart = fullStart;
    while (DESCRIPTIVE.has(tokens[fullStart - 1]?.lower ?? "")) fullStart--;
  }
  // "the threat or use of force": a bare threat noun coordinated with the head shares its complement and its name
  // (not one with words of its own: "illegal arms trade and transfer of …" are two).
  const partner = tokens[h - 2];
  const opener = tokens[h - 3];
  const partnerBare = !opener?.word || DETERMINERS.has(opener.lower) || COMPLEMENT_STOP.has(opener.lower);
  if (nameStart === h && e > h + 1 && partnerBare && OPEN_COMPLEMENT.has(head) && /^(?:or|and)$/.test(tokens[h - 1]?.lower ?? "") && partner?.word && !partner.cap && (HEADS.has(partner.lower) || NOMINALS.has(partner.lower))) {
    nameStart = h - 2;
    fullStart = h - 2;
  }
  // "the DPRK's continued preparations for a seventh nuclear test": the owner stands before a linking noun.
  let ownerAt = fullStart;
  let ordinal: string | undefined;
  {
    let k = fullStart - 1;
    if (/^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|new|another)$/.test(tokens[k]?.lower ?? "")) {
      ordinal = tokens[k]?.text;
      k--;
    }
    if (["a", "an", "the"].includes(tokens[k]?.lower ?? "")) k--;
    if (["for", "of", "to"].includes(tokens[k]?.lower ?? "") && PREP_NOMINALS.has(tokens[k - 1]?.lower ?? "")) {
      k -= 2;
      while (DESCRIPTIVE.has(tokens[k]?.lower ?? "")) k--;
      ownerAt = k + 1;
    } else if (ordinal && k === fullStart - 2 && /^(?:['’]s|its|their)$/.test(tokens[k]?.lower ?? "")) {
      // "its fourth nuclear test", "Ruritania's sixth nuclear test": an ordinal stands between the owner and the phrase.
      ownerAt = k + 1;
    }
  }
  // "Russia's unprovoked, unjustified, and unlawful invasion": evaluative adjectives between the possessive and the phrase.
  ownerAt = pastEvaluatives(tokens, ownerAt);
  // What stands before the phrase: a possessive owner or "its"/"their".
  const before = tokens[ownerAt - 1];
  let outerStart = possessorStart ?? fullStart;
  if (before && (before.text === "'s" || before.text === "’s")) {
    const m = mentionAt(mentions, ownerAt - 2);
    if (m >= 0 && isActorMention(mentions[m])) {
      // "the PRC's obstruction of Philippine vessels": the possessor acts; the actor in the complement is acted on.
      if (ownedByComplement) owners.length = 0;
      owners.push({ via: "mention", mention: m });
      outerStart = mentions[m]?.start ?? fullStart;
    }
  } else if (before && (before.lower === "its" || before.lower === "their")) {
    owners.push({ via: "pronoun", at: ownerAt - 1 });
  }
  // What follows: "by the DPRK", "between Russia and the DPRK", "from X".
  const { end: ppEnd, possessed } = agentAfter(input, head, h, e, ownerOnly, owners);
  // "the continued development of its missile programs": with no possessor or agent, the "its" after "of" names the owner.
  if (owners.length === 0 && fullStart < s && /^(?:its|their)$/.test(tokens[s - 1]?.lower ?? "")) owners.push({ via: "pronoun", at: s - 1 });
  if (ownerOnly && owners.length === 0) return;
  // "decisions prohibiting the sale of cruise rocket parts": a ban's object, with no one behind it.
  if (owners.length === 0) {
    let k = outerStart - 1;
    while (DETERMINERS.has(tokens[k]?.lower ?? "")) k--;
    if (PROHIBITING.test(tokens[k]?.lower ?? "")) return;
  }
  // A bare head ("threats", "aggression") is a threat only with an owner or inside a nominalisation ("its war of aggression"),
  // but for a kind of threat that is one whoever is behind it ("terrorism"), or one the text says poses a danger.
  if (bare && owners.length === 0 && !SELF_THREATS.has(head) && !posesDanger(tokens, e)) return;
  // "threats to international security": a class of threats named only by what it endangers, with no one behind it, is no threat.
  if (classOnly && owners.length === 0) return;
  // "the threat posed by Ruritania": a bare head is named with its agent phrase.
  const nameEnd = bare && ppEnd > e && tokens[acronymAfter(tokens, e)]?.lower === "posed" ? ppEnd : e;
  const name = acronym ? `${acronym.text} ${text(sentence, tokens, acronym.close + 1, e)}` : text(sentence, tokens, nameStart, nameEnd);
  const core = tokens
    .slice(s, h)
    .filter((t, i) => t.word && !DESCRIPTIVE.has(t.lower) && !ownerWord(mentions, s + i) && t.lower !== "and")
    .map((t) => t.lower);
  const forms = new Set([name, text(sentence, tokens, s, e), text(sentence, tokens, outerStart, e), text(sentence, tokens, fullStart, e)]);
  // Each form also without the acronym in brackets.
  if (acronym) for (const from of [nameStart, s, outerStart]) forms.add(`${text(sentence, tokens, from, acronym.open)} ${text(sentence, tokens, acronym.close + 1, e)}`.replace(/\s+/g, " ").trim());
  if (ppEnd > e) forms.add(text(sentence, tokens, nameStart, ppEnd));
  // "war of aggression against Ukraine", "Russia's invasion of Ukraine": the victim completes the name as written.
  if (tokens[e]?.lower === "against" || (possessed && tokens[e]?.lower === "of")) {
    const v = mentionAt(mentions, e + 1) >= 0 ? e + 1 : mentionAt(mentions, e + 2) >= 0 && tokens[e + 1]?.lower === "the" ? e + 2 : -1;
    const victim = v >= 0 ? mentions[mentionAt(mentions, v)] : undefined;
    if (victim && isActorMention(victim)) forms.add(text(sentence, tokens, nameStart, victim.end));
  }
  if (ordinal) forms.add(`${ordinal} ${text(sentence, tokens, nameStart, e)}`);
  if (ownerAt < fullStart) forms.add(text(sentence, tokens, ownerAt, e));
  if (fullStart < s) forms.add(text(sentence, tokens, s, e).replace(/^(?:\S+ )*?(?=\S+$)/, (m) => m));
  const complement = fullStart < s ? text(sentence, tokens, s, e) : undefined;
  if (complement) {
    let cs = s;
    while (cs < h && DESCRIPTIVE.has(tokens[cs]?.lower ?? "")) cs++;
    forms.add(text(sentence, tokens, cs, e));
  }
  if (coordinated && ACT_HEADS.has(head)) {
    // "cyber and electromagnetic attacks" → "cyber attacks", "electromagnetic attacks".
    const groups: string[][] = [[]];
    for (let k = nameStart; k < h; k++) {
      const t = tokens[k];
      if (!t) continue;
      if (t.lower === "and" || t.text === ",") groups.push([]);
      else groups[groups.length - 1]?.push(t.text);
    }
    for (const group of groups.filter((g) => g.length)) {
      const part = `${group.join(" ")} ${headToken.text}`;
      const core = group.map((g) => g.toLowerCase());
      found.push({ start: s, end: e, name: part, forms: [part], owners, head, core, words: core, needsOwner: false, ownerOnly: false });
    }
    return;
  }
  // Activities (drills, intercepts) already have a non-party owner; capabilities also need that owner to be an adversary.
  // "X's unlawful pursuit of a nuclear weapons program": a hostile judgement between the owner and the phrase counts too.
  const judged = tokens.slice(ownerAt, fullStart).some((t) => HOSTILE.has(t.lower));
  // "China's expansion of its nuclear arsenal": an owner's growing of its weapons is a threat the text names as such.
  const grown = fullStart < s && GROWING.has(tokens[nameStart]?.lower ?? "") && owners.length > 0 && contentWords.some((t) => WEAPON_KINDS.has(t.lower));
  const needsOwner = !ownerOnly && conditional && !judged && !grown && !contentWords.some((t) => HOSTILE.has(t.lower));
  const words = tokens.slice(nameStart, e).filter((t) => t.word && !t.cap && !DESCRIPTIVE.has(t.lower) && !COMPLEMENT_STOP.has(t.lower) && !["of", "the", "a", "an"].includes(t.lower)).map((t) => t.lower);
  found.push({ start: outerStart, end: e, name, forms: [...forms].filter(Boolean), owners, head, core, words, needsOwner, ownerOnly });
}

/** What stands before a threat's head word and belongs to the phrase. */
interface Modifiers {
  /** Where the phrase starts. */
  start: number;
  owners: OwnerRef[];
  /** "A and B" of modifiers: "cyber and electromagnetic attacks". */
  coordinated: boolean;
  /** "intercontinental ballistic missile (ICBM) launches": the acronym of the modifiers. */
  acronym: { open: number; close: number; text: string } | undefined;
  /** "the Republic of Ruritania's (ROR) latest moves": where the possessor whose name ends in its acronym starts. */
  possessorStart: number | undefined;
}

/** The modifiers to the left of the head word at `h`: threat words, descriptive words, hyphenated words, actor premodifiers, "A and B" of modifiers. */
function modifiersBefore({ tokens, mentions, compoundStates }: ThreatSentence, h: number): Modifiers {
  let s = h;
  const owners: OwnerRef[] = [];
  let coordinated = false;
  let acronym: { open: number; close: number; text: string } | undefined;
  let possessorStart: number | undefined;
  for (let k = h - 1; k >= 0; k--) {
    const t = tokens[k];
    if (!t) break;
    // "the Republic of Ruritania's (ROR) latest moves": an actor's name that ends in its acronym owns the phrase.
    const named = t.text === ")" ? mentionAt(mentions, k) : -1;
    if (named >= 0 && isActorMention(mentions[named]) && mentions[named]?.end === s) {
      // The possessor is no part of the name (as after a bare "X's"), only of a form.
      owners.push({ via: "mention", mention: named });
      possessorStart = mentions[named]?.start;
      break;
    }
    // "intercontinental ballistic missile (ICBM) launches": the acronym of the modifiers.
    if (t.text === ")" && !acronym && k === s - 1) {
      const open = tokens.slice(Math.max(0, k - 4), k).map((x) => x.text).lastIndexOf("(");
      const at = open < 0 ? -1 : Math.max(0, k - 4) + open;
      const inner = at >= 0 ? tokens.slice(at + 1, k) : [];
      if (at >= 0 && inner.length > 0 && inner.every((x) => /^[A-Z0-9][A-Za-z0-9-]*$/.test(x.text))) {
        acronym = { open: at, close: k, text: inner.map((x) => x.text).join(" ") };
        s = at;
        k = at;
        continue;
      }
    }
    const m = mentionAt(mentions, k);
    if (m >= 0 && isActorMention(mentions[m]) && mentions[m]?.end === s) {
      owners.push({ via: "mention", mention: m });
      s = mentions[m]?.start ?? k;
      k = s;
      continue;
    }
    const states = t.word && m < 0 ? compoundStates(t) : [];
    if (states.length > 0) {
      owners.push({ via: "states", names: states });
      s = k;
      continue;
    }
    const designator = /^[A-Z][A-Za-z]*-?\d+[A-Z]?$/.test(t.text) && t.text.length <= 12;
    // "foreign interference": a state's meddling in another's affairs, whoever carries it out.
    const foreign = t.lower === "foreign" && k === h - 1 && FOREIGN_ACTS.has(tokens[h]?.lower ?? "");
    const coerced = (x: Token | undefined) => tokens[h]?.lower === "coercion" && COERCION_KINDS.has(x?.lower ?? "");
    if (t.word && (isModifierWord(t) || designator || foreign || coerced(t) || (/^[A-Z]{2,5}$/.test(t.text) && THREAT_MODIFIERS.has(t.lower)))) {
      s = k;
      continue;
    }
    // "weapons of mass destruction and cruise rocket projects": "of mass destruction" belongs to the weapons before it.
    // So do "weapons of mass destruction, piracy" and "… of mass destruction, and rocket threats".
    const ofMass = (j: number) => tokens[j]?.lower === "destruction" && tokens[j - 2]?.lower === "of";
    if ((t.lower === "and" || t.text === ",") && (ofMass(k - 1) || (t.lower === "and" && tokens[k - 1]?.text === "," && ofMass(k - 2)))) break;
    // "unprovoked, unjustified, and unlawful": a serial comma before the last "and".
    const serial = (t.lower === "and" || t.lower === "or") && tokens[k - 1]?.text === "," ? 1 : 0;
    const previous = tokens[k - 1 - serial];
    if ((t.lower === "and" || t.lower === "or" || t.text === ",") && (isModifierWord(previous) || coerced(previous)) && !HEADS.has(previous?.lower ?? "") && (!DESCRIPTIVE.has(previous?.lower ?? "") || EVALUATIVE.has(previous?.lower ?? ""))) {
      coordinated = true;
      s = k;
      continue;
    }
    break;
  }
  return { start: s, owners, coordinated, acronym, possessorStart };
}

/** Where a threat phrase headed at `h` ends with its complement ("weapons of mass destruction", "transfer of artillery munitions to Russia"), and the actors the complement names as owners. */
function complementAfter({ tokens, mentions }: ThreatSentence, head: string, h: number): { end: number; owners: OwnerRef[] } {
  let e = h + 1;
  // "weapons of mass destruction": the complement is part of the weapon's name.
  if (head === "weapons" && tokens[e]?.lower === "of" && tokens[e + 1]?.lower === "mass" && tokens[e + 2]?.lower === "destruction") e += 3;
  const complementOwners: OwnerRef[] = [];
  // "transfer of high-technology", "launch of the solid-fuel Hwasong-20", "deployment of DPRK troops to Russia".
  // "illicit trade in small arms": "trade" names its goods with "in" (not a place: "trade in the region", "trade in Asia").
  const goodsIn = DEALING_HEADS.has(head) && tokens[e]?.lower === "in" && tokens[e + 1]?.word === true && !tokens[e + 1]?.cap && !DETERMINERS.has(tokens[e + 1]?.lower ?? "");
  if ((OPEN_COMPLEMENT.has(head) || goodsIn) && (tokens[e]?.lower === "of" || goodsIn)) {
    let k = e + 1;
    while (k < tokens.length && k - e <= 6) {
      const t = tokens[k];
      const m = mentionAt(mentions, k);
      if (m >= 0 && isActorMention(mentions[m])) {
        // "deployment of DPRK troops": the actor whose troops they are.
        if (head !== "transfer" && head !== "transfers" && head !== "sale" && head !== "sales" && head !== "supply") complementOwners.push({ via: "mention", mention: m });
        k = mentions[m]?.end ?? k + 1;
      } else if (t?.word && !COMPLEMENT_STOP.has(t.lower) && (!t.cap || /[\d-]/.test(t.text) || /^[A-Z]{2,}$/.test(t.text))) k++;
      else if (t?.lower === "and" && k > e + 1 && sharedAgentNoun(tokens, k + 1) > 0) k = sharedAgentNoun(tokens, k + 1);
      else break;
    }
    if (goodsIn && k > e + 1) k = goodsListEnd(tokens, k);
    while (k > e + 1 && ["the", "a", "an"].includes(tokens[k - 1]?.lower ?? "")) k--;
    if (k > e + 1) {
      e = k;
      // A recipient: "… to Russia".
      const to = tokens[e]?.lower === "to" ? mentionAt(mentions, tokens[e + 1]?.lower === "the" ? e + 2 : e + 1) : -1;
      // (A name, not a state's adjective before a noun: "to Filipino personnel" names no recipient.)
      if (to >= 0 && isActorMention(mentions[to]) && (mentions[to]?.forms.length ?? 0) > 0 && !mentions[to]?.adjective) e = mentions[to]?.end ?? e;
      // "use of those outposts for military purposes": the purpose that makes a use a threat belongs to its name.
      if (head === "use" && tokens[e]?.lower === "for" && tokens[e + 1]?.lower === "military" && /^(?:purposes|ends)$/.test(tokens[e + 2]?.lower ?? "")) e += 3;
    }
  }
  return { end: e, owners: complementOwners };
}

/**
 * "trafficking in arms, narcotics, and people": the goods after "in" may go on as a list closed by its "and"/"or" item.
 * Returns where that last item ends, or `k` (where the first item ended) when no such list follows.
 */
function goodsListEnd(tokens: readonly Token[], k: number): number {
  let j = k;
  while (j - k <= GOODS_LIST_WINDOW) {
    if (tokens[j]?.text !== ",") return k;
    j++;
    const joint = /^(?:and|or)$/.test(tokens[j]?.lower ?? "");
    if (joint) j++;
    const from = j;
    // An item is a few lower-case words; a threat's head ("…, and terrorism") starts a threat of its own.
    while (j - from < 3 && tokens[j]?.word && !tokens[j]?.cap && !COMPLEMENT_STOP.has(tokens[j]?.lower ?? "") && !HEADS.has(tokens[j]?.lower ?? "")) j++;
    if (j === from) return k;
    if (joint) return j;
  }
  return k;
}

/** Words that open a sentence with a phrase set off by a comma: "In response to …,", "Regarding …,", "Given …,". */
const OPENING = /^(?:in|regarding|concerning|given|amid|amidst|following|despite|against|after|faced|facing|with|as|on|over|noting|recalling)$/;

/** Whether the comma at `k` is the first of a sentence that opens with such a phrase: what follows is the clause's subject. */
function closesOpening(tokens: readonly Token[], k: number): boolean {
  const first = tokens.findIndex((t) => t.word);
  if (first < 0 || first >= k || !OPENING.test(tokens[first]?.lower ?? "")) return false;
  for (let j = first; j < k; j++) if (tokens[j]?.text === ",") return false;
  return true;
}

/**
 * The agent after a threat phrase ending at `e`: "by the DPRK", "between Russia and the DPRK", "from X", "conducted by
 * the PLA"; its actors are added to `owners`. Where the agent phrase ends, and whether a possessive owner stands before
 * the head (then an "of" complement is what the act is done to).
 */
function agentAfter({ tokens, mentions }: ThreatSentence, head: string, h: number, e: number, ownerOnly: boolean, owners: OwnerRef[]): { end: number; possessed: boolean } {
  // Past the acronym of the complement: "the launch of a medium-range rocket (MRR) by Xland".
  const pe = acronymAfter(tokens, e);
  let ppFrom = pe;
  // "the dangerous maneuvers of China Coast Guard vessels": an activity "of" an actor is that actor's.
  if (ownerOnly && tokens[e]?.lower === "of" && mentionAt(mentions, e + 1) >= 0 && isActorMention(mentions[mentionAt(mentions, e + 1)])) ppFrom = e;
  // "intercept of a RAAF P-8A aircraft by a PLA fighter": look past the object for the agent.
  else if (ownerOnly && tokens[e]?.lower === "of") {
    let k = e + 1;
    while (k < tokens.length && k - e <= 14 && !["by", ",", ".", "which", "that", "and"].includes(tokens[k]?.lower ?? "")) k++;
    if (tokens[k]?.lower === "by") ppFrom = k;
  }
  // "drills conducted by the PLA", "intrusions attributed to the Lazarus Group": the agent after a participle.
  if (ppFrom === pe && AGENT_PARTICIPLE.test(tokens[pe]?.lower ?? "") && /^(?:by|to|out)$/.test(tokens[pe + 1]?.lower ?? "")) {
    ppFrom = tokens[pe + 1]?.lower === "out" && tokens[pe + 2]?.lower === "by" ? pe + 2 : pe + 1;
  }
  const after = tokens[ppFrom]?.lower === "to" && ppFrom > pe ? "by" : tokens[ppFrom]?.lower;
  let ppEnd = e;
  const ofActor = after === "of" && ppFrom === e && (() => {
    const k = tokens[e + 1]?.lower === "the" ? e + 2 : e + 1;
    const m = mentionAt(mentions, k);
    return m >= 0 && isActorMention(mentions[m]) && mentions[m]?.kind !== "person";
  })();
  // "Russia's invasion of Ukraine": with a possessive owner, the "of" complement is what the act is done to.
  const possessed = owners.some((o) => o.via === "mention" && (mentions[o.mention]?.end ?? 0) <= h && /^['’]s$/.test(tokens[mentions[o.mention]?.end ?? -1]?.text ?? ""));
  if (after === "by" || after === "between" || after === "from" || (ofActor && !possessed) || (after === "with" && PARTNERED.has(head))) {
    let k = ppFrom + 1;
    let limit = Math.min(tokens.length, ppFrom + 10);
    while (k < limit) {
      const t = tokens[k];
      if (!t) break;
      const m = mentionAt(mentions, k);
      // "by Russia, the DPRK's launches": an actor with a possessive owns what follows it, not this act.
      if (m >= 0 && isActorMention(mentions[m]) && /^['’]s$/.test(tokens[mentions[m]?.end ?? -1]?.text ?? "")) break;
      if (m >= 0 && isActorMention(mentions[m])) {
        owners.push({ via: "mention", mention: m });
        k = mentions[m]?.end ?? k + 1;
        // "between the Islamic Republic of Iran (IRI) and the DPRK": a long name leaves room for the next.
        limit = Math.min(tokens.length, Math.max(limit, k + 4));
        // "by China Coast Guard vessels", "by a PLA fighter".
        if (AGENT_NOUNS.has(tokens[k]?.lower ?? "")) k++;
        ppEnd = k;
        continue;
      }
      // "In response to the threat posed by X, the two states …": the comma closes the sentence's opening phrase.
      if (t.text === "," && closesOpening(tokens, k)) break;
      if (t.lower === "the" || t.lower === "and" || t.text === "," || t.lower === "a" || t.lower === "an") {
        k++;
        continue;
      }
      // "harassment by vessels from X", "by aircraft of X": the agent's craft, then the actor they come from.
      if (k === ppFrom + 1 && AGENT_NOUNS.has(t.lower) && /^(?:from|of)$/.test(tokens[k + 1]?.lower ?? "")) {
        k += 2;
        continue;
      }
      break;
    }
  }
  return { end: ppEnd, possessed };
}

/**
 * Coordinated threats: "A and B between X and Y" is one activity (its parts are aliases);
 * "A and threats" folds the bare second head into A; "its A and B" gives B the owner of A.
 */
function coordinate(sentence: string, tokens: readonly Token[], found: ThreatMention[]): ThreatMention[] {
  const out: ThreatMention[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i];
    if (!a) continue;
    const b = found[i + 1];
    // "A and B", "A and the B".
    const joined = b && tokens[a.end]?.lower === "and" && (b.start === a.end + 1 || (b.start === a.end + 2 && tokens[a.end + 1]?.lower === "the"));
    if (joined && b) {
      const next = tokens[b.end]?.lower;
      const recipient = next === "to" && (tokens[b.end + 1]?.cap || tokens[b.end + 2]?.cap);
      // "a missile launch and a nuclear test by X": two kinds of act, each carried out by the agent they share.
      if (next === "by" && a.owners.length === 0 && ACT_HEADS.has(a.head) && ACT_HEADS.has(b.head) && a.head !== b.head) {
        out.push({ ...a, owners: [...b.owners] });
        continue;
      }
      // "X's military cooperation and arms transfers with Y": both dealings are with the partner they share.
      if (next === "with" && PARTNERED.has(a.head) && PARTNERED.has(b.head)) {
        out.push({ ...a, owners: [...a.owners, ...b.owners.filter((o) => !a.owners.includes(o))] });
        continue;
      }
      if (next === "between" || next === "by" || recipient) {
        const merged = text(sentence, tokens, a.start, b.end);
        out.push({ ...a, end: b.end, name: `${a.name} and ${b.name}`, forms: [...new Set([merged, `${a.name} and ${b.name}`, ...a.forms, ...b.forms])], owners: [...a.owners, ...b.owners], core: [...a.core, ...b.core], words: [...a.words, ...b.words] });
        i++;
        continue;
      }
      // "nuclear weapons and ballistic missile programs": the first head modifies the second.
      if (THREAT_MODIFIERS.has(a.head) && CONDITIONAL_HEADS.has(b.head) && b.owners.length === 0) {
        const merged = text(sentence, tokens, a.start, b.end);
        const name = `${a.name} and ${b.name}`;
        out.push({ ...b, start: a.start, name, forms: [...new Set([name, merged, ...b.forms])], owners: a.owners, core: [...a.core, a.head, ...b.core], words: [...a.words, ...b.words], needsOwner: false });
        i++;
        continue;
      }
      if (b.owners.length === 0 && a.owners.length > 0) b.owners = [...a.owners];
    }
    out.push(a);
  }
  return out;
}

/** Head nouns and small closed word classes that type a name the lexicon does not know. */
import type { ActorKind, EntityType } from "../../graph/schema.ts";

export interface HeadType {
  type: EntityType;
  kind?: ActorKind;
}

const BODY: HeadType = { type: "Body" };
const AGREEMENT: HeadType = { type: "Agreement" };
const EXERCISE: HeadType = { type: "Exercise" };
const ORG: HeadType = { type: "Actor", kind: "organization" };

/** Nouns of a meeting held by video or by telephone: "a trilateral video teleconference". */
const CALL_NOUNS = ["teleconference", "video-teleconference", "videoconference"] as const;

/**
 * The capitalised head nouns of a joint document named by its kind and topic: "the Joint Statement of …", "the
 * Chairman's Statement of …", "the Joint Communiqué of …". One set for every reader of such names.
 */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set(["Statement", "Declaration", "Communiqué", "Communique"]);

/** Multi-word heads first, then one-word heads (lower case). */
export const HEADS: ReadonlyMap<string, HeadType> = new Map<string, HeadType>([
  ["working group", BODY], ["consultative group", BODY], ["steering group", BODY], ["strategy group", BODY],
  ["consultation group", BODY], ["task force", BODY], ["ministerial meeting", BODY],
  ["group", BODY], ["committee", BODY], ["subcommittee", BODY], ["dialogue", BODY], ["meeting", BODY], ["meetings", BODY], ["talks", BODY],
  ["forum", BODY], ["conference", BODY], ["summit", BODY], ["consultations", BODY], ["consultation", BODY], ["commission", BODY], ["board", BODY],
  ["panel", BODY], ["council", BODY], ["team", BODY], ["cell", BODY], ["mechanism", BODY], ["ministerial", BODY], ["symposium", BODY], ["roundtable", BODY], ["dialogues", BODY],
  ...CALL_NOUNS.map((noun): [string, HeadType] => [noun, BODY]),
  ["treaty", AGREEMENT], ["agreement", AGREEMENT], ["declaration", AGREEMENT], ["plan", AGREEMENT], ["framework", AGREEMENT],
  ["vision", AGREEMENT], ["resolution", AGREEMENT], ["resolutions", AGREEMENT], ["strategy", AGREEMENT], ["accord", AGREEMENT],
  ["accords", AGREEMENT], ["arrangement", AGREEMENT], ["memorandum", AGREEMENT], ["charter", AGREEMENT], ["protocol", AGREEMENT],
  ["guidelines", AGREEMENT], ["principles", AGREEMENT], ["roadmap", AGREEMENT], ["blueprint", AGREEMENT],
  ["initiative", AGREEMENT], ["initiatives", AGREEMENT], ["frameworks", AGREEMENT], ["agreements", AGREEMENT], ["treaties", AGREEMENT],
  ["declarations", AGREEMENT], ["plans", AGREEMENT], ["arrangements", AGREEMENT], ["award", AGREEMENT], ["partnership", AGREEMENT],
  ["law", AGREEMENT], ["act", AGREEMENT], ["guidance", AGREEMENT], ["doctrine", AGREEMENT], ["review", AGREEMENT], ["statement of intent", AGREEMENT], ["concept", AGREEMENT], ["pact", AGREEMENT], ["convention", AGREEMENT],
  ["code", AGREEMENT], ["report", AGREEMENT], ["mou", AGREEMENT], ["moc", AGREEMENT],
  ["exercise", EXERCISE], ["exercises", EXERCISE], ["activities", EXERCISE], ["patrol", EXERCISE], ["patrols", EXERCISE], ["drill", EXERCISE], ["drills", EXERCISE], ["training", EXERCISE],
  ["operations", EXERCISE], ["operation", EXERCISE], ["maneuvers", EXERCISE], ["wargame", EXERCISE], ["war game", EXERCISE],
  ["ministry", ORG], ["department", ORG], ["agency", ORG], ["command", ORG], ["forces", ORG], ["force", ORG], ["navy", ORG],
  ["army", ORG], ["corps", ORG], ["guard", ORG], ["office", ORG], ["administration", ORG], ["organization", ORG],
  ["organisation", ORG], ["association", ORG], ["secretariat", ORG], ["institute", ORG], ["staff", ORG], ["headquarters", ORG],
  ["bureau", ORG], ["corporation", ORG], ["ltd", ORG], ["limited", ORG], ["inc", ORG], ["service", ORG], ["nations", ORG], ["college", ORG], ["center", ORG], ["centre", ORG],
  ["alliance", { type: "Actor", kind: "alliance" }], ["countries", { type: "Actor", kind: "group" }],
  ["partners", { type: "Actor", kind: "group" }],
]);

/** Heads that, written in lower case right after a capitalised name, make it a typed name: "Cyber Flag exercise". */
export const TRAILING_HEADS: ReadonlyMap<string, HeadType> = new Map<string, HeadType>([
  ["exercise", EXERCISE], ["exercises", EXERCISE], ["activities", EXERCISE], ["patrol", EXERCISE], ["patrols", EXERCISE], ["drill", EXERCISE], ["drills", EXERCISE], ["training", EXERCISE],
  ["strategy", AGREEMENT], ["treaty", AGREEMENT], ["agreement", AGREEMENT], ["declaration", AGREEMENT], ["initiative", AGREEMENT],
  ["framework", AGREEMENT], ["plan", AGREEMENT], ["resolutions", AGREEMENT], ["resolution", AGREEMENT],
]);

/** A name ending in "-led" ("NATO-led", "Association of Southeast Asian Nations-led"): its leader qualifies what follows. */
export const LED = /[-‐‑]led$/i;
/** A name ending in "-led", "-centered", "-backed", "-coordinated" ("ASEAN-centered architecture"): the actor qualifies what follows. */
export const ACTOR_QUALIFIER = /[-‐‑](?:led|centered|centred|centric|backed|coordinated|co-ordinated|sponsored|funded|brokered|endorsed|organized|organised|supported|initiated)$/i;

/** Nouns that name a meeting written in lower case after its kind: "a trilateral meeting", "… Ministerial consultations". */
export const MEETING_NOUNS: ReadonlySet<string> = new Set(["consultations", "meeting", "meetings", "talks", "dialogue", "summit"]);
/** Every head of a meeting named in lower case: the meeting nouns and the calls held by video ("a trilateral video teleconference"). */
export const MEETING_HEADS: ReadonlySet<string> = new Set([...MEETING_NOUNS, ...CALL_NOUNS]);

/** Words joining the words of one name: "Ministry of National Defense", "Science and Technology". */
export const NAME_CONNECTORS = new Set(["of", "for", "and", "on", "the", "&", "de"]);

/** Capitalised words that open a sentence or a phrase but are not part of a name. */
export const LEADING_NON_NAME = new Set([
  "the", "a", "an", "this", "these", "that", "those", "both", "each", "in", "on", "at", "its", "their", "our", "his", "her",
  "key", "furthermore", "moreover", "additionally", "also", "based", "as", "to", "for", "with", "during", "after", "since",
  "following", "while", "they", "we", "it", "he", "she", "such", "all", "any", "other", "further", "recent", "by", "from",
  "under", "through", "between", "among", "upon", "into", "of", "and", "or", "but", "if", "when", "where", "which", "who",
  "immediate", "release", "ministers", "secretaries", "leaders", "delegations", "sides", "co-chairs", "principals",
  "participants", "officials", "chiefs", "heads", "today", "yesterday", "there", "here", "some", "many", "most",
  // A headline's report of a meeting and its occasion: "Outcome of …", "… Held on Sidelines of …".
  "results", "outcome", "outcomes", "readout", "summary", "highlights", "held", "sidelines", "margins", "occasion",
  // An office holder's term before the office's organisation: "Outgoing … Command Commander".
  "outgoing", "incoming", "former",
]);

/**
 * Capitalised present-tense verbs of a news headline, which end the name before them: "Harbour Group Issues Joint
 * Statement on …", "… Leaders Hold Summit", "Defence Ministers Meet".
 */
export const HEADLINE_VERBS = new Set(["issues", "issue", "holds", "hold", "meets", "meet", "adopts", "adopt", "signs", "concludes", "conclude"]);

/** Capitalised participles that, before a lower-case preposition, end a headline's name: "… Meeting Held on …". */
export const TITLE_PARTICIPLES = new Set(["held", "hosted", "convened", "co-hosted", "co-chaired", "chaired", "attended", "signed", "adopted", "issued", "released"]);

/** Days of the week: "Ann Roe Thursday hosted …" dates the act; a weekday ends a name unless the name goes on ("Good Friday Agreement"). */
export const WEEKDAYS = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

export const MONTHS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

/** "25th", "2nd", "56th", "2023", "24": ordinals and years that qualify a name but are not its identity. */
export function isOrdinalOrYear(word: string): boolean {
  // Asked of nearly every token: a word that starts with no digit can only be an ordinal word of 5 to 9 letters.
  const c = word.charCodeAt(0);
  if (c >= 48 && c <= 57) return ORDINAL_NUMBER.test(word) || YEAR.test(word);
  if (word.length < 5 || word.length > 9) return false;
  // The ordinal words start with f, s, t, e, n or i, in either case (ASCII only: the pattern has no "u" flag).
  const lower = c | 32;
  return (lower === 102 || lower === 115 || lower === 116 || lower === 101 || lower === 110 || lower === 105) && ORDINAL_WORD.test(word);
}
const ORDINAL_NUMBER = /^\d+(?:st|nd|rd|th)$/i;
const YEAR = /^(?:19|20)\d\d$/;
const ORDINAL_WORD = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|inaugural)$/i;

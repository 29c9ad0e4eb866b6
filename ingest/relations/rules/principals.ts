/**
 * The principals of the meeting a statement reports, however long their list: "Minister A, Shri B, and Minister C,
 * Dr. D, held the second X Dialogue … with their Australian counterparts, Deputy Prime Minister …, the Hon E MP, and
 * …"; "H.E. Mr. F, Minister …; the Hon G MP, …; and Senator the Hon H, …, met in Tokyo on 5 May for the 12th Y";
 * "A and B welcomed C and D to India on 6 May for the inaugural Z". Every person of the list that opens the sentence,
 * every guest welcomed and every counterpart named takes part in the body.
 */
import type { Emit } from "../view/context.ts";
import { containsAnyAnchor } from "../view/anchor-words.ts";
import { withAnchors } from "../view/anchors.ts";
import type { DocEntity } from "../../entities/entities.ts";
import { isOrdinalOrYear } from "../../entities/heads.ts";
import { actorList } from "../subjects/subjects.ts";
import { itemAt, wordsOf, type Item, type SentenceView } from "../view/view.ts";

/** Verbs by which principals meet; "was held" is not one (the subject is then the meeting). */
const MEETING_VERB = /\b(?<!was |were )(?:held|convened|met|gathered|welcomed|received)\b/g;
const ANCHORS: readonly string[] = ["held", "convened", "met", "gathered", "welcomed", "received"];
/** The guests of "welcomed C and D" and "received C". */
const HOSTING = /^(?:welcomed|received)$/;
/** "with their Australian counterparts,", "with its counterpart": the persons named after it are the other side. */
const COUNTERPARTS = /\bwith (?:their|its|his|her) (?:[a-z]+ )?counterparts?\b(?: ,)?/g;
const COUNTERPART_ANCHORS: readonly string[] = ["counterpart"];
/** Words inside a list of principals and their offices: "Minister of Defence of India, Shri A, and …; the Hon B". */
const LIST_WORD = /^(?:and|the|of|for|,|;|\(|\)|\.|['’]s|[—–])$/;
/** "Today, we—A, B and C—met …": an adverb and the speakers' pronoun before the list of principals. */
const OPENER = /^(?:today|yesterday|we|,|[—–-])$/;
/** Lower-case words that may stand between an article and the body met for: "the fourth in-person Quad Summit". */
const MEETING_MODIFIER = /^(?:in-person|virtual|annual|regular|historic|informal|formal|extraordinary|special|biennial|first-ever|joint)$/;
/** Only the opening sentences report who met (a later "met" is another meeting). */
const OPENING_SENTENCES = 8;
/** How far after the verb "for the 12th X" may stand ("met in Tokyo on 5 September 2025 for …"). */
const PURPOSE_WINDOW = 30;

const isPerson = (i: Item) => i.entity.kind === "person";

/** How to read a list of principals: where it must end at the latest, and what else it may hold. */
export interface PrincipalListOptions {
  /** The token the list stops at, at the latest (default: the sentence's end). */
  until?: number;
  /** "with" joins principals too: "Mr. A, Prime Minister of X, with Ms. B, …". */
  joinedByWith?: boolean;
  /** Relative clauses inside the list ("…, who are all visiting X to …,") are read past, up to their comma. */
  relativeClauses?: boolean;
}

/**
 * The persons of a list of principals from token `from`: names with their offices, honorifics and states,
 * joined by commas, semicolons and "and". Returns the persons, the relative clauses read past ([start, end) token
 * ranges) and where the list stops: the first token that is no part of it, or `until`.
 */
export function principalList(view: SentenceView, from: number, options: PrincipalListOptions = {}): { people: Item[]; clauses: [number, number][]; end: number } {
  const until = options.until ?? view.tokens.length;
  const people: Item[] = [];
  const clauses: [number, number][] = [];
  let k = from;
  while (k < until) {
    const item = itemAt(view, k, (i) => !i.threat);
    if (item) {
      if (isPerson(item) && !people.some((p) => p.entity === item.entity)) people.push(item);
      k = item.end;
      continue;
    }
    const t = view.tokens[k];
    if (!t) break;
    if (options.relativeClauses && t.lower === "who" && people.length > 0) {
      const comma = view.tokens.findIndex((x, j) => j > k && j < until && x.text === ",");
      if (comma < 0) break;
      clauses.push([k, comma]);
      k = comma + 1;
      continue;
    }
    if (!(t.cap || LIST_WORD.test(t.lower) || (options.joinedByWith && t.lower === "with"))) break;
    k++;
  }
  return { people, clauses, end: k };
}

/** The body met for: named right after the verb ("held the second X"), or after "for", "at", "during" or "on the occasion of" a little later. */
export function bodyMetFor(view: SentenceView, verbEnd: number): Item | undefined {
  const bodyAt = (k: number) => {
    // "convened a virtual trilateral … meeting": a description read as the reported body starts at its article.
    const described = itemAt(view, k, (i) => i.entity.type === "Body");
    if (described) return described;
    let j = k;
    while (/^(?:the|a|an)$/.test(view.tokens[j]?.lower ?? "") || isOrdinalOrYear(view.tokens[j]?.text ?? "") || MEETING_MODIFIER.test(view.tokens[j]?.lower ?? "")) j++;
    return itemAt(view, j, (i) => i.entity.type === "Body") ?? describedWithAcronym(view, j);
  };
  const direct = bodyAt(verbEnd);
  if (direct) return direct;
  for (let k = verbEnd; k < view.tokens.length && k <= verbEnd + PURPOSE_WINDOW; k++) {
    const lower = view.tokens[k]?.lower;
    if (lower === ";" || lower === ".") return undefined;
    // "met in A on 3 May, on the occasion of the Ninth X", "met in A during the X": the meeting they met within.
    if (lower === "for" || lower === "at" || lower === "during" || (lower === "of" && view.tokens[k - 1]?.lower === "occasion")) {
      const body = bodyAt(k + 1);
      if (body) return body;
    }
  }
  return undefined;
}

/** "the 13th trilateral defense talks (DTT)": a meeting described in lower case and named by the acronym after it. */
function describedWithAcronym(view: SentenceView, from: number): Item | undefined {
  let k = from;
  while (k < view.tokens.length && k - from < 5 && view.tokens[k]?.word && !view.tokens[k]?.cap) k++;
  if (k === from || !/^(?:meeting|talks|dialogue|consultations|summit)$/.test(view.tokens[k - 1]?.lower ?? "") || view.tokens[k]?.text !== "(") return undefined;
  return itemAt(view, k + 1, (i) => i.end === k + 2 && i.entity.type === "Body" && view.tokens[k + 2]?.text === ")");
}

/** How many words a dateline may have before its colon or dash ("New Delhi:", "CAMP SMITH, Hawaii –", "OTTAWA, May 04, 2026 —"). */
const DATELINE_WORDS = 8;

/** A word of a dateline: a capitalised place or month, a comma or full stop, a day or a year. */
const isDatelineWord = (t: { cap: boolean; text: string }) => t.cap || t.text === "," || t.text === "." || /^\d{1,4}$/.test(t.text);

/** The token after a dateline that opens the sentence ("New Delhi:", "OTTAWA –"): capitalised words, commas and a date, then the mark; else 0. */
function afterDateline(view: SentenceView): number {
  for (let k = 1; k <= DATELINE_WORDS; k++) {
    const t = view.tokens[k];
    if (!t) return 0;
    if (/^[:\u2013\u2014]$/.test(t.text)) return view.tokens.slice(0, k).every(isDatelineWord) ? k + 1 : 0;
    if (!isDatelineWord(t)) return 0;
  }
  return 0;
}

/** The first token of the sentence after a dateline, a paragraph number ("1.", "(a)") and an opener ("Today, we—"). */
function afterListMarker(view: SentenceView): number {
  let k = afterDateline(view);
  while (/^(?:\d{1,3}|[(). ]|[a-z]|[ivx]{1,4})$/.test(view.tokens[k]?.text ?? "") && k < 4 && !view.tokens[k]?.cap) k++;
  while (k < 6 && OPENER.test(view.tokens[k]?.lower ?? "")) k++;
  return k;
}

/** "convened a “2+2” meeting with A and B": the persons the meeting was held with, listed after "with". */
function guestsAfter(view: SentenceView, bodyEnd: number): Item[] {
  return view.tokens[bodyEnd]?.lower === "with" ? principalList(view, bodyEnd + 1).people : [];
}

export function principalClaims(view: SentenceView, emit: Emit): void {
  if (view.sentence.index >= OPENING_SENTENCES) return;
  for (const cue of withAnchors(view, MEETING_VERB, ANCHORS)) {
    // The whole sentence up to the verb is the list of principals, or this is not the rule's sentence.
    const hosts = principalList(view, afterListMarker(view));
    if (hosts.end !== cue.start || hosts.people.length === 0) continue;
    const guests = HOSTING.test(cue.text) ? principalList(view, cue.end).people : [];
    // "welcomed progress for the Forum" is no visit: a welcome hosts only the persons it names.
    if (HOSTING.test(cue.text) && guests.length === 0) continue;
    const body = bodyMetFor(view, cue.end);
    if (!body) continue;
    const counterparts = findCueEnds(view).flatMap((at) => principalList(view, at).people);
    const cueText = wordsOf(view, cue.start, body.end);
    for (const p of [...hosts.people, ...guests, ...guestsAfter(view, body.end), ...counterparts]) emit(p.entity, "PARTICIPATES_IN", body.entity, cueText);
  }
}

/** "the first X Summit held in New Delhi on 10 March between Prime Minister A and Prime Minister B". */
const HELD_BETWEEN = /\bheld\b/g;
const HELD_ANCHORS: readonly string[] = ["held"];
/** How far "between" may stand after "held" (a place and a date between). */
const BETWEEN_WINDOW = 12;

export function heldBetweenClaims(view: SentenceView, emit: Emit): void {
  for (const cue of withAnchors(view, HELD_BETWEEN, HELD_ANCHORS)) {
    const body = view.items.find((i) => i.end === cue.start && i.entity.type === "Body");
    if (!body) continue;
    let k = cue.end;
    while (k < view.tokens.length && k <= cue.end + BETWEEN_WINDOW && !/^(?:between|among|by|[,;.])$/.test(view.tokens[k]?.lower ?? "")) k++;
    if (!/^(?:between|among)$/.test(view.tokens[k]?.lower ?? "")) continue;
    const { people } = principalList(view, k + 1);
    const actors = people.length ? people : actorList(view, k + 1);
    for (const a of actors) emit(a.entity, "PARTICIPATES_IN", body.entity, wordsOf(view, body.start, k + 1));
  }
}

/** "we also mark our first ministerial session of the Harbour Talks": the parties meet in their body. */
const OWN_SESSION = /\b(?:our|their) (?:[a-z0-9-]+ ){0,3}(?:session|meeting|round|iteration|edition) of (?:the )?/g;
const SESSION_ANCHORS: readonly string[] = ["session", "meeting", "round", "iteration", "edition"];

export function ownSessionClaims(view: SentenceView, parties: readonly DocEntity[], emit: Emit): void {
  for (const cue of withAnchors(view, OWN_SESSION, SESSION_ANCHORS)) {
    const body = itemAt(view, cue.end, (i) => i.entity.type === "Body");
    if (body) for (const p of parties) emit(p, "PARTICIPATES_IN", body.entity, wordsOf(view, cue.start, body.end));
  }
}

/** "India's hosting of the X Summit", "India's chairing of the X", "Japan's G20 Presidency": the owner leads it. */
const HOSTING_OF = /['’]s (?:[a-z]+ )?(?:hosting|chairing|chairmanship|presidency|stewardship) of (?:the )?/g;
const PRESIDENCY = /^(?:presidency|chairmanship|chair|chairship)$/i;
const PRESIDENCY_ANCHORS: readonly string[] = ["presidency", "chair"];
const HOSTING_ANCHORS: readonly string[] = ["hosting", "chairing", "chairmanship", "presidency", "stewardship"];

export function presidencyClaims(view: SentenceView, emit: Emit): void {
  for (const cue of withAnchors(view, HOSTING_OF, HOSTING_ANCHORS)) {
    const owner = ownerBefore(view, cue.start);
    const led = itemAt(view, cue.end, (i) => (i.entity.type === "Body" || i.entity.kind === "organization" || i.entity.kind === "group"));
    if (owner && led) emit(owner.entity, "LEADS", led.entity, wordsOf(view, owner.start, led.end));
  }
  // "India's G20 Presidency": the possessive, the body or organisation, then the office held in it.
  if (!containsAnyAnchor(view, PRESIDENCY_ANCHORS)) return;
  for (const led of view.items) {
    if (!PRESIDENCY.test(view.tokens[led.end]?.text ?? "") || !/^['’]s$/.test(view.tokens[led.start - 1]?.text ?? "")) continue;
    if (led.entity.type !== "Body" && led.entity.kind !== "organization" && led.entity.kind !== "group") continue;
    const owner = ownerBefore(view, led.start - 1);
    if (owner) emit(owner.entity, "LEADS", led.entity, wordsOf(view, owner.start, led.end + 1));
  }
}

/** The actor (not a person, not a threat) whose name ends at token `at`: "India's" before "G20 Presidency". */
function ownerBefore(view: SentenceView, at: number): Item | undefined {
  return view.items.find((i) => i.end === at && i.entity.type === "Actor" && i.entity.kind !== "person" && !i.threat);
}

function findCueEnds(view: SentenceView): number[] {
  return withAnchors(view, COUNTERPARTS, COUNTERPART_ANCHORS).map((c) => c.end);
}

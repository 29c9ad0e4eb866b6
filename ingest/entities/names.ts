/** What a mention is, and the small naming helpers every mention finder uses. */
import type { ActorKind, EntityType } from "../../graph/schema.ts";
import { HEADS, type HeadType } from "./heads.ts";
import { formKey } from "../../graph/names.ts";
import type { Lexicon, LexiconEntry } from "../lexicon/lexicon.ts";
import { compoundParts, type Token } from "../text/tokens.ts";

export type MentionRole = "entity" | "place" | "title";

export interface Mention {
  /** Token range [start, end). */
  start: number;
  end: number;
  role: MentionRole;
  type?: EntityType;
  kind?: ActorKind;
  /** Proposed canonical name. */
  name: string;
  /** Surface forms to record as aliases (the text as written, acronyms, variants). */
  forms: string[];
  priority: number;
  /** An acronym this mention defines. */
  acronym?: string;
  /** Canonical names of the states qualifying the name ("U.S. Department of Defense" → United States). */
  states: string[];
  /** A person's office. */
  title?: string;
  /** A short reference to a person ("DEPMIN Cho" → "Cho"), resolved against the people already seen. */
  personRef?: string;
  /** "the 2005 Joint Statement of the Coastal Policy Talks": names inside this one that are entities of their own. */
  inner?: Mention[];
  /** "North Korean soldiers": a state named by its adjective before a noun, not by its name. */
  adjective?: boolean;
  /** "the Alliance": resolved to the statement's alliance. */
  allianceRef?: boolean;
  fromLexicon?: boolean;
}

/** What resolution already knows when it reads a sentence: forms seen before (acronyms, names). */
export interface KnownForms {
  has(form: string): boolean;
  /** First word of each known form → the most words a known form starting with it has. */
  readonly firstWords: ReadonlyMap<string, number>;
}

export const PRIORITY = { definition: 100, known: 90, person: 85, lexicon: 80, chunk: 70, place: 60 } as const;

export function slice(sentence: string, tokens: readonly Token[], start: number, end: number): string {
  const a = tokens[start];
  const b = tokens[end - 1];
  return a && b ? sentence.slice(a.start, b.end) : "";
}

export function isAllCaps(text: string): boolean {
  return /[A-Z]{2}/.test(text) && !/[a-z]/.test(text);
}

/** "ULCHI FREEDOM SHIELD 24" → "Ulchi Freedom Shield 24" (all-caps multi-word names only). */
export function displayCase(name: string): string {
  if (!isAllCaps(name) || !name.includes(" ")) return name;
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}

const headCache = new Map<string, HeadType | null>();

/** The type a name's head noun gives it: "… Working Group" → Body, "Ministry of …" → Actor (memoised: names repeat). */
export function headType(name: string): HeadType | undefined {
  const cached = headCache.get(name);
  if (cached !== undefined) return cached ?? undefined;
  if (headCache.size > 50_000) headCache.clear();
  const found = computeHeadType(name);
  headCache.set(name, found ?? null);
  return found;
}

/** Instruments named by a fixed phrase whose head word alone types nothing ("letter", "exchange", "record"). */
const INSTRUMENT_PHRASE = /(?:^| )(?:(?:letter|statement|declaration) of intent|memorandum of (?:understanding|cooperation)|exchange of (?:notes|letters)|records? of discussions?)$/;

export function computeHeadType(name: string): HeadType | undefined {
  // "Republic of Korea Defense Ministers' Meeting": the "of" inside a state's name does not end the head's segment.
  const lower = name.toLowerCase().replace(/\brepublic of (?=\S)/g, "republic-of-");
  const segment = lower.split(/ (?:of|on|for|between|to|concerning|regarding) /)[0] ?? lower;
  const words = segment.split(" ");
  const firstWord = lower.split(" ")[0] ?? "";
  // "Letter of Intent", "Memorandum of Cooperation", "Exchange of Notes": an instrument named by a fixed phrase.
  if (INSTRUMENT_PHRASE.test(lower)) return HEADS.get("agreement");
  if (lower.includes(" ") && /^[a-z]+ (?:of|on|for) /.test(lower)) {
    const first = HEADS.get(firstWord);
    if (first) return first;
  }
  for (const n of [3, 2, 1]) {
    if (words.length < n) continue;
    const head = HEADS.get(words.slice(-n).join(" "));
    if (head) return head;
  }
  // "Voice of Global South Summit": a name whose first word is no head ends in its head.
  if (segment !== lower && words.length === 1 && !/^(?:statement|readout|report|communiqu[eé]|fact|remarks)$/.test(firstWord)) {
    const all = lower.split(" ");
    const last = HEADS.get(all[all.length - 1] ?? "");
    if (last && last.type === "Body") return last;
  }
  return undefined;
}

export function statesOf(text: string, lexicon: Lexicon): string[] {
  const out: string[] = [];
  for (const part of compoundParts(text)) {
    const entry = lexicon.stateByAdjective.get(formKey(part));
    if (entry && !out.includes(entry.name)) out.push(entry.name);
  }
  return out;
}

/**
 * Where a compound of states at token `k` starts: "South Korea-U.S.", "United States-Japan" are tokenised with the
 * first state's leading words apart ("South", "United"); those words and the compound's first part name one state.
 */
export function compoundStart(sentence: string, tokens: readonly Token[], k: number, lexicon: Lexicon): number {
  const first = compoundParts(tokens[k]?.text ?? "")[0];
  if (first === undefined) return k;
  for (let from = Math.max(0, k - 2); from < k; from++) {
    if (!tokens.slice(from, k).every((t) => t.word && t.cap)) continue;
    if (lexicon.stateByAdjective.has(formKey(`${slice(sentence, tokens, from, k)} ${first}`))) return from;
  }
  return k;
}

/**
 * The states a text opens with, joined by hyphens, and the words after them: "South Korea-U.S. Defense Ministerial"
 * → Republic of Korea, United States + "Defense Ministerial"; "Philippines-United States Bilateral Strategic Dialogue"
 * → Philippines, United States + "Bilateral Strategic Dialogue". A state may have words of its own on either side of a
 * hyphen; undefined unless two or more states open the text.
 */
export function leadingStates(text: string, lexicon: Lexicon): { states: string[]; rest: string } | undefined {
  if (!/[-‐‑]/.test(text)) return undefined;
  const parts = text.split(/[-‐‑](?=[\p{L}\p{N}])/u);
  const states: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? "";
    const whole = i < parts.length - 1 ? lexicon.stateByAdjective.get(formKey(part)) : undefined;
    if (whole) {
      states.push(whole.name);
      continue;
    }
    // The compound's last state, and the name's own words after it.
    const words = part.split(" ");
    for (let n = Math.min(4, words.length); n >= 1; n--) {
      const last = lexicon.stateByAdjective.get(formKey(words.slice(0, n).join(" ")));
      if (!last) continue;
      states.push(last.name);
      return states.length >= 2 ? { states, rest: [words.slice(n).join(" "), ...parts.slice(i + 1)].join("-").trim() } : undefined;
    }
    return undefined;
  }
  return undefined;
}

export function lexiconMention(entry: LexiconEntry, start: number, end: number, surface: string, priority: number): Mention {
  return {
    start,
    end,
    role: "entity",
    type: entry.type,
    kind: entry.kind,
    name: entry.name,
    forms: [surface],
    priority,
    states: entry.state ? [entry.state] : [],
    fromLexicon: true,
  };
}

/** How many tokens a form starting with `first` may span (0: no form starts with it). */
export function windowFor(index: ReadonlyMap<string, number>, first: Token): number {
  // Typographic apostrophes folded only when there is one (this runs for every capitalised token).
  const words = index.get(first.lower) ?? (first.lower.includes("’") ? index.get(first.lower.replace(/[’]/g, "'")) : undefined);
  // Possessives and punctuation are tokens of their own: allow for them.
  return words === undefined ? 0 : words * 2 + 1;
}

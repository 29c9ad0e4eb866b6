/**
 * The general domain lexicon, as data: states (with short forms and adjectives), organisations,
 * standing bodies, agreements, exercise series, titles and places. Validated with zod; users extend
 * it with their own JSON file of the same shape (`--lexicon PATH`).
 */
import { z } from "zod";
import { formKey } from "../../graph/names.ts";
import { ActorKindSchema, type ActorKind, type EntityType } from "../../graph/schema.ts";
import defaultData from "./domain.json" with { type: "json" };

const Named = z.object({ name: z.string().min(1), aliases: z.array(z.string().min(1)).default([]) });
export const LexiconDataSchema = z.object({
  states: z.array(Named.extend({ adjectives: z.array(z.string().min(1)).default([]) })).default([]),
  organizations: z.array(Named.extend({ kind: ActorKindSchema.default("organization"), state: z.string().optional() })).default([]),
  bodies: z.array(Named).default([]),
  agreements: z.array(Named).default([]),
  exercises: z.array(Named).default([]),
  titles: z.array(Named).default([]),
  places: z.array(z.string().min(1)).default([]),
  /** Capitals standing for their state when they act: "Pyongyang's weapons programs", "Moscow's support". */
  capitals: z.record(z.string().min(1), z.string().min(1)).default({}),
  /** Acronyms that spell an ordinary word ("WHO", "SOFA"): in a run of words written in capitals they are that word. */
  wordAcronyms: z.array(z.string().min(1)).default([]),
});
export type LexiconData = z.infer<typeof LexiconDataSchema>;

export interface LexiconEntry {
  type: EntityType;
  kind?: ActorKind;
  name: string;
  forms: string[];
  /** For organisations: the canonical name of their state. */
  state?: string;
}

export interface Lexicon {
  entries: LexiconEntry[];
  /** Lower-cased surface form → entry (names, aliases). */
  byForm: Map<string, LexiconEntry>;
  /** Keys of acronym forms ("US", "UN"), which match only as written, with the form as written. */
  acronymForms: Map<string, string>;
  /** Adjective or compound part ("Russian", "U.S.") → state entry. */
  stateByAdjective: Map<string, LexiconEntry>;
  /** Lower-cased title forms ("deputy minister", "depmin") → canonical title. */
  titles: Map<string, string>;
  /** Longest title length in words. */
  titleMaxWords: number;
  places: Set<string>;
  /** Lower-cased capital → its state's entry. */
  capitals: Map<string, LexiconEntry>;
  /** Longest entry length in tokens, to bound matching. */
  maxWords: number;
  /** First word of every name, place and title form → the most words a form starting with it has. */
  firstWords: Map<string, number>;
  /** Keys of forms of three or more words written in lower case ("global coalition against ISIS"): they match lower-case text. */
  lowerForms: Set<string>;
  /** The first words of those forms. */
  lowerFirstWords: Set<string>;
  /** Keys of acronym forms that spell an ordinary word ("who", "sofa"). */
  wordAcronyms: Set<string>;
}

/** Records, for each form's first word, the longest form (in words) that starts with it. */
export function indexFirstWord(index: Map<string, number>, form: string): void {
  // The words of the key split at single spaces, counted without making them (every form a statement resolves comes here).
  const key = formKey(form);
  const space = key.indexOf(" ");
  let words = 1;
  for (let at = space; at >= 0; at = key.indexOf(" ", at + 1)) words++;
  const head = space < 0 ? key : key.slice(0, space);
  // "People's Liberation Army": the tokenizer splits the possessive off the first word, so index the bare word.
  // "Acquisition, Technology and …": a comma after the first word is a token of its own, too.
  let first = head.endsWith("'s") ? head.slice(0, -2) : head;
  if (first.endsWith(",")) first = first.slice(0, -1);
  index.set(first, Math.max(index.get(first) ?? 0, words));
}

function words(form: string): number {
  return form.split(/\s+/).length;
}

/** Compiles lexicon data (the default plus any user extensions, later ones winning) into lookup tables. */
export function compileLexicon(...datasets: LexiconData[]): Lexicon {
  const entries: LexiconEntry[] = [];
  const titles = new Map<string, string>();
  const places = new Set<string>();
  const wordAcronyms = new Set<string>();
  for (const data of datasets) {
    for (const w of data.wordAcronyms) wordAcronyms.add(formKey(w));
    for (const s of data.states) entries.push({ type: "Actor", kind: "state", name: s.name, forms: [s.name, ...s.aliases] });
    for (const o of data.organizations)
      entries.push({ type: "Actor", kind: o.kind, name: o.name, forms: [o.name, ...o.aliases], ...(o.state ? { state: o.state } : {}) });
    for (const b of data.bodies) entries.push({ type: "Body", name: b.name, forms: [b.name, ...b.aliases] });
    for (const a of data.agreements) entries.push({ type: "Agreement", name: a.name, forms: [a.name, ...a.aliases] });
    for (const e of data.exercises) entries.push({ type: "Exercise", name: e.name, forms: [e.name, ...e.aliases] });
    for (const t of data.titles) for (const f of [t.name, ...t.aliases]) titles.set(formKey(f).replace(/\.$/, ""), t.name);
    for (const p of data.places) places.add(formKey(p));
  }
  const byForm = new Map<string, LexiconEntry>();
  const acronymForms = new Map<string, string>();
  const stateByAdjective = new Map<string, LexiconEntry>();
  let maxWords = 1;
  const lowerForms = new Set<string>();
  for (const entry of entries) {
    for (const form of entry.forms) {
      byForm.set(formKey(form), entry);
      if (/^\p{Ll}/u.test(form) && words(form) >= 3) lowerForms.add(formKey(form));
      if (/[A-Z]{2}/.test(form) && !/[a-z]/.test(form)) acronymForms.set(formKey(form), form.replace(/\s+/g, " "));
      maxWords = Math.max(maxWords, words(form));
    }
  }
  for (const data of datasets)
    for (const s of data.states) {
      const entry = byForm.get(formKey(s.name));
      if (!entry) continue;
      for (const f of [s.name, ...s.aliases, ...s.adjectives]) stateByAdjective.set(formKey(f), entry);
    }
  let titleMaxWords = 1;
  for (const t of titles.keys()) titleMaxWords = Math.max(titleMaxWords, words(t));
  const capitals = new Map<string, LexiconEntry>();
  for (const data of datasets)
    for (const [capital, state] of Object.entries(data.capitals)) {
      const entry = byForm.get(formKey(state));
      if (entry) capitals.set(formKey(capital), entry);
    }
  const firstWords = new Map<string, number>();
  // State adjectives too: "the Iranian nuclear program" names Iran as the window search reads it.
  for (const key of [...byForm.keys(), ...places, ...titles.keys(), ...stateByAdjective.keys()]) indexFirstWord(firstWords, key);
  const lowerFirstWords = new Set([...lowerForms].map((f) => f.split(" ")[0] ?? ""));
  return { entries, byForm, acronymForms, stateByAdjective, titles, titleMaxWords, places, capitals, maxWords, firstWords, lowerForms, lowerFirstWords, wordAcronyms };
}

export function parseLexiconData(data: unknown): LexiconData {
  return LexiconDataSchema.parse(data);
}

/** The bundled lexicon data, validated. */
export function bundledLexiconData(): LexiconData {
  return parseLexiconData(defaultData);
}

let cached: Lexicon | undefined;
/** The bundled lexicon, compiled once. */
export function defaultLexicon(): Lexicon {
  cached ??= compileLexicon(bundledLexiconData());
  return cached;
}

/**
 * Resolution: one entity per referent in a statement. Acronym = full name = short forms
 * ("DEPMIN Cho", "the Defense Department", "UFS" for "ULCHI FREEDOM SHIELD 24", "Defense Vision").
 */
import type { ActorKind, EntityType } from "../../graph/schema.ts";
import { entityFormKey, formKey } from "../../graph/names.ts";
import { indexFirstWord, type Lexicon } from "../lexicon/lexicon.ts";
import type { KnownForms, Mention } from "./mentions.ts";
import { leadingStates } from "./names.ts";
import { HOSTILE, type ThreatMention } from "./threats.ts";

export interface DocEntity {
  local: number;
  type: EntityType;
  kind?: ActorKind;
  name: string;
  forms: Set<string>;
  /** States qualifying the name (an organisation's state, an alliance's members, a body's participants). */
  states: Set<string>;
  title?: string;
  sentences: Set<number>;
  /** Identity seed for the stable id (canonical name, or members for an alliance). */
  idSeed: string;
  /** Threats: head noun and content words, to merge "missile threats" into "nuclear and missile threats". */
  head?: string;
  core?: string[];
  words?: string[];
  /** Sentence of the first mention whose form carries the qualifying states. */
  qualifiedIn?: number;
  /** Threats: the actors behind it, so that variants of two owners ("Iran's program", "the DPRK's programs") stay apart. */
  owners?: Set<DocEntity>;
}

const CATEGORY_HEADS = new Set(["threats", "threat", "capabilities", "capability", "programs", "program", "programmes", "weapons", "systems"]);

/** A leading ordinal, year or month ("2026 …", "March …"), but not a month with its day: "March 3 joint statement" is named by its date. */
function stripOrdinals(name: string): string {
  return name.replace(/^(?:\d+(?:st|nd|rd|th)|(?:19|20)\d\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?!\s+\d{1,2}\b))\s+/gi, "");
}

/**
 * The words of a name after its states, as one body is written in several ways: "Joint" may be left out ("Joint
 * Foreign and Defense Ministers' Meeting"), and a short form in brackets stands for the words before it ("Foreign and
 * Defence (2+2) Ministerial Consultations" is the "2+2 Ministerial Consultations").
 */
function restKey(rest: string): string {
  return rest.replace(/^.*\(([^()\s]+)\)\s+(?=\S)/, "$1 ").replace(/^Joint\s+/i, "");
}

/**
 * The family name of a person's full name: its last word ("James N. Roe" → "Roe"), or its first when the last is a
 * Korean given name written with a hyphen ("Kim Min-su" → "Kim"); none for one word, a particle's name ("von der
 * Leyen"), or a last word that is an initial or a suffix ("Jr.").
 */
export function familyName(name: string): string | undefined {
  const words = name.split(/\s+/);
  const last = words[words.length - 1] ?? "";
  if (words.length < 2) return undefined;
  if (/^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(last)) return /^\p{Lu}\p{Ll}+$/u.test(words[0] ?? "") ? words[0] : undefined;
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(last) || !/^\p{Lu}/u.test(words[words.length - 2] ?? "")) return undefined;
  return last;
}

/** A variant merges only with a threat of the same actor, or where either has none. */
function sameOwner(owners: readonly DocEntity[], e: DocEntity): boolean {
  return owners.length === 0 || !e.owners?.size || owners.some((o) => e.owners?.has(o));
}

const NO_WORDS: readonly string[] = [];

/** A threat's words but for judgements of the act (HOSTILE), each without a final "s", and not its head's lemma. */
function plainWords(words: readonly string[], lemma: string): string[] {
  return words.filter((w) => !HOSTILE.has(w)).map((w) => w.replace(/s$/, "")).filter((w) => w !== lemma);
}

export class EntityRegistry implements KnownForms {
  readonly entities: DocEntity[] = [];
  private readonly byForm = new Map<string, DocEntity>();
  /** Forms defined as something that is not an entity (titles, places): never an entity. */
  private readonly blocked = new Set<string>();
  readonly firstWords = new Map<string, number>();
  private readonly statesByName = new Map<string, DocEntity>();
  /** Threats by head lemma, and those with a category head, for merging variants without scanning every entity. */
  private readonly threatsByLemma = new Map<string, DocEntity[]>();
  private readonly categoryThreats: DocEntity[] = [];
  /** plainWordsOf's results, by threat entity (with the words and lemma they were worked out from). */
  private readonly plainSets = new Map<DocEntity, { words: readonly string[]; lemma: string; plain: ReadonlySet<string> }>();
  /** Entities by type, for short-form resolution. */
  private readonly byType = new Map<EntityType, DocEntity[]>();
  /** key's results, by form (this statement's forms only). */
  private readonly keys = new Map<string, string>();
  /** shortKey's results, by name (this statement's names only). */
  private readonly shortKeys = new Map<string, string>();
  /** statesKey's results, by name (this statement's names only). */
  private readonly statesKeys = new Map<string, string | null>();

  constructor(private readonly lexicon: Lexicon) {}

  /** entityFormKey of a form, worked out once per form in this statement (the same forms are asked about again and again). */
  private key(form: string): string {
    let key = this.keys.get(form);
    if (key === undefined) {
      // A pure function's memo: emptied now and then so a huge statement's windows do not pile up.
      if (this.keys.size > 100_000) this.keys.clear();
      this.keys.set(form, (key = entityFormKey(form)));
    }
    return key;
  }

  has(form: string): boolean {
    const key = this.key(form);
    return this.byForm.has(key) || this.blocked.has(key);
  }

  lookup(form: string): DocEntity | undefined {
    return this.byForm.get(this.key(form));
  }

  block(forms: Iterable<string>): void {
    for (const f of forms) {
      const key = this.key(f);
      if (this.byForm.has(key)) continue;
      this.blocked.add(key);
      indexFirstWord(this.firstWords, f);
    }
  }

  /** The state entity of a canonical state name, if the statement has named it. */
  stateNamed(name: string): DocEntity | undefined {
    return this.statesByName.get(name);
  }

  private register(entity: DocEntity, forms: Iterable<string>): void {
    for (const form of forms) {
      const clean = form.trim();
      if (!clean || entity.forms.has(clean)) continue;
      entity.forms.add(clean);
      const key = this.key(clean);
      if (!this.byForm.has(key)) this.byForm.set(key, entity);
      indexFirstWord(this.firstWords, clean);
      indexFirstWord(this.firstWords, key);
      // "UFS 24" is also "UFS"; "Ulchi Freedom Shield 24" is also "Ulchi Freedom Shield".
      const unnumbered = clean.replace(/\s+\d{1,4}$/, "");
      if (unnumbered !== clean && !this.byForm.has(this.key(unnumbered))) this.byForm.set(this.key(unnumbered), entity);
    }
  }

  /**
   * "Defense Secretary James N. Roe … Roe, Minister X and Minister Y convened …": once a person is named in full, the
   * family name alone refers to them in later sentences (the first person of that family name keeps it). Not a form of
   * the entity (no alias of the node), only a way to find it.
   */
  private registerFamilyName(entity: DocEntity): void {
    const family = familyName(entity.name);
    if (!family) return;
    const key = this.key(family);
    // "Un" of a name is not "UN", nor "Jordan" the state: a word the lexicon knows keeps its own sense.
    if (this.byForm.has(key) || this.blocked.has(key) || this.lexicon.byForm.has(formKey(family))) return;
    this.byForm.set(key, entity);
    indexFirstWord(this.firstWords, family);
  }

  private create(type: EntityType, name: string, idSeed: string, kind?: ActorKind): DocEntity {
    // Every field in place from the start, in one order (title, threat words and qualifiedIn are set later for some):
    // entities of one shape keep the code that reads them monomorphic.
    const entity: DocEntity = {
      local: this.entities.length,
      type,
      kind,
      name,
      forms: new Set(),
      states: new Set(),
      title: undefined,
      sentences: new Set(),
      idSeed,
      head: undefined,
      core: undefined,
      words: undefined,
      qualifiedIn: undefined,
    };
    this.entities.push(entity);
    const ofType = this.byType.get(type);
    if (ofType) ofType.push(entity);
    else this.byType.set(type, [entity]);
    if (kind === "state" && !this.statesByName.has(name)) this.statesByName.set(name, entity);
    return entity;
  }

  /** A name's key without ordinals, worked out once per name (every unresolved mention compares it with every name of its type). */
  private shortKey(name: string): string {
    let key = this.shortKeys.get(name);
    if (key === undefined) this.shortKeys.set(name, (key = this.key(stripOrdinals(name))));
    return key;
  }

  /** A short form of an existing name: "Defense Vision" of "Defense Vision of the U.S.-ROK Alliance", a name without its state qualifier. */
  private shortFormOf(type: EntityType, name: string): DocEntity | undefined {
    const key = this.shortKey(name);
    // The strings each name is compared with, made once (not once per entity of the type).
    const keyOf = `${key} of `;
    const keyOn = `${key} on `;
    const spaceKey = ` ${key}`;
    const keyWords = key.split(" ").length;
    for (const e of this.byType.get(type) ?? []) {
      if (e.kind === "person") continue;
      const full = this.shortKey(e.name);
      if (full.startsWith(keyOf) || full.startsWith(keyOn)) return e;
      if (full.endsWith(spaceKey) && keyWords >= 2) {
        const qualifier = full.slice(0, -key.length).trim();
        if (qualifier.split(" ").length <= 2 && [...qualifier.split(/[\s-]+/)].every((q) => this.lexicon.stateByAdjective.has(q) || /^\d/.test(q))) return e;
        // "Philippines-United States Bilateral Strategic Dialogue": states with words of their own joined by hyphens.
        if (leadingStates(full, this.lexicon)?.rest === key) return e;
      }
      if (key.endsWith(` ${full}`) && full.split(" ").length >= 2) {
        const qualifier = key.slice(0, -full.length).trim();
        if (qualifier.split(/[\s-]+/).every((q) => this.lexicon.stateByAdjective.has(q))) return e;
      }
    }
    return undefined;
  }

  /**
   * A name's leading compound of states read as the states it joins, in any order and form, with the words after it:
   * "South Korea-U.S. Defense Ministerial", "Korea-U.S. Defense Ministerial" and "U.S.-ROK Defense Ministerial" are one.
   */
  private statesKey(name: string): string | undefined {
    if (!/[-‐‑]/.test(name)) return undefined;
    const known = this.statesKeys.get(name);
    if (known !== undefined) return known ?? undefined;
    const key = this.computeStatesKey(name);
    this.statesKeys.set(name, key ?? null);
    return key;
  }

  private computeStatesKey(name: string): string | undefined {
    const lead = leadingStates(name, this.lexicon);
    return lead ? `${[...new Set(lead.states)].sort().join("+")} ${this.key(restKey(lead.rest))}` : undefined;
  }

  /** The body or agreement of this type named with the same states in its leading compound, however written or ordered. */
  private sameStates(type: EntityType, name: string): DocEntity | undefined {
    const key = this.statesKey(name);
    if (key === undefined) return undefined;
    return this.byType.get(type)?.find((e) => [...e.forms].some((f) => this.statesKey(f) === key));
  }

  /** Resolves a named mention in sentence `sentence` to an entity (creating it), or undefined for places and titles. */
  resolveMention(m: Mention, sentence: number): DocEntity | undefined {
    if (m.role !== "entity") {
      if (m.acronym) this.block([m.acronym]);
      return undefined;
    }
    const known = this.knownEntity(m);
    if (known === null) return undefined;
    let entity = known;
    if (!entity) {
      if (!m.type) return undefined;
      // A lexicon name is canonical as the lexicon writes it ("2030 Agenda for …"); others lose ordinals and years.
      const name = m.allianceRef || m.fromLexicon ? m.name : stripOrdinals(m.name);
      const generic = m.type === "Actor" && m.kind === "organization" && m.states.length > 0 && !(m.fromLexicon && this.lexicon.byForm.get(formKey(m.name))?.state);
      const seed = m.kind === "alliance" && m.states.length ? `${[...m.states].sort().join(" ")} alliance` : generic ? `${m.states.join(" ")} ${name}` : name;
      entity = this.create(m.type, name, seed, m.kind);
    }
    this.register(entity, [m.name, ...m.forms, ...(m.acronym ? [m.acronym] : [])]);
    if (entity.kind === "person" && m.type === "Actor") this.registerFamilyName(entity);
    if (m.states.length && entity.type !== "Agreement") {
      for (const s of m.states) entity.states.add(s);
      entity.qualifiedIn ??= sentence;
    }
    if (m.title && entity.kind === "person" && (!entity.title || m.title.length > entity.title.length)) entity.title = m.title;
    entity.sentences.add(sentence);
    return entity;
  }

  /**
   * The entity an entity mention names that the statement already has (undefined: a new one), or null when the
   * mention names none (an untyped form the statement has not seen). Apart from resolveMention, which is called for
   * every mention, so that each is optimised on its own.
   */
  private knownEntity(m: Mention): DocEntity | undefined | null {
    let entity: DocEntity | undefined;
    if (m.allianceRef) entity = this.entities.find((e) => e.kind === "alliance" && e.states.size > 0);
    else if (m.personRef) {
      const ref = m.personRef.toLowerCase();
      entity = this.entities.find((e) => e.kind === "person" && e.name.toLowerCase().split(/[\s-]+/).includes(ref));
    } else if (m.type === undefined) entity = this.lookup(m.name);
    if (!entity && m.type === undefined && !m.allianceRef) return null;
    if (!entity && m.kind === "person" && !m.personRef) entity = this.namedBefore(m);
    if (!entity && m.kind === "alliance" && m.states.length > 0) {
      const seed = `${[...m.states].sort().join(" ")} alliance`;
      entity = this.entities.find((e) => e.idSeed === seed);
    }
    if (!entity && m.type) {
      entity = this.lookup(m.name) ?? m.forms.map((f) => this.lookup(f)).find((e) => e && e.type === m.type);
      if (entity && entity.type !== m.type) entity = undefined;
      // "Ministry of Defense" of Japan is not the Ministry of Defense of another state.
      if (entity && m.states.length && entity.states.size && m.type === "Actor" && !m.states.some((s) => entity?.states.has(s))) entity = undefined;
      entity ??= this.shortFormOf(m.type, m.name);
      // "France-Australia … Consultations" is the "Australia-France … Consultations" named before; "South Korea-U.S. …" the "Korea-U.S. …".
      entity ??= m.type === "Body" || m.type === "Agreement" ? this.sameStates(m.type, m.name) : undefined;
      // A short form never joins an organisation of another state ("Japan Coast Guard" is not the Philippines').
      if (entity && m.states.length && entity.states.size && !m.states.some((s) => entity?.states.has(s))) entity = undefined;
    }
    return entity;
  }

  /**
   * "Vice Minister Mori" in a heading, then "Vice Minister Mori Takeo": a person first named by one name word under an
   * office is the person named in full later under an office that holds the first (the same, or a longer form of it). The node takes the full
   * name; a different office ("President Kim", then "Foreign Minister Kim Ana") keeps two people apart.
   */
  private namedBefore(m: Mention): DocEntity | undefined {
    const words = m.name.split(/\s+/);
    const title = m.title;
    if (words.length < 2 || !title) return undefined;
    const short = this.byType.get("Actor")?.find((e) => e.kind === "person" && !e.name.includes(" ") && words.includes(e.name) && e.title !== undefined && title.includes(e.title));
    if (short) {
      short.name = m.name;
      short.idSeed = m.name;
    }
    return short;
  }

  /**
   * The plain words of a threat entity (plainWords of its words, as a set), worked out once per entity and lemma:
   * every new threat of a lemma is compared with each threat of that lemma before it.
   */
  private plainWordsOf(e: DocEntity, lemma: string): ReadonlySet<string> {
    const words = e.words ?? NO_WORDS;
    const known = this.plainSets.get(e);
    if (known && known.words === words && known.lemma === lemma) return known.plain;
    const plain = new Set(plainWords(words, lemma));
    this.plainSets.set(e, { words, lemma, plain });
    return plain;
  }

  /** Resolves a threat phrase: the same name, or a variant with the same head family whose content words it contains. */
  resolveThreat(t: ThreatMention, sentence: number, owners: readonly DocEntity[] = []): DocEntity {
    let entity = [t.name, ...t.forms].map((f) => this.lookup(f)).find((e) => e?.type === "Threat");
    const lemma = t.head.replace(/s$/, "");
    if (!entity && CATEGORY_HEADS.has(t.head) && t.core.length > 0) {
      const core = new Set(t.core);
      entity = this.categoryThreats.find((e) => e.core !== undefined && sameOwner(owners, e) && (e.core.every((w) => core.has(w)) || t.core.every((w) => e.core?.includes(w))));
    }
    if (!entity && t.core.length > 0) {
      // "DPRK nuclear attack" = "nuclear attack"; "these munitions transfers" = "transfer of artillery munitions …".
      entity = this.threatsByLemma.get(lemma)?.find((e) => sameOwner(owners, e) && t.core.every((w) => e.words?.includes(w)));
    }
    if (!entity) {
      // "unlawful ballistic missile launches" = "DPRK ballistic missile launches"; "launches of ballistic missiles" too:
      // the same words but for judgements of the act, whatever their order and number.
      // "further provocations by the DPRK" = "the DPRK's continued provocations": a bare head is the one bare threat of its lemma.
      const own = plainWords(t.core.length ? t.core : t.words, lemma);
      const same = this.threatsByLemma.get(lemma)?.filter((e) => {
        const theirs = this.plainWordsOf(e, lemma);
        return sameOwner(owners, e) && own.every((w) => theirs.has(w)) && theirs.size === own.length;
      });
      if (same?.length === 1 || (own.length > 0 && same?.length)) entity = same[0];
    }
    if (!entity) {
      entity = this.create("Threat", t.name, t.name);
      entity.head = t.head;
      entity.core = t.core;
      entity.words = t.words;
      if (CATEGORY_HEADS.has(t.head) && t.core.length > 0) this.categoryThreats.push(entity);
      const same = this.threatsByLemma.get(lemma);
      if (same) same.push(entity);
      else this.threatsByLemma.set(lemma, [entity]);
    }
    this.register(entity, [t.name, ...t.forms]);
    entity.sentences.add(sentence);
    for (const o of owners) (entity.owners ??= new Set()).add(o);
    return entity;
  }

}

/**
 * The Ministry of Foreign Affairs of Japan and that of the ROK in one statement: a form two organisations of the
 * statement share names neither (graphs are merged by their forms), and one whose name it was is named by its first
 * form of its own ("Japanese Ministry of Foreign Affairs"). Returns the name and aliases of each entity to show.
 */
export function ownForms(entities: readonly DocEntity[]): Map<DocEntity, { name: string; aliases: string[] }> {
  const organisations = entities.filter((e) => e.sentences.size > 0 && e.kind === "organization");
  const owners = new Map<string, number>();
  for (const e of organisations) for (const key of new Set([...e.forms, e.name].map(formKey))) owners.set(key, (owners.get(key) ?? 0) + 1);
  const out = new Map<DocEntity, { name: string; aliases: string[] }>();
  for (const e of entities) {
    const name = sharedForm(e, owners, e.name) ? ([...e.forms].find((f) => !sharedForm(e, owners, f)) ?? e.name) : e.name;
    out.set(e, { name, aliases: [...e.forms].filter((f) => f !== name && !sharedForm(e, owners, f)).sort() });
  }
  return out;
}

/** Whether `form` of organisation `e` is one that several organisations of the statement share (`owners`: how many own each form key). */
function sharedForm(e: DocEntity, owners: ReadonlyMap<string, number>, form: string): boolean {
  return e.kind === "organization" && (owners.get(formKey(form)) ?? 0) > 1;
}
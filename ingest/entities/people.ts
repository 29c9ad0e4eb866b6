/** People: a title or honorific, then a name ("Mr. Cho Chang Lae", "President Biden", "DEPMIN Cho"), with their office. */
import { HEADS, LEADING_NON_NAME, NAME_CONNECTORS, WEEKDAYS } from "./heads.ts";
import { formKey, lowerKey } from "../../graph/names.ts";
import type { Lexicon } from "../lexicon/lexicon.ts";
import { PRIORITY, slice, statesOf, windowFor, type Mention } from "./names.ts";
import { isAcronymText } from "./acronyms.ts";
import { officeBodyAt } from "./office-bodies.ts";
import { afterComma, courtesyEnd, HONOURABLE, particlesEnd, POST_NOMINALS } from "./courtesies.ts";
import type { Token } from "../text/tokens.ts";

/** Short forms of ranks that are also given names ("Gen"). */
const GIVEN_NAME_RANKS = new Set(["Gen"]);
/** Given-name syllables spelt like function words ("In", "An", "On"): inside a name, capitalised, they are names. */
const SYLLABLE_NAMES = /^(?:In|An|On)$/;
const TITLE_NEEDS_MORE = new Set(["General", "Commander", "Director", "Chief", "Chairman", "Chair", "Representative", "Governor", "King", "Admiral"]);
/** Honorifics before a name, English and South Asian ("Shri", "Smt"). */
const HONORIFICS = new Set(["mr", "ms", "mrs", "dr", "shri", "smt", "sri"]);
/** Words of an office's field: "Minister for Defence", "Deputy Assistant Secretary of Defense for East Asia". */
const OFFICE_WORDS = new Set([
  "defense", "defence", "policy", "affairs", "foreign", "national", "security", "strategy", "plans", "operations", "east", "west",
  "south", "north", "asia", "asian", "pacific", "indo-pacific", "southeast", "northeast", "international", "global", "homeland",
  "acquisition", "sustainment", "industrial", "industry", "base", "intelligence", "space", "cyber", "nuclear", "deterrence",
  "capabilities", "cooperation", "research", "engineering", "technology", "science", "personnel", "readiness", "logistics",
  "arms", "control", "nonproliferation", "unification", "trade", "economic", "political", "military", "public", "diplomacy",
  "relations", "europe", "european", "the", "and", "of", "for", "staff", "joint", "force", "forces", "development", "programs",
  "regional", "integration", "counterproliferation", "emergency", "management", "veterans", "finance", "justice", "interior",
  "state", "republic", "kingdom", "federation", "commonwealth", "council",
]);
/** An office word, or office words joined by hyphens ("Political-Military"). */
function isOfficeWord(lower: string): boolean {
  return OFFICE_WORDS.has(lower) || (lower.includes("-") && lower.split("-").every((p) => OFFICE_WORDS.has(p)));
}
const TITLE_PREFIXES = new Set(["deputy", "vice", "acting", "principal", "senior", "first", "assistant", "associate"]);

/**
 * "the UK Secretary of State for Trade, the Rt Hon …", "Australia's Minister for Foreign Affairs, the Hon …": the state
 * of an office written before the comma that precedes a name. Empty unless the words before the comma are an office
 * (capitalised words with a title among them) opened by a state's adjective or possessive.
 */
function leadingOfficeStates(sentence: string, tokens: readonly Token[], comma: number, lexicon: Lexicon): string[] {
  if (tokens[comma]?.text !== ",") return [];
  let k = comma - 1;
  let titled = false;
  while (k >= 0 && k > comma - 14 && tokens[k]?.lower !== "the" && (tokens[k]?.cap || /^(?:of|for|and)$/.test(tokens[k]?.lower ?? ""))) {
    if (lexicon.titles.has(tokens[k]?.lower ?? "")) titled = true;
    k--;
  }
  if (!titled) return [];
  // "Australia's Minister …".
  if (/^['’]s$/.test(tokens[k]?.text ?? "")) {
    const entry = lexicon.byForm.get(formKey(tokens[k - 1]?.text ?? ""));
    return entry?.kind === "state" ? [entry.name] : [];
  }
  // "the UK Secretary …", "the Australian Minister …".
  return statesOf(tokens[k + 1]?.text ?? "", lexicon);
}

/** The end of the post-nominal letters from `at` ("MP", ", AC", "Jr."), or `at` when there are none. */
function postNominalsEnd(tokens: readonly Token[], at: number): number {
  let j = at;
  for (;;) {
    const k = tokens[j]?.text === "," && POST_NOMINALS.has(tokens[j + 1]?.lower ?? "") && tokens[j + 1]?.cap ? j + 1 : j;
    const t = tokens[k];
    if (!t || !POST_NOMINALS.has(t.lower) || !t.cap || (t.lower.length > 2 && t.text !== t.text.toUpperCase() && !/^(?:Jr|Sr|PhD|Ret)$/.test(t.text))) return j;
    j = tokens[k + 1]?.text === "." ? k + 2 : k + 1;
  }
}

/**
 * ", Minister for Defence Industry, New Zealand": an office and a state written after the name.
 * Returns the office and the state when the text has both (or the office alone before the clause goes on).
 */
function trailingOffice(sentence: string, tokens: readonly Token[], at: number, lexicon: Lexicon): { title: string; states: string[] } | undefined {
  if (tokens[at]?.text !== ",") return undefined;
  const lowerSentence = lowerKey(sentence);
  let from = at + 1;
  while (TITLE_PREFIXES.has(tokens[from]?.lower ?? "")) from++;
  const first = tokens[from];
  if (!first?.cap) return undefined;
  const span = windowFor(lexicon.firstWords, first);
  let end = -1;
  for (let e = Math.min(tokens.length, from + Math.min(span, lexicon.titleMaxWords + 2)); e > from; e--) {
    const b = tokens[e - 1];
    if (b && lexicon.titles.has(lowerSentence.slice(first.start, b.end))) {
      end = e;
      break;
    }
  }
  if (end < 0) return undefined;
  // "for Defence Industry", "of State for Defence": the office's field, up to the comma.
  while (end < tokens.length && (tokens[end]?.cap || (NAME_CONNECTORS.has(tokens[end]?.lower ?? "") && tokens[end + 1]?.cap))) end++;
  const title = slice(sentence, tokens, at + 1, end);
  if (tokens[end]?.text !== ",") return { title, states: [] };
  // ", New Zealand," / ", Australia and": the state the office belongs to.
  for (let e = Math.min(tokens.length, end + 5); e > end + 1; e--) {
    const entry = lexicon.byForm.get(formKey(slice(sentence, tokens, end + 1, e)));
    const next = tokens[e];
    if (entry?.kind === "state" && (!next || !next.word || next.lower === "and")) return { title, states: [entry.name] };
  }
  return { title, states: [] };
}

/** "the Hon Jane Doe MP, Minister for Defence, New Zealand", "Senator the Right Honourable Ann Roe": people named with an honorific. */
export function honourableMentions(sentence: string, tokens: readonly Token[], lexicon: Lexicon): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!HONOURABLE.has(tokens[i]?.lower ?? "") || !tokens[i]?.cap) continue;
    let start = i;
    if (/^(?:right|rt)$/.test(tokens[i - 1]?.lower ?? "") || (tokens[i - 1]?.text === "." && /^rt$/.test(tokens[i - 2]?.lower ?? ""))) start = tokens[i - 1]?.text === "." ? i - 2 : i - 1;
    if (tokens[start - 1]?.lower === "the") start--;
    // "Her Excellency Jane Roe", "H.E.": the possessive that opens "Excellency" is part of the honorific.
    if (tokens[i]?.lower === "excellency" && /^(?:his|her|your)$/.test(tokens[start - 1]?.lower ?? "")) start--;
    let j = tokens[i + 1]?.text === "." ? i + 2 : i + 1;
    const nameStart = j;
    while (j < tokens.length && j - nameStart < 4) {
      // "H.E. Anna von der Berg": lower-case particles inside the name and the family name they open.
      const particles = j > nameStart ? particlesEnd(tokens, j, (w) => isNameWord(w, lexicon)) : j;
      if (particles > j) {
        j = particles;
        continue;
      }
      if (!isNameWord(tokens[j], lexicon) || POST_NOMINALS.has(tokens[j]?.lower ?? "")) break;
      j++;
      if (/^\p{Lu}$/u.test(tokens[j - 1]?.text ?? "") && tokens[j]?.text === ".") j++;
    }
    if (tokens.slice(nameStart, j).filter((t) => t.word).length < 2) continue;
    const name = slice(sentence, tokens, nameStart, j);
    const end = postNominalsEnd(tokens, j);
    const office = trailingOffice(sentence, tokens, end, lexicon);
    out.push({
      start,
      end,
      role: "entity",
      type: "Actor",
      kind: "person",
      name,
      forms: [name, slice(sentence, tokens, start, end), slice(sentence, tokens, i, end)],
      priority: PRIORITY.person,
      states: office?.states.length ? office.states : leadingOfficeStates(sentence, tokens, start - 1, lexicon),
      title: office?.title,
    });
    i = end - 1;
  }
  return out;
}

/**
 * "Jung, Seung Jo," after a one-word family name: the end of the given name (one or two name words after the
 * comma, closed by punctuation, "and" or a lower-case word), or 0 when the comma starts something else.
 */
function givenNameAfterComma(tokens: readonly Token[], comma: number, lexicon: Lexicon): number {
  if (tokens[comma]?.text !== ",") return 0;
  let k = comma + 1;
  while (k < tokens.length && k - comma <= 2 && isNameWord(tokens[k], lexicon) && !POST_NOMINALS.has(tokens[k]?.lower ?? "") && !/^\p{Lu}$/u.test(tokens[k]?.text ?? "")) k++;
  const next = tokens[k];
  if (k === comma + 1 || (next?.word && (next.cap || next.lower === "of"))) return 0;
  return k;
}

/** The states named in an office's qualifier ("for Foreign Affairs of New Zealand"), tokens `from` to `to`. */
function qualifierStates(sentence: string, tokens: readonly Token[], from: number, to: number, lexicon: Lexicon): string[] {
  for (let k = from; k < to; k++) {
    const end = multiWordState(sentence, tokens, k, lexicon);
    const key = formKey(slice(sentence, tokens, k, end > k ? end : k + 1));
    const entry = lexicon.byForm.get(key);
    if (entry?.kind === "state") return [entry.name];
    const adjective = lexicon.stateByAdjective.get(key);
    if (adjective) return [adjective.name];
  }
  return [];
}

/** The end of a state's name of up to six tokens from `at` ("People's Republic of China"), or `at`. */
function stateNameEnd(sentence: string, tokens: readonly Token[], at: number, lexicon: Lexicon): number {
  if (!tokens[at]?.cap) return at;
  for (let e = Math.min(tokens.length, at + 6); e > at; e--) if (lexicon.byForm.get(formKey(slice(sentence, tokens, at, e)))?.kind === "state") return e;
  return at;
}

/** The end of a state named by two or three words from `at` ("New Zealand", "United Kingdom"), or `at`. */
function multiWordState(sentence: string, tokens: readonly Token[], at: number, lexicon: Lexicon): number {
  for (let n = 3; n >= 2; n--) {
    // Only capitalised words, or "of" between them ("Republic of Korea"), can be a state's name.
    if (at + n > tokens.length || !tokens[at]?.cap || !(tokens[at + 1]?.cap || tokens[at + 1]?.lower === "of")) return at;
    const key = formKey(slice(sentence, tokens, at, at + n));
    if (lexicon.stateByAdjective.has(key) || lexicon.byForm.get(key)?.kind === "state") return at + n;
  }
  return at;
}

/**
 * "for Andean Peace and Security Affairs Ana Torres": a field the office words stop short of, when
 * the capitalised run goes on to an office word ("Affairs", "Policy") and then two or three name words. Returns
 * the end of the field (`k` when the run is no such field).
 */
function fieldEnd(tokens: readonly Token[], k: number, lexicon: Lexicon): number {
  let run = k;
  // The run stops at another office ("… Paul Ouellet and Deputy Minister …"): that is the next person.
  // So does "and" before a state's adjective ("… Louis Girard and Canadian …").
  const office = (t: Token | undefined) => Boolean(t && (lexicon.titles.has(t.lower) || TITLE_PREFIXES.has(t.lower) || lexicon.stateByAdjective.has(formKey(t.text))));
  while (run < tokens.length && run - k < 10 && !office(tokens[run]) && (tokens[run]?.cap || (NAME_CONNECTORS.has(tokens[run]?.lower ?? "") && tokens[run + 1]?.cap && !office(tokens[run + 1])))) run++;
  if (run - k < 4) return k;
  for (const words of [2, 3]) {
    const m = run - words;
    if (m > k && FIELD_END.has(tokens[m - 1]?.lower ?? "") && tokens.slice(m, run).every((t) => t.word && t.cap && !OFFICE_WORDS.has(t.lower))) return m;
  }
  return k;
}

/** Words an office's field ends in: "… Security Affairs", "… North Korea Policy". */
const FIELD_END = new Set(["affairs", "policy", "security", "defense", "defence", "operations", "cooperation", "relations", "strategy", "planning", "bureau", "office", "division"]);

/** ", Jane Roe," after an office: the end of two or three name words closed by a comma, "and" or the sentence's end, or `at`. */
function appositiveNameEnd(sentence: string, tokens: readonly Token[], at: number, lexicon: Lexicon): number {
  let k = at;
  while (k < tokens.length && k - at < 3 && isNameWord(tokens[k], lexicon) && !POST_NOMINALS.has(tokens[k]?.lower ?? "") && !/^\p{Lu}$/u.test(tokens[k]?.text ?? "")) k++;
  const next = tokens[k];
  if (k - at < 2 || (next !== undefined && next.text !== "," && next.lower !== "and" && next.text !== ".")) return at;
  // ", New Zealand," after an office is its state, not a name.
  const first = tokens[at];
  const last = tokens[k - 1];
  if (first && last && (lexicon.byForm.has(lowerKey(sentence).slice(first.start, last.end)) || lexicon.places.has(lowerKey(sentence).slice(first.start, last.end)))) return at;
  return k;
}

export function isNameWord(token: Token | undefined, lexicon: Lexicon): boolean {
  if (!token?.word) return false;
  if (/^\p{Lu}$/u.test(token.text)) return true;
  // "H.E.", "H.E": "His/Her Excellency", a courtesy before a name, not part of it.
  if (/^H\.E\.?$/.test(token.text)) return false;
  // "… and The Hon. Ann Roe": an honorific opens the next person's name, it is no name itself.
  if (HONOURABLE.has(token.lower)) return false;
  // "Minister Ann Roe Thursday hosted …": a weekday dates the act, it is no one's name.
  return token.cap && !WEEKDAYS.has(token.lower) && !LEADING_NON_NAME.has(token.lower) && !lexicon.titles.has(token.lower) && !lexicon.byForm.has(formKey(token.text)) && !HEADS.has(token.lower);
}

/**
 * The end of the longest title starting at token `from` (after "Deputy", "Vice" …), or -1. The first title found
 * gives `found.title` its canonical name (a function of the module, not a closure made for every capitalised word).
 */
function titleAt(tokens: readonly Token[], lexicon: Lexicon, lowerSentence: string, from: number, found: { title: string }): number {
  let at = from;
  while (TITLE_PREFIXES.has(tokens[at]?.lower ?? "")) at++;
  const first = tokens[at];
  const span = first ? windowFor(lexicon.firstWords, first) : 0;
  for (let end = Math.min(tokens.length, at + Math.min(span, lexicon.titleMaxWords + 2)); end > at; end--) {
    const a = tokens[at];
    const b = tokens[end - 1];
    const canonical = a && b ? lexicon.titles.get(lowerSentence.slice(a.start, b.end)) : undefined;
    if (canonical) {
      found.title ||= canonical;
      return end;
    }
  }
  return -1;
}

/** People: a title or honorific, then a name ("Mr. Cho Chang Lae", "President Biden", "DEPMIN Cho"). */
export function personMentions(sentence: string, tokens: readonly Token[], lexicon: Lexicon): Mention[] {
  const out: Mention[] = [];
  const lowerSentence = lowerKey(sentence);
  const found = { title: "" };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token?.word || !token.cap) continue;
    // The longest title starting here.
    found.title = "";
    const titleEnd = titleAt(tokens, lexicon, lowerSentence, i, found);
    if (titleEnd < 0) continue;
    // "07:11 PM EDT": after a time of day, "PM" is the afternoon, not a Prime Minister.
    if (/^[AP]M$/.test(token.text) && /\d$/.test(tokens[i - 1]?.text ?? "")) continue;
    const mention = personAt(sentence, tokens, lexicon, lowerSentence, i, titleEnd, found.title);
    if (!mention) continue;
    out.push(mention);
    i = mention.end - 1;
  }
  return out;
}

/** "Minister of Trade Affairs of the Republic of Chile": "the" at `at` before a state of several words inside the office's qualifier. */
function theStateAt(sentence: string, tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  return tokens[at]?.lower === "the" && multiWordState(sentence, tokens, at + 1, lexicon) > at + 1;
}

/** Whether a word belongs to an office's qualifier: without a comma after it (`appositive`), the qualifier ends where the person's name begins. */
function inQualifier(t: Token | undefined, appositive: boolean, lexicon: Lexicon): boolean {
  return Boolean(t && (appositive || isOfficeWord(t.lower) || lexicon.stateByAdjective.has(formKey(t.text))));
}

/**
 * The person whose title starts at token `i` and ends at `titleEnd` (the longest title there, `title`), with the
 * offices joined to it, the office's qualifier and the name after it; undefined when no name follows.
 */
function personAt(sentence: string, tokens: readonly Token[], lexicon: Lexicon, lowerSentence: string, i: number, firstTitleEnd: number, firstTitle: string): Mention | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  const found = { title: firstTitle };
  let titleEnd = firstTitleEnd;
  // "Deputy Prime Minister and Minister for Defence Thomas Kerrigan": one person, two offices.
  while (tokens[titleEnd]?.lower === "and" && tokens[titleEnd + 1]?.cap) {
    const next = titleAt(tokens, lexicon, lowerSentence, titleEnd + 1, found);
    if (next < 0) break;
    titleEnd = next;
  }
  // "Minister of Foreign Affairs and Trade Ana Roe": a field word joined to the title by "and".
  while (tokens[titleEnd]?.lower === "and" && tokens[titleEnd + 1]?.cap && OFFICE_WORDS.has(tokens[titleEnd + 1]?.lower ?? "") && isNameWord(tokens[titleEnd + 2], lexicon)) titleEnd += 2;
  const titleName = found.title;
  const honorific = HONORIFICS.has(token.lower);
  let j = titleEnd;
  if (tokens[j]?.text === ".") j++;
  let titleText = honorific ? "" : slice(sentence, tokens, i, titleEnd);
  let officeStates: string[] = [];
  const bodies: Mention[] = [];
  // "Deputy Minister (DEPMIN) for National Defense Policy": skip the acronym, keep the qualifier.
  if (!honorific) {
    if (tokens[j]?.text === "(") {
      let k = j;
      while (k < tokens.length && tokens[k]?.text !== ")") k++;
      if (k - j <= 3) j = k + 1;
    }
    if ((tokens[j]?.lower === "for" || tokens[j]?.lower === "of") && (tokens[j + 1]?.cap || theStateAt(sentence, tokens, j + 1, lexicon) || (tokens[j + 1]?.lower === "the" && tokens[j + 2]?.cap))) {
      let k = j + 1;
      const appositive = (() => {
        let x = k;
        while (x < tokens.length && (tokens[x]?.cap || NAME_CONNECTORS.has(tokens[x]?.lower ?? "") || tokens[x]?.text === "(" || tokens[x]?.text === ")")) x++;
        return tokens[x]?.text === "," && HONORIFICS.has(tokens[x + 1]?.lower ?? "");
      })();
      for (;;) {
        // "President of the European Commission Ana Roe": an organisation the lexicon knows is the office's, and an entity.
        const body = tokens[k - 1]?.lower === "of" ? officeBodyAt(sentence, tokens, k, lexicon) : undefined;
        if (body) {
          bodies.push(body);
          k = body.end;
          continue;
        }
        // "Minister of Defence of New Zealand": a state of several words is part of the office.
        const state = theStateAt(sentence, tokens, k, lexicon) ? multiWordState(sentence, tokens, k + 1, lexicon) : multiWordState(sentence, tokens, k, lexicon);
        if (state > k) k = state;
        else if (k < tokens.length && ((tokens[k]?.cap && inQualifier(tokens[k], appositive, lexicon)) || (NAME_CONNECTORS.has(tokens[k]?.lower ?? "") && tokens[k + 1]?.cap && (inQualifier(tokens[k + 1], appositive, lexicon) || multiWordState(sentence, tokens, k + 1, lexicon) > k + 1)))) k++;
        // "Premier of the Harbour Council of the Republic of Chile": "of the" and a state's whole name of several words.
        else if (k > j + 1 && tokens[k]?.lower === "of" && tokens[k + 1]?.lower === "the" && stateNameEnd(sentence, tokens, k + 2, lexicon) > k + 2) k = stateNameEnd(sentence, tokens, k + 2, lexicon);
        // "for Foreign, Commonwealth and Development Affairs": a comma between the field's words.
        else if (tokens[k]?.text === "," && k > j + 1 && tokens[k + 1]?.cap && OFFICE_WORDS.has(tokens[k + 1]?.lower ?? "") && tokens.slice(k + 2, k + 5).some((t) => t.lower === "and")) k++;
        else break;
      }
      k = fieldEnd(tokens, k, lexicon);
      // "Director for Maritime Policy at …": a field the office words do not cover, and no name after it.
      if (k === j + 1) return undefined;
      titleText = `${titleText} ${slice(sentence, tokens, j, k)}`;
      officeStates = qualifierStates(sentence, tokens, j, k, lexicon);
      j = k;
      // "… of the Republic of Chile (ROC) Ana Torres": the state's acronym in brackets between the office and the name.
      if (tokens[j]?.text === "(" && tokens[j + 2]?.text === ")" && isAcronymText(tokens[j + 1]?.text ?? "")) j += 3;
    }
    if (tokens[j]?.text === ",") {
      const k = j + 1;
      const h = tokens[k];
      // "with Minister of Defence of X, H.E. Lt. Gen. (ret.) Jane Roe": the courtesy and the rank before the name; not
      // after an office that is itself set off by a comma ("Ann Roe, Minister of X, H.E. Mr. Bo Lund": the next person).
      const courtesy = afterComma(tokens, i) ? k : courtesyEnd(lowerSentence, tokens, k, lexicon);
      if (courtesy > k) j = courtesy;
      else if (h && HONORIFICS.has(h.lower)) j = tokens[k + 1]?.text === "." ? k + 2 : k + 1;
      // "the Australian Minister for Defence, Jane Roe, and …": the name set off by commas after the office.
      else if (appositiveNameEnd(sentence, tokens, k, lexicon) > k) j = k;
      // "the Minister of Defence of the Republic of Chile, Ana Torres,": a name of two or more words set off by commas.
      else if (officeStates.length > 0 || titleText.includes(" ")) {
        let e = k;
        while (e < tokens.length && e - k < 4 && isNameWord(tokens[e], lexicon)) e++;
        const closer = tokens[e];
        const known = multiWordState(sentence, tokens, k, lexicon) > k || lexicon.byForm.has(formKey(slice(sentence, tokens, k, e)));
        if (e - k >= 2 && !known && (!closer || closer.text === "," || closer.text === "." || closer.lower === "and" || (closer.word && !closer.cap))) j = k;
      }
    } else if (courtesyEnd(lowerSentence, tokens, j, lexicon) > j) {
      // "Minister of Defence of the Republic of Chile H.E. Mr. Tomas Velkan": the courtesy with no comma before it.
      j = courtesyEnd(lowerSentence, tokens, j, lexicon);
    } else if (tokens[j] && HONORIFICS.has(tokens[j]?.lower ?? "")) j = tokens[j + 1]?.text === "." ? j + 2 : j + 1;
  }
  const nameStart = j;
  while (j < tokens.length && j - nameStart < 4) {
    const t = tokens[j];
    if (isNameWord(t, lexicon) && !(j > nameStart && POST_NOMINALS.has(t?.lower ?? "") && postNominalsEnd(tokens, j) > j)) {
      j++;
      if (/^\p{Lu}$/u.test(t?.text ?? "") && tokens[j]?.text === ".") j++;
    } else if (j === nameStart && t && GIVEN_NAME_RANKS.has(t.text) && tokens[j + 1]?.text !== "." && isNameWord(tokens[j + 1], lexicon)) {
      // "Mr. Gen Tanaka", "Minister of Defense Gen Tanaka": after an honorific or an office, a rank's short form
      // without its full stop is a given name (a rank there is written "Gen.").
      j++;
    } else if (j > nameStart && t?.word && !t.cap && particlesEnd(tokens, j, (w) => isNameWord(w, lexicon)) > j) {
      // "Albert F. del Rosano", "Anna von der Berg": lower-case particles and the family name they open.
      j = particlesEnd(tokens, j, (w) => isNameWord(w, lexicon));
    } else if (j > nameStart && SYLLABLE_NAMES.test(t?.text ?? "") && isNameWord(tokens[j + 1], lexicon) && !lexicon.places.has(formKey(tokens[j + 1]?.text ?? ""))) {
      // "Gen. Won In Choul": a capitalised syllable inside a name, between name words, is no preposition.
      j++;
    } else break;
  }
  // "General Jung, Seung Jo,": a family name, a comma, then the given name.
  const given = j - nameStart === 1 ? givenNameAfterComma(tokens, j, lexicon) : 0;
  const familyFirst = given > 0 ? `${slice(sentence, tokens, nameStart, j)} ${slice(sentence, tokens, j + 1, given)}` : undefined;
  if (given > 0) j = given;
  const nameEnd = j;
  const nameWords = familyFirst ? 2 : tokens.slice(nameStart, nameEnd).filter((t) => t.word).length;
  // "Deputy Minister of Defense Policy, …": a field word after a shorter title is no one's name.
  if (nameWords === 0 || (nameWords === 1 && !familyFirst && OFFICE_WORDS.has(tokens[nameStart]?.lower ?? ""))) return undefined;
  const previous = tokens[i - 1]?.lower;
  if (previous === "a" || previous === "an") return undefined;
  if (TITLE_NEEDS_MORE.has(titleName.split(" ")[0] ?? "") && nameWords < 2 && !honorific) return undefined;
  // A name followed by a head noun is an organisation or body, not a person ("Secretary General Office").
  const nextWord = tokens[nameEnd];
  if (nextWord?.cap && HEADS.has(nextWord.lower)) return undefined;
  const name = familyFirst ?? slice(sentence, tokens, nameStart, nameEnd);
  const writtenEnd = postNominalsEnd(tokens, nameEnd);
  const mention: Mention = {
    start: i,
    end: writtenEnd,
    role: "entity",
    type: "Actor",
    kind: "person",
    name,
    forms: [name, slice(sentence, tokens, i, nameEnd), ...(familyFirst ? [slice(sentence, tokens, nameStart, nameEnd)] : []), ...(writtenEnd > nameEnd ? [slice(sentence, tokens, nameStart, writtenEnd)] : [])],
    priority: PRIORITY.person,
    states: [],
    title: titleText.trim() || undefined,
  };
  if (nameWords === 1) mention.personRef = name;
  if (bodies.length > 0) mention.inner = bodies;
  if (!honorific) {
    const before = tokens[i - 1];
    if (before?.word) mention.states = statesOf(before.text, lexicon);
    // "Minister of Defence of India, Shri A": the state the office is of.
    if (mention.states.length === 0) mention.states = officeStates;
  }
  return mention;
}

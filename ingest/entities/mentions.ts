/**
 * Named mentions in one sentence: acronym definitions, lexicon names, capitalised names typed by
 * their head noun, people with their titles, and the alliance. Threat phrases are in threats.ts.
 */
import { findAcronymDefinitions, isAcronymText } from "./acronyms.ts";
import { ACTOR_QUALIFIER, DOCUMENT_HEADS, HEADLINE_VERBS, HEADS, LEADING_NON_NAME, MEETING_NOUNS, MONTHS, NAME_CONNECTORS, TITLE_PARTICIPLES, TRAILING_HEADS, isOrdinalOrYear, type HeadType } from "./heads.ts";
import { formKey, lowerKey } from "../../graph/names.ts";
import type { Lexicon } from "../lexicon/lexicon.ts";
import { PRIORITY, displayCase, headType, leadingStates, lexiconMention, slice, statesOf, windowFor, type KnownForms, type Mention } from "./names.ts";
import { createdMentions } from "./created.ts";
import { lowerAllianceMentions } from "./lower-alliances.ts";
import { insertedNameMentions } from "./inserted-names.ts";
import { compoundMeetingMentions, meetingMentions } from "./lower-meetings.ts";
import { exerciseMentions } from "./lower-exercises.ts";
import { datedStatementMentions } from "./dated-statements.ts";
import { referredStatementMentions } from "./referred-statements.ts";
import { honourableMentions, personMentions } from "./people.ts";
import { pluralTitleMentions } from "./plural-titles.ts";
import { resolutionMentions } from "./resolutions.ts";
import { nameFirstMentions } from "./name-first.ts";
import { afterOfficeOf, officeBodyAt } from "./office-bodies.ts";
import { roleNounMentions } from "./role-nouns.ts";
import { quotedInstrumentMentions, quotedNameMentions } from "./quoted.ts";
import { isPersonLetters, opensHonorific } from "./courtesies.ts";
import { sortStable } from "../stable-sort.ts";
import { compoundParts, type Token } from "../text/tokens.ts";

export { displayCase, headType, type KnownForms, type Mention, type MentionRole } from "./names.ts";

/**
 * Every key the window search below can act on (a form, place, capital or state adjective), and the lengths of those
 * keys by their first two characters (`prefixCode`): a window whose length no key with its first two characters has
 * is no key, and is passed over without cutting it out of the sentence (most windows are no key).
 */
interface WindowKeys {
  keys: ReadonlySet<string>;
  lengths: ReadonlyMap<number, ReadonlySet<number>>;
}
const windowKeys = new WeakMap<Lexicon, WindowKeys>();

/** The first two characters of `text` from `at` as one number (NaN when `text` ends before the second). */
function prefixCode(text: string, at: number): number {
  return text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1);
}

function windowKeysOf(lexicon: Lexicon): WindowKeys {
  let found = windowKeys.get(lexicon);
  if (!found) {
    const keys = new Set([...lexicon.byForm.keys(), ...lexicon.places, ...lexicon.capitals.keys(), ...lexicon.stateByAdjective.keys()]);
    const lengths = new Map<number, Set<number>>();
    for (const key of keys) {
      if (key.length < 2) continue;
      const code = prefixCode(key, 0);
      const set = lengths.get(code);
      if (set) set.add(key.length);
      else lengths.set(code, new Set([key.length]));
    }
    found = { keys, lengths };
    windowKeys.set(lexicon, found);
  }
  return found;
}

/** A word written in capitals that no acronym of the lexicon is: "THE", "WILL" in a headline. */
function capitalWord(token: Token | undefined, lexicon: Lexicon): boolean {
  return token !== undefined && token.word && /^[A-Z]{2,}$/.test(token.text) && lexicon.acronymForms.get(token.lower) !== token.text;
}

/** Whether tokens [start, end) stand beside a word written in capitals: "WHO WILL LEAD" is no organisation. */
function inCapitalRun(tokens: readonly Token[], start: number, end: number, lexicon: Lexicon): boolean {
  return capitalWord(tokens[start - 1], lexicon) || capitalWord(tokens[end], lexicon);
}

/** Longest lexicon match at each position (names case-insensitive, acronyms exact). */
function lexiconMentions(sentence: string, tokens: readonly Token[], lexicon: Lexicon): Mention[] {
  const { keys: known, lengths } = windowKeysOf(lexicon);
  const out: Mention[] = [];
  const lower = lowerKey(sentence);
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first?.word) continue;
    // A lexicon form written in lower case ("global coalition against ISIS") matches from a lower-case word, if it is long.
    const lowerStart = !first.cap;
    if (lowerStart && !lexicon.lowerFirstWords.has(first.lower)) continue;
    const span = windowFor(lexicon.firstWords, first);
    if (span === 0) continue;
    // The lengths of the keys that start with this window's first two characters (lower-case forms are keys too).
    const keyLengths = lengths.get(prefixCode(lower, first.start));
    for (let end = Math.min(tokens.length, i + span); end > i; end--) {
      const last = tokens[end - 1];
      if (!last?.word) continue;
      const length = Math.min(last.end, lower.length) - first.start;
      if (length >= 2 && keyLengths?.has(length) !== true) continue;
      if (lowerStart && (end - i < 3 || !lexicon.lowerForms.has(lower.slice(first.start, last.end)))) continue;
      const key = lower.slice(first.start, last.end);
      // Most windows are no key at all: one lookup instead of four.
      if (!known.has(key)) continue;
      const entry = lexicon.byForm.get(key);
      const acronym = entry ? lexicon.acronymForms.get(key) : undefined;
      const surface = entry || lexicon.places.has(key) ? slice(sentence, tokens, i, end) : "";
      if (entry && (acronym === undefined || acronym === surface) && !(acronym !== undefined && lexicon.wordAcronyms.has(key) && inCapitalRun(tokens, i, end, lexicon))) {
        out.push(lexiconMention(entry, i, end, surface, PRIORITY.lexicon));
        break;
      }
      // "Pyongyang's …": a capital acting as its state.
      const capital = lexicon.capitals.get(key);
      if (capital && /^['’]s$/.test(tokens[end]?.text ?? "")) {
        out.push(lexiconMention(capital, i, end, slice(sentence, tokens, i, end), PRIORITY.lexicon));
        break;
      }
      // "North Korean soldiers", "Russian troops": a state adjective before a noun names the state.
      const adjective = lexicon.stateByAdjective.get(key);
      if (adjective && !entry && end - i <= 2 && /^[a-z]/.test(tokens[end]?.text ?? "") && !["and", "or", "of", "the"].includes(tokens[end]?.lower ?? "")) {
        out.push({ ...lexiconMention(adjective, i, end, slice(sentence, tokens, i, end), PRIORITY.place - 1), adjective: true });
        break;
      }
      if (lexicon.places.has(key)) {
        out.push({ start: i, end, role: "place", name: surface, forms: [surface], priority: PRIORITY.place, states: [] });
        break;
      }
    }
  }
  return out;
}

/** "Freedom Shield 25": a numbered instance of a lexicon series keeps its number. */
function numberedLexiconMention(surface: string, start: number, end: number, lexicon: Lexicon, priority: number): Mention | undefined {
  const m = /^(.*\S)\s+(\d{1,4})$/.exec(surface);
  const series = m?.[1] ? lexicon.byForm.get(formKey(m[1])) : undefined;
  if (!series || series.type !== "Exercise") return undefined;
  return { start, end, role: "entity", type: series.type, name: displayCase(surface), forms: [surface], priority, states: [] };
}

function typedMention(sentence: string, tokens: readonly Token[], start: number, end: number, lexicon: Lexicon, priority: number): Mention | undefined {
  const surface = slice(sentence, tokens, start, end);
  const entry = lexicon.byForm.get(formKey(surface));
  if (entry) return lexiconMention(entry, start, end, surface, priority);
  const numbered = numberedLexiconMention(surface, start, end, lexicon, priority);
  if (numbered) return numbered;
  // "the 13th Meeting of the Chile-Peru Joint Committee": a meeting of a standing body is that body, as "… Committee
  // Meeting" is; the whole is one of its names.
  if (/^(?:Meeting|Session|Plenary) of the \S+ \S/.test(surface) && end - start >= 5) {
    const body = typedMention(sentence, tokens, start + 3, end, lexicon, priority);
    const last = tokens[end - 1]?.lower ?? "";
    if (body?.type === "Body" && !MEETING_NOUNS.has(last)) return { ...body, start, forms: [...body.forms, surface] };
  }
  // "ROK Ministry of National Defense": a state qualifier before a lexicon name.
  const qualifier = tokens[start];
  const qualifierIsStates = qualifier !== undefined && compoundParts(qualifier.text).every((p) => lexicon.stateByAdjective.has(formKey(p)));
  if (qualifier && end - start >= 2 && qualifierIsStates) {
    const rest = slice(sentence, tokens, start + 1, end);
    const inner = lexicon.byForm.get(formKey(rest));
    if (inner && inner.kind !== "state") {
      const m = lexiconMention(inner, start, end, surface, priority);
      m.forms.push(rest);
      if (m.states.length === 0) m.states = statesOf(qualifier.text, lexicon);
      return m;
    }
  }
  // "Combined Task Force 153": a numbered instance is typed by the name before its number.
  const numberedHead = /\s\d{1,4}$/.test(surface) ? headType(surface.replace(/\s\d{1,4}$/, "")) : undefined;
  const head = headType(surface) ?? (numberedHead && numberedHead.type !== "Agreement" ? numberedHead : undefined);
  if (!head) return undefined;
  // "United States-Republic of Korea Alliance": an alliance named by the states it joins is theirs, however they are written.
  const members = head.kind === "alliance" ? leadingStates(surface, lexicon) : undefined;
  const states = members && /^alliance$/i.test(members.rest) ? members.states : [];
  return { start, end, role: "entity", type: head.type, kind: head.kind, name: displayCase(surface), forms: [surface], priority, states };
}

const AGREEMENT_HEAD: HeadType = { type: "Agreement" };

/** Lower-case prepositions after a headline's participle: "Held on", "Hosted by", "Signed in". */
const TITLE_PREPOSITION = /^(?:on|in|at|by|with|during|for|between|alongside)$/;

/** Acronym definitions as mentions; their acronyms become known forms. */
function definitionMentions(sentence: string, tokens: readonly Token[], lexicon: Lexicon): Mention[] {
  const out: Mention[] = [];
  for (const def of findAcronymDefinitions(tokens)) {
    let fullStart = def.fullStart;
    // Ordinals and years before the name qualify it ("25th Korea-U.S. …", "April 2023 …").
    while (fullStart < def.fullEnd - 1 && isOrdinalOrYear(tokens[fullStart]?.text ?? "")) fullStart++;
    const full = slice(sentence, tokens, fullStart, def.fullEnd);
    const acronym = def.acronym;
    const titleKey = formKey(full);
    if (lexicon.titles.has(titleKey) || lexicon.titles.has(formKey(acronym))) {
      out.push({ start: def.start, end: def.end, role: "title", name: full, forms: [full, acronym], priority: PRIORITY.definition, states: [] });
      continue;
    }
    // "United Nations Security Council (UNSC) resolutions": a lower-case noun after the definition that makes a lexicon name with it.
    const next = tokens[def.end];
    const extended = next?.word && !next.cap ? lexicon.byForm.get(formKey(`${full} ${next.text}`)) : undefined;
    if (extended && extended.type !== "Actor") {
      out.push({ ...lexiconMention(extended, def.fullStart, def.end + 1, slice(sentence, tokens, def.fullStart, def.end + 1), PRIORITY.definition) });
      continue;
    }
    // An acronym matches the lexicon's only as written: "MoU" (memorandum) is not "MOU" (a ministry).
    const acronymKey = formKey(acronym);
    const acronymWritten = lexicon.acronymForms.get(acronymKey);
    const byAcronym = acronymWritten === undefined || acronymWritten === acronym ? lexicon.byForm.get(acronymKey) : undefined;
    // A spelled-out name whose head noun names another type is not the acronym's lexicon entry: "Memorandum of Understanding (MOU)" is no ministry.
    const spelledType = headType(full)?.type;
    const entry = lexicon.byForm.get(titleKey) ?? (byAcronym && (spelledType === undefined || spelledType === byAcronym.type) ? byAcronym : undefined);
    let mention: Mention | undefined = numberedLexiconMention(full, def.start, def.end, lexicon, PRIORITY.definition);
    let end = def.end;
    if (mention) {
      // numbered instance of a known series
    } else if (entry) mention = lexiconMention(entry, def.start, def.end, full, PRIORITY.definition);
    else {
      // "Joint Statement on Closer Harbour Relations (CHR)": a statement the text defines an acronym for is a document it refers to.
      // (Not one about a named meeting or body, such as a statement's own title: "Joint Statement on the Harbour Consultations (HC)".)
      const topic = /^Joint Statement (?:on|of) (.+)$/.exec(full)?.[1];
      let head = headType(full) ?? (topic && !headType(topic) ? AGREEMENT_HEAD : undefined);
      const after = tokens[def.end];
      let name = displayCase(full);
      // "ULCHI FREEDOM SHIELD 24 (UFS 24) exercise": a trailing head types the name.
      if (after?.word && !after.cap) {
        const trailing = TRAILING_HEADS.get(after.lower);
        if (trailing && (!head || trailing.type === "Exercise")) {
          head = trailing;
          end = def.end + 1;
          if (trailing.type !== "Exercise") name = `${name} ${after.text}`;
        }
      }
      if (head && head.kind === "organization" && full.split(" ").length < 2) head = undefined;
      mention = head
        ? { start: def.start, end, role: "entity", type: head.type, kind: head.kind, name, forms: [full], priority: PRIORITY.definition, states: [] }
        : { start: def.start, end, role: "place", name, forms: [full], priority: PRIORITY.definition, states: [] };
    }
    mention.start = Math.min(mention.start, def.fullStart);
    // "the Japan Ministry of Defense (MOD)": a state qualifier just before the defined name.
    const before = tokens[mention.start - 1];
    if (mention.type === "Actor" && mention.kind !== "state" && before?.word && lexicon.stateByAdjective.has(formKey(before.text))) {
      if (mention.states.length === 0) mention.states = statesOf(before.text, lexicon);
      mention.forms.push(`${before.text} ${full}`);
      mention.start -= 1;
    }
    // "the Philippines-United States Bilateral Strategic Dialogue (BSD)": the states before the defined name are part of it.
    if (mention.type === "Body" || mention.type === "Agreement") {
      for (let k = mention.start - 1; k >= Math.max(0, mention.start - 3); k--) {
        const qualified = slice(sentence, tokens, k, def.fullEnd);
        if (tokens[k]?.cap && leadingStates(qualified, lexicon)?.rest === full) {
          mention.forms.push(qualified);
          mention.start = k;
          break;
        }
      }
    }
    mention.acronym = acronym;
    mention.forms = [...new Set([...mention.forms, acronym, slice(sentence, tokens, def.fullStart, def.fullEnd)])];
    // "UFS 24" is also "UFS"; "ULCHI FREEDOM SHIELD 24" also "Ulchi Freedom Shield".
    out.push(mention);
  }
  return out;
}

/** Capitalised names the lexicon lacks, typed by their head noun; "X and Y exercise" types both. */
function chunkMentions(sentence: string, tokens: readonly Token[], lexicon: Lexicon, known: KnownForms): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const startsName = t?.word && (t.cap || isOrdinalOrYear(t.text) || MONTHS.has(t.lower)) && !(t.lower === "the" || t.lower === "a");
    if (!startsName) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const u = tokens[j];
      if (!u) break;
      // "the NATO-led International Security Assistance Force": the leader's name ends at "-led".
      if (endsQualified(tokens[j - 1])) break;
      // "Secretary for Defence the Rt Hon Ann Roe MP for the Harbour Talks": an honorific opens a person, and a person's
      // letters end them; neither joins the capitalised words around it into one name.
      if (isPersonLetters(tokens[j - 1]) || opensHonorific(tokens, j)) break;
      // "Japanese Ministry of Foreign Affairs Director-General … Kenji Kanasugi": an office after an organisation's name opens a person.
      // "Ministry of Foreign Affairs Permanent Secretary …": an office of two words too.
      const office = lexicon.titles.has(u.lower) || (tokens[j + 1]?.cap === true && lexicon.titles.has(`${u.lower} ${tokens[j + 1]?.lower ?? ""}`));
      if (u.cap && j > i + 1 && office && headType(slice(sentence, tokens, i, j))?.kind === "organization") break;
      // "… Ministers’ Meeting Held on Sidelines of …": a headline's capitalised participle before a preposition ends the name.
      if (u.cap && TITLE_PARTICIPLES.has(u.lower) && TITLE_PREPOSITION.test(tokens[j + 1]?.text ?? "")) break;
      // "Harbour Group Issues Joint Statement on …": a headline's verb between two capitalised names ends the first.
      if (u.cap && HEADLINE_VERBS.has(u.lower) && tokens[j + 1]?.cap === true) break;
      if (u.word && (u.cap || /^\d+$/.test(u.text) || /^\d\+\d$/.test(u.text))) j++;
      // "Japan- Australia 2+2 …": a hyphen left before a space by a line break still joins two names.
      else if (/^[-‐‑]$/.test(u.text) && tokens[j - 1]?.cap && tokens[j + 1]?.cap && tokens[j + 1]?.start !== u.end) j++;
      // "Canada – Republic of Chile Foreign and Defence Ministers' Meeting", "European Union – Republic of Korea Summit":
      // a spaced dash joining two parties (states, or a union of states such as the EU) is the hyphen of a compound.
      else if (/^[–—]$/.test(u.text) && (endsInState(sentence, tokens, j, lexicon) || endsInUnion(sentence, tokens, j, lexicon)) && stateFrom(sentence, tokens, j + 1, lexicon) !== "") j++;
      // "Framework to Counter Foreign State Information Manipulation": a head-first name with its purpose.
      else if (u.lower === "to" && PURPOSE_HEADS.has(tokens[j - 1]?.lower ?? "") && tokens[j - 1]?.cap && tokens[j + 1]?.cap && tokens[j + 2]?.cap && !tokens.slice(i, j).some((x) => x.lower === "to")) j++;
      // (Not after a head noun: "the Framework Agreement, Trade Agreement, and Harbour Agreement" are three names.)
      else if (u.text === "," && !HEADS.has(tokens[j - 1]?.lower ?? "") && isCapSeries(tokens, j)) j += tokens[j + 1]?.lower === "and" ? 2 : 1;
      // "Defense Ministers' Meeting" is one name; "the United States' National Security Strategy" is a state's.
      // "Defence Ministers’ 2+2 Meeting": the format after the possessive.
      else if ((u.text === "'" || u.text === "’") && (tokens[j + 1]?.cap || /^\d\+\d$/.test(tokens[j + 1]?.text ?? "") || bracketedFormat(tokens, j + 1)) && /s$/.test(tokens[j - 1]?.text ?? "") && !endsInState(sentence, tokens, j, lexicon)) j++;
      // "Foreign and Defence Ministers’ (2+2) Meeting": the format in brackets inside the name.
      else if (bracketedFormat(tokens, j)) j += 3;
      // "… Compact of the Republic of Chile and the Kingdom of Norway": a second state joined to the first.
      else if (u.lower === "and" && tokens[j + 1]?.lower === "the" && statesCoordinated(slice(sentence, tokens, i, j), stateFrom(sentence, tokens, j + 2, lexicon), lexicon)) j += 2;
      // "Treaty of Friendship and Trade in the Harbour Region", "Agreement for a Closer Partnership in Defence": inside an
      // instrument named head first, "in" goes on with the name (not "… in Manila", a city, nor "in May").
      else if (u.lower === "in" && instrumentHeadFirst(tokens, i, j) && continuesName(tokens, j + 1, lexicon)) j++;
      else if (u.word && NAME_CONNECTORS.has(u.lower) && tokens[j + 1]?.word && !MONTHS.has(tokens[j + 1]?.lower ?? "") && (tokens[j + 1]?.cap || (["of", "for", "on"].includes(u.lower) && /^(?:the|a|an)$/.test(tokens[j + 1]?.lower ?? "") && (tokens[j + 1]?.lower === "the" || u.lower === "for") && tokens[j + 2]?.cap))) {
        // "Meeting on July 28": a date after a name is not part of it.
        // "met in Perth for the Harbour Talks": after a place ("in X", "at X") without a head noun, "for" starts the purpose.
        if (u.lower === "for" && /^(?:in|at)$/.test(tokens[i - 1]?.lower ?? "") && !tokens.slice(i, j).some((x) => HEADS.has(x.lower))) break;
        // "… Ministers' Meeting on the Occasion of the Anniversary": an occasion is no part of the name.
        if (u.lower === "on" && tokens[j + 1]?.lower === "the" && tokens[j + 2]?.lower === "occasion") break;
        j += u.lower === "for" && /^(?:a|an)$/.test(tokens[j + 1]?.lower ?? "") ? 2 : 1;
      } else break;
    }
    // Trim leading words that are not part of a name, and leading ordinals, months and years.
    let s = i;
    // "Fifth Annual U.S.-India 2+2 …": "Annual" after a trimmed ordinal goes with it.
    while (s < j && (LEADING_NON_NAME.has(tokens[s]?.lower ?? "") || (s === i && HEADLINE_VERBS.has(tokens[s]?.lower ?? "")) || isOrdinalOrYear(tokens[s]?.text ?? "") || MONTHS.has(tokens[s]?.lower ?? "") || /^\d+$/.test(tokens[s]?.text ?? "") || (s > i && /^(?:annual|inaugural)$/.test(tokens[s]?.lower ?? "") && isOrdinalOrYear(tokens[s - 1]?.text ?? "")))) s++;
    let e = j;
    while (e > s && NAME_CONNECTORS.has(tokens[e - 1]?.lower ?? "")) e--;
    if (e > s && endsQualified(tokens[e - 1])) {
      const leader = ledMention(sentence, tokens, s, e, lexicon);
      if (leader) out.push(leader);
    } else if (e > s) {
      const typedChunks = typeChunk(sentence, tokens, s, e, lexicon, known);
      // "the 2009 Joint Statement on Enhanced Security Cooperation", "the 2014 Vision Statement": a dated statement is a document the text refers to.
      if (typedChunks.length === 0 && s > i && /^(?:19|20)\d\d$/.test(tokens[s - 1]?.text ?? "")) {
        const dated = datedStatement(sentence, tokens, s, e, lexicon);
        if (dated) typedChunks.push(dated);
      }
      // "signed a Joint Statement on Closer Cooperation": a statement that is signed is a document too.
      if (typedChunks.length === 0 && s === i && signedBefore(tokens, s)) {
        const signed = datedStatement(sentence, tokens, s, e, lexicon);
        if (signed) typedChunks.push({ ...signed, forms: [signed.name] });
      }
      // "2016 Arbitral Award", "2050 Strategy for …": the qualified form is an alias too.
      const first = typedChunks[0];
      if (first && s > i && first.start === s && /^\d{4}$|^\d+(?:st|nd|rd|th)$/i.test(tokens[s - 1]?.text ?? "")) first.forms.push(slice(sentence, tokens, s - 1, first.end));
      out.push(...typedChunks);
      // "… Sato Ken and Chile Ministry of Trade …": a run that names nothing as a whole may hold a
      // name after its last "and"; read on from there.
      if (typedChunks.length === 0) {
        let and = e - 2;
        while (and > s && tokens[and]?.lower !== "and") and--;
        if (and > s) {
          i = and + 1;
          continue;
        }
      }
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/** Whether a token ends an actor's name with "-led", "-centered" … (its last letter first: most tokens end otherwise). */
function endsQualified(token: Token | undefined): boolean {
  const last = (token?.text.charCodeAt(token.text.length - 1) ?? 0) | 32;
  return (last === 100 || last === 99) && ACTOR_QUALIFIER.test(token?.text ?? "");
}

/** The actor named by tokens [s, e), the last of which ends in "-led" or "-centered": a lexicon name, or a name its head types as an actor. */
function ledMention(sentence: string, tokens: readonly Token[], s: number, e: number, lexicon: Lexicon): Mention | undefined {
  const surface = slice(sentence, tokens, s, e).replace(ACTOR_QUALIFIER, "");
  const key = formKey(surface);
  const entry = lexicon.byForm.get(key);
  const written = lexicon.acronymForms.get(key);
  if (entry && (written === undefined || written === surface)) return lexiconMention(entry, s, e, surface, PRIORITY.chunk);
  const head = headType(surface);
  if (head?.type !== "Actor") return undefined;
  return { start: s, end: e, role: "entity", type: "Actor", kind: head.kind, name: displayCase(surface), forms: [surface], priority: PRIORITY.chunk, states: [] };
}

/** Whether tokens [from, to) name an instrument head first: an agreement head followed by "of", "on", "for" or "regarding". */
function instrumentHeadFirst(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++)
    if (tokens[k]?.cap && HEADS.get(tokens[k]?.lower ?? "")?.type === "Agreement" && /^(?:of|on|for|regarding|concerning)$/.test(tokens[k + 1]?.lower ?? "")) return true;
  return false;
}

/**
 * Whether an instrument's name goes on after "in" at token `at` ("the" allowed first): into a region or a state the
 * lexicon knows ("in Southeast Asia", "in the South China Sea", "in Singapore") or a title-cased phrase ("in Defence
 * and Security", "in the Field of Medicine", "in Maritime Security"); not into a city or an unknown single name, where it was signed.
 */
function continuesName(tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const k = tokens[at]?.lower === "the" ? at + 1 : at;
  const t = tokens[k];
  if (!t?.word || !t.cap || MONTHS.has(t.lower)) return false;
  for (let n = 1; n <= 3; n++) {
    const last = tokens[k + n - 1];
    if (!last) break;
    const key = formKey(`${tokens.slice(k, k + n).map((x) => x.text).join(" ")}`);
    if ((n >= 2 && lexicon.places.has(key)) || lexicon.byForm.get(key)?.kind === "state") return true;
  }
  return (Boolean(tokens[k + 1]?.cap) && Boolean(tokens[k + 1]?.word)) || (/^(?:and|of)$/.test(tokens[k + 1]?.lower ?? "") && Boolean(tokens[k + 2]?.cap));
}

/** "Joint Statement on …", "Vision Statement", "Phnom Penh Statement on …": a statement named as a document. */
const STATEMENT_NAME = /^(?:[A-Z][\w-]* ){0,3}Statement(?: (?:on|of|for) .+)?$/;

/** A statement dated by the year before it, typed as the agreement it records (not a name of the lexicon). */
function datedStatement(sentence: string, tokens: readonly Token[], s: number, e: number, lexicon: Lexicon): Mention | undefined {
  const surface = slice(sentence, tokens, s, e);
  if (!STATEMENT_NAME.test(surface) || lexicon.byForm.has(formKey(surface)) || e - s < 2) return undefined;
  return { start: s, end: e, role: "entity", type: "Agreement", name: surface, forms: [surface, slice(sentence, tokens, s - 1, e)], priority: PRIORITY.chunk, states: [] };
}

/** Whether "signed a" / "signed the" stands before token `at`. */
function signedBefore(tokens: readonly Token[], at: number): boolean {
  return /^(?:a|the)$/.test(tokens[at - 1]?.lower ?? "") && /^(?:signed|sign|signing|signs)$/.test(tokens[at - 2]?.lower ?? "");
}

/** "(2+2)" from token `at`, before a capitalised word: a meeting's format in brackets inside its name. */
function bracketedFormat(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.text === "(" && /^\d\+\d$/.test(tokens[at + 1]?.text ?? "") && tokens[at + 2]?.text === ")" && Boolean(tokens[at + 3]?.cap);
}

/** Heads that name an instrument by its purpose: "Framework to Counter …", "Initiative to Combat …". */
const PURPOSE_HEADS = new Set(["framework", "strategy", "initiative", "plan", "convention", "agreement", "partnership", "fund", "mechanism", "roadmap"]);

/** Whether the words just before token `at` are a state's name ("United States", "Philippines"). */
function endsInState(sentence: string, tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  for (let n = 1; n <= 3 && n <= at; n++) if (lexicon.byForm.get(formKey(slice(sentence, tokens, at - n, at)))?.kind === "state") return true;
  return false;
}

/** "European Union", "ASEAN" right before token `at`: an organisation of no one state, which may be a party like a state. */
function endsInUnion(sentence: string, tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  for (let n = 1; n <= 3 && n <= at; n++) {
    const entry = lexicon.byForm.get(formKey(slice(sentence, tokens, at - n, at)));
    if (entry?.kind === "organization" && !entry.state && !/^(?:Ministry|Department)\b/.test(entry.name)) return true;
  }
  return false;
}

/** ", the third NCG tabletop exercise": the head of a description right after a name types it. */
function appositiveHead(tokens: readonly Token[], end: number): HeadType | undefined {
  if (tokens[end]?.text !== "," || !["the", "a", "an"].includes(tokens[end + 1]?.lower ?? "")) return undefined;
  for (let k = end + 2; k < tokens.length && k <= end + 8; k++) {
    const t = tokens[k];
    if (!t?.word) return undefined;
    const head = TRAILING_HEADS.get(t.lower);
    if (head && head.type === "Exercise") return head;
  }
  return undefined;
}

/** ", Repair, and Overhaul …": a series of single capitalised words inside one name. */
function isCapSeries(tokens: readonly Token[], comma: number): boolean {
  let k = comma;
  for (let n = 0; n < 6; n++) {
    if (tokens[k]?.text !== ",") return false;
    if (tokens[k + 1]?.lower === "and") return Boolean(tokens[k + 2]?.cap && tokens[k + 3]?.cap);
    if (!tokens[k + 1]?.cap || !tokens[k + 1]?.word) return false;
    k += 2;
  }
  return false;
}

/** A name followed by the kind of document that reports on it: "… Meeting Joint Statement", "… Talks Readout". */
/**
 * "Joint Statement of the", "Press Statement on", "Joint Statement for", "Joint Statement Released After the", or
 * "Joint Statement" alone: a document opening a title, before the body it reports.
 */
const STATEMENT_OPENING = /^(?:Joint )?(?:Press )?(?:Statement|Communiqu[eé]) (?:(?:of|from|on|for|Released After|Issued After) )?(?:the )?(?=\S+ \S)/;
const STATEMENT_OF = /^(.+?) ((?:Joint )?(?:Ministerial )?(?:Press )?(?:Statement|Readout|Communiqu[eé]|Fact Sheet))$/;

const OPEN_QUOTE = /^["\u201c\u2018']$/;
const CLOSE_QUOTE = /^["\u201d\u2019']$/;

/** The body, agreement or exercise head written right after a quoted name, and where it ends. */
function quotedHead(tokens: readonly Token[], s: number, e: number): (HeadType & { end: number }) | undefined {
  if (!OPEN_QUOTE.test(tokens[s - 1]?.text ?? "") || !CLOSE_QUOTE.test(tokens[e]?.text ?? "")) return undefined;
  const one = tokens[e + 1];
  if (!one?.word || one.cap) return undefined;
  for (const [words, end] of [[`${one.lower} ${tokens[e + 2]?.lower ?? ""}`, e + 3], [one.lower, e + 2]] as const) {
    const head = HEADS.get(words);
    if (head && head.type !== "Actor") return { ...head, end };
  }
  return undefined;
}

/** A name that stands on its own: typed by its head, the lexicon's, or one the statement has used. */
function typed(text: string, lexicon: Lexicon, known: KnownForms): boolean {
  return Boolean(headType(text) || lexicon.byForm.has(formKey(text)) || known.has(text));
}

/** A name written head first: "Ministry of …", "Guidelines for …". */
function headFirst(text: string): boolean {
  return /^\S+ (?:of|on|for) /.test(text) && HEADS.has((text.split(" ")[0] ?? "").toLowerCase());
}

/** Capitalised adjectives that end a meeting's name written before a lower-case noun ("… Ministerial consultations"). */
const MEETING_ADJECTIVE_END = / (?:Ministerial|Vice-Ministerial|Trilateral|Bilateral)$/;

/**
 * The organisation the lexicon knows that ends a name opening with an office and "of" (tokens [s, e)): right after the
 * office, or after a later "of" ("… of the Research Office of the Harbour Party"); undefined when there is none.
 */
function officeBody(sentence: string, tokens: readonly Token[], s: number, e: number, lexicon: Lexicon): Mention | undefined {
  const office = afterOfficeOf(sentence, tokens, s, e, lexicon);
  if (office === s) return undefined;
  for (let k = office; k < e; k++) {
    if (k > office && tokens[k - 1]?.lower !== "of") continue;
    const body = officeBodyAt(sentence, tokens, k, lexicon);
    if (body?.end === e) return body;
  }
  return undefined;
}

function typeChunk(sentence: string, tokens: readonly Token[], s: number, e: number, lexicon: Lexicon, known: KnownForms): Mention[] {
  // "President of the European Commission", "Director of the Research Office of the Harbour Party": an office is no
  // entity; the organisation the lexicon knows it is of, named last, is one.
  const body = officeBody(sentence, tokens, s, e, lexicon);
  if (body) return [body];
  const surface = slice(sentence, tokens, s, e);
  const after = tokens[e];
  const trailing = after?.word && !after.cap ? TRAILING_HEADS.get(after.lower) : undefined;
  const ands: number[] = [];
  // An "and" after a comma closes a series inside one name ("Maintenance, Repair, and Overhaul").
  for (let k = s + 1; k < e - 1; k++) if (tokens[k]?.lower === "and" && tokens[k - 1]?.text !== ",") ands.push(k);
  // "the Cyber Alliance and Cyber Flag exercise": a trailing head distributes over the conjuncts.
  if (trailing?.type === "Exercise" && ands.length > 0) {
    const parts: Mention[] = [];
    let from = s;
    for (const k of [...ands, e]) {
      const text = slice(sentence, tokens, from, k);
      parts.push({ start: from, end: k === e ? e + 1 : k, role: "entity", type: "Exercise", name: displayCase(text), forms: [text, `${text} ${after?.text ?? ""}`.trim()], priority: PRIORITY.chunk, states: [] });
      from = k + 1;
    }
    return parts;
  }
  // "A and B" where A stands as a name of its own: two names.
  for (const k of ands) {
    const left = slice(sentence, tokens, s, k);
    const right = slice(sentence, tokens, k + 1, e).replace(/^the /, "");
    // "Guidelines for Nuclear Deterrence and Nuclear Operations …" is one name: after a head-first name,
    // only another head-first or known name starts a second one ("Ministry of X and Department of Y").
    const rightStandsAlone = headFirst(left) ? headFirst(right) || lexicon.byForm.has(formKey(right)) || known.has(right) : typed(right, lexicon, known);
    if (typed(left, lexicon, known) && rightStandsAlone && !statesCoordinated(left, right, lexicon)) {
      return [...typeChunk(sentence, tokens, s, k, lexicon, known), ...typeChunk(sentence, tokens, k + 1, e, lexicon, known)];
    }
  }
  return specialChunk(sentence, tokens, s, e, surface, lexicon, known) ?? plainChunk(sentence, tokens, s, e, surface, lexicon);
}

/**
 * A chunk typed by what stands around it or by a form of its own: an appositive head, a quoted name's head, a trailing
 * head, "Exercise X", a statement that names its body, a meeting of a body. Undefined when none of these applies.
 */
function specialChunk(sentence: string, tokens: readonly Token[], s: number, e: number, surface: string, lexicon: Lexicon, known: KnownForms): Mention[] | undefined {
  const after = tokens[e];
  const trailing = after?.word && !after.cap ? TRAILING_HEADS.get(after.lower) : undefined;
  // Worked out once (headType and the lexicon were asked up to three times for the same surface).
  const headless = !headType(surface);
  const unnamed = headless && !lexicon.byForm.has(formKey(surface));
  const described = unnamed ? appositiveHead(tokens, e) : undefined;
  if (described) {
    return [{ start: s, end: e, role: "entity", type: described.type, kind: described.kind, name: displayCase(surface), forms: [surface], priority: PRIORITY.chunk, states: [] }];
  }
  // "the \u201cBlue Horizon\u201d initiative", "the 'Harbour Watch' working group": a quoted name typed by the head after the quote.
  const quoted = quotedHead(tokens, s, e);
  if (quoted && unnamed) {
    const headWords = slice(sentence, tokens, e + 1, quoted.end);
    const name = quoted.type === "Exercise" ? surface : `${surface} ${headWords}`;
    return [{ start: s, end: quoted.end, role: "entity", type: quoted.type, name, forms: [surface, `${surface} ${headWords}`], priority: PRIORITY.chunk, states: [] }];
  }
  // "the Quad framework", "the ADMM-Plus framework": a grouping or body the lexicon knows, with a document's head after it, is that grouping or body.
  const entry = trailing?.type === "Agreement" ? lexicon.byForm.get(formKey(surface)) : undefined;
  const describedKnown = entry !== undefined && (entry.type === "Body" || (entry.type === "Actor" && entry.kind !== "state"));
  if (trailing && headless && !describedKnown) {
    const name = trailing.type === "Exercise" ? displayCase(surface) : `${surface} ${after?.text ?? ""}`;
    const forms = [surface, `${surface} ${after?.text ?? ""}`];
    return [{ start: s, end: e + 1, role: "entity", type: trailing.type, name, forms, priority: PRIORITY.chunk, states: statesOf(tokens[s]?.text ?? "", lexicon) }];
  }
  // "Exercise Southern Jackaroo", "Operation Pacific Eagle": a named exercise.
  if (/^(?:Exercise|Operation)$/.test(tokens[s]?.text ?? "") && e - s >= 2 && tokens[s + 1]?.cap) {
    const bare = slice(sentence, tokens, s + 1, e);
    const series = numberedLexiconMention(bare, s, e, lexicon, PRIORITY.chunk) ?? typedMention(sentence, tokens, s + 1, e, lexicon, PRIORITY.chunk);
    const name = series?.type === "Exercise" ? series.name : displayCase(bare);
    return [{ start: s, end: e, role: "entity", type: "Exercise", name, forms: [surface, bare], priority: PRIORITY.chunk, states: [] }];
  }
  // "X Defense Ministers' Meeting Joint Statement" (a title): the statement about a body names the body.
  const reported = STATEMENT_OF.exec(surface);
  if (reported?.[1] && reported[2]) {
    const body = typedMention(sentence, tokens, s, e - reported[2].split(" ").length, lexicon, PRIORITY.chunk);
    if (body?.type === "Body") return [body];
  }
  // "Joint Statement of the X Ministers' Meeting" (a title): the statement of a body names the body.
  // Only in a title (the line opens with it and has no closing full stop): in a sentence it is the document.
  const statementOf = s === 0 && !/[.!?]["”')]?$/.test(sentence) ? STATEMENT_OPENING.exec(surface)?.[0] : undefined;
  if (statementOf) {
    let from = s + statementOf.trim().split(" ").length;
    while (from < e - 1 && (isOrdinalOrYear(tokens[from]?.text ?? "") || /^(?:annual|inaugural)$/i.test(tokens[from]?.text ?? ""))) from++;
    const body = typedMention(sentence, tokens, from, e, lexicon, PRIORITY.chunk);
    if (body?.type === "Body") return [body];
  }
  // "The TSD Ministerial meeting": the ministerial meeting of a body the statement named before is that body.
  const ministerialOf = surface.endsWith(" Ministerial") ? surface.slice(0, -" Ministerial".length) : undefined;
  if (ministerialOf && known.has(ministerialOf)) {
    const end = tokens[e]?.lower === "meeting" ? e + 1 : e;
    return [{ start: s, end, role: "entity", name: ministerialOf, forms: [ministerialOf, slice(sentence, tokens, s, end)], priority: PRIORITY.known, states: [] }];
  }
  // "the Harbour Vice-Ministerial consultations", "a Trilateral Ministerial meeting": a meeting named by its adjective
  // goes on with the lower-case noun after it.
  if (MEETING_ADJECTIVE_END.test(surface) && e - s >= 2 && after?.word && !after.cap && MEETING_NOUNS.has(after.lower)) {
    const written = `${surface} ${after.text}`;
    return [{ start: s, end: e + 1, role: "entity", type: "Body", name: written, forms: [surface, written], priority: PRIORITY.chunk, states: statesOf(tokens[s]?.text ?? "", lexicon) }];
  }
  // "Nuclear Consultative Group Meeting", "… Strategic Dialogue Ministerial": a meeting of a standing body is that body.
  // "Xland-Yland Summit Meeting": a summit is a meeting itself, no standing body, and the name goes on.
  const meetingOf = /^(.+) (?:Meeting|Session|Plenary|Ministerial)$/.exec(surface)?.[1];
  if (meetingOf && e - s >= 3 && !/ Summit$/.test(meetingOf)) {
    const body = typedMention(sentence, tokens, s, e - 1, lexicon, PRIORITY.chunk);
    if (body?.type === "Body") return [{ ...body, end: e, forms: [...body.forms, surface] }];
  }
  return undefined;
}

/** A document's kind alone, as a statement's heading writes it. */
const OWN_KIND = /^(?:Joint )?(?:Declaration|Communiqu[eé]|Statement)$/i;

/** A chunk typed by the lexicon or its own head noun, with the states its qualifier names. */
function plainChunk(sentence: string, tokens: readonly Token[], s: number, e: number, surface: string, lexicon: Lexicon): Mention[] {
  // A heading that is only a document's kind ("Joint Declaration"), or opens with it and the makers ("Joint Declaration
  // by the Ministers …"), is the statement's own title, no document it names.
  if (s === 0 && (e === tokens.length || tokens[e]?.lower === "by") && OWN_KIND.test(surface)) return [];
  // "talks at Foreign Ministerial level": an adjective before "level" names the level of a meeting, no body.
  if (tokens[e]?.lower === "level" && MEETING_ADJECTIVE_END.test(` ${surface}`)) return [];
  const words = surface.split(" ").length;
  const mention = typedMention(sentence, tokens, s, e, lexicon, PRIORITY.chunk);
  if (!mention || mention.fromLexicon) return mention ? [mention] : [];
  if (words < 2) {
    if (mention.kind === "alliance") return [{ ...mention, allianceRef: true, name: surface }];
    return [];
  }
  const qualifier = tokens[s]?.text ?? "";
  // (An alliance's members, when its name joins them all, are already known.)
  if (mention.states.length === 0) mention.states = statesOf(qualifier, lexicon);
  if (mention.kind === "organization" && mention.states.length === 0 && words < 3 && !/^[A-Z][a-z]+ (of|for) /.test(surface)) return [];
  // "Australian Department of Defence": the organisation is named without its state, which it belongs to.
  if (mention.type === "Actor" && mention.kind === "organization" && mention.states.length > 0 && words >= 3 && !/[-‐‑]/.test(qualifier)) {
    const rest = slice(sentence, tokens, s + 1, e);
    // Only a head-first name stands without its state ("Department of Defence"); "Coast Guard" does not.
    if (headType(rest) && /^\S+ (?:of|for) /.test(rest)) mention.name = displayCase(rest);
  }
  return [mention];
}

/** "… Compact of the Republic of Chile and the Kingdom of Norway": two states joined inside one name's "of" complement. */
function statesCoordinated(left: string, right: string, lexicon: Lexicon): boolean {
  if (lexicon.byForm.get(formKey(right))?.kind !== "state") return false;
  const words = left.split(" ");
  for (let n = 1; n <= Math.min(5, words.length - 2); n++) {
    if (lexicon.byForm.get(formKey(words.slice(-n).join(" ")))?.kind !== "state") continue;
    const before = words.slice(0, -n).filter((w) => w.toLowerCase() !== "the").pop()?.toLowerCase();
    if (before === "of" || before === "between" || before === "among") return true;
  }
  return false;
}

/** The longest state name of the lexicon starting at token `k` ("United States of America"), or "". */
function stateFrom(sentence: string, tokens: readonly Token[], k: number, lexicon: Lexicon): string {
  for (let e = Math.min(tokens.length, k + 5); e > k; e--) {
    const name = slice(sentence, tokens, k, e);
    if (lexicon.byForm.get(formKey(name))?.kind === "state") return name;
  }
  return "";
}

/** Forms the statement defined earlier ("CMWG", "UFS"), matched exactly, longest first. */
function knownMentions(sentence: string, tokens: readonly Token[], known: KnownForms): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first?.word || !first.cap) continue;
    const span = windowFor(known.firstWords, first);
    if (span === 0) continue;
    for (let end = Math.min(tokens.length, i + span); end > i; end--) {
      if (!tokens[end - 1]?.word) continue;
      const surface = slice(sentence, tokens, i, end);
      if (known.has(surface) && (end - i > 1 || isAcronymText(surface) || /^\p{Lu}/u.test(surface))) {
        out.push({ start: i, end, role: "entity", name: surface, forms: [surface], priority: PRIORITY.known, states: [] });
        break;
      }
    }
  }
  return out;
}

/** Chooses non-overlapping mentions: longest first, then by priority. */
export function selectMentions(candidates: readonly Mention[]): Mention[] {
  const sorted = sortStable([...candidates], (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const taken: Mention[] = [];
  let last = 0;
  for (const c of sorted) last = Math.max(last, c.end);
  // One flag per token of the sentence: taken by a mention chosen before.
  const used = new Uint8Array(last);
  for (const c of sorted) {
    let free = true;
    for (let k = Math.max(0, c.start); k < c.end && free; k++) if (used[k] === 1) free = false;
    if (!free) continue;
    for (let k = Math.max(0, c.start); k < c.end; k++) used[k] = 1;
    taken.push(c);
  }
  return sortStable(taken, (a, b) => a.start - b.start);
}

/** The acronyms a sentence defines, as forms it knows (made only for a sentence that defines some). */
function definedForms(definedHere: ReadonlyMap<string, number>): KnownForms {
  return {
    has(f) {
      return definedHere.has(f);
    },
    firstWords: new Map([...definedHere.keys()].map((a) => [a.toLowerCase().split(" ")[0] ?? "", a.split(" ").length])),
  };
}

/** All named mentions of a sentence, non-overlapping, in order. */
/** A definition of the acronym of a lexicon name's last words, inside that longer name ("the Charter of the United Nations (UN)"). */
function acronymInside(d: Mention, lexical: readonly Mention[]): boolean {
  return d.acronym !== undefined && lexical.some((c) => c.start < d.start && c.end > d.start && c.end < d.end);
}

export function findMentions(sentence: string, tokens: readonly Token[], lexicon: Lexicon, known: KnownForms): Mention[] {
  const definitions = definitionMentions(sentence, tokens, lexicon);
  // "… Agreement (EDCA) sites and … under EDCA": an acronym used again in the sentence that defines it.
  const definedHere = new Map<string, number>();
  for (const d of definitions) if (d.role === "entity" && d.acronym) definedHere.set(d.acronym, d.end);
  const reused = definedHere.size ? knownMentions(sentence, tokens, definedForms(definedHere)).filter((m) => m.start >= (definedHere.get(m.name) ?? Infinity)) : [];
  const candidates = [
    ...definitions,
    ...reused,
    ...knownMentions(sentence, tokens, known),
    ...personMentions(sentence, tokens, lexicon),
    ...honourableMentions(sentence, tokens, lexicon),
    ...roleNounMentions(sentence, tokens, lexicon),
    ...pluralTitleMentions(sentence, tokens, lexicon),
    ...resolutionMentions(sentence, tokens),
    ...nameFirstMentions(sentence, tokens, lexicon),
    ...createdMentions(sentence, tokens),
    ...lowerAllianceMentions(sentence, tokens, lexicon),
    ...insertedNameMentions(sentence, tokens, lexicon),
    ...meetingMentions(sentence, tokens),
    ...compoundMeetingMentions(sentence, tokens, lexicon),
    ...exerciseMentions(sentence, tokens),
    ...datedStatementMentions(sentence, tokens),
    ...referredStatementMentions(sentence, tokens, lexicon),
    ...quotedNameMentions(sentence, tokens),
    ...quotedInstrumentMentions(sentence, tokens, lexicon),
    ...lexiconMentions(sentence, tokens, lexicon),
    ...chunkMentions(sentence, tokens, lexicon, known),
  ];
  // Most sentences define nothing: every candidate is kept for selection as it is (what the steps below come to then).
  if (definitions.length === 0) return chosenMentions(candidates, sentence, tokens, lexicon);
  // A definition always wins over what overlaps it: it says exactly what the name is. But "the Charter of the United
  // Nations (UN)" defines the acronym of the name's last words: the lexicon's longer name that ends with them stands.
  const lexical = candidates.filter((c) => c.fromLexicon && c.priority === PRIORITY.lexicon);
  const defined = selectMentions(definitions.filter((d) => d.role !== "title" && !acronymInside(d, lexical)));
  const rest: Mention[] = [];
  for (const c of candidates) {
    if (definitions.some((d) => d === c && acronymInside(d, lexical))) continue;
    // Most candidates overlap no definition: asked without building a list.
    if (!defined.some((d) => c.start < d.end && d.start < c.end)) {
      rest.push(c);
      continue;
    }
    // "Vice Minister of the Republic of Chile (ROC) Ana Torres": a person whose office holds a definition is named after it.
    const overlapping = c.kind === "person" ? defined.filter((d) => c.start < d.end && d.start < c.end) : [];
    if (overlapping.length > 0 && overlapping.every((d) => d.start > c.start && d.end < c.end)) rest.push({ ...c, start: Math.max(...overlapping.map((d) => d.end)) });
  }
  return chosenMentions([...defined, ...rest], sentence, tokens, lexicon);
}

/** The mentions selected from `candidates`, each agreement with the body named inside it, each person with the state before it. */
function chosenMentions(candidates: Mention[], sentence: string, tokens: readonly Token[], lexicon: Lexicon): Mention[] {
  return withStatesBefore(selectMentions(candidates).map((m) => (m.type === "Agreement" ? withBodyInside(m, sentence, tokens, lexicon) : m)));
}

/** "Republic of Peru (ROP) Minister of Defense Ana Ruiz": the state just before a person's title is theirs. */
function withStatesBefore(chosen: Mention[]): Mention[] {
  for (const m of chosen) {
    if (m.kind !== "person" || m.states.length) continue;
    const before = chosen.find((x) => x.end === m.start && x.kind === "state");
    if (before) m.states = [before.name];
  }
  return chosen;
}


/**
 * "the 2005 Joint Statement of the Coastal Policy Talks", "the Chairman's Statement of the May 3 Lima Conference": the body
 * a document is of is named inside the document's name, and is an entity of its own (`inner`).
 */
function withBodyInside(m: Mention, sentence: string, tokens: readonly Token[], lexicon: Lexicon): Mention {
  for (let k = m.start; k < m.end - 2; k++) {
    if (!DOCUMENT_HEADS.has(tokens[k]?.text ?? "") || tokens[k + 1]?.lower !== "of") continue;
    let from = tokens[k + 2]?.lower === "the" ? k + 3 : k + 2;
    // "the May 3 Lima Conference": the day it met is no part of the body's name.
    if (MONTHS.has(tokens[from]?.lower ?? "") && /^\d{1,2}$/.test(tokens[from + 1]?.text ?? "")) from += 2;
    while (from < m.end - 1 && isOrdinalOrYear(tokens[from]?.text ?? "")) from++;
    const body = from < m.end ? typedMention(sentence, tokens, from, m.end, lexicon, PRIORITY.chunk) : undefined;
    return body?.type === "Body" ? { ...m, inner: [body] } : m;
  }
  return m;
}

/**
 * No states: one list for every token without a hyphen (asked for nearly every token of every sentence, a new empty
 * list each time was garbage at once). Shared, so never changed: every caller only reads the list it is given.
 */
const NO_STATES: string[] = [];

/** States named by the parts of a compound token ("ROK-U.S.-Japan" → three states). */
export function compoundStates(token: Token, lexicon: Lexicon): string[] {
  // Most tokens have no hyphen: no parts to split (asked for nearly every token).
  const text = token.text;
  if (!text.includes("-") && !text.includes("‐") && !text.includes("‑")) return NO_STATES;
  return compoundParts(text).length > 1 ? statesOf(text, lexicon) : [];
}

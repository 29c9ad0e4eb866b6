/** People: a title or honorific, then a name ("Mr. Cho Chang Lae", "President Biden", "DEPMIN Cho"), with their office. */
import { HEADS, LEADING_NON_NAME, NAME_CONNECTORS } from "./heads.ts";
import { formKey, lowerKey } from "../graph/names.ts";
import type { Lexicon } from "./lexicon.ts";
import { PRIORITY, slice, statesOf, windowFor, type Mention } from "./names.ts";
import type { Token } from "./tokens.ts";

const TITLE_NEEDS_MORE = new Set(["General", "Commander", "Director", "Chief", "Chairman", "Chair", "Representative", "Governor", "King", "Admiral"]);
const HONORIFICS = new Set(["mr", "ms", "mrs", "dr"]);
/** Words of an office's field: "Minister for Defence", "Deputy Assistant Secretary of Defense for East Asia". */
const OFFICE_WORDS = new Set([
  "defense", "defence", "policy", "affairs", "foreign", "national", "security", "strategy", "plans", "operations", "east", "west",
  "south", "north", "asia", "asian", "pacific", "indo-pacific", "southeast", "northeast", "international", "global", "homeland",
  "acquisition", "sustainment", "industrial", "industry", "base", "intelligence", "space", "cyber", "nuclear", "deterrence",
  "capabilities", "cooperation", "research", "engineering", "technology", "science", "personnel", "readiness", "logistics",
  "arms", "control", "nonproliferation", "unification", "trade", "economic", "political", "military", "public", "diplomacy",
  "relations", "europe", "european", "the", "and", "of", "for", "staff", "joint", "force", "forces", "development", "programs",
  "regional", "integration", "counterproliferation", "emergency", "management", "veterans", "finance", "justice", "interior",
]);
const TITLE_PREFIXES = new Set(["deputy", "vice", "acting", "principal", "senior", "first", "assistant", "associate"]);

function isNameWord(token: Token | undefined, lexicon: Lexicon): boolean {
  if (!token?.word) return false;
  if (/^\p{Lu}$/u.test(token.text)) return true;
  return token.cap && !LEADING_NON_NAME.has(token.lower) && !lexicon.titles.has(token.lower) && !lexicon.byForm.has(formKey(token.text)) && !HEADS.has(token.lower);
}

/** People: a title or honorific, then a name ("Mr. Cho Chang Lae", "President Biden", "DEPMIN Cho"). */
export function personMentions(sentence: string, tokens: readonly Token[], lexicon: Lexicon): Mention[] {
  const out: Mention[] = [];
  const lowerSentence = lowerKey(sentence);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token?.word || !token.cap) continue;
    // The longest title starting here.
    let titleEnd = -1;
    let titleName = "";
    const titleAt = (from: number): number => {
      let at = from;
      while (TITLE_PREFIXES.has(tokens[at]?.lower ?? "")) at++;
      const first = tokens[at];
      const span = first ? windowFor(lexicon.firstWords, first) : 0;
      for (let end = Math.min(tokens.length, at + Math.min(span, lexicon.titleMaxWords + 2)); end > at; end--) {
        const a = tokens[at];
        const b = tokens[end - 1];
        const canonical = a && b ? lexicon.titles.get(lowerSentence.slice(a.start, b.end)) : undefined;
        if (canonical) {
          titleName ||= canonical;
          return end;
        }
      }
      return -1;
    };
    titleEnd = titleAt(i);
    if (titleEnd < 0) continue;
    // "Deputy Prime Minister and Minister for Defence Thomas Kerrigan": one person, two offices.
    while (tokens[titleEnd]?.lower === "and" && tokens[titleEnd + 1]?.cap) {
      const next = titleAt(titleEnd + 1);
      if (next < 0) break;
      titleEnd = next;
    }
    const honorific = HONORIFICS.has(token.lower);
    let j = titleEnd;
    if (tokens[j]?.text === ".") j++;
    let titleText = honorific ? "" : slice(sentence, tokens, i, titleEnd);
    // "Deputy Minister (DEPMIN) for National Defense Policy": skip the acronym, keep the qualifier.
    if (!honorific) {
      if (tokens[j]?.text === "(") {
        let k = j;
        while (k < tokens.length && tokens[k]?.text !== ")") k++;
        if (k - j <= 3) j = k + 1;
      }
      if ((tokens[j]?.lower === "for" || tokens[j]?.lower === "of") && tokens[j + 1]?.cap) {
        let k = j + 1;
        const appositive = (() => {
          let x = k;
          while (x < tokens.length && (tokens[x]?.cap || NAME_CONNECTORS.has(tokens[x]?.lower ?? "") || tokens[x]?.text === "(" || tokens[x]?.text === ")")) x++;
          return tokens[x]?.text === "," && HONORIFICS.has(tokens[x + 1]?.lower ?? "");
        })();
        // Without a comma after it, the office's qualifier ends where the person's name begins.
        const inQualifier = (t: Token | undefined) => Boolean(t && (appositive || OFFICE_WORDS.has(t.lower) || lexicon.stateByAdjective.has(formKey(t.text))));
        while (k < tokens.length && ((tokens[k]?.cap && inQualifier(tokens[k])) || (NAME_CONNECTORS.has(tokens[k]?.lower ?? "") && tokens[k + 1]?.cap && inQualifier(tokens[k + 1])))) k++;
        titleText = `${titleText} ${slice(sentence, tokens, j, k)}`;
        j = k;
      }
      if (tokens[j]?.text === ",") {
        const k = j + 1;
        const h = tokens[k];
        if (h && HONORIFICS.has(h.lower)) j = tokens[k + 1]?.text === "." ? k + 2 : k + 1;
      } else if (tokens[j] && HONORIFICS.has(tokens[j]?.lower ?? "")) j = tokens[j + 1]?.text === "." ? j + 2 : j + 1;
    }
    const nameStart = j;
    while (j < tokens.length && j - nameStart < 4) {
      const t = tokens[j];
      if (isNameWord(t, lexicon)) {
        j++;
        if (/^\p{Lu}$/u.test(t?.text ?? "") && tokens[j]?.text === ".") j++;
      } else break;
    }
    const nameEnd = j;
    const nameWords = tokens.slice(nameStart, nameEnd).filter((t) => t.word).length;
    if (nameWords === 0) continue;
    const previous = tokens[i - 1]?.lower;
    if (previous === "a" || previous === "an") continue;
    if (TITLE_NEEDS_MORE.has(titleName.split(" ")[0] ?? "") && nameWords < 2 && !honorific) continue;
    // A name followed by a head noun is an organisation or body, not a person ("Secretary General Office").
    const nextWord = tokens[nameEnd];
    if (nextWord?.cap && HEADS.has(nextWord.lower)) continue;
    const name = slice(sentence, tokens, nameStart, nameEnd);
    const mention: Mention = {
      start: i,
      end: nameEnd,
      role: "entity",
      type: "Actor",
      kind: "person",
      name,
      forms: [name, slice(sentence, tokens, i, nameEnd)],
      priority: PRIORITY.person,
      states: [],
      ...(titleText.trim() ? { title: titleText.trim() } : {}),
    };
    if (nameWords === 1) mention.personRef = name;
    if (!honorific) {
      const before = tokens[i - 1];
      if (before?.word) mention.states = statesOf(before.text, lexicon);
    }
    out.push(mention);
    i = nameEnd - 1;
  }
  return out;
}

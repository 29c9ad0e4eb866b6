/**
 * Earlier joint documents a statement refers to by their full names: "as reflected in the Joint Statement of Closer
 * Partnership between Chile and Peru", "recalled the Joint Declaration on Harbour Security", "endorsed the Chairman's
 * Statement of the Lima Conference on Fisheries". After "the", a statement or declaration named by a capitalised kind
 * ("Joint", "Vision", "Chairman's") and a capitalised topic after "of", "on", "by" or "between" is one document: an
 * Agreement. A heading has no "the" before it, so a statement's own title is not read here.
 */
import { DOCUMENT_HEADS, MONTHS } from "./heads.ts";
import { PRIORITY, slice, type Mention } from "./names.ts";
import { lowerKey } from "../../graph/names.ts";
import type { Lexicon } from "../lexicon/lexicon.ts";
import type { Token } from "../text/tokens.ts";

/** Words that open the document's topic after its head. */
const TOPIC_OPENERS = new Set(["of", "on", "by", "between"]);
/** Words that join the capitalised words of the topic. */
const TOPIC_CONNECTORS = new Set(["of", "on", "by", "between", "and", "the", "for"]);
/** Most capitalised words (and possessives) that say what kind of document it is: "Joint", "Chairman's". */
const KIND_TOKENS = 3;
/** Most tokens of the topic. */
const TOPIC_TOKENS = 16;

function isWordCap(t: Token | undefined): boolean {
  return Boolean(t?.word && t.cap);
}

function isPossessive(t: Token | undefined): boolean {
  return /^['’]s?$/.test(t?.text ?? "");
}

/** Where the kind words before the head at `head` start ("Joint", "Chairman ’s"), or `head` when there are none. */
function kindStart(tokens: readonly Token[], head: number): number {
  let k = head;
  while (k > 0 && head - k < KIND_TOKENS && (isWordCap(tokens[k - 1]) || (isPossessive(tokens[k - 1]) && isWordCap(tokens[k - 2])))) k--;
  return k;
}

/** The end of the topic that opens at `at` (after "of", "on" …), or `at` when no capitalised topic follows. */
function topicEnd(tokens: readonly Token[], at: number): number {
  let k = at;
  let end = at;
  while (k < tokens.length && k - at < TOPIC_TOKENS) {
    const t = tokens[k];
    if (isWordCap(t) || (isPossessive(t) && isWordCap(tokens[k - 1]))) end = ++k;
    // "the March 31 Conference": a day after its month, inside the topic.
    else if (/^\d{1,2}$/.test(t?.text ?? "") && MONTHS.has(tokens[k - 1]?.lower ?? "") && isWordCap(tokens[k + 1])) end = ++k;
    else if (t?.word && TOPIC_CONNECTORS.has(t.lower) && (isWordCap(tokens[k + 1]) || (tokens[k + 1]?.lower === "the" && isWordCap(tokens[k + 2])))) k++;
    else break;
  }
  return end;
}

/** Whether a lexicon title of one or two words ("President", "Prime Minister") opens at token `at`. */
function officeAt(sentence: string, tokens: readonly Token[], at: number, lexicon: Lexicon): boolean {
  const first = tokens[at];
  if (!isWordCap(first) || !first) return false;
  const second = tokens[at + 1];
  return lexicon.titles.has(first.lower) || (isWordCap(second) && second !== undefined && lexicon.titles.has(lowerKey(sentence.slice(first.start, second.end))));
}

/** Joint statements and declarations named in full after "the", as documents. */
export function referredStatementMentions(sentence: string, tokens: readonly Token[], lexicon: Lexicon): Mention[] {
  // Most sentences name no statement or declaration: they cost one search each.
  if (!sentence.includes("Statement") && !sentence.includes("Declaration") && !sentence.includes("Communiqu")) return [];
  const out: Mention[] = [];
  for (let h = 1; h < tokens.length; h++) {
    if (!DOCUMENT_HEADS.has(tokens[h]?.text ?? "") || !TOPIC_OPENERS.has(tokens[h + 1]?.lower ?? "")) continue;
    const start = kindStart(tokens, h);
    if (start === h || tokens[start - 1]?.lower !== "the" || tokens[start - 1]?.cap) continue;
    const topic = tokens[h + 2]?.lower === "the" ? h + 3 : h + 2;
    // "the Joint Leaders Statement by President Ana Roe and …": an office after "by" opens the people who made the
    // document, no part of its name, which ends at its head.
    const byOffice = tokens[h + 1]?.lower === "by" && officeAt(sentence, tokens, h + 2, lexicon);
    const end = byOffice ? h + 1 : topicEnd(tokens, topic);
    if (end === topic) continue;
    const name = slice(sentence, tokens, start, end);
    out.push({ start, end, role: "entity", type: "Agreement", name, forms: [name], priority: PRIORITY.chunk, states: [] });
    h = end - 1;
  }
  return out;
}

/**
 * Capitalised names and acronyms in a sentence that nothing was read from: runs of capitalised words
 * (joined by "of", "for", "and", "the", "on") outside every span the extractor read a name, place,
 * title or threat from.
 */
import { tokenize, type Token } from "../text/tokens.ts";
import { MONTHS, WEEKDAYS } from "../entities/heads.ts";

const CONNECTORS = new Set(["of", "for", "and", "the", "on", "de"]);
/** Words that are capitalised only because they start a sentence or clause. */
const STARTERS = new Set(["the", "a", "an", "both", "these", "this", "those", "their", "its", "our", "they", "we", "in", "on", "at", "as", "during", "with", "under", "following", "to", "for", "by", "from", "after", "before", "since", "while", "through", "all", "each", "further", "furthermore", "moreover", "additionally", "finally", "also", "it", "there"]);
/** A month or a day of the week ("May", "Sept", "Thursday"): a date's word, no name. */
const isCalendarWord = (token: Token) => MONTHS.has(token.lower) || WEEKDAYS.has(token.lower);
const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\p{N}&]+s?$/u;

function isAcronym(token: Token): boolean {
  return ACRONYM.test(token.text);
}

/** A heading (a title, a topic line): no closing punctuation, and most of its words capitalised. */
function isHeading(text: string, tokens: readonly Token[]): boolean {
  if (/[.!?]["”’)]*\s*$/.test(text)) return false;
  const words = tokens.filter((t) => t.word && !CONNECTORS.has(t.lower));
  return words.length > 0 && words.filter((t) => t.cap).length / words.length > 0.6;
}

/** The names in `text` outside `read` (character spans of the sentence), in reading order, each once. */
export function unreadNames(text: string, read: readonly { start: number; end: number }[]): string[] {
  const tokens = tokenize(text);
  if (isHeading(text, tokens)) return [];
  const isRead = (t: Token) => read.some((r) => t.start < r.end && r.start < t.end);
  // Where a sentence (or a clause after a colon or an opening bracket or quote) starts, any word is capitalised.
  const opensClause = (k: number) => {
    for (let j = k - 1; j >= 0; j--) {
      const prev = tokens[j];
      if (!prev) break;
      // A paragraph number ("12. It was agreed …") does not end a clause's start.
      if (prev.word && !/^\d+$/.test(prev.text)) return false;
      if (/^[:;("“‘'—–-]$/.test(prev.text)) return true;
    }
    return true;
  };
  const names: string[] = [];
  let run: Token[] = [];
  const flush = () => {
    // A run neither starts nor ends with a connector, nor starts with a word capitalised only because it opens the clause.
    while (run.length && !run[run.length - 1]?.cap) run.pop();
    while (run[0] && (CONNECTORS.has(run[0].lower) || (STARTERS.has(run[0].lower) && opensClause(tokens.indexOf(run[0]))))) run.shift();
    const first = run[0];
    const single = run.length === 1 && first;
    const skip = !first || (single && !isAcronym(first) && (opensClause(tokens.indexOf(first)) || isCalendarWord(first) || first.text === "I"));
    if (!skip && first) {
      const last = run[run.length - 1] ?? first;
      const name = text.slice(first.start, last.end);
      if (!names.includes(name)) names.push(name);
    }
    run = [];
  };
  for (const t of tokens) {
    const capWord = t.word && t.cap && !isRead(t) && !isCalendarWord(t);
    if (capWord) run.push(t);
    else if (run.length && t.word && CONNECTORS.has(t.lower) && !isRead(t)) run.push(t);
    else flush();
  }
  flush();
  return names;
}

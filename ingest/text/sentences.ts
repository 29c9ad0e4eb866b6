/**
 * Sentence splitting with character offsets, in one linear pass per paragraph.
 * Knows the genre's abbreviations ("U.S.", "Korea-U.S.", "Mr.", "Sept.", "D.C."),
 * numbered paragraphs ("1. The two sides …") and headings (paragraphs without a full stop).
 */
import type { Sentence } from "./document.ts";

/** Abbreviations after which a full stop never ends a sentence. */
const NEVER_FINAL = new Set(
  [
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "adm", "sgt", "capt", "maj", "cmdr", "cdr", "sen", "rep", "gov",
    "amb", "st", "jr", "sr", "vs", "v", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "inc", "ltd", "corp", "approx", "e.g", "i.e", "cf",
    "hon", "rt", "messrs", "pres", "supt", "brig", "gen", "rear", "vice", "ret", "est", "dept",
  ].map((s) => s.toLowerCase()),
);

/** Abbreviations that never end a sentence when a number follows ("No. 5", "Art. 2"). */
const BEFORE_NUMBER = new Set(["no", "nos", "vol", "fig", "art", "para", "sec", "p", "pp", "ch"]);

/** Words that open a new sentence after an ambiguous abbreviation such as "U.S." or "D.C.". */
const SENTENCE_OPENERS = new Set([
  "the", "both", "they", "in", "it", "this", "these", "that", "those", "on", "at", "as", "we", "he", "she", "our", "their",
  "furthermore", "moreover", "additionally", "also", "finally", "additionally", "however", "to", "for", "with", "based",
  "during", "after", "before", "following", "since", "a", "an", "all", "each", "while",
]);

/**
 * The longest sentence extraction sees, in characters (the genre's longest real sentences have about 400). Longer
 * runs (text without full stops) are cut at the last semicolon, comma or space that fits: the extractor compares
 * every cue with every mention of a sentence, so an unbounded sentence would make a big statement quadratic.
 */
export const MAX_SENTENCE_CHARS = 2000;

/** Where to end a piece of the over-long run starting at `s`: after the last ";", else ",", else space in reach. */
function cutPoint(text: string, s: number): number {
  const hi = s + MAX_SENTENCE_CHARS;
  const lo = s + MAX_SENTENCE_CHARS / 2;
  const window = text.slice(lo, hi);
  for (const mark of [";", ","]) {
    const at = window.lastIndexOf(mark);
    if (at >= 0) return lo + at + 1;
  }
  for (let k = hi - 1; k > lo; k--) if (/\s/.test(text[k] ?? "")) return k;
  // No break at all: cut, but not between the halves of a surrogate pair.
  const code = text.charCodeAt(hi - 1);
  return code >= 0xd800 && code <= 0xdbff ? hi - 1 : hi;
}

/** ".", "!", "?". */
function isStop(c: number): boolean {
  return c === 46 || c === 33 || c === 63;
}

/** The closers that may follow a sentence's final stop: '"', "'", "”", "’", ")", "]". */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
}

function tokenBefore(text: string, dot: number, floor: number): string {
  let i = dot - 1;
  while (i >= floor && !/\s/.test(text[i] ?? " ")) i--;
  return text.slice(i + 1, dot);
}

function wordAfter(text: string, from: number, limit: number): string {
  let j = from;
  while (j < limit && /[\s"“'‘([]/.test(text[j] ?? "")) j++;
  let k = j;
  while (k < limit && /[\p{L}\p{N}'’-]/u.test(text[k] ?? "")) k++;
  return text.slice(j, k);
}

/** Whether the full stop at `dot` (followed by white space) ends a sentence. */
function isBoundary(text: string, dot: number, sentenceStart: number, next: string): boolean {
  if (text[dot] !== ".") return true;
  const token = tokenBefore(text, dot, sentenceStart).replace(/^[("“'‘[]+/, "");
  const bare = token.toLowerCase();
  if (NEVER_FINAL.has(bare)) return false;
  if (BEFORE_NUMBER.has(bare) && /^\d/.test(next)) return false;
  // A numbered paragraph or list item: "1." or "12." opening the sentence.
  if (/^\d{1,3}$/.test(token) && text.slice(sentenceStart, dot - token.length).trim() === "") return false;
  // "(a)."-style and roman list markers opening the sentence.
  if (/^\(?[a-z]{1,4}\)?$/i.test(token) && text.slice(sentenceStart, dot - token.length).trim() === "" && token.length <= 4) {
    if (/^(?:[ivx]+|[a-h])$/i.test(token)) return false;
  }
  // A single initial ("Lloyd J. Austin").
  if (/^\p{Lu}$/u.test(token)) return false;
  // Dotted acronyms ("U.S.", "Korea-U.S.", "D.C.", "R.O.K."): final only before a typical sentence opener.
  if (/(?:^|[-/])(?:\p{L}\.)+\p{L}$/u.test(token)) return next !== "" && /^\p{Lu}/u.test(next) && SENTENCE_OPENERS.has(next.toLowerCase());
  return next === "" || /^[\p{Lu}\p{N}"“'‘([]/u.test(next);
}

/**
 * Adds the sentence of `text` from `start` to `end` to `out`, without the white space around it (cut where it is too
 * long), when it has a letter or digit. A function of its own, not a closure made for every paragraph.
 */
function pushSentence(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  let s = start;
  while (s < end && /\s/.test(text[s] ?? "")) s++;
  let e = end;
  while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
  while (e - s > MAX_SENTENCE_CHARS) {
    const cut = cutPoint(text, s);
    let pieceEnd = cut;
    while (pieceEnd > s && /\s/.test(text[pieceEnd - 1] ?? "")) pieceEnd--;
    const piece = text.slice(s, pieceEnd);
    if (/[\p{L}\p{N}]/u.test(piece)) out.push({ index: out.length, start: s, end: pieceEnd, text: piece, paragraph });
    s = cut;
    while (s < e && /\s/.test(text[s] ?? "")) s++;
  }
  if (e > s) {
    const sentence = text.slice(s, e);
    if (/[\p{L}\p{N}]/u.test(sentence)) out.push({ index: out.length, start: s, end: e, text: sentence, paragraph });
  }
}

/** Splits `text` (paragraphs separated by blank lines) into sentences with offsets into `text`. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const paraRe = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  let paragraph = 0;
  for (let m = paraRe.exec(text); m; m = paraRe.exec(text)) {
    const paraStart = m.index;
    const paraEnd = m.index + m[0].length;
    let start = paraStart;
    // Character codes, not one-character strings: the same code for a text of one-byte and of two-byte characters
    // (reading text[i] was specialised on one and deoptimised on the other, e.g. a text with curly quotes).
    for (let i = paraStart; i < paraEnd; i++) {
      if (!isStop(text.charCodeAt(i))) continue;
      let j = i + 1;
      while (j < paraEnd && isStop(text.charCodeAt(j))) j++;
      while (j < paraEnd && isCloser(text.charCodeAt(j))) j++;
      if (j < paraEnd && !/\s/.test(text[j] ?? "")) continue;
      const next = wordAfter(text, j, paraEnd);
      if (!isBoundary(text, i, start, next)) continue;
      pushSentence(out, text, start, j, paragraph);
      start = j;
      i = j - 1;
    }
    pushSentence(out, text, start, paraEnd, paragraph);
    paragraph++;
  }
  return out;
}

/** Word tokens of a sentence with offsets: compounds ("Korea-U.S.", "ROK-U.S.-Japan") stay whole, possessives split off. */

export interface Token {
  /** The token's text. */
  text: string;
  /** Offsets in the sentence. */
  start: number;
  end: number;
  /** Starts with a capital letter (or is a dotted acronym). */
  cap: boolean;
  /** A word (letters or digits) rather than punctuation or the possessive "'s". */
  word: boolean;
  lower: string;
}

/** "2+2" (a foreign and defence ministerial format) is one token; so are compounds. */
const COMPOUND = /\d\+\d(?![\p{L}\p{N}+])|[\p{L}\p{N}][\p{L}\p{N}.&'’\-‐‑]*|\S/gu;
/** Characters peeled off the end of a word: apostrophes, hyphens, ampersand. */
const TRAILING = new Set(["'", "’", "-", "‐", "‑", "&"]);
const DOTTED_END = /(?:^|[-‐‑])(?:\p{L}\.)+$/u;

/**
 * One string per distinct token text and lower-case form, for one statement: a big statement repeats a small
 * vocabulary millions of times, and all its sentences' tokens are alive until it is extracted (hundreds of MB for
 * 16 MB of text without this). Kept per statement, so no statement's text outlives it through a shared cache.
 * Each text is worked out once (its lower case, capital, word-ness), then read for every token of that text.
 */
export type Vocabulary = Map<string, TokenShape>;

/** What a token's text says about it, the same wherever the text stands. */
interface TokenShape {
  text: string;
  lower: string;
  cap: boolean;
  word: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER_FIRST = /^[\p{Lu}]/u;

/** Whether the first character is a letter or digit (ASCII answered without the Unicode pattern). */
function startsWordLike(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(text[0] ?? "");
}

/** Whether the first character is an upper-case letter (ASCII answered without the Unicode pattern). */
function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_FIRST.test(text);
}

/** "co-operat…", "co-ordinat…": the older hyphenated spelling of cooperation and coordination. */
const HYPHENATED_CO = /^co[-‐‑](?:operat|ordinat)/i;
const HYPHENATED_CO_LOWER = /^co[-‐‑]/;

/** Whether `text` opens with "co" in either case: HYPHENATED_CO's first two letters, checked before the pattern runs. */
function startsCo(text: string): boolean {
  return (text.charCodeAt(0) | 32) === 99 && (text.charCodeAt(1) | 32) === 111;
}

/** The shape of `text`, shared through the vocabulary when there is one (the lower case interned too). */
function shapeOf(vocabulary: Vocabulary | undefined, text: string): TokenShape {
  const known = vocabulary?.get(text);
  if (known !== undefined) return known;
  const word = text !== "" && startsWordLike(text) && text !== "'s" && text !== "’s";
  // "co-operation", "co-ordinated": the hyphenated spelling is read as the closed one, so cue patterns meet one form.
  let lower = startsCo(text) && HYPHENATED_CO.test(text) ? text.toLowerCase().replace(HYPHENATED_CO_LOWER, "co") : text.toLowerCase();
  if (vocabulary !== undefined) lower = lower === text ? text : (vocabulary.get(lower)?.text ?? lower);
  const shape: TokenShape = { text, lower, cap: startsUpper(text), word };
  vocabulary?.set(text, shape);
  return shape;
}

function make(raw: string, start: number, vocabulary: Vocabulary | undefined): Token {
  const s = shapeOf(vocabulary, raw);
  return { text: s.text, start, end: start + s.text.length, cap: s.cap, word: s.word, lower: s.lower };
}

/** Whether the character at `i` is an ASCII letter or digit. */
function asciiAlnum(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Whether an ASCII code unit is a letter or digit. */
function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * The end of the COMPOUND match at `p` (a character that is not white space) when ASCII alone decides it, or -1 when
 * a character beyond ASCII is in reach and the pattern must decide. Same matches, without a match array per token.
 */
function asciiMatchEnd(s: string, p: number): number {
  const c = s.charCodeAt(p);
  if (c >= 128) return -1;
  const digit = c >= 48 && c <= 57;
  // "2+2", not followed by a letter, digit or "+".
  if (digit && s.charCodeAt(p + 1) === 43 && p + 2 < s.length) {
    const d = s.charCodeAt(p + 2);
    if (d >= 48 && d <= 57) {
      if (p + 3 >= s.length) return p + 3;
      const after = s.charCodeAt(p + 3);
      if (after >= 128) return -1;
      if (!isAsciiAlnum(after) && after !== 43) return p + 3;
    }
  }
  if (!isAsciiAlnum(c)) return p + 1;
  let q = p + 1;
  for (; q < s.length; q++) {
    const d = s.charCodeAt(q);
    if (d >= 128) return -1;
    // Letters, digits, ".", "&", "'", "-".
    if (!(isAsciiAlnum(d) || d === 46 || d === 38 || d === 39 || d === 45)) break;
  }
  return q;
}

export function tokenize(sentence: string, vocabulary?: Vocabulary): Token[] {
  const out: Token[] = [];
  for (let p = 0; p < sentence.length; ) {
    const c = sentence.charCodeAt(p);
    // ASCII white space between tokens.
    if (c === 32 || (c >= 9 && c <= 13)) {
      p++;
      continue;
    }
    let start = p;
    let end = asciiMatchEnd(sentence, p);
    if (end < 0) {
      COMPOUND.lastIndex = p;
      const m = COMPOUND.exec(sentence);
      if (!m) break;
      start = m.index;
      end = start + m[0].length;
    }
    p = end;
    let text = sentence.slice(start, end);
    const n = text.length;
    // Most words end in a letter or digit that is not the "s" of a possessive: nothing to peel.
    if (asciiAlnum(text, n - 1) && !(n > 2 && text.charCodeAt(n - 1) === 115 && (text.charCodeAt(n - 2) === 39 || text.charCodeAt(n - 2) === 0x2019))) {
      out.push(make(text, start, vocabulary));
      continue;
    }
    const tail: Token[] = [];
    // Peel trailing punctuation that is not part of the word.
    for (;;) {
      if (text.length > 1 && text.endsWith(".") && !DOTTED_END.test(text)) {
        tail.push(make(".", start + text.length - 1, vocabulary));
        text = text.slice(0, -1);
      } else if ((text.endsWith("'s") || text.endsWith("’s")) && text.length > 2) {
        tail.push(make(text.slice(-2), start + text.length - 2, vocabulary));
        text = text.slice(0, -2);
      } else if (text.length > 1 && TRAILING.has(text[text.length - 1] ?? "")) {
        tail.push(make(text.slice(-1), start + text.length - 1, vocabulary));
        text = text.slice(0, -1);
      } else break;
    }
    out.push(make(text, start, vocabulary));
    for (let k = tail.length - 1; k >= 0; k--) {
      const t = tail[k];
      if (t) out.push(t);
    }
  }
  return out;
}

/** The parts of a hyphenated compound that are dotted or plain words: "ROK-U.S.-Japan" → ["ROK", "U.S.", "Japan"]. */
export function compoundParts(text: string): string[] {
  // Most tokens have no hyphen at all: nothing to split.
  if (!text.includes("-") && !text.includes("‐") && !text.includes("‑")) return text === "" ? [] : [text];
  return text.split(/[-‐‑](?=[\p{L}\p{N}])/u).filter(Boolean);
}

/** Whether a UTF-16 code unit is white space as `\s` defines it. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The runs of non-space characters in `text`: `text.split(/\s+/).filter(Boolean).length`, without making the array. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

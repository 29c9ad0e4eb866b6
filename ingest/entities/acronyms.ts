/**
 * Acronym definitions: "Full Name (ACR)" and "ACR (Full Name)", including chained ones
 * ("Republic of Korea (ROK) Ministry of National Defense (MND)"). The full name's extent is
 * found by aligning the acronym's letters with the initials of the words before it.
 */
import type { Token } from "../text/tokens.ts";
import { isPersonLetters, opensHonorific } from "./courtesies.ts";

export interface AcronymDefinition {
  /** Token range of the full name. */
  fullStart: number;
  fullEnd: number;
  /** Token range of the acronym itself (inside the parentheses, or before them). */
  acrStart: number;
  acrEnd: number;
  acronym: string;
  /** Token range covered by the whole definition, parentheses included. */
  start: number;
  end: number;
}

/** Nouns that head a name placed before its topic: "Forum on …", "Treaty on …", "Ministry of …". */
const HEAD_FIRST = new Set(["forum", "treaty", "agreement", "committee", "commission", "council", "ministry", "department", "office", "conference", "dialogue", "memorandum", "framework", "declaration", "convention", "group", "initiative", "center", "centre", "institute", "partnership", "talks", "plan"]);

/** Last words of a meeting's name. */
const MEETING_END = /^(?:consultations|meeting|meetings|dialogue|talks|summit|ministerial|session|conference|forum|committee)$/;

const STOP = new Set(["of", "and", "the", "for", "on", "in", "to", "&", "de", "a"]);

/** Looks like an acronym: at least two capitals, no spaces except before a number ("UFS 24"). */
export function isAcronymText(text: string): boolean {
  const core = text.replace(/(?<=[A-Z])s$/, "");
  return /^[A-Z][A-Za-z0-9&.\-/]*(?: \d+)?$/.test(core) && (core.match(/[A-Z]/g) ?? []).length >= 2 && !/[a-z]{3,}/.test(core);
}

interface Unit {
  text: string;
  required: boolean;
  token: number;
}

function acronymKey(acronym: string): string {
  return acronym.replace(/(?<=[A-Z0-9])s$/, "").toLowerCase().replace(/[^a-z0-9]/g, "");
}

/**
 * The cells of `aligns`' memo, reused from one call to the next (a definition tries up to fourteen starts, each with
 * a table of its own, and a fresh typed array for each was a good part of what reading acronyms allocated).
 */
let memoCells = new Uint8Array(512);

/** Whether `acr` (lower-case letters and digits) spells out the units in order, from unit `from` on. */
function aligns(acr: string, units: readonly Unit[], from = 0): boolean {
  // One cell per (letter, unit) pair: 0 not worked out yet, 1 spells, 2 does not.
  const size = (acr.length + 1) * (units.length - from + 1);
  if (memoCells.length < size) memoCells = new Uint8Array(2 * size);
  else memoCells.fill(0, 0, size);
  return spells(acr, units, from, memoCells, 0, from);
}

/** Whether the letters of `acr` from `i` spell the units from `j` (memoised in `memo`, a row per letter). */
function spells(acr: string, units: readonly Unit[], from: number, memo: Uint8Array, i: number, j: number): boolean {
  const cell = i * (units.length - from + 1) + (j - from);
  const hit = memo[cell];
  if (hit !== undefined && hit !== 0) return hit === 1;
  let result = false;
  if (j === units.length) result = i === acr.length;
  else {
    const unit = units[j];
    if (unit) {
      if (!unit.required && spells(acr, units, from, memo, i, j + 1)) result = true;
      const text = unit.text;
      // Letters this unit may contribute: a prefix of the word; "x" also stands for "ex…" (FTX).
      for (let l = 1; !result && l <= text.length && i + l <= acr.length; l++) {
        if (acr.charCodeAt(i + l - 1) !== text.charCodeAt(l - 1)) break;
        if (spells(acr, units, from, memo, i + l, j + 1)) result = true;
      }
      if (!result && text.startsWith("ex") && acr[i] === "x" && spells(acr, units, from, memo, i + 1, j + 1)) result = true;
    }
  }
  memo[cell] = result ? 1 : 2;
  return result;
}

const PART_BREAK = /[-‐‑/](?=[\p{L}\p{N}])/u;
/** The characters PART_BREAK may split at: a word without any is one part. */
const BREAKS = /[-‐‑/]/;
const DOTTED = /^(?:\p{L}\.)+$/u;
const UPPER_FIRST = /^\p{Lu}/u;

function unitsOf(tokens: readonly Token[], from: number, to: number): Unit[] {
  const units: Unit[] = [];
  for (let t = from; t < to; t++) {
    const token = tokens[t];
    if (!token || !token.word) continue;
    // Most words have no hyphen or slash: one part, its lower case already the token's (no array, no new string).
    if (!BREAKS.test(token.text)) {
      const lower = token.lower.includes(".") ? token.lower.replace(/\./g, "") : token.lower;
      units.push({ text: lower, required: !STOP.has(lower), token: t });
      continue;
    }
    const parts = token.text.split(PART_BREAK).filter(Boolean);
    parts.forEach((part, k) => {
      const lower = part.toLowerCase().replace(/\./g, "");
      const stop = STOP.has(lower);
      // The first part of a word is needed; later lower-case parts ("-based") and stop words may be skipped.
      const dotted = DOTTED.test(part);
      const required = !stop && (k === 0 || (UPPER_FIRST.test(part) && !dotted));
      units.push({ text: lower, required, token: t });
    });
  }
  return units;
}

/** Finds every acronym definition in a tokenised sentence. */
export function findAcronymDefinitions(tokens: readonly Token[]): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (let open = 0; open < tokens.length; open++) {
    if (tokens[open]?.text !== "(") continue;
    let close = open + 1;
    while (close < tokens.length && close - open <= 12 && tokens[close]?.text !== ")") close++;
    if (tokens[close]?.text !== ")") continue;
    const inner = tokens.slice(open + 1, close);
    const innerText = inner.map((t) => t.text).join(" ").replace(/ - /g, "-");
    if (inner.length > 0 && inner.length <= 3 && isAcronymText(innerText)) {
      // "Full Name (ACR)": the shortest run of words before the parenthesis that the letters spell.
      const acr = acronymKey(innerText);
      let floor = open - 1;
      while (floor >= 0 && open - floor <= 14) {
        const t = tokens[floor];
        if (!t || (!t.word && t.text !== "," && t.text !== "'s" && t.text !== "’s")) break;
        floor--;
      }
      let found = false;
      // The units of every word that may open the name, once: those of a later start are a tail of them.
      const window = unitsOf(tokens, floor + 1, open);
      // "Australia-UK Ministerial Consultations (AUKMIN)": the letters may leave out the meeting's generic last word.
      const last = window[window.length - 1];
      if (last && last.token === open - 1 && MEETING_END.test(last.text)) window[window.length - 1] = { ...last, required: false };
      let tail = window.length;
      for (let start = open - 1; start > floor; start--) {
        while (tail > 0 && (window[tail - 1]?.token ?? -1) >= start) tail--;
        const first = tokens[start];
        if (!first?.word || STOP.has(first.lower)) continue;
        if (aligns(acr, window, tail)) {
          // "Forum on Defense Industrial Cooperation and Resilience (DICOR)": a head-first name keeps its head.
          if (start >= 2 && /^(?:on|of|for)$/.test(tokens[start - 1]?.lower ?? "") && tokens[start - 2]?.cap && HEAD_FIRST.has(tokens[start - 2]?.lower ?? "")) start -= 2;
          // "Joint Statement on Closer Harbour Relations (CHR)": a joint statement keeps "Joint Statement on".
          // (Not a statement about a meeting, such as a statement's own title: "Joint Statement on the Harbour Consultations (HC)".)
          else if (start >= 3 && /^(?:on|of)$/.test(tokens[start - 1]?.lower ?? "") && tokens[start - 2]?.text === "Statement" && tokens[start - 3]?.text === "Joint" && !MEETING_END.test(tokens[open - 1]?.lower ?? "")) start -= 3;
          out.push({ fullStart: start, fullEnd: open, acrStart: open + 1, acrEnd: close, acronym: innerText, start, end: close + 1 });
          found = true;
          break;
        }
      }
      // Letters that do not spell the words ("Japan-Australia-United States Defense Ministers' Meeting (TDMM)"):
      // the capitalised name right before the parenthesis, if it is long enough to be one.
      if (!found && /^[A-Z][A-Z0-9-]+$/.test(innerText)) {
        let start = open;
        while (start > 0) {
          const t = tokens[start - 1];
          // "… the Rt Hon Ann Roe MP for the Harbour Consultations (HARCON)": a person's letters or honorific end the name.
          if (isPersonLetters(t) || opensHonorific(tokens, start - 1)) break;
          if (t?.word && (t.cap || ((STOP.has(t.lower) || t.lower === "'") && tokens[start - 2]?.cap))) start--;
          else if ((t?.text === "'" || t?.text === "’") && tokens[start - 2]?.word) start--;
          else break;
        }
        while (start < open && STOP.has(tokens[start]?.lower ?? "")) start++;
        const words = tokens.slice(start, open).filter((t) => t.word).length;
        if (words >= 3 && words >= innerText.replace(/[^A-Z]/g, "").length - 1) {
          out.push({ fullStart: start, fullEnd: open, acrStart: open + 1, acrEnd: close, acronym: innerText, start, end: close + 1 });
        }
      }
    } else if (inner.length >= 2) {
      // "ACR (Full Name)".
      const before = tokens[open - 1];
      if (before?.word && isAcronymText(before.text) && aligns(acronymKey(before.text), unitsOf(tokens, open + 1, close))) {
        out.push({ fullStart: open + 1, fullEnd: close, acrStart: open - 1, acrEnd: open, acronym: before.text, start: open - 1, end: close + 1 });
      }
    }
  }
  return out;
}

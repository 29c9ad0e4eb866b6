/** Statement metadata from its text: title and date. */

import type { Sentence } from "./document.ts";

const MONTH_NUMBER: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
/** "September 23-24, 2024", "September23-24, 2024", "Sept. 23, 2024". */
const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s*(\\d{1,2})(?:\\s*[-–]\\s*(?:${MONTH}\\s*)?\\d{1,2})?,?\\s+(\\d{4})\\b`, "i");
/** "23-24 September 2024", "23 September 2024". */
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:\\s*[-–]\\s*\\d{1,2})?\\s+${MONTH},?\\s+(\\d{4})\\b`, "i");
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

function iso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The first date the text gives: ISO form of its first day, and the words as written. */
export function findDate(text: string): { date: string; dateText: string } | undefined {
  const candidates: { at: number; date?: string; text: string }[] = [];
  const a = MONTH_FIRST.exec(text);
  if (a?.[1] && a[2] && a[4]) candidates.push({ at: a.index, date: iso(Number(a[4]), MONTH_NUMBER[a[1].toLowerCase()] ?? 0, Number(a[2])), text: a[0] });
  const b = DAY_FIRST.exec(text);
  if (b?.[1] && b[2] && b[3]) candidates.push({ at: b.index, date: iso(Number(b[3]), MONTH_NUMBER[b[2].toLowerCase()] ?? 0, Number(b[1])), text: b[0] });
  const c = ISO.exec(text);
  if (c?.[1] && c[2] && c[3]) candidates.push({ at: c.index, date: iso(Number(c[1]), Number(c[2]), Number(c[3])), text: c[0] });
  const first = candidates.filter((x) => x.date).sort((x, y) => x.at - y.at)[0];
  return first?.date ? { date: first.date, dateText: first.text } : undefined;
}

/** The title: the first heading (a sentence without closing punctuation), else the first sentence, shortened. */
export function findTitle(sentences: readonly Sentence[], fallback: string): string {
  const looksLikeTitle = (text: string) =>
    !/[.!?]["”')]?$/.test(text) && text.length <= 200 && !/[|>»]/.test(text) && text.split(/\s+/).length >= 4 && !findDate(text);
  const heading = sentences.slice(0, 6).find((s) => looksLikeTitle(s.text));
  const chosen = heading ?? sentences[0];
  if (!chosen) return fallback;
  const text = chosen.text.replace(/\s+/g, " ").trim();
  return text.length > 140 ? `${text.slice(0, 137).replace(/\s+\S*$/, "")}…` : text;
}


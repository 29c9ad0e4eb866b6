/** Autocomplete over names and aliases: exact before prefix before substring, names before aliases, busy nodes first. */
import { normalizeName } from "../../../graph/names.ts";

export interface SearchEntry {
  key: string;
  name: string;
  aliases: readonly string[];
  type: string;
  degree: number;
}

export interface SearchHit {
  key: string;
  name: string;
  type: string;
  /** The alias that matched, when the match came from an alias. */
  via?: string;
  score: number;
}

interface Form {
  text: string;
  normalized: string;
  alias: boolean;
}

export interface SearchIndex {
  entries: readonly SearchEntry[];
  forms: readonly (readonly Form[])[];
}

const formsOf = (e: SearchEntry): Form[] => [
  { text: e.name, normalized: normalizeName(e.name), alias: false },
  ...e.aliases.map((a) => ({ text: a, normalized: normalizeName(a), alias: true })),
];

export function buildSearchIndex(entries: readonly SearchEntry[]): SearchIndex {
  return { entries, forms: entries.map(formsOf) };
}

/**
 * The index built a slice at a time, so that no slice keeps the page from answering input: `step` until it says
 * it is done, or `finish` at once when the index is needed before.
 */
export class SearchIndexBuilder {
  private readonly forms: Form[][] = [];
  private index: SearchIndex | undefined;

  constructor(private readonly entries: readonly SearchEntry[]) {}

  /** Adds entries for about `budgetMs` milliseconds; true once every entry is in. */
  step(budgetMs: number, now: () => number = () => performance.now()): boolean {
    const end = now() + budgetMs;
    while (this.forms.length < this.entries.length) {
      const entry = this.entries[this.forms.length];
      if (!entry) break;
      this.forms.push(formsOf(entry));
      if (this.forms.length % 16 === 0 && now() >= end) break;
    }
    return this.forms.length >= this.entries.length;
  }

  finish(): SearchIndex {
    this.step(Number.POSITIVE_INFINITY);
    this.index ??= { entries: this.entries, forms: this.forms };
    return this.index;
  }
}

/** Lower is better; undefined = no match. */
function scoreForm(form: Form, query: string): number | undefined {
  const n = form.normalized;
  const penalty = form.alias ? 1 : 0;
  if (n === query) return 0 + penalty;
  if (n.startsWith(query)) return 2 + penalty;
  if (n.split(" ").some((w) => w.startsWith(query)) || n.includes(` ${query}`)) return 4 + penalty;
  if (n.includes(query)) return 6 + penalty;
  return undefined;
}

/** Best first: lower score, then busier node, then name order. */
const rank = (a: SearchHit & { degree: number }, b: SearchHit & { degree: number }): number => a.score - b.score || b.degree - a.degree || a.name.localeCompare(b.name);

/**
 * The `limit` best matches, best first. They are kept as they are found (no sort of every match: a one-letter
 * query matches most of a 20,000-node graph, and the box answers each key).
 */
export function searchNodes(index: SearchIndex, rawQuery: string, limit = 8): SearchHit[] {
  const query = normalizeName(rawQuery);
  if (query.length === 0 || limit <= 0) return [];
  const top: (SearchHit & { degree: number })[] = [];
  index.entries.forEach((entry, i) => {
    let best: { score: number; form: Form } | undefined;
    for (const form of index.forms[i] ?? []) {
      const score = scoreForm(form, query);
      if (score !== undefined && (best === undefined || score < best.score)) best = { score, form };
    }
    if (!best) return;
    const hit: SearchHit & { degree: number } = { key: entry.key, name: entry.name, type: entry.type, score: best.score, degree: entry.degree };
    if (best.form.alias) hit.via = best.form.text;
    const last = top[top.length - 1];
    if (top.length === limit && last && rank(hit, last) >= 0) return;
    // After every hit that ranks the same or better: ties keep the order they were found in, as a stable sort does.
    let at = top.length;
    while (at > 0 && rank(hit, top[at - 1] ?? hit) < 0) at--;
    top.splice(at, 0, hit);
    if (top.length > limit) top.pop();
  });
  return top.map(({ degree: _degree, ...hit }) => hit);
}

/** The sort of a sentence's few items: the order Array.prototype.sort gives, equal items kept as they came. */
import { describe, expect, it } from "vitest";
import { sortStable } from "../../ingest/stable-sort.ts";

interface Span {
  start: number;
  end: number;
  label: string;
}

/** Spans made from a seed, as many as asked: starts repeat, so equal keys are common. */
function spans(count: number, seed: number): Span[] {
  return Array.from({ length: count }, (_, i) => {
    const start = (i * 7 + seed) % 11;
    return { start, end: start + 1 + ((i + seed) % 3), label: `s${i}` };
  });
}

const byStart = (a: Span, b: Span) => a.start - b.start;
const longestFirst = (a: Span, b: Span) => b.end - b.start - (a.end - a.start) || a.start - b.start;

describe("sorting a sentence's items", () => {
  const cases: [string, Span[], (a: Span, b: Span) => number][] = [
    ["leaves an empty list empty", [], byStart],
    ["leaves one item as it is", spans(1, 3), byStart],
    ["orders a few spans by start, equal starts in the order they came", spans(9, 1), byStart],
    ["orders a sentence's worth of spans longest first", spans(30, 5), longestFirst],
    ["orders a list longer than insertion sort takes as the built-in sort does", spans(120, 2), longestFirst],
  ];
  it.each(cases)("%s", (_name, list, order) => {
    const expected = [...list].sort(order).map((s) => s.label);
    const copy = [...list];
    expect(sortStable(copy, order).map((s) => s.label)).toEqual(expected);
    // In place, as Array.prototype.sort.
    expect(copy.map((s) => s.label)).toEqual(expected);
  });
});

/** Counts by type for the legends (pure, no DOM). */

export function countBy<T>(items: Iterable<T>, key: (t: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

/**
 * How many of the shown items are of each type, `shown` holding only items of types not `hidden` (as the visible
 * set does). When it holds as many as those types count (the plain view), that is every one of them: the totals
 * with the hidden types at zero, found without a pass over the items.
 */
export function shownCounts(shown: ReadonlySet<string>, totals: ReadonlyMap<string, number>, hidden: readonly string[], typeOf: (key: string) => string): Map<string, number> {
  let unhidden = 0;
  for (const [type, n] of totals) if (!hidden.includes(type)) unhidden += n;
  if (shown.size !== unhidden) return countBy(shown, typeOf);
  return new Map([...totals].map(([type, n]) => [type, hidden.includes(type) ? 0 : n] as const));
}

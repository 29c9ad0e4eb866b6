/**
 * A stable in-place sort for the few items of a sentence (its mentions, its items): insertion sort, with no work array.
 * Array.prototype.sort (also stable) copies the list into a work array first, and for lists of a few dozen it takes
 * about twice as long (measured on mention lists of 10–50). Long lists go to the built-in sort. Both are stable, so
 * the order is the same whichever sorts it (for an order that is consistent, as a comparison of numbers is).
 */
const INSERTION_LIMIT = 48;

export function sortStable<T>(list: T[], order: (a: T, b: T) => number): T[] {
  if (list.length > INSERTION_LIMIT) return list.sort(order);
  for (let i = 1; i < list.length; i++) {
    const x = list[i];
    if (x === undefined) continue;
    let j = i - 1;
    for (; j >= 0; j--) {
      const y = list[j];
      if (y === undefined || order(y, x) <= 0) break;
      list[j + 1] = y;
    }
    list[j + 1] = x;
  }
  return list;
}

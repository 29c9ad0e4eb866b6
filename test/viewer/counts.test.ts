import { describe, expect, it } from "vitest";
import { countBy, shownCounts } from "../../viewer/src/model/counts.ts";

/** Six items of three types; the shown sets below hold no item of a hidden type, as the visible set never does. */
const TYPES: Record<string, string> = { a1: "A", a2: "A", a3: "A", b1: "B", b2: "B", c1: "C" };
const typeOf = (key: string) => TYPES[key] ?? "?";
const totals = countBy(Object.keys(TYPES), typeOf);
/** What a pass over the shown items counts, with every type of the totals present. */
const counted = (shown: readonly string[]) => new Map([...totals.keys()].map((t) => [t, shown.filter((k) => typeOf(k) === t).length] as const));

describe("legend counts of the shown items", () => {
  it.each([
    ["everything shown, nothing hidden", ["a1", "a2", "a3", "b1", "b2", "c1"], []],
    ["every item of the types not hidden", ["a1", "a2", "a3", "c1"], ["B"]],
    ["part of the items, nothing hidden", ["a1", "b1", "c1"], []],
    ["part of the items of the types not hidden", ["a1", "a3"], ["C"]],
    ["nothing shown", [], ["A", "B", "C"]],
  ])("counts %s as a pass over them would", (_case, shown, hidden) => {
    const counts = shownCounts(new Set(shown), totals, hidden, typeOf);
    for (const [type, n] of counted(shown)) expect(counts.get(type) ?? 0).toBe(n);
  });
});

import { describe, expect, it } from "vitest";
import { jsonBytes } from "../../bench/json-bytes.ts";

describe("jsonBytes", () => {
  it("counts the same bytes as JSON.stringify for nested objects, arrays, skipped fields and non-ASCII text", () => {
    const values: unknown[] = [
      { a: 1, b: [1, "two", { c: null, d: undefined, e: () => 1 }], f: "naïve — “quoted” \u2028 \"esc\"", g: [undefined, Symbol("s")], h: {} },
      [],
      [[[[[[1, [2, [3]]]]]]]],
      { when: new Date(0), nested: { deeper: { deepest: { bottom: { x: [1, 2, 3] } } } } },
      "plain",
      42,
      null,
      Object.assign(Object.create(null), { z: 1, y: [true, false] }),
    ];
    for (const value of values) expect(jsonBytes(value)).toBe(Buffer.byteLength(JSON.stringify(value)));
  });
});

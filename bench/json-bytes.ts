/** Sizes of JSON too large to hold as one string. */

/**
 * The UTF-8 bytes of `JSON.stringify(value)`, worked out part by part down to `depth` levels of arrays and objects, so
 * no single string holds the whole (a large store's JSON is longer than the longest string V8 can make).
 */
export function jsonBytes(value: unknown, depth = 4): number {
  if (depth > 0 && Array.isArray(value)) {
    let n = 2 + Math.max(0, value.length - 1);
    // JSON.stringify writes undefined, functions and symbols in an array as null.
    for (const item of value) n += item === undefined || typeof item === "function" || typeof item === "symbol" ? 4 : jsonBytes(item, depth - 1);
    return n;
  }
  if (depth > 0 && isPlainRecord(value)) {
    let n = 2;
    let fields = 0;
    for (const [key, item] of Object.entries(value)) {
      // …and leaves them out of an object.
      if (item === undefined || typeof item === "function" || typeof item === "symbol") continue;
      n += Buffer.byteLength(JSON.stringify(key)) + 1 + jsonBytes(item, depth - 1);
      fields++;
    }
    return n + Math.max(0, fields - 1);
  }
  return Buffer.byteLength(JSON.stringify(value) ?? "null");
}

/** An object JSON.stringify writes field by field: a plain object without its own toJSON. */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || "toJSON" in value) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

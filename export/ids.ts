/** Node ids inside query rows: `id` / `…Id` columns and the `id` property of nodes, at any depth. Pure. */
import type { Row } from "../queries/index.ts";

function collect(value: unknown, key: string, out: Set<string>): void {
  if (typeof value === "string") {
    if (key === "id" || /Id$/.test(key)) out.add(value);
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) collect(item, key, out);
    return;
  }
  if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) collect(v, k, out);
  }
}

export function idsInRows(rows: readonly Row[]): string[] {
  const out = new Set<string>();
  for (const row of rows) collect(row, "", out);
  return [...out];
}

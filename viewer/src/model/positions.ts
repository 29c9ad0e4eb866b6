/** Seeded initial positions: the same node keys always start at the same places, so the layout is reproducible. */
import { seededRandom } from "../../../graph/synthetic.ts";

/** Positions for keys in the given order, spread over a disc whose area grows with the count. */
export function seededPositions(keys: readonly string[], seed = 42): Map<string, { x: number; y: number }> {
  const random = seededRandom(seed);
  const radius = Math.sqrt(keys.length) * 10;
  const out = new Map<string, { x: number; y: number }>();
  for (const key of keys) {
    const r = radius * Math.sqrt(random());
    const a = 2 * Math.PI * random();
    out.set(key, { x: r * Math.cos(a), y: r * Math.sin(a) });
  }
  return out;
}

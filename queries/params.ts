/** `--param k=v` options: for named queries strings (zod coerces), for Cypher JSON values when they parse. */
import { BriefgraphError } from "../graph/index.ts";

function split(pair: string): [string, string] {
  const at = pair.indexOf("=");
  if (at <= 0) throw new BriefgraphError("USAGE", `--param ${pair}: expected key=value`);
  return [pair.slice(0, at).trim(), pair.slice(at + 1)];
}

/** Named-query parameters: every value a string; the query's zod schema coerces and checks them. */
export function parseStringParams(pairs: readonly string[]): Record<string, string> {
  return Object.fromEntries(pairs.map(split));
}

/** Cypher parameters: `n=3` is a number, `xs=["a"]` a list, `flag=true` a boolean; anything else a string. */
export function parseCypherParams(pairs: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(
    pairs.map(split).map(([k, v]): [string, unknown] => {
      try {
        const parsed: unknown = JSON.parse(v);
        return [k, parsed];
      } catch {
        return [k, v];
      }
    }),
  );
}

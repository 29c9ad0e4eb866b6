/** Finding entities by name or alias, case-insensitively; suggestions for names that match nothing. */
import { BriefgraphError } from "./errors.ts";
import { isEntity, type BriefGraph } from "./model.ts";
import { normalizeName } from "./names.ts";

/** A node that matches a wanted name: `tier` 0 by its name, 1 by an alias. */
export interface NameMatch<K> {
  key: K;
  tier: 0 | 1;
  /** An entity's mention count (0 for a statement): more mentions rank first within a tier. */
  mentions: number;
}

/** The matches' keys, best first: names before aliases, more mentions first, otherwise in the order given. */
export function rankMatches<K>(matches: readonly NameMatch<K>[]): K[] {
  return [...matches].sort((x, y) => x.tier - y.tier || y.mentions - x.mentions).map((m) => m.key);
}

/** All node ids whose id, name or an alias equals `name` (normalised); exact names first. */
export function findNodes(graph: BriefGraph, name: string): string[] {
  if (graph.hasNode(name)) return [name];
  const wanted = normalizeName(name);
  const matches: NameMatch<string>[] = [];
  graph.forEachNode((key, attributes) => {
    const mentions = isEntity(attributes) ? attributes.mentions : 0;
    if (normalizeName(attributes.name) === wanted) matches.push({ key, tier: 0, mentions });
    else if (isEntity(attributes) && attributes.aliases.some((a) => normalizeName(a) === wanted)) matches.push({ key, tier: 1, mentions });
  });
  return rankMatches(matches);
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}

/** The `limit` names (or aliases) closest to `name`, for "did you mean" messages. */
export function closestNames(graph: BriefGraph, name: string, limit = 5): string[] {
  const wanted = normalizeName(name);
  const scored = new Map<string, number>();
  graph.forEachNode((_key, attributes) => {
    const forms = isEntity(attributes) ? [attributes.name, ...attributes.aliases] : [attributes.name];
    for (const form of forms) {
      const n = normalizeName(form);
      const score = n.includes(wanted) || wanted.includes(n) ? 0 : editDistance(wanted, n) / Math.max(wanted.length, n.length, 1);
      const prev = scored.get(attributes.name);
      if (prev === undefined || score < prev) scored.set(attributes.name, score);
    }
  });
  return [...scored].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([n]) => n);
}

/** The one node for `name`, or a NAME_NOT_FOUND error that lists the closest names. */
export function resolveNode(graph: BriefGraph, name: string): string {
  const [first] = findNodes(graph, name);
  if (first !== undefined) return first;
  const close = closestNames(graph, name);
  throw new BriefgraphError(
    "NAME_NOT_FOUND",
    `no entity named "${name}"${close.length ? `; closest: ${close.map((c) => `"${c}"`).join(", ")}` : ""}`,
  );
}

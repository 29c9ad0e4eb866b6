/**
 * Name resolution shared by both backends: case-insensitive by name or alias (graph/lookup.ts's
 * normalisation), exact names before aliases, more mentions first, then id.
 */
import { normalizeName } from "../graph/index.ts";
import { byText } from "./rows.ts";

export interface NameCandidate {
  id: string;
  name: string;
  aliases: readonly string[];
  mentions: number;
}

/** The lookup keys stored on every Neo4j node: its normalised name and aliases, "|"-framed for CONTAINS (normalised names hold only letters, digits and spaces, and no line break reaches a CSV). */
export function nameKeys(name: string, aliases: readonly string[]): string {
  const keys = [...new Set([name, ...aliases].map(normalizeName).filter((k) => k !== ""))];
  return `|${keys.join("|")}|`;
}

/** The CONTAINS needle that finds `name` in nameKeys, or undefined when it normalises to nothing. */
export function nameNeedle(name: string): string | undefined {
  const wanted = normalizeName(name);
  return wanted === "" ? undefined : `|${wanted}|`;
}

/** The candidates that match `name` (by id, name or alias), best first. */
export function rankCandidates(name: string, candidates: readonly NameCandidate[]): string[] {
  const exact = candidates.find((c) => c.id === name);
  if (exact) return [exact.id];
  const wanted = normalizeName(name);
  const scored = candidates
    .map((c) => ({ c, tier: normalizeName(c.name) === wanted ? 0 : c.aliases.some((a) => normalizeName(a) === wanted) ? 1 : 2 }))
    .filter((x) => x.tier < 2);
  scored.sort((x, y) => x.tier - y.tier || y.c.mentions - x.c.mentions || byText(x.c.id, y.c.id));
  return scored.map((x) => x.c.id);
}

import type { Claim } from "../relations.ts";

/** "the DPRK's continued provocations and violations of UNSC resolutions": whoever poses the acts violates what they violate. */
export function violators(claims: readonly Claim[]): Claim[] {
  const out: Claim[] = [];
  for (const v of claims) {
    if (v.type !== "VIOLATES" || !/^violations of$/i.test(v.cue)) continue;
    for (const p of claims) if (p.type === "POSES" && p.target === v.source && p.sentence === v.sentence) out.push({ ...v, source: p.source });
  }
  return out;
}

import type { Claim } from "../relations.ts";

/**
 * One who is party to an agreement is committed to it: where one sentence states both of the same source and
 * agreement ("implement our bilateral Trade Agreement"), being party is the more specific relation, and the
 * commitment goes (as taking part goes beside leading). A commitment another sentence states stays.
 */
export function dedupeCommitments(claims: Claim[]): Claim[] {
  const parties = new Set<string>();
  for (const c of claims) if (c.type === "PARTY_TO") parties.add(`${c.source.local}>${c.target.local}@${c.sentence}`);
  if (parties.size === 0) return claims;
  return claims.filter((c) => c.type !== "COMMITS_TO" || !parties.has(`${c.source.local}>${c.target.local}@${c.sentence}`));
}

import type { DocEntity } from "../../entities/entities.ts";
import type { Claim } from "../relations.ts";

/**
 * A state does not take part in a body beside its own ministry: the most specific participant is kept. Nor does the
 * state a meeting's name implies ("the Canada-Japan … Meeting") beside its own official who took part; a state the text
 * itself says took part ("the participation of Canada in …") stays. Nor does one who leads a body take part in it
 * as well: leading it is the more specific relation ("hosted by Xland's Minister" and "the Xland-Yland Committee").
 */
export function dedupeParticipation(claims: Claim[], implied: ReadonlySet<Claim>, stateOf: (e: DocEntity) => DocEntity | undefined): Claim[] {
  // A person's state as the text states it ("Minister X of the Republic of Korea") or as the name's qualifiers give it.
  const memberOf = new Map<DocEntity, DocEntity>();
  for (const c of claims) if (c.type === "MEMBER_OF" && c.source.kind === "person" && c.target.kind === "state" && !memberOf.has(c.source)) memberOf.set(c.source, c.target);
  const byOrganization = new Set<string>();
  const byPerson = new Set<string>();
  for (const c of claims) {
    if (c.type !== "PARTICIPATES_IN" || (c.source.kind !== "organization" && c.source.kind !== "person")) continue;
    const s = stateOf(c.source) ?? (c.source.kind === "person" ? memberOf.get(c.source) : undefined);
    if (s && s !== c.source) (c.source.kind === "person" ? byPerson : byOrganization).add(`${s.local}>${c.target.local}`);
  }
  const leads = new Set<string>();
  for (const c of claims) if (c.type === "LEADS") leads.add(`${c.source.local}>${c.target.local}`);
  return claims.filter((c) => {
    if (c.type === "PARTICIPATES_IN" && leads.has(`${c.source.local}>${c.target.local}`)) return false;
    if (c.type !== "PARTICIPATES_IN" || c.source.kind !== "state") return true;
    const key = `${c.source.local}>${c.target.local}`;
    return !byOrganization.has(key) && !(implied.has(c) && byPerson.has(key));
  });
}

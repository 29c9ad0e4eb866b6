/** The threats of a sentence that are threats by their owners, as items, with who poses them. */
import type { Claim } from "../relations.ts";
import type { SentenceWork, StatementReading } from "../reading.ts";
import { newItem } from "../view/view.ts";
import { calledThreat } from "./called.ts";

/** The sentence's threats that are threats (by their owners) as items, and who poses them, added to `claims`. */
export function threatItems(w: SentenceWork, reading: StatementReading, claims: Claim[]): void {
  const { registry, ownersOf, listedCue, adversaries, isFriendly } = reading;
  const index = w.sentence.index;
  for (const t of w.threats) {
    const owners = ownersOf.get(t) ?? [];
    if (owners.some(isFriendly)) continue;
    // An activity whose actor could not be resolved ("the conduct of MRO") is not a threat.
    if (t.ownerOnly && owners.length === 0) continue;
    // "nuclear and missile capabilities" threaten only in the hands of an adversary, or when the text says they threaten
    // ("X's missile programs directly threaten …", "the threat posed by X's programs").
    if (t.needsOwner && !owners.some((o) => adversaries.has(o)) && !(owners.length > 0 && calledThreat(w.tokens, t))) continue;
    const entity = registry.resolveThreat(t, index, owners);
    w.items.push(newItem(t.start, t.end, entity, undefined, t));
    // The cue as the sentence writes it ("cyber and electromagnetic attacks" for the part "cyber attacks").
    const written = listedCue.get(t) ?? [...t.forms].reverse().find((f) => w.sentence.text.includes(f)) ?? w.sentence.text.slice(w.tokens[t.start]?.start ?? 0, w.tokens[t.end - 1]?.end ?? 0);
    for (const o of new Set(owners)) claims.push({ source: o, type: "POSES", target: entity, sentence: index, cue: written });
  }
}

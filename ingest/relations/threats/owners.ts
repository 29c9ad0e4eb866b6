/**
 * The actors behind each threat phrase: named in the possessive ("X's provocations"), by "its" (the adversary named
 * last), as the possessor before a list of acts, or as the owner of the whole an act is listed under ("X's
 * provocations, including …").
 */
import type { DocEntity } from "../../entities/entities.ts";
import { MONTHS } from "../../entities/heads.ts";
import type { ThreatMention } from "../../entities/threats.ts";
import type { Token } from "../../text/tokens.ts";
import type { SentenceWork } from "../reading.ts";

/** The actors behind each threat phrase, sentence by sentence ("its" is the adversary named last), and the cue of each act listed under another's threat. */
export function threatOwners(
  work: readonly SentenceWork[],
  state: (name: string, sentence: number) => DocEntity | undefined,
  isFriendly: (e: DocEntity) => boolean,
): { ownersOf: Map<ThreatMention, DocEntity[]>; listedCue: Map<ThreatMention, string> } {
  let lastAdversary: DocEntity | undefined;
  const ownersOf = new Map<ThreatMention, DocEntity[]>();
  // The words that list an act under its owner's threat ("X's provocations, including"): the cue of its POSES.
  const listedCue = new Map<ThreatMention, string>();
  for (const w of work) {
    // "the DPRK's violations of UNSC resolutions, including its provocations": "its" is the owner of the act it continues.
    let ownerBefore: { at: number; entity: DocEntity } | undefined;
    let listOwner: { end: number; entities: DocEntity[] } | undefined;
    for (const t of w.threats) {
      const owners: DocEntity[] = [];
      for (const o of t.owners) {
        if (o.via === "mention") {
          const item = w.items.find((i) => i.mention === w.mentions[o.mention]);
          if (item && item.entity.type === "Actor") owners.push(item.entity);
        } else if (o.via === "states") {
          for (const n of o.names) {
            const s = state(n, w.sentence.index);
            if (s) owners.push(s);
          }
        } else {
          const before = w.items.filter((i) => i.end <= o.at && i.entity.type === "Actor" && i.entity.kind !== "person" && !isFriendly(i.entity));
          const last = before[before.length - 1];
          // An actor named since only as the maker of instruments ("… of United Nations Security Council (UNSCR) resolutions, including its …") owns no act.
          const named = last !== undefined && /^(?:resolutions?|sanctions|decisions)$/.test(w.tokens[last.end]?.lower ?? "");
          // "X's war against Y, including its attacks on …": "its" of an act listed under X's act is X, not the victim named since.
          const listed = listedUnder(w, t);
          const whole = listed ? ownersOf.get(listed.whole)?.find((e) => !isFriendly(e)) : undefined;
          const nearest = whole ?? (ownerBefore && ownerBefore.at < o.at && (!last || named) ? ownerBefore.entity : (last?.entity ?? lastAdversary));
          if (nearest) owners.push(nearest);
        }
      }
      // "the DPRK's provocations, unlawful weapons programs, and military cooperation with Russia": the possessor before
      // a list of acts owns each act of the list that names no possessor of its own.
      const possessors = possessiveOwners(w, t);
      if (listOwner && possessors.length === 0 && !t.owners.some((o) => o.via === "pronoun") && onlyListJoiners(w.tokens, listOwner.end, t.start))
        for (const e of listOwner.entities) if (!owners.includes(e)) owners.push(e);
      // Examples after "such as" or "including" are named one by one: a possessor there qualifies its own example only.
      const examples = /^(?:as|including)$/.test(w.tokens[t.start - 1]?.lower ?? "") || /^(?:as|including)$/.test(w.tokens[t.start - 2]?.lower ?? "");
      listOwner = possessors.length && !examples ? { end: t.end, entities: possessors } : listOwner && !examples ? { end: t.end, entities: listOwner.entities } : undefined;
      // "X's provocations, including missile launches and a nuclear test": the acts listed are the whole's, X's.
      if (owners.length === 0) {
        const listed = listedUnder(w, t);
        for (const o of (listed && ownersOf.get(listed.whole)) ?? []) if (!isFriendly(o)) owners.push(o);
        if (listed && owners.length) listedCue.set(t, listed.cue);
      }
      const own = owners.find((e) => !isFriendly(e));
      if (own && t.owners.some((o) => o.via !== "pronoun")) ownerBefore = { at: t.start, entity: own };
      ownersOf.set(t, owners);
    }
    for (const i of w.items) if (i.entity.type === "Actor" && i.entity.kind !== "person" && !isFriendly(i.entity)) lastAdversary = i.entity;
  }
  return { ownersOf, listedCue };
}

/** The actors a threat's phrase names in the possessive ("the DPRK's provocations"). */
function possessiveOwners(w: SentenceWork, t: ThreatMention): DocEntity[] {
  const out: DocEntity[] = [];
  for (const o of t.owners) {
    const m = o.via === "mention" ? w.mentions[o.mention] : undefined;
    if (!m || m.start < t.start - 1 || m.end > t.end || !/^['’]s?$/.test(w.tokens[m.end]?.text ?? "")) continue;
    const item = w.items.find((i) => i.mention === m);
    if (item?.entity.type === "Actor") out.push(item.entity);
  }
  return out;
}

/** Whether only the commas and "and" of a list stand between tokens `from` and `to`. */
function onlyListJoiners(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from || to - from > 2) return false;
  for (let k = from; k < to; k++) if (!/^(?:,|and)$/.test(tokens[k]?.lower ?? "")) return false;
  return true;
}

/** Words of a list of acts and of their dates, between "including" and one of the acts it lists. */
const LIST_WORD = /^(?:,|and|or|the|a|an|its|their|in|on|since|last|this|year|\d{1,4}(?:st|nd|rd|th)?)$/;
/** "against Ukraine", "in the Taiwan Strait", "since last year": a short phrase of target, place or time after a threat's name, before ", including". */
const TARGET_PREPOSITION = /^(?:against|on|in|near|toward|towards|over|around|since|during)$/;
const TARGET_PHRASE = 4;
/** How far a threat may stand after "including" and still be one of the examples it lists. */
const EXAMPLE_WINDOW = 20;

/** How long a relative clause describing an owned act may be before ", including". */
const RELATIVE_PHRASE = 10;

/**
 * The threat that `part` is listed under: "the DPRK's provocations, including rocket firings in March and a nuclear
 * test": the threat right before ", including" or ", such as", when nothing but other threats, dates and list words
 * stand between that cue and the part.
 */
function listedUnder(w: SentenceWork, part: ThreatMention): { whole: ThreatMention; cue: string } | undefined {
  for (let k = part.start - 1; k >= 0 && part.start - k <= EXAMPLE_WINDOW; k--) {
    const lower = w.tokens[k]?.lower ?? "";
    const cue = lower === "including" ? k : lower === "as" && w.tokens[k - 1]?.lower === "such" ? k - 1 : -1;
    if (cue < 0) {
      // Only other listed acts and the words of a list or a date stand between: "launches in July and a nuclear test".
      if (w.threats.some((t) => t.start <= k && k < t.end)) continue;
      if (!LIST_WORD.test(lower) && !MONTHS.has(lower)) return undefined;
      continue;
    }
    const end = w.tokens[cue - 1]?.text === "," ? cue - 1 : cue;
    // "X's war against Y, including …": the whole may carry a short phrase of its target or place.
    // "X's recent actions that affect peace and stability, including …": or a short relative clause that describes it.
    const described = (t: ThreatMention) => end - t.end <= RELATIVE_PHRASE && /^(?:that|which)$/.test(w.tokens[t.end]?.lower ?? "") && !w.tokens.slice(t.end, end).some((x) => /^[,;:]$/.test(x.text));
    const whole = [...w.threats].reverse().find((t) => t.end <= end && t.start < part.start && (t.end === end || described(t) || (end - t.end <= TARGET_PHRASE && TARGET_PREPOSITION.test(w.tokens[t.end]?.lower ?? ""))));
    const first = whole ? w.tokens[whole.start] : undefined;
    const last = w.tokens[k];
    return whole && first && last ? { whole, cue: w.sentence.text.slice(first.start, last.end) } : undefined;
  }
  return undefined;
}

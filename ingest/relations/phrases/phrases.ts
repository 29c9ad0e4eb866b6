/** Small phrase shapes the relation rules share: appositives, descriptions, cooperation rings. */
import { isBodyOrExercise, type Emit, type RelationContext } from "../view/context.ts";
import type { DocEntity } from "../../entities/entities.ts";
import { itemAt, itemEndingAt, lastItemBefore, type Item, type SentenceView } from "../view/view.ts";

/**
 * Whether the cooperation a cue names is someone else's, not the speakers': a possessor's ("condemned X and Y's
 * deepening military cooperation") or part of a threat's name ("the DPRK's expanding cooperation, including …").
 */
export function othersCooperation(view: SentenceView, cue: { start: number; end: number }): boolean {
  return /^['’]s?$/.test(view.tokens[cue.start - 1]?.text ?? "") || view.items.some((i) => i.threat && i.start < cue.end && cue.start < i.end);
}

/**
 * The most parties whose own cooperation ties each to each: bilateral, trilateral, quadrilateral. The members of a larger
 * forum who say they work together work as the forum, which ties no pair of them.
 */
const MAX_RING_PARTIES = 4;

/** Cooperation among several: each earlier member with each later one, and the last back to the first (two: both ways). */
function cooperationRing(members: readonly DocEntity[], emit: (a: DocEntity, b: DocEntity) => void): void {
  members.forEach((a, i) => members.slice(i + 1).forEach((b) => emit(a, b)));
  const first = members[0];
  const last = members[members.length - 1];
  if (members.length >= 3 && first && last) emit(last, first);
  // Two who cooperate cooperate with each other: "A-B cooperation" runs both ways.
  else if (members.length === 2 && first && last) emit(last, first);
}

/** The COOPERATES_WITH edges of a ring of members, each quoting `cue`. */
export function cooperationTies(members: readonly DocEntity[], emit: Emit, cue: string): void {
  cooperationRing(members, (a, b) => emit(a, "COOPERATES_WITH", b, cue));
}

/** The parties' own cooperation, which `cue` states: their ring, none for a forum of more than MAX_RING_PARTIES. */
export function partiesOwnTies(parties: readonly DocEntity[], emit: Emit, cue: string): void {
  if (parties.length <= MAX_RING_PARTIES) cooperationTies(parties, emit, cue);
}

/** "X, the <description>" ending at `at`: the named item X. */
export function appositiveBefore(view: SentenceView, at: number): Item | undefined {
  let k = at - 1;
  while (k >= 0 && k >= at - 7 && view.tokens[k]?.word && !view.tokens[k]?.cap && !view.items.some((i) => i.start <= k && k < i.end)) k--;
  if (view.tokens[k + 1]?.lower !== "the" && view.tokens[k + 1]?.lower !== "a") return undefined;
  if (view.tokens[k]?.text !== ",") return undefined;
  return itemEndingAt(view, k, (i) => i.entity.type !== "Threat");
}

/** "Freedom Edge, the trilateral exercise held in …, led by": the exercise or body a description between commas follows. */
export function describedBefore(view: SentenceView, at: number): Item | undefined {
  if (view.tokens[at - 1]?.text !== ",") return undefined;
  const target = lastItemBefore(view, at, (i) => isBodyOrExercise(i) || i.entity.kind === "organization");
  if (!target || at - target.end > 14 || view.tokens[target.end]?.text !== ",") return undefined;
  return view.items.some((i) => i.start >= target.end && i.start < at && i.entity.type !== "Actor") ? undefined : target;
}

/** Whether only items of `types` (and their articles) stand between two positions. */
export function onlyItemsBetween(view: SentenceView, from: number, to: number, types: readonly string[]): boolean {
  for (let k = from; k < to; k++) {
    if (view.items.some((i) => types.includes(i.entity.type) && i.start <= k && k < i.end)) continue;
    if (!/^(?:under|of|the|,)$/.test(view.tokens[k]?.lower ?? "")) return false;
  }
  return true;
}

/** Items of one kind listed from `from`: "the A, the B and C" (articles, commas and "and" between them). */
export function itemList(view: SentenceView, from: number, accept: (item: Item) => boolean): Item[] {
  const out: Item[] = [];
  let k = from;
  while (k < view.tokens.length) {
    const item = itemAt(view, k);
    if (item && accept(item)) {
      out.push(item);
      k = item.end;
      continue;
    }
    if (item || !/^(?:the|and|,|its|their)$/.test(view.tokens[k]?.lower ?? "")) break;
    k++;
  }
  return out;
}

/**
 * Where the object of a verb starts when a second verb shares it: "deplored, and called for an end to, X" —
 * after the comma that closes the second verb phrase (which names nothing), else right after the verb.
 */
export function sharedObjectStart(view: SentenceView, verbEnd: number): number {
  if (view.tokens[verbEnd]?.text !== "," || view.tokens[verbEnd + 1]?.lower !== "and") return verbEnd;
  for (let k = verbEnd + 2; k < view.tokens.length && k <= verbEnd + 10; k++) {
    if (view.items.some((i) => i.start <= k && k < i.end)) return verbEnd;
    if (view.tokens[k]?.text === ",") return k + 1;
  }
  return verbEnd;
}

/** Words that may stand between a verb and the name it governs: "the 36th U.S.-ROK", "an annual", "the inaugural". */
const NAME_PREFIX = /^(?:the|a|an|this|its|their|\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|annual|inaugural|high-level|(?:19|20)\d\d)$/;

/**
 * Where the name governed from `from` starts: past articles, ordinals, years and a compound of the states
 * that qualify it ("presided over the 36th U.S.-ROK Military Committee Meeting").
 */
/** Whether `word` is a compound of states joined by hyphens or a dash ("U.S.-ROK"). */
function isStates(word: string, ctx: RelationContext): boolean {
  const parts = word.split(/[-‐‑–](?=[\p{L}\p{N}])/u);
  return parts.length > 1 && parts.every((p) => ctx.stateByWord(p) !== undefined);
}

export function nameStartAfter(view: SentenceView, from: number, ctx: RelationContext): number {
  let k = from;
  while (k < view.tokens.length && k - from < 5 && !view.items.some((i) => i.start === k)) {
    const t = view.tokens[k];
    if (!t || !(NAME_PREFIX.test(t.lower) || isStates(t.text, ctx))) break;
    k++;
  }
  // "convened the fifth meeting of the Harbour Group": a sitting of the body names the body.
  if (SITTING.test(view.tokens[k]?.lower ?? "") && view.tokens[k + 1]?.lower === "of" && !view.items.some((i) => i.start <= k && k < i.end)) {
    k += 2;
    if (view.tokens[k]?.lower === "the") k++;
  }
  return k;
}

/** A sitting of a body, before "of" and the body's name. */
const SITTING = /^(?:meeting|session|round|plenary|iteration|edition)$/;

/**
 * Cooperation stated through what one side owes or gives another, or through the number of the parties:
 * "remains steadfast in its defense commitments to Canada and Fiji", "its commitment to the defense of Fiji",
 * "resolve to continue to support Ukraine", "cooperation among the three countries", "their cooperation in the
 * Harbour Forum". The giver (the clause's subject, or the subject of the that-clause the cue stands in) cooperates
 * with each state it names; the parties cooperate among themselves; the parties take part in the forum.
 */
import { withAnchors } from "../view/anchors.ts";
import type { RelationContext, Emit } from "../view/context.ts";
import type { DocEntity } from "../../entities/entities.ts";
import { partiesOwnTies } from "../phrases/phrases.ts";
import { actorList } from "../subjects/subjects.ts";
import { itemAt, wordsOf, type Item, type SentenceView } from "../view/view.ts";

/** "defense commitments to", "unyielding commitment to the defense of", "continue to support", "support for". */
const OWED_TO =
  /\b(?:(?:defen[cs]e|security|alliance|treaty) )?commitments? to (?:the (?:defen[cs]e|security) of )?(?:the )?|\b(?:to support|supporting|support for|support to|assistance to|solidarity with)\b/g;
const OWED_ANCHORS: readonly string[] = ["commitment", "support", "assistance", "solidarity"];
/** "cooperation among the three countries", "ties between our two nations". */
const AMONG_PARTIES = /\b(?:cooperation|coordination|collaboration|partnership|ties|relationship|relations) (?:among|between) (?:the|our) (two|three|four) (?:countries|nations|governments|sides|partners)\b/g;
const AMONG_ANCHORS: readonly string[] = ["among", "between"];
/** "their cooperation in the Quad", "our cooperation within the Forum". */
const COOPERATION_IN = /\b(?:their|our|its) (?:[a-z]+ )?cooperation (?:in|within|through) (?:the )?/g;
const IN_ANCHORS: readonly string[] = ["cooperation"];
const NUMBER: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4 };

const isState = (i: Item) => i.entity.kind === "state";

/** "… reiterated that the United States remains …": the actor opening the that-clause the cue stands in, if any. */
function thatSubject(view: SentenceView, at: number): DocEntity | undefined {
  const that = view.tokens.slice(0, at).map((t) => t.lower).lastIndexOf("that");
  if (that < 0) return undefined;
  const k = view.tokens[that + 1]?.lower === "the" ? that + 2 : that + 1;
  return itemAt(view, k, (i) => i.entity.type === "Actor" && !i.threat)?.entity;
}

/** Each person as their state, when known; others as they are. */
function statesOfPeople(actors: readonly DocEntity[], ctx: RelationContext): DocEntity[] {
  const out: DocEntity[] = [];
  for (const a of actors) {
    const s = a.kind === "person" ? ctx.stateOf(a) : a;
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}

export function partnerCommitmentClaims(view: SentenceView, ctx: RelationContext, subject: (at: number) => DocEntity[], emit: Emit): void {
  for (const cue of withAnchors(view, OWED_TO, OWED_ANCHORS)) {
    // "commitment to Ukraine's security": the possessive names what is committed to, not a partner (read no further).
    const partners = actorList(view, cue.end).filter(isState);
    const last = partners[partners.length - 1];
    if (!last || /^['’]s$/.test(view.tokens[last.end]?.text ?? "")) continue;
    const giver = thatSubject(view, cue.start);
    // "President Lee and President Smith reaffirm their commitment to the defence of Ruritania": people give through
    // their states (one of which may be the partner itself); a person of no known state gives nothing here.
    const givers = giver ? [ctx.stateOf(giver) ?? giver] : statesOfPeople(subject(cue.start), ctx);
    for (const g of givers) for (const p of partners) if (p.entity !== g && !givers.includes(p.entity)) emit(g, "COOPERATES_WITH", p.entity, wordsOf(view, cue.start, p.end));
  }
  for (const cue of withAnchors(view, AMONG_PARTIES, AMONG_ANCHORS)) {
    const n = NUMBER[/(two|three|four)/.exec(cue.text.toLowerCase())?.[1] ?? ""];
    if (n === undefined || ctx.parties.length !== n) continue;
    partiesOwnTies(ctx.parties, emit, cue.text);
  }
  for (const cue of withAnchors(view, COOPERATION_IN, IN_ANCHORS)) {
    const forum = itemAt(view, cue.end, (i) => !i.threat && (i.entity.type === "Body" || i.entity.kind === "group" || i.entity.kind === "alliance"));
    if (!forum) continue;
    for (const s of subject(cue.start)) if (s !== forum.entity) emit(s, forum.entity.type === "Body" ? "PARTICIPATES_IN" : "MEMBER_OF", forum.entity, wordsOf(view, cue.start, forum.end));
  }
}

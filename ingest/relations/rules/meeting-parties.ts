/**
 * Who a meeting is between, written right after its name: "the Security Consultative Meeting (SCM) between
 * Secretary A and Minister B", "the third 2+2 Meeting between the Republic of Korea and Australia" — each person
 * (or, when no person is named, each state or organisation) of the list takes part in it. Who a body is the forum
 * for: "the Harbour Group serves as a key forum for the Alliance" — each actor named takes part in it.
 */
import { withAnchors } from "../view/anchors.ts";
import type { Emit } from "../view/context.ts";
import { principalList } from "./principals.ts";
import { actorList } from "../subjects/subjects.ts";
import { itemEndingAt, wordsOf, type SentenceView } from "../view/view.ts";

const BETWEEN = /\b(?:between|among)\b/g;
const ANCHORS: readonly string[] = ["between", "among"];

export function bodyBetweenClaims(view: SentenceView, emit: Emit): void {
  for (const cue of withAnchors(view, BETWEEN, ANCHORS)) {
    // The body's name (with its acronym in parentheses) ends right before "between".
    const body = view.items.find((i) => i.entity.type === "Body" && !i.threat && (i.end === cue.start || (i.end + 3 === cue.start && view.tokens[i.end]?.text === "(" && view.tokens[i.end + 2]?.text === ")")));
    if (!body) continue;
    const { people } = principalList(view, cue.end);
    const actors = people.length ? people : actorList(view, cue.end);
    // A list of one is no meeting "between" parties ("between the Ministry and …" cut short).
    if (actors.length < 2) continue;
    for (const a of actors) emit(a.entity, "PARTICIPATES_IN", body.entity, wordsOf(view, body.start, cue.end));
  }
}

/** "serves as a key annual forum for", "is the main platform for": a body's use for those it convenes. */
const FORUM_FOR = /\b(?:serves?|served|acts?|acted|functions?|functioned|is|remains|was) as (?:a|an|the) (?:[a-z-]+ ){0,3}(?:forum|platform|venue|channel|mechanism) for\b|\b(?:is|remains|was) (?:a|an|the) (?:[a-z-]+ ){0,3}(?:forum|platform|venue|channel|mechanism) for\b/g;
const FORUM_ANCHORS: readonly string[] = ["forum", "platform", "venue", "channel", "mechanism"];

export function forumForClaims(view: SentenceView, emit: Emit): void {
  for (const cue of withAnchors(view, FORUM_FOR, FORUM_ANCHORS)) {
    const body = itemEndingAt(view, cue.start, (i) => i.entity.type === "Body" && !i.threat);
    if (!body || body.end !== cue.start) continue;
    for (const a of actorList(view, cue.end)) if (a.entity.kind !== "person") emit(a.entity, "PARTICIPATES_IN", body.entity, wordsOf(view, body.start, a.end));
  }
}

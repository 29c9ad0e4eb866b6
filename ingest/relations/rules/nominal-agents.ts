/**
 * A commitment written as a noun with its holders after "of" or "by" and its aim after "to": "the intention of
 * Xland and Yland to cooperate …, to enforce the Harbour Accord", "the commitment by Leader A and Leader B at the
 * summit to continue to strengthen the Harbour Partnership". The holders commit to the instrument an infinitive of
 * upholding acts on (COMMITS_TO), and so does the subject that reaffirms their commitment ("They reaffirmed the
 * commitment by …"). Holders counted rather than named ("of the three countries") are left to the subject rules.
 */
import { withAnchors } from "../view/anchors.ts";
import type { Emit } from "../view/context.ts";
import type { DocEntity } from "../../entities/entities.ts";
import { actorList } from "../subjects/subjects.ts";
import { itemAt, wordsOf, type SentenceView } from "../view/view.ts";

/** "the intention of", "commitment by", "the resolve of the". */
const NOMINAL = /\b(?:commitments?|intentions?|resolve|determination|pledges?|undertakings?) (?:of|by) /g;
const NOMINAL_ANCHORS = ["commitment", "intention", "resolve", "determination", "pledge", "undertaking"];
/** Verbs of upholding an instrument, after "to": "to enforce", "to continue to strengthen". */
const UPHOLDING = /^(?:enforce|implement|uphold|strengthen|deepen|advance|honou?r|respect|observe|fulfil|fulfill|realize|realise)$/;
/** How far from the holders the "to" of the aim may stand ("… at their May summit to …"). */
const AIM_WINDOW = 12;
/** How far the aim may run, past infinitives joined by commas ("to cooperate closely with …, to enforce …"). */
const AIM_LENGTH = 30;

/** A verb that takes up another's commitment as the subject's own, right before it: "reaffirmed the strong". */
const REAFFIRMING = /\b(?:reaffirmed|reaffirm|reaffirms|reiterated|reiterate|renewed|renew)(?: (?:the|their|its|our))?(?: [a-z-]+)?$/;

/** The actors listed from `from` that hold the commitment ("by Leader A and Leader B", "of Xland and Yland"). */
function holders(view: SentenceView, from: number): { who: readonly DocEntity[]; end: number } {
  const listed = actorList(view, from);
  return { who: listed.map((i) => i.entity), end: listed[listed.length - 1]?.end ?? from };
}

export function nominalAgentClaims(view: SentenceView, subject: (at: number) => DocEntity[], emit: Emit): void {
  for (const cue of withAnchors(view, NOMINAL, NOMINAL_ANCHORS)) {
    const { who: held, end } = holders(view, cue.end);
    if (!held.length) continue;
    const before = view.tokens.slice(Math.max(0, cue.start - 4), cue.start).map((t) => t.lower).join(" ");
    const who = REAFFIRMING.test(before) ? [...held, ...subject(cue.start)] : held;
    let to = -1;
    for (let k = end; k < view.tokens.length && k - end <= AIM_WINDOW; k++) {
      const t = view.tokens[k];
      if (!t || t.text === ";" || t.text === ":") break;
      if (t.lower === "to") {
        to = k;
        break;
      }
    }
    if (to < 0) continue;
    for (let k = to; k < view.tokens.length && k - to <= AIM_LENGTH; k++) {
      const t = view.tokens[k];
      if (!t || t.text === ";" || t.text === ":") break;
      if (t.lower !== "to" || !UPHOLDING.test(view.tokens[k + 1]?.lower ?? "")) continue;
      let at = k + 2;
      while (/^(?:the|all|relevant|existing|their|our|its)$/.test(view.tokens[at]?.lower ?? "")) at++;
      const instrument = itemAt(view, at, (i) => i.entity.type === "Agreement" && !i.threat);
      if (instrument) for (const h of who) emit(h, "COMMITS_TO", instrument.entity, `${cue.text}… ${wordsOf(view, k, k + 2)}`);
    }
  }
}

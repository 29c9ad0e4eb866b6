/**
 * What the parties urge another actor to stop is that actor's doing: "called upon North Korea to refrain from
 * irresponsible provocations", "urged Russia to cease its attacks on …", "called on the PRC to halt its coercion".
 * Asking anyone to stop an act is also the speakers' stand against it: "pressed every claimant to refrain from
 * dredging" condemns the dredging.
 */
import { withAnchors } from "../view/anchors.ts";
import type { Emit } from "../view/context.ts";
import type { DocEntity } from "../../entities/entities.ts";
import type { SentenceView } from "../view/view.ts";

/** "called upon X to refrain from", "urged X to cease", "demanded that X stop". */
const URGED_TO = /\b(?:urged|urges|called (?:up)?on|calls (?:up)?on|pressed|demanded that)\b/g;
const STOP = /^(?:to )?(?:["\u201c] )?(?:immediately |fully |permanently )?(?:refrain from|cease|stop|halt|end|abandon|desist from|walk away from|renounce|withdraw)\b/;
/** An addressee that names no actor: "urged every party to …", "called on the latter to …". */
const ANYONE = /^(?:all |the |every |each )?(?:states|countries|nations|parties|sides|claimants|latter|former|other|others|relevant)(?: (?:states|countries|nations|parties))?$/;

/** Anchor words: a sentence without any of them is not searched. */
const URGED_ANCHORS = ["urge", "call", "press", "demand"];

export function demandClaims(view: SentenceView, subject: (at: number) => DocEntity[], emit: Emit): void {
  for (const cue of withAnchors(view, URGED_TO, URGED_ANCHORS)) {
    const urged = view.items.find((i) => i.entity.type === "Actor" && i.entity.kind !== "person" && (i.start === cue.end || (i.start === cue.end + 1 && view.tokens[cue.end]?.lower === "the")));
    // Where the addressee ends: an actor's name, or a few words that name none ("all parties").
    let end = urged?.end ?? -1;
    if (!urged) for (let k = cue.end + 1; k <= cue.end + 3 && end < 0; k++) if (view.tokens[k]?.lower === "to" && ANYONE.test(view.tokens.slice(cue.end, k).map((t) => t.lower).join(" "))) end = k;
    if (end < 0) continue;
    const after = view.tokens.slice(end, end + 5).map((t) => t.lower).join(" ");
    const stop = STOP.exec(after);
    if (!stop) continue;
    // The threats the verb governs, to the end of the clause (", and to walk away from its … path of X").
    let k = end;
    while (k < view.tokens.length && view.tokens[k]?.text !== ";") k++;
    const threats = view.items.filter((i) => i.entity.type === "Threat" && i.start >= end && i.start < k);
    const words = `${cue.text} … ${stop[0].replace(/^to\s+/, "").replace(/["\u201c]/g, "").trim()}`;
    if (urged) for (const t of threats) emit(urged.entity, "POSES", t.entity, words);
    const speakers = subject(cue.start);
    for (const t of threats) for (const s of speakers) emit(s, "CONDEMNS", t.entity, words);
  }
}

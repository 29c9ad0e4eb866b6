/**
 * What the parties urge another actor to stop is that actor's doing: "called upon North Korea to refrain from
 * irresponsible provocations", "urged Russia to cease its attacks on …", "called on the PRC to halt its coercion".
 */
import { withAnchors } from "../view/anchors.ts";
import type { Claim } from "../view/context.ts";
import type { DocEntity } from "../../entities/entities.ts";
import type { SentenceView } from "../view/view.ts";

type Emit = (source: DocEntity | undefined, type: Claim["type"], target: DocEntity | undefined, cue: string) => void;

/** "called upon X to refrain from", "urged X to cease", "demanded that X stop". */
const URGED_TO = /\b(?:urged|urges|called (?:up)?on|calls (?:up)?on|pressed|demanded that)\b/g;
const STOP = /^(?:to )?(?:["\u201c] )?(?:immediately |fully |permanently )?(?:refrain from|cease|stop|halt|end|abandon|desist from|walk away from|renounce|withdraw)\b/;

/** Anchor words: a sentence without any of them is not searched. */
const URGED_ANCHORS = ["urge", "call", "press", "demand"];

export function demandClaims(view: SentenceView, emit: Emit): void {
  for (const cue of withAnchors(view, URGED_TO, URGED_ANCHORS)) {
    const urged = view.items.find((i) => i.entity.type === "Actor" && i.entity.kind !== "person" && (i.start === cue.end || (i.start === cue.end + 1 && view.tokens[cue.end]?.lower === "the")));
    if (!urged) continue;
    const after = view.tokens.slice(urged.end, urged.end + 5).map((t) => t.lower).join(" ");
    const stop = STOP.exec(after);
    if (!stop) continue;
    // The threats the verb governs, to the end of the clause (", and to walk away from its … path of X").
    let k = urged.end;
    while (k < view.tokens.length && view.tokens[k]?.text !== ";") k++;
    const threats = view.items.filter((i) => i.entity.type === "Threat" && i.start >= urged.end && i.start < k);
    for (const t of threats) emit(urged.entity, "POSES", t.entity, `${cue.text} … ${stop[0].replace(/^to\s+/, "").replace(/["\u201c]/g, "").trim()}`);
  }
}

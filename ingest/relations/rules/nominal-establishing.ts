/**
 * Establishing said with a noun after a verb of deciding: "announced the creation of the Harbour Committee", "agreed on
 * the establishment of a Joint Working Group". The subject that decides makes what is named (ESTABLISHES), as with
 * "agreed to establish" (relations.ts, ESTABLISH); a welcomed establishment is not read (its maker may be another).
 */
import { withAnchors } from "../view/anchors.ts";
import type { Emit } from "../view/context.ts";
import type { DocEntity } from "../../entities/entities.ts";
import { coordinatedFrom } from "../phrases/coordinated.ts";
import { itemAt, type Item, type SentenceView } from "../view/view.ts";

const ESTABLISHMENT_OF =
  /\b(?:announced|announce|agreed (?:on|upon|to)|agree (?:on|upon|to)|decided (?:on|upon)|approved|endorsed) the (?:(?:early|formal|official|joint) )?(?:establishment|creation|formation|inauguration|setting up|standing up) of (?:the |a |an |a new |their |our )?/g;
const ANCHORS: readonly string[] = ["establishment of", "creation of", "formation of", "inauguration of", "setting up of", "standing up of"];

const isMade = (i: Item) => (i.entity.type === "Body" || i.entity.type === "Agreement") && !i.threat;

export function nominalEstablishingClaims(view: SentenceView, subject: (at: number) => DocEntity[], emit: Emit): void {
  for (const cue of withAnchors(view, ESTABLISHMENT_OF, ANCHORS)) {
    const made = itemAt(view, cue.end, isMade);
    if (!made) continue;
    for (const m of coordinatedFrom(view, made).filter(isMade)) for (const s of subject(cue.start)) emit(s, "ESTABLISHES", m.entity, cue.text.trim());
  }
}

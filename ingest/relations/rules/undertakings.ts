/**
 * Undertakings stated by the doer of an act on an agreement or by what guides the parties: "will continue to
 * enforce the UNSC sanctions", "enforcement of the Armistice Agreement by the UNC" (without "by", the subject's own:
 * "agreed to continue enforcement of …"), the same act in the passive of a "that" clause ("agreed that the sanctions
 * will continue to be enforced", "to ensure that the resolutions are fully implemented"), "A, B and C, guided by the
 * outcomes of the Camp David Summit", "respect for international law, including the UN Charter".
 */
import type { Emit } from "../view/context.ts";
import { withAnchors } from "../view/anchors.ts";
import type { DocEntity } from "../../entities/entities.ts";
import { namedList } from "./partners.ts";
import { findCues, URGED } from "../view/cues.ts";
import { itemAt, type Item, type SentenceView } from "../view/view.ts";

/** "enforce", "to fully implement and enforce", "enforcing". */
const ENFORCE = /\b(?:enforce|enforces|enforcing|enforced)\b(?: (?:the|all|relevant|existing|their|its))?/g;
/** "enforcement (and management) of X by Y", "enforcement of all relevant X". */
const ENFORCEMENT_OF = /\benforcement (?:and [a-z]+ )?of(?: (?:the|all|relevant|existing|their|its))*\b/g;
/** "(will continue to) be enforced", "are fully implemented": the passive of the act, its agreement before it. */
const ENFORCED_PASSIVE = /\b(?:be|been|are|is) (?:(?:fully|strictly|effectively|faithfully|rigorously|thoroughly) )?(?:enforced|implemented)\b/g;
/** How far the passive may stand from the "that" opening its clause ("that X, which impose …, are implemented"). */
const THAT_WINDOW = 16;
/** "with respect for international law, including the UN Charter": the named instruments of the law they respect. */
const RESPECT_INCLUDING = /\b(?:respect for|adherence to|compliance with|commitment to|upholding|uphold) (?:the )?(?:[a-z-]+ ){0,3}(?:law|order|norms|principles|rules|obligations)(?: ,)? (?:including|such as|notably|in particular) (?:the )?/g;
/** "guided by (the outcomes of) X". */
const GUIDED_BY = /\bguided by (?:the )?(?:(?:outcomes?|results?|spirit|principles|vision|commitments) of )?(?:the )?/g;

const isAgreement = (i: Item) => i.entity.type === "Agreement";
const isActorItem = (i: Item) => i.entity.type === "Actor";

/** Whether a demand ("urged", "called on") stands before token `at`: what others are asked to do is not the subject's act. */
function demandedBefore(view: SentenceView, at: number): boolean {
  return findCues(view, URGED).some((u) => u.end <= at);
}

/**
 * "agreed that the UNSC sanctions will continue to be enforced": the agreement opening the "that" clause whose verb is
 * the passive at `cue`, with the token of "that" (its reporter is the subject of the verb before it).
 */
function passiveObject(view: SentenceView, cue: number): { that: number; agreement: Item } | undefined {
  for (let k = cue - 1; k >= 0 && cue - k <= THAT_WINDOW; k--) {
    const t = view.tokens[k];
    if (!t || t.text === ";" || t.text === ":") return undefined;
    if (t.lower !== "that") continue;
    const at = view.tokens[k + 1]?.lower === "the" ? k + 2 : k + 1;
    const agreement = itemAt(view, at, (i) => isAgreement(i) && !i.threat);
    // "that the Harbour Treaty …", not "that impose sanctions" (a relative "that" after the agreement: go on back).
    if (agreement) return agreement.end <= cue ? { that: k, agreement } : undefined;
  }
  return undefined;
}

/** The actors listed right before `at`: "the United States, Japan, and the ROK, guided by …". */
function actorsBefore(view: SentenceView, at: number): DocEntity[] {
  const out: DocEntity[] = [];
  let k = at - 1;
  while (k >= 0) {
    const item = view.items.find((i) => i.end === k + 1 && isActorItem(i) && !i.threat);
    if (item) {
      out.unshift(item.entity);
      k = item.start - 1;
      continue;
    }
    if (/^(?:,|and|the)$/.test(view.tokens[k]?.lower ?? "")) {
      k--;
      continue;
    }
    break;
  }
  return [...new Set(out)];
}

export function undertakingClaims(view: SentenceView, subject: (at: number) => DocEntity[], emit: Emit): void {
  for (const cue of withAnchors(view, ENFORCE, ["enforc"])) {
    const agreements = namedList(view, cue.end, isAgreement);
    for (const s of subject(cue.start)) for (const a of agreements) emit(s, "COMMITS_TO", a.entity, cue.text);
  }
  for (const cue of withAnchors(view, ENFORCEMENT_OF, ["enforcement"])) {
    const agreement = namedList(view, cue.end, isAgreement)[0];
    if (!agreement) continue;
    // "… of the Armistice Agreement by the United Nations Command".
    const by = view.tokens[agreement.end]?.lower === "by" ? agreement.end + 1 : -1;
    const enforcer = by > 0 ? namedList(view, by, isActorItem)[0] : undefined;
    if (enforcer) emit(enforcer.entity, "COMMITS_TO", agreement.entity, `${cue.text} … by`);
    // "They agreed to continue enforcement of all relevant resolutions": the subject enforces them.
    else if (by < 0 && !demandedBefore(view, cue.start)) for (const s of subject(cue.start)) emit(s, "COMMITS_TO", agreement.entity, cue.text);
  }
  for (const cue of withAnchors(view, ENFORCED_PASSIVE, ["enforced", "implemented"])) {
    const found = passiveObject(view, cue.start);
    if (!found || demandedBefore(view, found.that)) continue;
    // "… has been implemented by the United Nations Command": the agent named after "by" is the one who acts.
    const agents = view.tokens[cue.end]?.lower === "by" ? namedList(view, cue.end + 1, isActorItem) : [];
    if (agents.length) for (const a of agents) emit(a.entity, "COMMITS_TO", found.agreement.entity, `${cue.text} by`);
    else for (const s of subject(found.that)) emit(s, "COMMITS_TO", found.agreement.entity, `that … ${cue.text}`);
  }
  for (const cue of withAnchors(view, RESPECT_INCLUDING, ["including", "such as", "notably", "particular"])) {
    const agreements = namedList(view, cue.end, isAgreement);
    for (const s of subject(cue.start)) for (const a of agreements) emit(s, "COMMITS_TO", a.entity, cue.text);
  }
  for (const cue of withAnchors(view, GUIDED_BY, ["guided"])) {
    const guide = namedList(view, cue.end, (i) => i.entity.type === "Agreement" || i.entity.type === "Body")[0];
    if (!guide) continue;
    const actors = view.tokens[cue.start - 1]?.text === "," ? actorsBefore(view, cue.start - 1) : [];
    for (const a of actors.length ? actors : subject(cue.start)) emit(a, guide.entity.type === "Body" ? "PARTICIPATES_IN" : "COMMITS_TO", guide.entity, cue.text);
  }
}

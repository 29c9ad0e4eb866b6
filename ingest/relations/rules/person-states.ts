/**
 * A person's state written out as "of" the state: "Minister Ana Roe of the Republic of Chile", "the Minister for
 * Foreign Affairs of Chile, Ana Roe". The text states the person's membership (MEMBER_OF), not just a qualifier.
 */
import type { RelationContext, Emit } from "../view/context.ts";
import type { DocEntity } from "../../entities/entities.ts";
import { clauseStart } from "../subjects/subjects.ts";
import { itemAt, itemsIn, wordsOf, type Cue, type SentenceView } from "../view/view.ts";

/** Whether the office ends "of" the state: "Minister for Foreign Affairs of Japan", "… of the Republic of Korea". */
function officeOf(title: string, state: DocEntity): boolean {
  return [state.name, ...state.forms].some((f) => title.endsWith(` of ${f}`) || title.endsWith(` of the ${f}`));
}

export function personStateClaims(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  for (const item of view.items) {
    if (item.entity.kind !== "person") continue;
    // "Ana Roe of the Republic of Chile": the state right after the name.
    const at = view.tokens[item.end]?.lower === "of" ? (view.tokens[item.end + 1]?.lower === "the" ? item.end + 2 : item.end + 1) : -1;
    const after = at < 0 ? undefined : itemAt(view, at, (i) => i.entity.kind === "state");
    if (after) {
      emit(item.entity, "MEMBER_OF", after.entity, wordsOf(view, item.start, after.end));
      continue;
    }
    // "the Minister for Foreign Affairs of Japan, Ana Roe": the state the office is of, written before the name.
    const title = item.mention?.title;
    if (!title || !item.mention?.forms.some((f) => f.includes(`${title}, `))) continue;
    const state = ctx.stateOf(item.entity);
    if (state?.kind === "state" && officeOf(title, state)) emit(item.entity, "MEMBER_OF", state, `${title}, ${item.entity.name}`);
  }
}

/** "… and Ana Roe, Director General, Chile Ministry of Defense, led their respective delegations": a semicolon list of principals. */
const LIST_END = /^(?:;|and)$/;

/**
 * "A, B and C led their respective delegations": each person leads their own state's delegation; "… represented their
 * respective countries": each is a member of their own. The people are the
 * clause's, or every item's of a semicolon list that ends in the clause ("A, office, ministry; B, …; and C, …, led");
 * a person's own is their state, else the organisation written after their office in their item.
 */
export function respectiveLeads(view: SentenceView, cue: Cue, ctx: RelationContext, emit: Emit): void {
  let from = clauseStart(view, cue.start);
  if (from > 0 && LIST_END.test(view.tokens[from - 1]?.text ?? "")) from = 0;
  const people = itemsIn(view, from, cue.start, (i) => i.entity.kind === "person");
  people.forEach((p, n) => {
    const next = people[n + 1]?.start ?? cue.start;
    const own = ctx.stateOf(p.entity) ?? view.items.find((i) => i.start > p.end && i.start < next && i.entity.type === "Actor" && (i.entity.kind === "organization" || i.entity.kind === "state") && !view.tokens.slice(p.end, i.start).some((t) => t.text === ";"))?.entity;
    // Leading a delegation leads the state's; representing one's country is acting as its member.
    if (own && own !== p.entity) emit(p.entity, /^represented/i.test(cue.text) ? "MEMBER_OF" : "LEADS", own, cue.text);
  });
}

/**
 * States named by their adjectives before a plural office: "Australian and Indonesian Foreign and Defence Ministers
 * met …", "the U.S., Japanese, and ROK delegations …", "Senior Canadian and New Zealand officials …". Such a subject
 * speaks for each of the states. The one rule for it: `subjectOf` and the "met for" rule both ask it.
 */
import type { RelationContext } from "../view/context.ts";
import type { DocEntity } from "../../entities/entities.ts";
import { itemAt, type SentenceView } from "../view/view.ts";

/** Plural nouns for the principals or organs of several states. */
const PLURAL_OFFICE = /^(?:ministers|leaders|officials|secretaries|delegations|representatives|chiefs|governments|delegates|envoys|counterparts)$/;

/** Words an office may carry between the adjectives and its noun, in lower case: "foreign and defence ministers". */
const OFFICE_WORD = /^(?:and|of|foreign|defen[cs]e|trade|prime|vice|deputy|senior)$/;

/** Ranks that may open such a subject before the adjectives. */
const RANK = /^(?:senior|high-level|top|visiting)$/;

/** "5", ".", "(", ")": a paragraph number before the subject. */
const MARKER = /^(?:\d{1,3}|\.|\(|\))$/;

/**
 * The states whose adjectives (two or more, capitalised, one or two words each, joined by commas and "and") open
 * the subject that starts at token `start` and whose plural office follows them before token `at`. Only office
 * words (capitalised, or "foreign", "defence", "and", …) may stand between the adjectives and the office's noun.
 * Returns nothing when the subject opens otherwise or names a single state ("Canadian officials").
 */
export function statesOfOffices(view: SentenceView, start: number, at: number, ctx: RelationContext): DocEntity[] {
  let k = start;
  while (k < at && MARKER.test(view.tokens[k]?.text ?? "")) k++;
  if (view.tokens[k]?.lower === "the") k++;
  // "Senior Canadian and Fijian officials": a rank before the adjectives.
  while (RANK.test(view.tokens[k]?.lower ?? "")) k++;
  const states: DocEntity[] = [];
  while (k < at) {
    const two = view.tokens[k + 1] ? ctx.stateByWord(`${view.tokens[k]?.text ?? ""} ${view.tokens[k + 1]?.text ?? ""}`) : undefined;
    // "Senior Canadian and EU officials": a union of states that is one of the parties, by its name.
    const union = two ? undefined : itemAt(view, k, (i) => i.entity.type === "Actor" && i.entity.kind === "organization" && ctx.parties.includes(i.entity));
    const state = two ?? ctx.stateByWord(view.tokens[k]?.text ?? "") ?? union?.entity;
    if (!state || !view.tokens[k]?.cap) break;
    states.push(state);
    k = union && state === union.entity ? union.end : k + (two ? 2 : 1);
    if (view.tokens[k]?.text === ",") k++;
    if (view.tokens[k]?.lower === "and") k++;
  }
  if (states.length < 2) return [];
  for (; k < at; k++) {
    const t = view.tokens[k];
    if (!t) return [];
    if (PLURAL_OFFICE.test(t.lower)) return [...new Set(states)];
    if (!(t.cap || OFFICE_WORD.test(t.lower))) return [];
  }
  return [];
}

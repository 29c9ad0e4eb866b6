/**
 * Fronted phrases: "Guided by the Treaty, Ministers met …", "In line with the Declaration, the two sides …",
 * "As two democracies, the Ministers reaffirmed …". A cue inside a phrase that opens the sentence has no subject
 * before it; its subject is the main clause's, after the comma that closes the phrase.
 */
import type { RelationContext } from "../view/context.ts";
import type { DocEntity } from "../../entities/entities.ts";
import { PARTY_EXPRESSION } from "../../entities/references.ts";
import { itemAt, type SentenceView } from "../view/view.ts";

/** Words that may stand in a subject before its verb: articles, numbers, "and", state adjectives' offices. */
const SUBJECT_WORDS = /^(?:the|both|two|three|four|and|,|of|for)$/;
/** "5 .", "3 -", "(a)": a paragraph number before the phrase. */
const MARKER = /^(?:\d{1,3}|[.()-]|[a-z]|[ivx]{1,5})$/;

/** Whether only a paragraph number stands before token `at` in its sentence. */
export function opensSentence(view: SentenceView, at: number): boolean {
  for (let k = 0; k < at; k++) if (!MARKER.test(view.tokens[k]?.lower ?? "")) return false;
  return true;
}

/**
 * The subject of the main clause after the fronted phrase holding token `at`: the parties for "the Ministers",
 * "both sides", "we", or the actors named before the main verb. Empty when the phrase does not open the sentence
 * or no comma closes it within 40 tokens.
 */
export function frontedSubject(view: SentenceView, at: number, ctx: RelationContext): DocEntity[] {
  if (!opensSentence(view, Math.max(0, at - 1)) && !opensSentence(view, at)) return [];
  let comma = -1;
  for (let k = at; k < view.tokens.length && k < at + 40; k++) {
    if (view.tokens[k]?.text === ",") {
      // A comma inside a list of names ("the A, the B and C") does not close the phrase.
      const next = view.tokens[k + 1]?.lower ?? "";
      if (PARTY_EXPRESSION.test(view.tokens.slice(k + 1, k + 6).map((t) => t.lower).join(" ")) || view.items.some((i) => i.start === k + 1 && i.entity.type === "Actor") || (next === "the" && view.items.some((i) => i.start === k + 2 && i.entity.type === "Actor"))) {
        comma = k;
        break;
      }
    }
  }
  if (comma < 0) return [];
  const from = comma + 1;
  if (PARTY_EXPRESSION.test(view.tokens.slice(from, from + 6).map((t) => t.lower).join(" "))) return ctx.parties;
  const out: DocEntity[] = [];
  for (let k = from; k < view.tokens.length; k++) {
    const item = itemAt(view, k);
    if (item) {
      if (item.entity.type !== "Actor" || item.threat) break;
      out.push(item.entity.kind === "person" ? (ctx.stateOf(item.entity) ?? item.entity) : item.entity);
      k = item.end - 1;
      continue;
    }
    const t = view.tokens[k];
    if (t && (SUBJECT_WORDS.test(t.lower) || t.cap)) continue;
    break;
  }
  return [...new Set(out)];
}

/**
 * A grouping's member states written right after its name: "the Quad (A, B, C, and D)", "the Harbour Group, which
 * comprises A, B and C", and between dashes, "the Defence Ministers of the Northern Shield Force (NSF) – comprising
 * A, B and C – met …", "The Foreign Ministers of the Harbour Eight - A, B, … and H - condemn …". The states listed
 * are its members and, where the grouping stands in a clause's subject, whom that subject names.
 */
import type { DocEntity } from "../../entities/entities.ts";
import { type SentenceView } from "../view/view.ts";
import { actorList } from "./actor-lists.ts";

/** A grouping of states: a group, an alliance, or an organisation that belongs to no one state (a union of states). */
export const isStatesGrouping = (e: DocEntity) =>
  e.type === "Actor" && (e.kind === "group" || e.kind === "alliance" || (e.kind === "organization" && e.states.size === 0));

/** ", which comprises", ", comprising": words that open a members list after a comma. */
const MEMBERS_INTRO = /^, (?:which (?:comprises|consists of|includes|is made up of|is composed of)|comprising|consisting of)$/;
/** "– comprising", "- namely": words that may open a members list after a dash. */
const DASH_INTRO = /^(?:comprising|consisting of|namely|including)$/;
const DASH = /^[–—-]$/;

/**
 * The member states listed right after the grouping name ending at token `at` (two or more, nothing but states),
 * past its acronym in brackets when a dash follows it; and the token after the list's closing bracket or dash.
 */
export function appositiveMembers(view: SentenceView, at: number): { members: DocEntity[]; end: number } | undefined {
  let k = at;
  // "the Northern Shield Force (NSF) – comprising …": the acronym in brackets, then the list between dashes.
  if (view.tokens[k]?.text === "(" && view.tokens[k + 2]?.text === ")" && DASH.test(view.tokens[k + 3]?.text ?? "")) k += 3;
  const open = view.tokens[k]?.text ?? "";
  const bracket = open === "(";
  const dash = DASH.test(open);
  const words = (from: number, n: number) => view.tokens.slice(from, from + n).map((t) => t.lower).join(" ");
  let from = bracket || dash ? k + 1 : -1;
  // "– comprising A, B and C –": the words that open the list after its dash.
  if (dash) from += [2, 1].find((n) => DASH_INTRO.test(words(from, n))) ?? 0;
  for (let n = 2; n <= 5 && from < 0; n++) if (MEMBERS_INTRO.test(words(k, n))) from = k + n;
  if (from < 0) return undefined;
  const members = actorList(view, from).map((i) => i.entity);
  const last = members[members.length - 1];
  if (members.length < 2 || !last || members.some((m) => m.kind !== "state")) return undefined;
  const lastItem = [...view.items].reverse().find((i) => i.entity === last && i.start >= from);
  if (!lastItem) return undefined;
  // The bracket closes right after the list, and a dash closes it with another dash.
  const close = view.tokens[lastItem.end]?.text;
  if ((bracket && close !== ")") || (dash && close !== open)) return undefined;
  return { members: [...new Set(members)], end: lastItem.end + (bracket || dash ? 1 : 0) };
}

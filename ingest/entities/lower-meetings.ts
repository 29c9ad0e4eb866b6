/**
 * A meeting named in lower case after the verb that convenes it: "hosted X and Y for a trilateral meeting", "held a
 * defense ministerial meeting". Its kind words and head noun make it a name (a Body).
 */
import { MEETING_NOUNS } from "./heads.ts";
import { PRIORITY, slice, type Mention } from "./names.ts";
import type { Token } from "../text/tokens.ts";

/** Verbs that convene a meeting, before "(X and Y) for a … meeting" or "a … meeting". */
const CONVENING: ReadonlySet<string> = new Set(["hosted", "co-hosted", "held", "convened", "met", "gathered", "welcomed", "received"]);
/** Words that say what kind of meeting it is: "a trilateral meeting", "a defense ministerial meeting". */
const MEETING_KIND = new Set([
  "bilateral", "trilateral", "quadrilateral", "multilateral", "ministerial", "defense", "defence", "military", "security",
  "strategic", "foreign", "leaders", "high-level", "senior-level", "working-level", "summit", "virtual", "policy",
]);

/** "for a trilateral meeting", "held a defense ministerial meeting": a meeting named in lower case by its kind. */
export function meetingMentions(sentence: string, tokens: readonly Token[]): Mention[] {
  const out: Mention[] = [];
  for (let v = 0; v < tokens.length; v++) {
    // A set, not a pattern: asked of every token.
    if (!CONVENING.has(tokens[v]?.lower ?? "")) continue;
    // The article opens the meeting's name right after the verb, or after "for" within the next few words.
    let k = v + 1;
    if (!/^(?:a|an)$/.test(tokens[k]?.lower ?? "")) {
      const at = tokens.findIndex((t, i) => i > v && i <= v + 30 && t.lower === "for" && /^(?:a|an)$/.test(tokens[i + 1]?.lower ?? ""));
      if (at < 0) continue;
      k = at + 1;
    }
    const start = k + 1;
    let e = start;
    while (e < tokens.length && e - start < 3 && MEETING_KIND.has(tokens[e]?.lower ?? "") && !tokens[e]?.cap) e++;
    if (e === start || !MEETING_NOUNS.has(tokens[e]?.lower ?? "") || tokens[e + 1]?.lower === "of") continue;
    const name = slice(sentence, tokens, start, e + 1);
    out.push({ start, end: e + 1, role: "entity", type: "Body", name, forms: [name], priority: PRIORITY.chunk, states: [] });
    v = e;
  }
  return out;
}

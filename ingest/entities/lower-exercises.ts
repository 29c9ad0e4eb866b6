/**
 * An exercise named in lower case by what it trains: "trilateral missile defense exercises", "anti-submarine warfare
 * drills", "combined field training exercises". Its kind words and head noun make it a name (an Exercise); words that
 * only say who takes part ("trilateral", "combined") are written forms of it, not its name.
 */
import { PRIORITY, slice, type Mention } from "./names.ts";
import type { Token } from "../text/tokens.ts";

const HEAD = new Set(["exercises", "exercise", "drills", "drill"]);
/** Words that say what an exercise trains: one of them makes the lower-case phrase a name. */
const TRAINS = new Set([
  "missile", "anti-submarine", "submarine", "anti-air", "interdiction", "field", "training", "amphibious", "live-fire", "rescue",
  "disaster", "humanitarian", "mine", "countermeasures", "counter-mine", "counterterrorism", "counter-terrorism", "counter-piracy",
  "cyber", "command-post", "tabletop", "table-top", "computer-simulated", "multi-domain", "ballistic", "warfare", "evacuation",
]);
/** Words that may stand among them without naming a kind of exercise on their own. */
const ALSO = new Set(["defense", "defence", "air", "maritime", "naval", "search", "and", "relief", "assistance", "special", "operations", "response"]);
/** Words that say who takes part or how often: kept in the written form, left out of the name. */
const SCOPE = new Set(["bilateral", "trilateral", "multilateral", "combined", "joint", "regular", "annual", "large-scale"]);
/** Most words before the head. */
const MOST = 6;

/** "conduct trilateral missile defense exercises": the lower-case exercises a sentence names by what they train. */
export function exerciseMentions(sentence: string, tokens: readonly Token[]): Mention[] {
  const out: Mention[] = [];
  for (let h = 1; h < tokens.length; h++) {
    const head = tokens[h];
    // A set, not a pattern: asked of every token. "the exercise of its rights" is no drill.
    if (!head || head.cap || !HEAD.has(head.lower) || tokens[h + 1]?.lower === "of") continue;
    let s = h;
    let trains = false;
    while (s > 0 && h - s < MOST) {
      const t = tokens[s - 1];
      if (!t?.word || t.cap) break;
      if (TRAINS.has(t.lower)) trains = true;
      else if (!ALSO.has(t.lower)) break;
      s--;
    }
    // "and" joins kinds inside the name, never opens it.
    while (s < h && tokens[s]?.lower === "and") s++;
    if (!trains || s === h) continue;
    let from = s;
    while (from > 0 && h - from < MOST + 2 && SCOPE.has(tokens[from - 1]?.lower ?? "") && !tokens[from - 1]?.cap) from--;
    const name = slice(sentence, tokens, s, h + 1);
    const written = slice(sentence, tokens, from, h + 1);
    out.push({ start: from, end: h + 1, role: "entity", type: "Exercise", name, forms: [...new Set([name, written])], priority: PRIORITY.chunk, states: [] });
  }
  return out;
}

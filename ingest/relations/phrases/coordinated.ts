/** Names coordinated after a first one: "for a Coast Guard Chiefs' Meeting and a Fisheries Ministers' Meeting". */
import { itemAt, type Item, type SentenceView } from "../view/view.ts";

/** Glue between coordinated names: a comma, "and", "as well as", an article. */
const GLUE = /^(?:,|and|as|well|the|a|an)$/;

/** The first item and every item of the same type coordinated right after it. */
export function coordinatedFrom(view: SentenceView, first: Item): Item[] {
  const out = [first];
  let k = first.end;
  let glued = false;
  while (k < view.tokens.length) {
    const next = itemAt(view, k, (i) => !i.threat);
    if (next) {
      if (!glued || next.entity.type !== first.entity.type) break;
      out.push(next);
      k = next.end;
      glued = false;
      continue;
    }
    if (!GLUE.test(view.tokens[k]?.lower ?? "")) break;
    glued = true;
    k++;
  }
  return out;
}

/** Words joining threats the same cue governs: "A, including B", "A as well as B", "A and B". */
const THREAT_GLUE = /^(?:,|and|or|as|well|including|especially|notably|particularly|the|its|their)$/;
/** How many joining words may stand between two threats of one list. */
const GLUE_WINDOW = 4;

/** The threat and the threats coordinated after it: "sanctions evasion, including cyber theft, and …", "A as well as B". */
export function coordinatedThreats(view: SentenceView, first: Item): Item[] {
  const out = [first];
  let k = first.end;
  // "A, including B; C; and D": once "including" opens a list of examples, semicolons may separate them (items with commas).
  let listed = false;
  for (;;) {
    let j = k;
    while (j < view.tokens.length && j - k < GLUE_WINDOW && (THREAT_GLUE.test(view.tokens[j]?.lower ?? "") || (listed && view.tokens[j]?.text === ";"))) {
      if (view.tokens[j]?.lower === "including") listed = true;
      j++;
    }
    const next = j > k ? view.items.find((i) => i.start === j && i.entity.type === "Threat") : undefined;
    if (!next) return out;
    out.push(next);
    k = next.end;
  }
}

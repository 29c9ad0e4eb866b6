/** Lists of actors in a sentence: "the ROK and the United States", "Russia and the DPRK". */
import { itemAt, type Item, type SentenceView } from "../view/view.ts";

/** Actors listed from `from`: "the ROK and the United States", "Russia and the DPRK". */
export function actorList(view: SentenceView, from: number): Item[] {
  const out: Item[] = [];
  let k = from;
  while (k < view.tokens.length) {
    const item = itemAt(view, k, (i) => i.entity.type === "Actor");
    if (item) {
      out.push(item);
      k = item.end;
      continue;
    }
    const lower = view.tokens[k]?.lower;
    if (lower === "the" || lower === "and" || lower === "," || lower === "both") {
      k++;
      continue;
    }
    break;
  }
  return out;
}

/** Actors listed backwards from a possessive at `possessive`: "Russia and the DPRK('s)". */
export function actorListBackward(view: SentenceView, possessive: number): Item[] {
  const out: Item[] = [];
  let k = possessive;
  for (;;) {
    const item = view.items.find((i) => i.end === k && i.entity.type === "Actor");
    if (!item) break;
    out.unshift(item);
    k = item.start;
    const lower = view.tokens[k - 1]?.lower;
    if (lower === "and" || lower === ",") k--;
    else break;
  }
  return out;
}

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

/** The sentence view's lookup of the item starting at a token, with and without a test the item must pass. */
import { describe, expect, it } from "vitest";
import type { DocEntity } from "../../ingest/entities/entities.ts";
import { splitSentences } from "../../ingest/text/sentences.ts";
import { tokenize } from "../../ingest/text/tokens.ts";
import { itemAt, makeView, type Item } from "../../ingest/relations/view/view.ts";

const entity = (local: number, type: DocEntity["type"], name: string): DocEntity => ({
  local,
  type,
  name,
  forms: new Set([name]),
  states: new Set(),
  sentences: new Set([0]),
  idSeed: name,
});

function viewOf(text: string, items: Item[]) {
  const [sentence] = splitSentences(text);
  if (!sentence) throw new Error("no sentence");
  return makeView(sentence, tokenize(sentence.text), items);
}

describe("the item starting at a token", () => {
  const text = "The Harbour Council of Valdora met today.";
  const council = { start: 1, end: 3, entity: entity(0, "Body", "Harbour Council") };
  const longer = { start: 1, end: 5, entity: entity(1, "Actor", "Harbour Council of Valdora") };
  const state = { start: 4, end: 5, entity: entity(2, "Actor", "Valdora") };
  const cases: [string, number, ((i: Item) => boolean) | undefined, string | undefined][] = [
    ["gives the longest item at a start when nothing is asked of it", 1, undefined, "Harbour Council of Valdora"],
    ["gives a shorter item at the same start when the longest fails the test", 1, (i) => i.entity.type === "Body", "Harbour Council"],
    ["gives nothing when no item at the start passes the test", 1, (i) => i.entity.type === "Threat", undefined],
    ["does not run on into the items of a later start", 1, (i) => i.entity.name === "Valdora", undefined],
    ["gives nothing at a token where no item starts", 2, undefined, undefined],
    ["gives nothing before the first token", -1, undefined, undefined],
    ["finds the last item of the sentence", 4, (i) => i.entity.type === "Actor", "Valdora"],
  ];
  it.each(cases)("%s", (_name, at, accept, expected) => {
    // Items in any order: the view orders them by start, longest first, as the extractor's are.
    const view = viewOf(text, [state, council, longer]);
    expect(itemAt(view, at, accept)?.entity.name).toBe(expected);
    // The same answer as the linear search it replaces.
    expect(itemAt(view, at, accept)).toBe(view.items.find((i) => i.start === at && (!accept || accept(i))));
  });
});

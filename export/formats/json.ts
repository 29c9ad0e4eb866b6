/** JSON: graphology's serialisation of the subgraph (keys sorted, so the same graph gives the same bytes;
 * compact, like the store, so big selections stay fast). */
import { serializeGraph, type BriefGraph } from "../../graph/model.ts";

/** How the serialisation of a graph without nodes ends; the elements go into these two lists. */
const EMPTY_LISTS = '"nodes":[],"edges":[]}';

/** Elements per JSON.stringify call: few calls, and no element wrapper outlives its chunk. */
const CHUNK = 1000;

interface Keyed {
  key: string;
}

const byKey = (a: Keyed, b: Keyed): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Writes the elements `visit` yields (in graph order) into `out` as serializeGraph orders them, by key, comma-
 * separated and without the brackets. A selection comes in key order already (selectSubgraph builds it so):
 * then the chunks go out as they fill, with no sort. Out of order, everything is collected and sorted first.
 */
function writeSorted<T extends Keyed>(out: string[], visit: (push: (element: T) => void) => void): void {
  const start = out.length;
  let chunk: T[] = [];
  let sorted = true;
  let previous: string | undefined;
  const flush = (): void => {
    if (chunk.length === 0) return;
    const text = JSON.stringify(chunk);
    out.push(out.length > start ? `,${text.slice(1, -1)}` : text.slice(1, -1));
    chunk = [];
  };
  visit((element) => {
    if (!sorted) return;
    if (previous !== undefined && !(previous < element.key)) sorted = false;
    previous = element.key;
    chunk.push(element);
    if (chunk.length === CHUNK) flush();
  });
  if (!sorted) {
    out.length = start;
    const all: T[] = [];
    visit((element) => all.push(element));
    chunk = all.sort(byKey);
  }
  flush();
}

export function toJSON(graph: BriefGraph): string {
  const envelope = JSON.stringify(serializeGraph(graph.nullCopy()));
  // Should the model's serialisation change shape, take the plain way rather than guess.
  if (!envelope.endsWith(EMPTY_LISTS)) return `${JSON.stringify(serializeGraph(graph))}\n`;
  const out = [`${envelope.slice(0, -EMPTY_LISTS.length)}"nodes":[`];
  writeSorted<Keyed & { attributes: unknown }>(out, (push) => graph.forEachNode((key, attributes) => push({ key, attributes })));
  out.push('],"edges":[');
  writeSorted<Keyed & { source: string; target: string; attributes: unknown }>(out, (push) =>
    graph.forEachEdge((key, attributes, source, target) => push({ key, source, target, attributes })),
  );
  out.push("]}\n");
  return out.join("");
}

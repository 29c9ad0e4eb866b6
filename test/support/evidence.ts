/**
 * Checks used by tests: does an evidence sentence name an endpoint — by a form of its name, by a reference
 * the extractor resolves ("both sides", "the Secretary and the Minister", "its"; the rule is ingest/entities/references.ts,
 * not restated here), or by someone who stands
 * for it (a person who leads it or belongs to it, an organisation of that state)?
 */
import type { BriefGraph } from "../../graph/index.ts";
import { normalizeNameInText } from "../../graph/index.ts";
import { defaultLexicon, refersBack, refersToParties } from "../../ingest/index.ts";

function normalize(text: string): string {
  return normalizeNameInText(text);
}

/** A state's adjectives in the bundled lexicon ("Canadian", "Japanese"): naming the state as the text does ("Canadian and Japanese Ministers"). */
const ADJECTIVES = new Map<string, string[]>();
for (const [adjective, entry] of defaultLexicon().stateByAdjective) ADJECTIVES.set(entry.name, [...(ADJECTIVES.get(entry.name) ?? []), adjective]);

function namesNode(graph: BriefGraph, node: string, haystack: string): boolean {
  const attributes = graph.getNodeAttributes(node);
  const adjectives = attributes.type === "Actor" && attributes.kind === "state" ? (ADJECTIVES.get(attributes.name) ?? []) : [];
  const forms = attributes.type === "Statement" ? [attributes.name] : [attributes.name, ...attributes.aliases, ...adjectives];
  return forms.some((f) => normalize(f) !== "" && haystack.includes(` ${normalize(f)} `));
}

export function sentenceNames(graph: BriefGraph, node: string, text: string): boolean {
  const haystack = ` ${normalize(text)} `;
  if (namesNode(graph, node, haystack)) return true;
  // The extractor's own rule of which words stand for the parties or refer back (ingest/entities/references.ts).
  if (refersToParties(text) || refersBack(text)) return true;
  // Someone who stands for the endpoint: its delegation head, a member person or organisation.
  return graph.inEdges(node).some((edge) => {
    const type = graph.getEdgeAttribute(edge, "type");
    return (type === "LEADS" || type === "MEMBER_OF") && namesNode(graph, graph.source(edge), haystack);
  });
}

/**
 * The relation evidence of `graph` whose sentence does not name both endpoints (nor words that stand for them),
 * as "edge key: sentence"; with `cueInSentence`, also evidence whose sentence lacks its cue's first phrase.
 */
export function ungroundedRelations(graph: BriefGraph, options: { cueInSentence?: boolean } = {}): string[] {
  const ungrounded: string[] = [];
  graph.forEachEdge((key, attributes, source, target) => {
    if (attributes.type === "MENTIONED_IN") return;
    for (const e of attributes.evidence) {
      const named = sentenceNames(graph, source, e.text) && sentenceNames(graph, target, e.text);
      const cued = !options.cueInSentence || e.text.includes(e.cue.split(" … ")[0] ?? e.cue);
      if (!named || !cued) ungrounded.push(`${key}: ${e.text}`);
    }
  });
  return ungrounded;
}

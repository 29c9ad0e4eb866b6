/**
 * Checks used by tests: does an evidence sentence name an endpoint — by a form of its name, by a reference
 * the extractor resolves ("both sides", "the Secretary and the Minister", "its"), or by someone who stands
 * for it (a person who leads it or belongs to it, an organisation of that state)?
 */
import type { BriefGraph } from "../../graph/index.ts";
import { normalizeNameInText } from "../../graph/index.ts";
import { PARTY_EXPRESSION } from "../../ingest/index.ts";

const REFERENCES = /\b(?:both sides|both delegations|both countries|the two (?:sides|delegations|countries|nations|ministers|leaders)|the three (?:sides|countries|ministers|leaders)|the (?:delegations|ministers|leaders|allies)|they|their|its|we|our|the \w+ side|this (?:meeting|exercise)|the (?:meeting|exercise)|these \w+|such \w+)\b/i;
const AGENTLESS = /\b(?:[Ii]t (?:was|is|has been) (?:\w+ )?\w+ed|(?:was|were|been) (?:\w+ly |also |further )?(?:condemned|denounced|deplored|expressed|voiced|raised|criticized|rejected|opposed|assessed|reviewed|noted|agreed|reaffirmed))\b/;
/** PARTY_EXPRESSION anywhere in a sentence, not only at its start. */
const PARTIES_ANYWHERE = new RegExp(PARTY_EXPRESSION.source.replace(/^\^/, "\\b"), "i");

function normalize(text: string): string {
  return normalizeNameInText(text);
}

function namesNode(graph: BriefGraph, node: string, haystack: string): boolean {
  const attributes = graph.getNodeAttributes(node);
  const forms = attributes.type === "Statement" ? [attributes.name] : [attributes.name, ...attributes.aliases];
  return forms.some((f) => normalize(f) !== "" && haystack.includes(` ${normalize(f)} `));
}

export function sentenceNames(graph: BriefGraph, node: string, text: string): boolean {
  const haystack = ` ${normalize(text)} `;
  if (namesNode(graph, node, haystack)) return true;
  // "The CHODs": principals named by a plural acronym; "It was agreed …", "… were denounced": agentless passives, the parties speaking.
  if (REFERENCES.test(text) || PARTIES_ANYWHERE.test(text.toLowerCase()) || /\b[Tt]he [A-Z]{2,}s\b/.test(text) || AGENTLESS.test(text)) return true;
  // Someone who stands for the endpoint: its delegation head, a member person or organisation.
  return graph.inEdges(node).some((edge) => {
    const type = graph.getEdgeAttribute(edge, "type");
    return (type === "LEADS" || type === "MEMBER_OF") && namesNode(graph, graph.source(edge), haystack);
  });
}

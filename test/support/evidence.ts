/** Checks used by tests: does an evidence sentence name an endpoint (by a form of its name, or by a reference to the parties)? */
import type { BriefGraph } from "../../graph/index.ts";
import { normalizeName } from "../../graph/index.ts";
import { PARTY_EXPRESSION } from "../../ingest/index.ts";

/** Coreferring words the extractor resolves: the parties ("both sides", "they") and pronouns ("its"). */
const REFERENCES = /\b(?:both sides|both delegations|both countries|the two (?:sides|delegations|countries|nations|ministers|leaders)|the three (?:sides|countries|ministers|leaders)|the (?:delegations|ministers|leaders|allies)|they|their|its|we|our|the \w+ side)\b/i;

export function sentenceNames(graph: BriefGraph, node: string, text: string): boolean {
  const attributes = graph.getNodeAttributes(node);
  const forms = attributes.type === "Statement" ? [attributes.name] : [attributes.name, ...attributes.aliases];
  const haystack = ` ${normalizeName(text)} `;
  if (forms.some((f) => normalizeName(f) !== "" && haystack.includes(` ${normalizeName(f)} `))) return true;
  return REFERENCES.test(text) || PARTY_EXPRESSION.test(text.toLowerCase());
}

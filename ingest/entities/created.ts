/**
 * Bodies and agreements named in lower case where someone creates or signs them: "stood up a bilateral
 * maritime domain awareness initiative", "signed a memorandum of understanding on space cooperation".
 * A lower-case noun phrase is a name only as the object of such a verb, and only when its head noun types it.
 */
import { HEADS } from "./heads.ts";
import { PRIORITY, slice, type Mention } from "./names.ts";
import type { Token } from "../text/tokens.ts";

/** Verbs that bring a body or an agreement into being, or make someone a party to it. */
const CREATE = /^(?:established|establish|launched|launch|activated|activate|inaugurated|inaugurate|created|create|formed|form|signed|sign|concluded|conclude)$/;
/** Two-word verbs of the same meaning: "stood up", "set up". */
const CREATE_PARTICLE = /^(?:stood|stand|set) up$/;
const PARTICLE_VERBS = new Set(["stood", "stand", "set"]);
const DETERMINERS = new Set(["a", "an", "the", "their", "its", "our", "new"]);
/** Words that end a noun phrase before its head: a preposition, a verb's particle, a conjunction. */
const NOT_IN_NAME = new Set(["to", "that", "which", "who", "for", "with", "on", "in", "at", "by", "and", "or", "as", "from", "into", "under", "through", "of", "this", "these", "will", "would", "is", "are", "was", "were"]);
/** "memorandum of understanding": a head that takes "of X" as part of its name. */
const HEAD_WITH_OF = /^(?:memorandum|memoranda) of understanding$|^statement of intent$|^letter of intent$|^terms of reference$/;

/** Most tokens of the topic after "memorandum of understanding on". */
const TOPIC_TOKENS = 12;
/** Prepositions that go on inside a topic when a bare lower-case noun follows ("of facilities", "at times"). */
const TOPIC_PREPOSITIONS = new Set(["of", "at", "in"]);

/** Whether token `k` is a lower-case word that may go on in a topic: no determiner, number or function word. */
function topicWordAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return Boolean(t?.word && !t.cap && !/^\d/.test(t.text) && !DETERMINERS.has(t.lower) && !NOT_IN_NAME.has(t.lower));
}

function headAt(tokens: readonly Token[], k: number): { type: "Body" | "Agreement"; end: number } | undefined {
  const two = `${tokens[k]?.lower ?? ""} ${tokens[k + 1]?.lower ?? ""}`;
  const three = `${two} ${tokens[k + 2]?.lower ?? ""}`;
  if (HEAD_WITH_OF.test(three)) return { type: "Agreement", end: k + 3 };
  for (const [words, end] of [[two, k + 2], [tokens[k]?.lower ?? "", k + 1]] as const) {
    const head = HEADS.get(words);
    if (head && (head.type === "Body" || head.type === "Agreement") && words !== "meeting" && words !== "ministerial") return { type: head.type, end };
  }
  return undefined;
}

/** Lower-case bodies and agreements that follow a verb of creation or signature. */
export function createdMentions(sentence: string, tokens: readonly Token[]): Mention[] {
  const out: Mention[] = [];
  for (let v = 0; v < tokens.length; v++) {
    const verb = tokens[v]?.lower ?? "";
    // Most tokens are no verb of creation: test the particle form only after "stood", "stand" or "set".
    let k = CREATE.test(verb) ? v + 1 : PARTICLE_VERBS.has(verb) && CREATE_PARTICLE.test(`${verb} ${tokens[v + 1]?.lower ?? ""}`) ? v + 2 : -1;
    if (k < 0) continue;
    // "the newly established X", "a framework established in 2020": a participle, not the act.
    if (/^(?:newly|recently|jointly|the|a|an)$/.test(tokens[v - 1]?.lower ?? "")) continue;
    if (!DETERMINERS.has(tokens[k]?.lower ?? "")) continue;
    while (DETERMINERS.has(tokens[k]?.lower ?? "")) k++;
    const start = k;
    // Up to six lower-case words, the last of which (or the last two) is a head noun.
    let found: { type: "Body" | "Agreement"; end: number } | undefined;
    for (; k < tokens.length && k - start < 7; k++) {
      const t = tokens[k];
      if (!t?.word || t.cap || NOT_IN_NAME.has(t.lower)) break;
      const head = headAt(tokens, k);
      // The head ends the phrase unless another lower-case noun follows it ("working group meetings").
      if (head && !(tokens[head.end]?.word && !tokens[head.end]?.cap && !NOT_IN_NAME.has(tokens[head.end]?.lower ?? ""))) {
        found = head;
        break;
      }
    }
    if (!found || found.end - start < 2) continue;
    // "a memorandum of understanding on space cooperation": what it is about completes its name.
    if (HEAD_WITH_OF.test(slice(sentence, tokens, found.end - 3, found.end).toLowerCase()) && /^(?:on|concerning|regarding)$/.test(tokens[found.end]?.lower ?? "")) {
      let e = found.end + 1;
      for (; e < tokens.length && e - found.end <= TOPIC_TOKENS; e++) {
        const t = tokens[e];
        if (!t?.word || t.cap || /^\d/.test(t.text)) break;
        // "on the reciprocal use of embassies at times of unrest": a preposition before a bare lower-case noun goes on.
        if (NOT_IN_NAME.has(t.lower) && !(TOPIC_PREPOSITIONS.has(t.lower) && topicWordAt(tokens, e + 1))) break;
      }
      if (e > found.end + 1) found = { ...found, end: e };
    }
    const name = slice(sentence, tokens, start, found.end);
    out.push({ start, end: found.end, role: "entity", type: found.type, name, forms: [name], priority: PRIORITY.chunk, states: [] });
    v = found.end - 1;
  }
  return out;
}

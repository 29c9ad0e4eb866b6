/**
 * The meeting a statement reports: the body its opening sentences say was held or convened ("A and B held the …",
 * "met in Darwin for the …"), and the descriptions of a meeting that follow such a verb ("convened a virtual
 * trilateral meeting", "held bilateral talks").
 */
import type { DocEntity } from "../../entities/entities.ts";
import { MEETING_NOUN } from "../../entities/references.ts";
import type { Token } from "../../text/tokens.ts";
import type { SentenceWork } from "../reading.ts";
import type { Item } from "../view/view.ts";

/** Verbs of holding a meeting (a set: asked of every token of every sentence). */
export const CONVENE = new Set(["held", "hosted", "co-hosted", "convened", "met", "gathered"]);

/** The body whose meeting the statement reports: the first one held or convened. */
export function findConvened(work: readonly SentenceWork[]): DocEntity | undefined {
  for (const w of work.slice(0, 8)) {
    const verb = w.tokens.findIndex((t) => CONVENE.has(t.lower));
    if (verb < 0) continue;
    const passive = w.tokens[verb - 1]?.lower === "was" || w.tokens[verb - 1]?.lower === "were";
    const body = passive
      ? [...w.items].reverse().find((i) => i.end <= verb && i.entity.type === "Body")
      : (w.items.find((i) => i.start > verb && i.start <= verb + 4 && i.entity.type === "Body") ?? metFor(w, verb));
    if (body) return body.entity;
  }
  // "Australia-Japan-United States Defense Ministers' Meeting Joint Statement": the body a title (a line without a full stop) names.
  const title = work.slice(0, 3).find((w) => !/[.!?]["”')]?$/.test(w.sentence.text) && w.items.some((i) => i.entity.type === "Body"));
  return title?.items.find((i) => i.entity.type === "Body")?.entity;
}

/**
 * "met in Darwin on 2 May for the Second Harbour Talks", "convened in Lima on 2 May, on the occasion of the Third
 * Harbour Summit": the body met for, a few words after the verb.
 */
function metFor(w: SentenceWork, verb: number): Item | undefined {
  if (!/^(?:met|gathered|convened|hosted|co-hosted)$/.test(w.tokens[verb]?.lower ?? "")) return undefined;
  const at = w.tokens.findIndex((t, k) => k > verb && k <= verb + 30 && (t.lower === "for" || (t.lower === "of" && w.tokens[k - 1]?.lower === "occasion")));
  return at < 0 ? undefined : w.items.find((i) => i.start > at && i.start <= at + 3 && i.entity.type === "Body");
}

/** Plural meeting nouns, which need no article: "held bilateral talks". */
const PLURAL_MEETING_NOUN = /^(?:talks|consultations)$/;
/** How many lower-case words may describe the kind of talks. */
const KIND_WORDS = 5;

/** "trilateral defense ministerial talks" from `at`: the end of an article-less plural description of a meeting, with at least one word of its kind. */
export function barePluralMeeting(tokens: readonly Token[], at: number): number | undefined {
  for (let k = at; k < tokens.length && k <= at + KIND_WORDS; k++) {
    const t = tokens[k];
    if (!t?.word || t.cap) return undefined;
    if (PLURAL_MEETING_NOUN.test(t.lower)) return k > at ? k + 1 : undefined;
  }
  return undefined;
}

/** "a virtual trilateral defense ministerial meeting" from `at`: the end of an indefinite description of a meeting, if it is one. */
export function indefiniteMeeting(tokens: readonly Token[], at: number): number | undefined {
  if (!/^(?:a|an)$/.test(tokens[at]?.lower ?? "")) return undefined;
  for (let k = at + 1; k < tokens.length && k <= at + 6; k++) {
    const t = tokens[k];
    // "convened a “2+2” meeting": a quoted format name inside the description.
    if (t && (/^["“”'‘’]$/.test(t.text) || /^\d\+\d$/.test(t.text))) continue;
    // "held a Director-General-level video-teleconference": a rank of the participants is no name.
    if (!t?.word || (t.cap && !/-level$/.test(t.lower))) return undefined;
    if (MEETING_NOUN.test(t.lower) && t.lower !== "ministerial") return k + 1;
  }
  return undefined;
}

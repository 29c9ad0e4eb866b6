/** The claims a name's own words state: its qualifiers ("U.S. Department of Defense") and the states its compound joins. */
import { formKey } from "../../../graph/names.ts";
import type { DocEntity } from "../../entities/entities.ts";
import { leadingStates } from "../../entities/names.ts";
import type { Lexicon } from "../../lexicon/lexicon.ts";
import { compoundParts } from "../../text/tokens.ts";
import type { SentenceWork } from "../reading.ts";
import type { Claim } from "../relations.ts";
import { compoundStatesOfName } from "../subjects/parties.ts";

/** Heads of academic and research institutions. */
const ACADEMIC = /\b(?:College|University|Institute|Center|Centre|Academy|School)\b/;

/** MEMBER_OF and PARTICIPATES_IN that a name's qualifiers state: "U.S. Department of Defense", "U.S.-ROK Alliance", "ROK-UNC … Meeting". */
export function qualifierClaims(
  w: SentenceWork,
  sentence: number,
  state: (name: string, sentence: number) => DocEntity | undefined,
  lexiconEntity: (name: string, sentence: number) => DocEntity | undefined,
  lexicon: Lexicon,
): Claim[] {
  const out: Claim[] = [];
  for (const item of w.items) {
    const m = item.mention;
    if (!m || item.threat) continue;
    const e = item.entity;
    const cue = m.forms[0] ?? e.name;
    // "met in the Pentagon": a building named as the place of a meeting states nothing of the organisation it houses.
    const place = /^(?:in|at)$/.test(w.tokens[item.start - 2]?.lower ?? "") && w.tokens[item.start - 1]?.lower === "the";
    const qualified = !place || w.tokens.slice(item.start, item.end).some((t) => compoundParts(t.text).some((p) => lexicon.stateByAdjective.has(formKey(p))));
    // "the Australian Pacific Security College": a school or a research centre named for a state is not one of its organs.
    const academic = ACADEMIC.test(e.name);
    if (e.type === "Actor" && (e.kind === "organization" || e.kind === "group") && m.states.length && qualified && !academic) {
      for (const n of m.states) {
        const s = state(n, sentence);
        if (s) out.push({ source: e, type: "MEMBER_OF", target: s, sentence, cue });
      }
    }
    // "the “Memorandum between the Ministry of Defence of Xland and … of Yland on …”": the parties its title names.
    if (e.type === "Agreement" && m.states.length && / between /.test(cue))
      for (const n of m.states) {
        const s = state(n, sentence);
        if (s) out.push({ source: s, type: "PARTY_TO", target: e, sentence, cue });
      }
    if (e.kind === "alliance" && m.states.length)
      for (const n of m.states) {
        const s = state(n, sentence);
        if (s) out.push({ source: s, type: "MEMBER_OF", target: e, sentence, cue });
      }
    if (e.type === "Body") {
      // Actors named in the body's own name take part in it ("United States-Japan-Australia Trilateral Defense
      // Ministers' Meeting"), unless the compound is part of a lexicon body's canonical name ("Korea-U.S. Integrated …").
      for (let k = item.start; k < item.end; k++) {
        const token = w.tokens[k];
        if (!token) continue;
        let parts = compoundParts(token.text);
        if (parts.length < 2 || (m.fromLexicon && formKey(e.name).includes(formKey(token.text)))) continue;
        // "Philippines-United States …", "South Korea-U.S. …": states with words of their own on either side of a hyphen.
        for (let from = Math.max(item.start, k - 2); from <= k; from++) {
          const lead = leadingStates(w.sentence.text.slice(w.tokens[from]?.start ?? 0, w.tokens[item.end - 1]?.end ?? 0), lexicon);
          if (lead) {
            parts = lead.states;
            break;
          }
        }
        for (const part of parts) {
          // "ADMM-Plus": a part that names no actor (a body's own acronym) makes no node.
          if (lexicon.byForm.get(formKey(part))?.type !== "Actor") continue;
          const actor = lexiconEntity(part, sentence);
          if (actor?.type === "Actor") out.push({ source: actor.kind === "state" ? (state(actor.name, sentence) ?? actor) : actor, type: "PARTICIPATES_IN", target: e, sentence, cue });
        }
      }
    }
  }
  return out;
}

/** "the 1953 Xland-Yland Mutual Defense Treaty", "the Xland-Yland Free Trade Agreement": the states its name joins are party to it. */
export function namedParties(w: SentenceWork, sentence: number, state: (name: string, sentence: number) => DocEntity | undefined, lexicon: Lexicon): Claim[] {
  const out: Claim[] = [];
  for (const item of w.items) {
    if (item.entity.type !== "Agreement" || item.threat || !item.mention) continue;
    const first = w.tokens[item.start];
    const last = w.tokens[item.end - 1];
    if (!first || !last) continue;
    const name = w.sentence.text.slice(first.start, last.end).replace(/^(?:(?:the|(?:19|20)\d\d)\s+)+/i, "");
    if (!/[-‐‑]/.test(name)) continue;
    for (const n of compoundStatesOfName(name, lexicon)) {
      const s = state(n, sentence);
      if (s) out.push({ source: s, type: "PARTY_TO", target: item.entity, sentence, cue: name });
    }
  }
  return out;
}

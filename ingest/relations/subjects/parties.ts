/**
 * The statement's parties, as states: those who convene its meeting, the heads of its delegations, the states a
 * compound name or its title lists, its issuers, else the states it names most; and the alliance of two parties.
 */
import { formKey } from "../../../graph/names.ts";
import type { DocEntity, EntityRegistry } from "../../entities/entities.ts";
import { compoundStates } from "../../entities/mentions.ts";
import type { ThreatMention } from "../../entities/threats.ts";
import type { Lexicon } from "../../lexicon/lexicon.ts";
import { CONVENE } from "../meetings/convened.ts";
import type { SentenceWork } from "../reading.ts";
import { calledThreat } from "../threats/called.ts";
import type { Item } from "../view/view.ts";

/** "the three nations", "our three governments", "all four countries": how many parties speak. */
const THREE_PARTIES = /\b(?:the|our|all) three (?:nations|countries|governments|ministers|leaders|partners|parties|allies)\b/i;
const FOUR_PARTIES = /\b(?:the|our|all) four (?:nations|countries|governments|ministers|leaders|partners|parties)\b/i;
/** The prepositions of a title that lists the statement's states: "Joint Statement from A, B and C". */
const TITLE_LIST = /^(?:from|by|of|between|among)$/;
/** Words that join the names of a list: "A, the B, and C". */
const LIST_JOINER = /^(?:,|and|the)$/;

/**
 * The parties, as states: those who convene the meeting the statement reports ("MND and DoD held …"),
 * else the heads of the delegations, else the states a compound name joins ("United States-Republic of Korea …"),
 * else the two states the text names most.
 */
export function findParties(
  work: readonly SentenceWork[],
  stateOf: (e: DocEntity) => DocEntity | undefined,
  lexicon: Lexicon,
  state: (name: string, sentence: number) => DocEntity | undefined,
): DocEntity[] {
  const statesAmong = (items: readonly Item[]) => [...new Set(items.map((i) => stateOf(i.entity)).filter((e): e is DocEntity => e?.kind === "state"))];
  const early = work.slice(0, 8);
  for (const w of early) {
    const verb = w.tokens.findIndex((t) => CONVENE.has(t.lower));
    if (verb < 0 || w.tokens[verb - 1]?.lower === "was" || w.tokens[verb - 1]?.lower === "were") continue;
    const actors = w.items.filter((i) => i.end <= verb && i.entity.type === "Actor");
    const states = statesAmong(actors);
    // "Secretary of State A, Australian Foreign Minister B and Japanese Foreign Minister C met": a principal of no
    // state named is of the one state more that the title's compound joins ("U.S.-Australia-Japan Dialogue").
    if (states.length >= 2 && actors.some((i) => i.entity.kind === "person" && !stateOf(i.entity))) {
      const named = compoundParties(work, lexicon, state);
      if (named.length > states.length && states.every((s) => named.includes(s))) return named;
    }
    if (states.length >= 2) return states;
    // "the Foreign Minister of Ruritania and the High Representative of the Union held …": a state and a
    // union of states (an organisation of no state) convene, and "the two sides" are those two.
    const unions = [...new Set(actors.filter((i) => i.entity.kind === "organization" && !stateOf(i.entity)).map((i) => i.entity))];
    if (states.length === 1 && unions.length === 1) return [states[0], unions[0]].filter((e): e is DocEntity => e !== undefined);
  }
  for (const w of early) {
    const led = w.tokens.findIndex((t, k) => (t.lower === "led" || t.lower === "headed") && /delegations?/.test(w.tokens.slice(k + 1, k + 4).map((x) => x.lower).join(" ")));
    if (led < 0) continue;
    const states = statesAmong(w.items.filter((i) => i.end <= led && i.entity.kind === "person"));
    if (states.length >= 2) return states;
  }
  const named = compoundParties(work, lexicon, state);
  if (named.length > 0) return named;
  // "Joint Statement from Canada, the Republic of Chile, and Japan": a title that lists the states.
  for (const w of work.slice(0, 3)) {
    if (/[.!?]["”')]?$/.test(w.sentence.text)) continue;
    // "… Special Representatives for Ruritania": the state after "for" is the envoys' portfolio, not a party.
    const actors = w.items.filter((i) => i.entity.type === "Actor" && !portfolio(w.tokens, i.start));
    // The preposition stands outside the names ("of" in "Republic of Korea" lists nothing).
    const lists = w.tokens.some((t, k) => TITLE_LIST.test(t.lower) && !w.items.some((i) => i.start <= k && k < i.end));
    // "… by A, B, and C Special Representatives for D": the list ends at the first word that joins no names; D is its topic.
    const run: Item[] = [];
    for (const i of actors) {
      const previous = run[run.length - 1];
      if (previous && !w.tokens.slice(previous.end, i.start).every((t) => LIST_JOINER.test(t.lower))) break;
      run.push(i);
    }
    // "Declaration between Chile and the North Atlantic Treaty Organisation": one union of states
    // (an organisation of no state) may stand among them, as among those who convene.
    const unions = run.filter((i) => i.entity.kind === "organization" && !stateOf(i.entity)).length;
    const states = run.filter((i) => i.entity.kind === "state").length;
    if (run.length >= 2 && states >= 1 && unions <= 1 && states + unions === run.length && lists) return [...new Set(run.map((i) => i.entity))];
  }
  // "This text was issued by the Governments of A, B and C": the issuers are the parties.
  for (const w of work.slice(0, 4)) {
    const by = w.tokens.findIndex((t, k) => t.lower === "by" && /^(?:released|issued)$/.test(w.tokens[k - 1]?.lower ?? ""));
    if (by < 0) continue;
    const occasion = w.tokens.findIndex((t, k) => k > by && t.lower === "on" && w.tokens[k + 1]?.lower === "the" && w.tokens[k + 2]?.lower === "occasion");
    const issuers = statesAmong(w.items.filter((i) => i.start > by && (occasion < 0 || i.start < occasion) && i.entity.type === "Actor"));
    if (issuers.length >= 2) return issuers;
  }
  // The states the text names most, through their organisations and people too, leaving out those behind a threat
  // ("North Korea's … tests"); a "trilateral" meeting has three.
  // "U.S. military capabilities": what threatens only in an adversary's hands says nothing of its owner, unless the
  // text calls it a threat ("concerns about X's missile programs") or an adversary shares it ("the DPRK's … cooperation with Russia").
  const ownerNames = (w: SentenceWork, t: ThreatMention) =>
    t.owners.flatMap((o) => (o.via === "mention" ? [w.mentions[o.mention]?.name ?? ""] : o.via === "states" ? o.names : []));
  const owners = new Set<string>();
  for (const w of work) for (const t of w.threats) if (!t.needsOwner || calledThreat(w.tokens, t)) for (const n of ownerNames(w, t)) owners.add(n);
  for (const w of work)
    for (const t of w.threats) {
      const names = ownerNames(w, t);
      if (t.needsOwner && names.some((n) => owners.has(n))) for (const n of names) owners.add(n);
    }
  const counts = new Map<DocEntity, number>();
  for (const w of work)
    for (const i of w.items) {
      // "military cooperation with Russia", "U.S. military capabilities": a name inside a threat's phrase or behind one counts for no party.
      if (w.threats.some((t) => (t.start <= i.start && i.end <= t.end) || t.owners.some((o) => o.via === "mention" && w.mentions[o.mention] === i.mention))) continue;
      const s = i.entity.kind === "state" ? i.entity : i.entity.type === "Actor" ? stateOf(i.entity) : undefined;
      if (s?.kind === "state" && !owners.has(s.name) && ![...s.forms].some((f) => owners.has(f))) counts.set(s, (counts.get(s) ?? 0) + 1);
    }
  // "The three nations will …", "our four governments": the number of parties the text gives.
  // "the three countries will …" speaks of the parties wherever it stands; "trilateral" only in the opening.
  const opening = work.slice(0, 8).map((w) => w.sentence.text);
  const all = work.map((w) => w.sentence.text);
  const four = all.some((t) => FOUR_PARTIES.test(t));
  const three = !four && (opening.some((t) => /\btrilateral\b/i.test(t)) || all.some((t) => THREE_PARTIES.test(t)));
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, four ? 4 : three ? 3 : 2).map(([e]) => e);
}

/** Whether the name starting at `start` follows "for" (or "for the"): the portfolio of an office ("Envoys for Ruritania"). */
function portfolio(tokens: readonly { lower: string }[], start: number): boolean {
  const k = tokens[start - 1]?.lower === "the" ? start - 2 : start - 1;
  return tokens[k]?.lower === "for";
}

/** The states a compound in the first sentences joins ("United States-Republic of Korea …"); none when there is none. */
function compoundParties(work: readonly SentenceWork[], lexicon: Lexicon, state: (name: string, sentence: number) => DocEntity | undefined): DocEntity[] {
  for (const w of work.slice(0, 4)) {
    for (const m of w.mentions) {
      const names = compoundStatesOfName(m.forms[m.forms.length - 1] ?? m.name, lexicon);
      if (names.length >= 2) return names.map((n) => state(n, w.sentence.index)).filter((e): e is DocEntity => e !== undefined);
    }
    for (const t of w.tokens) {
      const names = compoundStates(t, lexicon);
      if (names.length >= 2) return names.map((n) => state(n, w.sentence.index)).filter((e): e is DocEntity => e !== undefined);
    }
  }
  return [];
}

/**
 * States joined by hyphens at the start of a name: "United States-Republic of Korea Security Consultative Meeting".
 * One part may be a union of states, an organisation of no state ("Canada-EU Summit", "Australia-NATO Declaration"):
 * the two sides are then a state and that union.
 */
export function compoundStatesOfName(name: string, lexicon: Lexicon): string[] {
  const parts = name.replace(/^(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?/i, "").split(/[-‐‑](?=\p{Lu})/u);
  if (parts.length < 2) return [];
  const out: string[] = [];
  let unions = 0;
  parts.forEach((part, k) => {
    const words = part.trim().split(/\s+/);
    // Every part but the last is a whole state; the last starts with one.
    const limit = k === parts.length - 1 ? words.length : 1;
    for (let n = k === parts.length - 1 ? Math.min(4, words.length) : words.length; n >= 1 && n <= Math.max(limit, words.length); n--) {
      const key = formKey(words.slice(0, n).join(" "));
      const state = lexicon.stateByAdjective.get(key);
      const other = state ? undefined : lexicon.byForm.get(key);
      const union = other?.type === "Actor" && other.kind === "organization" && !other.state ? other : undefined;
      const entry = state ?? union;
      if (entry && (k === parts.length - 1 || n === words.length)) {
        if (!out.includes(entry.name)) out.push(entry.name);
        if (union) unions++;
        break;
      }
    }
  });
  return out.length === parts.length && unions <= 1 && unions < out.length ? out : [];
}

/** The alliance of two parties, named by their short forms in the order the statement gives them: "Australia-US Alliance". */
export function partiesAlliance(parties: readonly DocEntity[], lexicon: Lexicon, registry: EntityRegistry, sentence: number): DocEntity | undefined {
  const short = (e: DocEntity) => {
    const forms = lexicon.byForm.get(formKey(e.name))?.forms ?? [e.name];
    return forms.filter((f) => !/\s/.test(f)).sort((a, b) => a.length - b.length || a.localeCompare(b))[0] ?? e.name;
  };
  const [a, b] = parties;
  if (!a || !b) return undefined;
  const name = `${short(a)}-${short(b)} Alliance`;
  return registry.resolveMention({ start: 0, end: 0, role: "entity", type: "Actor", kind: "alliance", name, forms: [`${short(b)}-${short(a)} Alliance`], priority: 0, states: [a.name, b.name] }, sentence);
}

/** The cue patterns of relation rules, and the scopes they delimit. */
import { anchorIds, containsAnyAnchorId } from "./anchor-words.ts";
import { ATTENDING_ALONE } from "../../entities/references.ts";
import { NO_CUES, cueReader, cueStartFrom, findCues as findAll, patternInfo, type Cue, type PatternInfo, type SentenceView } from "./view.ts";

/** Declares a cue pattern with the words one of which a sentence must contain for it to be worth running. */
function cue(pattern: RegExp, anchors: readonly string[]): RegExp {
  const info = patternInfo(pattern);
  info.anchors = anchors;
  info.anchorIds = anchorIds(anchors);
  return pattern;
}

export { NO_CUES } from "./view.ts";

/** Every match of a cue pattern in the sentence; skipped outright when none of its anchor words is there. */
export function findCues(view: SentenceView, pattern: RegExp, info: PatternInfo = patternInfo(pattern)): readonly Cue[] {
  const cached = view.cues[info.id];
  if (cached) return cached;
  if (info.anchors && info.anchorIds && !containsAnyAnchorId(view, info.anchors, info.anchorIds)) {
    view.cues[info.id] = NO_CUES;
    return NO_CUES;
  }
  return findAll(view, pattern, info);
}

/** Verbs of judging an act wrong, in every inflection: "condemned", "denounces", "rejecting", "objected to". */
const JUDGE = String.raw`(?:condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|deplor(?:e|es|ed|ing)|critici[sz](?:e|es|ed|ing)|reject(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|object(?:s|ed|ing)? to)`;
/** Verbs of voicing a stance, in every inflection: "expressed", "shares", "reiterating", "raised". */
const VOICE = String.raw`(?:express(?:es|ed|ing)?|shar(?:e|es|ed|ing)|voic(?:e|es|ed|ing)|reiterat(?:e|es|ed|ing)|underscor(?:e|es|ed|ing)|highlight(?:s|ed|ing)?|stress(?:es|ed|ing)?|emphasi[sz](?:e|es|ed|ing)|reaffirm(?:s|ed|ing)?|register(?:s|ed|ing)?|convey(?:s|ed|ing)?|reinforc(?:e|es|ed|ing)|restat(?:e|es|ed|ing)|rais(?:e|es|ed|ing))`;
/** What may stand between that verb and its noun: an owner, then up to three modifiers, coordinated or not ("their grave and growing", "shared"); no function word. */
const NOUN_MODIFIERS = String.raw`(?:(?:their|its|our|his|her) )?(?:(?!(?:to|for|of|in|on|by|with|from|that|the|a|an|and)\b)[a-z-]+,? (?:and )?){0,3}`;
/** Nouns of disapproval: a stance voiced about an act condemns it ("deep concern about", "regret that", "alarm at"). */
const DISAPPROVAL = String.raw`(?:concerns?|alarm|dismay|regret|indignation|outrage)`;
export const CONDEMN = cue(new RegExp(String.raw`\b(?:(?:strongly |firmly |resolutely |unequivocally |jointly )?${JUDGE}|${VOICE} ${NOUN_MODIFIERS}(?:opposition|objection)s? to|${VOICE} ${NOUN_MODIFIERS}${DISAPPROVAL} (?:over|about|regarding|at|with|on|that)|not(?:e|es|ed|ing) with ${NOUN_MODIFIERS}${DISAPPROVAL}|(?:is|am|are|was|were|remain|remains|remained) (?:[a-z]+ly )?(?:concerned|alarmed|troubled|disturbed|dismayed) (?:about|over|by|with|at)|the dangers? (?:of|posed by)|warn(?:s|ed|ing)? (?:against|about|of)|(?:their |its |our )?(?:[a-z]+ )?condemnation of)\b`, "g"), ["condemn", "denounc", "deplor", "critici", "reject", "oppos", "object", "concern", "alarm", "dismay", "regret", "indignation", "outrage", "troubled", "disturbed", "danger", "warn"]);
export const COMMIT = cue(/\b(?:approved|endorsed|adopted|reaffirmed (?:their |its |our )?(?:commitment to|support for)|(?:guided by|founded on|grounded in|anchored in|embod(?:y|ies|ied)) (?:the )?(?:[a-z]+ )?(?:principles|spirit|purposes|values) of|pledged to|pledge to|committed to|commit to|commitment to|implementing|implementation of|implement|advance progress on|based on|underpinned by|in accordance with|uphold|upholds|upholding|upheld|recommit(?:ted|s)? to|abide by|adhere to|adherence to|comply with|compliance with|in line with|consistent with|aligned with|in alignment with|endorsement of|support for|supporting|faithfully|(?:obligations|commitments|responsibilities) under|(?:enduring |continued |lasting |abiding |continuing )?(?:value|importance|significance|relevance) of|(?:pledges?|commitments?) (?:made )?(?:in|under)|operationali[sz](?:e|es|ed|ing)|as (?:set forth|reflected|stated|outlined|enshrined|laid out|articulated|envisioned|envisaged) in|(?:enshrined|embodied) in|reiterated in|welcom(?:ed|es|ing) the adoption of)\b/g, ["approved", "endorsed", "adopted", "commit", "support", "pledge", "implement", "progress", "based on", "underpinned by", "accordance", "uphold", "upheld", "abide", "adhere", "compl", "in line with", "consistent", "align", "endorsement", "faithfully", " under", "value", "importance", "significance", "relevance", "operationali", "set forth in", "reflected in", "stated in", "outlined in", "enshrined in", "laid out in", "articulated in", "envisioned in", "envisaged in", "embodied in", "reiterated in", "adoption of", "guided by", "founded on", "grounded in", "anchored in", "embod"]);
/**
 * "held", "attended", "took part in"; "visited Jakarta to attend the Summit": the purpose of the subject's journey.
 * The verbs of taking part in any form ("participate in", "to take part in", "participates for the first time in").
 */
export const HELD = cue(/\b(?<!was |were )(?:held|convened|attended|participated in|took part in|conducted|to attend|(?:to )?(?:participates?|take part|takes part)(?: [a-z]+){0,4}? in)\b(?! by)/g, ["held", "convened", "attend", "partic", "took part", "take part", "takes part", "conducted"]);
/** "had the ninth trilateral talks": the subject held the meeting named right after it (only a meeting: "had an opportunity to …" holds none). */
export const HAD_MEETING = cue(/\bhad\b(?! by)/g, ["had"]);
export const THROUGH = cue(/\bthrough (?:the work of )?(?:the )?/g, ["through"]);
export const WORK_OF = cue(/\b(?:commended|welcomed|reviewed|applauded|praised|appreciated|noted|recognized|highlighted|assessed|discussed|valued) (?:the )?(?:(?:continued|steady|significant|substantial|good|concrete|tangible) )?(?:work|efforts|progress|activities|achievements|role)(?: (?:made|achieved|accomplished))? (?:of|under|in|through)\b/g, ["commended", "welcomed", "reviewed", "applauded", "praised", "appreciated", "noted", "recognized", "highlighted", "assessed", "discussed", "valued"]);
/** "participation in X"; "the participation of the U.S. in X": the participant between "of" and "in" (the group `of`). */
export const PARTICIPATION = cue(/\b(?:participation|involvement|participating)(?<of> of (?:the )?[^ ]+(?: [^ ]+){0,4}?)? in\b/g, ["partic", "involvement"]);
export const LED_DELEGATION = cue(/\b(?:led|headed) (?:the |their |its )?(?<adj>\S+ )?delegation\b/g, ["delegation"]);
/**
 * "co-chaired the Dialogue", "met … to co-chair the Dialogue": those who chair it lead it; and so do those who "led the
 * talks" or "co-led the Harbour Dialogue" (not "NATO-led", nor "led by", which another rule reads).
 */
export const CHAIRED = cue(/\b(?:co-chaired|chaired|presided over|co-hosted|hosted|to (?:co-)?chair)\b|(?<![\w-])(?:co-|jointly )?led(?= (?:the|this) )/g, ["chair", "host", "presided", "led "]);
/** "A, B and C led their respective delegations"; "… represented their respective countries" (each their own). */
export const RESPECTIVE_DELEGATIONS = cue(/\b(?:(?:led|headed) (?:their|the) (?:respective )?(?:interagency |national |official )?delegations|represented their respective (?:countries|nations|governments|ministries|sides|delegations))\b/g, ["delegations", "represented their respective"]);
export const PASSIVE_HELD = cue(/\b(?:was|were) (?:held|convened|hosted)\b/g, ["was ", "were "]);
export const LED_BY = cue(/\b(?:led|co-led|jointly led|chaired|co-chaired|headed|hosted|co-hosted|organized|organised|developed|being developed|announced|released|published|unveiled|sponsored|commanded|run|overseen|managed|conducted|carried out) by\b/g, [" by"]);
export const UNDER = cue(/\b(?:under|subordinate to) (?:the auspices of )?(?:the )?/g, ["under", "subordinate"]);
export const INCLUDING = cue(/(?:, )?\b(?:including|such as)\b/g, ["including", "such as"]);
export const SIMULATE = cue(/\b(?:which |that )?(?:included|includes|including|simulated|simulates|simulating|featured|featuring|incorporated|rehearsed|practiced|practised|responded to|countering)\b/g, ["includ", "simulat", "featur", "incorporat", "rehears", "practi", "countering", "responded"]);
/** "X violates Y", "X is a clear violation of Y", "X, which are forbidden under Y" (an act the instrument forbids). */
export const VIOLATE = cue(/\b(?:violate|violates|violated|violating|in (?:direct |clear |flagrant |blatant |open )?violation of|(?:is|are|was|were|remain|remains|constitutes?|constituted|(?<!such )as) (?:a |an )?(?:(?:direct|clear|flagrant|blatant|open|serious|grave|ongoing|continuing|continued|repeated)(?:,| and|, and)? ){0,3}violations? of|contravene|contravenes|in contravention of|breach|breaches|breaching|in breach of|(?:is|are|was|were|remain|remains) (?:also |expressly |explicitly |clearly )?(?:forbidden|prohibited|banned|proscribed) (?:under|by))\b/g, ["violat", "contraven", "breach", "forbidden", "prohibited", "banned", "proscribed"]);
/** "X's provocations and violations of Y": a nominal violation joined to the acts before it (no cue boundary: what follows is still the verb's object). */
export const VIOLATIONS_OF = cue(/(?<=and )violations of\b/g, ["violations of"]);
export const MADE = cue(/\b(?:agreed(?: upon| on)?|developed|drafted|prepared|produced|formulated|established|adopted|concluded|negotiated)\b/g, ["agreed", "developed", "drafted", "prepared", "produced", "formulated", "established", "adopted", "concluded", "negotiated"]);
export const ESTABLISH = cue(/\b(?:agreed to|agree to|decided to|resolved to|will|to)? ?(?:establish|create|launch|set up|stand up|form|re-?activate|relaunch|re-establish)\b/g, ["establish", "create", "launch", "set up", "stand up", "form", "activate"]);
/** "The two sides stood up a … initiative": the subject created it (not "newly established", not "established by"). */
export const ESTABLISHED_ACTIVE = cue(/\b(?<!\b(?:newly|recently|the|a|an) )(?:established|launched|activated|inaugurated|created|formed|stood up|set up)\b(?! (?:by|under|through|in|at|on|during|pursuant|in accordance)\b)/g, ["establish", "launch", "activat", "inaugurat", "created", "formed", "stood up", "set up"]);
/** "Both sides signed the Reciprocal Access Agreement", "met … to sign the Agreement": the signers are its parties. */
export const SIGNED = cue(/\b(?<!\b(?:newly|recently|the|a|an) )(?:signed|concluded|ratified|initialled|initialed|to sign)\b(?! by\b)/g, ["signed", "concluded", "ratified", "initial", "to sign"]);
/** "The HSC serves as the umbrella for three committees: A, B and C": a body over the bodies listed after it. */
export const UMBRELLA = cue(/\b(?:umbrella|parent body|overarching body) (?:for|of|over)\b|\b(?:oversees|encompasses|comprises)\b/g, ["umbrella", "parent body", "overarching", "oversees", "encompasses", "comprises"]);
export const WHICH_ADOPTED = cue(/, which\b/g, [", which"]);
export const AGREED_BY = cue(/\b(?:agreed(?: upon| on| to)?|signed|concluded|adopted|endorsed|ratified) by\b/g, [" by"]);
export const BETWEEN = cue(/\b(?:between|among|amongst)\b/g, ["between", "among"]);
/** "established by X", "signed at the 42nd SCM": the creator after the participle (a meeting for an agreement signed at it). */
export const ESTABLISHED = cue(/\b(?:(?:established|created|launched|set up|stood up|formed) (?:by|under|through|at|in accordance with|pursuant to)|unveiled by|(?:signed|adopted|agreed upon|issued|concluded|endorsed) (?:at|during))\b/g, ["establish", "created", "launched", "set up", "stood up", "formed", "unveiled by", "signed", "adopted", "agreed upon", "issued", "concluded", "endorsed"]);
/** Verbs of response in every inflection ("addresses", "countered", "deters"); "defend against" stays bare so that "defended" leaves "against" to the verbs of fighting. */
export const ADDRESS = cue(/\b(?:(?:respond|responds|responded|responding) to|responses? to|counter|counters|countered|countering|deter|deters|deterred|deterring|defend against|defending against|against|address|addresses|addressed|addressing|(?:cope|copes|coped|coping) with|combat|combats|combated|combatted|combating|combatting|neutrali[sz](?:e|es|ed|ing)|(?:the )?(?:early |prompt |peaceful |swift |complete )?resolution of|prohibit|prohibits|prohibited|prohibiting|ban|bans|banned|banning|on the (?:destruction|elimination|dismantlement) of)\b/g, ["respon", "counter", "deter", "against", "address", "cope", "coping", "combat", "neutrali", "resolution of", "prohibit", "ban", "destruction of", "elimination of", "dismantlement of"]);
/** Verbs of an act done, in the past and the present third person: "has launched", "supplies", "continues". */
export const PERPETRATE = cue(/\b(?:has |have |had )?(?:launched|launches|fired|fires|conducted|conducts|sent|sends|carried out|carries out|staged|stages|deployed|deploys|transferred|transfers|provided|provides|supplied|supplies|exported|exports|continued|continues|escalated|escalates|intensified|intensifies|pursued|pursues|flown|flies|dispatched|dispatches)\b/g, ["launch", "fire", "conduct", "sent", "sends", "carrie", "stage", "deploy", "transfer", "provide", "suppl", "export", "continue", "escalate", "intensif", "pursue", "flown", "flies", "dispatch"]);
/** Taking part in an exercise, in any tense: "will conduct missile defense exercises", "agreed to hold Exercise X". */
export const EXERCISING = cue(/\b(?:conduct|conducts|conducting|hold|holds|holding|carry out|carrying out|stage|staging|participate in|participating in|take part in|taking part in)\b/g, ["conduct", "hold", "carry", "stag", "partic", "tak"]);
export const WITH_PARTICIPATION = cue(/\b(?:with the participation of|conducted with|held with|together with|alongside)\b/g, ["participation of", "conducted with", "held with", "together with", "alongside"]);
export const SIGNING_BY = cue(/\bsigning by\b/g, ["signing by"]);
export const COOPERATION_WITH = cue(/\b(?:cooperation|partnership|collaboration|engagement) with\b/g, [" with"]);
/** "the partnership among A, B and C", "the ties that have grown between A and B" (a relative clause of growth may stand between). */
export const PARTNERSHIP_AMONG = cue(/\b(?:trilateral |bilateral |quadrilateral )?(?:partnership|cooperation|relationship|coordination|alliance|ties|friendship)(?: (?:that|which) (?:have |has )?(?:developed|grown|deepened|strengthened|flourished|matured|evolved|endured|existed))? (?:among|between)\b/g, ["among", "between"]);
/** "ROK-U.S.-Japan security cooperation", "… trilateral and international coordination": the noun after a compound of states. */
export const COOPERATION = cue(/\b(?:security |defense |defence |military |trilateral |bilateral |multilateral |international |strategic |maritime |naval |space |cyber |industrial |technology |intelligence |policy |and )*(?:cooperation|coordination|collaboration)\b/g, ["cooperation", "coordination", "collaboration"]);
/** Agentless passives of condemnation: "… were strongly condemned", "… were denounced as reckless acts". */
export const CONDEMNED_PASSIVE = cue(/\b(?:was|were|are|is|been|be) (?:also |firmly |strongly |jointly |unequivocally |resolutely |roundly )*(?:condemned|denounced|deplored|criticized|criticised|rejected|opposed)\b/g, ["condemned", "denounced", "deplored", "critici", "rejected", "opposed"]);
/** "Concern was also expressed over …". */
export const CONCERN_PASSIVE = cue(/\b(?:grave |serious |deep |strong )?concerns? (?:was|were) (?:also |further )?(?:expressed|voiced|raised|noted) (?:over|about|regarding|at|that)\b/g, ["concern"]);

export const MET = cue(/\b(?:met|gathered|assembled|convened|reconvened)\b/g, ["met", "gathered", "assembled", "convened"]);
export const ATTENDED_ALONE = cue(new RegExp(ATTENDING_ALONE, "g"), ["attended", "participated", "took part", "joined"]);
export const URGED = cue(/\b(?:urged|called on|called upon|calls on|urges|pressed|demanded that)\b/g, ["urge", "call", "press", "demand"]);
export const MAIN_VERB = cue(/\b(?:and )?(?:agreed|concurred|reaffirmed|affirmed|acknowledged|emphasized|welcomed|recognized|noted|decided|resolved|discussed|reviewed|shared|exchanged|consulted|visited|expressed|pledged|committed|condemned|urged|called)\b/g, ["agreed", "concurred", "affirmed", "acknowledged", "emphasized", "welcomed", "recognized", "noted", "decided", "resolved", "discussed", "reviewed", "shared", "exchanged", "consulted", "visited", "expressed", "pledged", "committed", "condemned", "urged", "called"]);
export const ALL_CUES = [CONDEMN, COMMIT, HELD, THROUGH, WORK_OF, PARTICIPATION, LED_BY, VIOLATE, AGREED_BY, MAIN_VERB];
/** All cues in one pattern: where any cue starts, an object's scope ends (one pass over the sentence). */
export const ANY_CUE = anyOf(ALL_CUES);

/**
 * One pattern matching where any of `patterns` does; anchored by all their anchors when every one has some. When every
 * pattern opens with a word boundary it is tested once, before the alternatives, rather than by each in turn (the same
 * matches: an assertion at the same place; about a third faster on the statements' sentences).
 */
function anyOf(patterns: readonly RegExp[]): RegExp {
  const bounded = patterns.every((r) => r.source.startsWith("\\b"));
  const sources = patterns.map((r) => `(?:${bounded ? r.source.slice(2) : r.source})`).join("|");
  const pattern = new RegExp(bounded ? `\\b(?:${sources})` : sources, "g");
  const anchors: string[] = [];
  for (const r of patterns) {
    const own = patternInfo(r).anchors;
    if (!own) return pattern;
    anchors.push(...own);
  }
  return cue(pattern, anchors);
}

/** Token positions where a cue or a clause break starts: the end of a cue's object scope. */
export function cueBoundaries(view: SentenceView, patterns: readonly RegExp[]): number[] {
  const out = new Set<number>();
  for (const pattern of patterns) for (const c of findCues(view, pattern)) out.add(c.start);
  view.tokens.forEach((t, i) => {
    if (t.text === ";" || t.text === ":") out.add(i);
  });
  return [...out].sort((a, b) => a - b);
}

/**
 * `from` → where the scope starting at token `from` ends: cueBoundaries(view, [pattern]).find((b) => b >= from), or the
 * sentence's end. The pattern is searched only as far along the sentence as the positions asked about need (most
 * scopes end at the next cue, and the rest of a long sentence is never searched).
 */
export function scopeEnds(view: SentenceView, pattern: RegExp): (from: number) => number {
  let breaks: number[] | undefined;
  let reader: ReturnType<typeof cueReader> | undefined;
  return (from) => {
    if (!breaks) {
      breaks = [];
      for (let i = 0; i < view.tokens.length; i++) {
        const t = view.tokens[i]?.text;
        if (t === ";" || t === ":") breaks.push(i);
      }
    }
    let end = view.tokens.length;
    for (const b of breaks)
      if (b >= from) {
        end = b;
        break;
      }
    if (!reader) {
      const { anchors, anchorIds: ids } = patternInfo(pattern);
      reader = cueReader(view, pattern, anchors !== undefined && ids !== undefined && !containsAnyAnchorId(view, anchors, ids));
    }
    const cue = cueStartFrom(view, reader, from, end);
    return cue !== undefined && cue < end ? cue : end;
  };
}

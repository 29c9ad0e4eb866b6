/**
 * Whether the text calls a threat's phrase a threat: the subject of "threaten", the object of "the threat posed by",
 * of concern or of condemnation. Capabilities ("missile programs") are threats only where the text says so or an
 * adversary holds them.
 */
import type { ThreatMention } from "../../entities/threats.ts";
import type { Token } from "../../text/tokens.ts";

/** Verbs that call their subject a threat. */
const THREATENS = /^(?:threaten|threatens|threatened|endanger|endangers|endangered|menace|menaces|imperil|imperils|undermine|undermines|undermined|destabilize|destabilizes|destabilise|destabilises)$/;
/** Words allowed between the phrase and that verb ("…, which directly threaten", "… continue to threaten"); any "-ly" adverb too. */
const MANNER = /^(?:,|which|that|continue|continues|to|[a-z]+ly)$/;

/**
 * Whether the text calls the phrase a threat: it is the subject of "threaten" ("X's missile programs directly
 * threaten …"), or the object of "the threat posed by / from / of" ("the threat posed by X's programs"), of concern
 * ("concerns about X's programs") or of condemnation.
 */
export function calledThreat(tokens: readonly Token[], t: ThreatMention): boolean {
  let k = t.end;
  while (MANNER.test(tokens[k]?.lower ?? "") && k < t.end + 4) k++;
  if (THREATENS.test(tokens[k]?.lower ?? "")) return true;
  let b = t.start - 1;
  // "concerns about North Korea's … programs": past the possessor when the phrase starts after it.
  if (/^['’]s$/.test(tokens[b]?.text ?? "")) for (b--; b > t.start - 8 && tokens[b]?.cap; ) b--;
  if (tokens[b]?.lower === "the") b--;
  const before = `${tokens[b - 2]?.lower ?? ""} ${tokens[b - 1]?.lower ?? ""} ${tokens[b]?.lower ?? ""}`;
  // "shared their concerns about X's … programs", "condemned X's … programs": what the parties condemn or fear is a threat.
  if (/(?:threats?|dangers?|menace) (?:posed by|from|of)$|(?:concerns?|concerned) (?:about|over|regarding|at)$|\b(?:condemned|condemn|condemns|deplored|denounced)$/.test(before)) return true;
  // "the danger to regional stability posed by X's … programmes": what the threat endangers stands before its source.
  return tokens[b]?.lower === "by" && tokens[b - 1]?.lower === "posed" && /\b(?:threats?|dangers?|menace) to(?: [a-z]+){1,4}$/.test(tokens.slice(Math.max(0, b - 7), b - 1).map((t) => t.lower).join(" "));
}

/** A verb or noun of condemnation or concern, with its preposition, ending right before an object: "deep concern at", "condemned". */
const CONCERN_CUE = /\b(?:concerns? (?:over|about|regarding|at|with|on)|concerned (?:about|over|by|with|at)|condemn(?:ed|s)?|condemnation of|denounc(?:ed|es)|deplor(?:ed|es))$/;
/** What may stand between that cue and the phrase: articles, owners' names and possessives, "continued development of its". */
const OBJECT_PREFIX = /^(?:the|its|their|of|['’]s|['’]|continued|continuing|ongoing|recent|growing|development|pursuit|expansion|advancement)$/;
/** How far back the cue may be. */
const OBJECT_WINDOW = 8;

/** Whether the phrase is the object of a condemnation or concern: "expressed deep concern at X's continued development of its …". */
export function objectOfConcern(tokens: readonly Token[], t: ThreatMention): boolean {
  let b = t.start;
  while (b > 0 && t.start - b < OBJECT_WINDOW && (OBJECT_PREFIX.test(tokens[b - 1]?.lower ?? "") || tokens[b - 1]?.cap)) b--;
  const before = tokens.slice(Math.max(0, b - 3), b).map((x) => x.lower).join(" ");
  return CONCERN_CUE.test(before);
}

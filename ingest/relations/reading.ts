/**
 * What the extractor reads a statement with: each sentence as pass 1 read it (tokens, names, threats), and what
 * pass 2 reads each sentence with (the statement's parties, the threats' owners, what earlier sentences named).
 */
import type { DocEntity, EntityRegistry } from "../entities/entities.ts";
import type { Mention } from "../entities/mentions.ts";
import type { ThreatMention } from "../entities/threats.ts";
import type { Lexicon } from "../lexicon/lexicon.ts";
import type { Sentence } from "../text/document.ts";
import type { Token } from "../text/tokens.ts";
import type { Claim } from "./relations.ts";
import type { Item } from "./view/view.ts";

/** One sentence as pass 1 read it: its tokens, the names and threats found in it, the items they resolved to. */
export interface SentenceWork {
  sentence: Sentence;
  tokens: Token[];
  mentions: Mention[];
  items: Item[];
  threats: ThreatMention[];
  pendingAlliance: Mention[];
}

/** What pass 2 reads each sentence with: the statement's parties and resolution, what earlier sentences named, and where the claims of names go. */
export interface StatementReading {
  lexicon: Lexicon;
  registry: EntityRegistry;
  parties: DocEntity[];
  /** The persons the byline names. */
  principals: readonly DocEntity[];
  convened: DocEntity | undefined;
  /** The parties' own alliance, when the statement names it. */
  alliance: DocEntity | undefined;
  /** The entity named last of each type (and of each threat head), in reading order. */
  lastOf: Map<string, DocEntity>;
  /** The threats of the last sentence that named any: what "these threats" in a later sentence refers to. */
  lastThreats: DocEntity[];
  ownersOf: ReadonlyMap<ThreatMention, DocEntity[]>;
  listedCue: ReadonlyMap<ThreatMention, string>;
  adversaries: ReadonlySet<DocEntity>;
  isFriendly: (e: DocEntity) => boolean;
  stateOf: (e: DocEntity) => DocEntity | undefined;
  state: (name: string, sentence: number) => DocEntity | undefined;
  lexiconEntity: (name: string, sentence: number) => DocEntity | undefined;
  /** The claims a name's qualifiers imply ("U.S.-ROK Alliance", "Canada-Japan … Meeting"), not a verb or noun of the text. */
  implied: Set<Claim>;
  nameTies: Claim[];
  /** "The United States and Australia intend to:" before bulleted items: the subject those items share. */
  leadIn: DocEntity[] | undefined;
}

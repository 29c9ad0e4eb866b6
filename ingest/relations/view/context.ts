/** What relation rules produce and what they may ask of the statement. */
import type { RelationType } from "../../../graph/schema.ts";
import type { DocEntity } from "../../entities/entities.ts";
import type { Item } from "./view.ts";

export interface Claim {
  source: DocEntity;
  type: RelationType;
  target: DocEntity;
  sentence: number;
  cue: string;
}

/** How a rule reports what it read: source, type, target and the words that state it (a missing end reports nothing). */
export type Emit = (source: DocEntity | undefined, type: RelationType, target: DocEntity | undefined, cue: string) => void;

export interface RelationContext {
  /** The statement's parties: what "both sides", "the two sides", "they" refer to. */
  parties: DocEntity[];
  /** The state an actor belongs to, when known (an organisation's or a person's state). */
  stateOf(entity: DocEntity): DocEntity | undefined;
  /** A state entity by canonical name (created on demand when the text names it). */
  state(name: string): DocEntity | undefined;
  /** Maps a lexicon adjective or short form ("ROK", "U.S.") to its state entity. */
  stateByWord(word: string): DocEntity | undefined;
  /** The persons the statement's byline names ("Joint statement with: A, …; B, …"): whom "the Ministers" stand for. */
  principals: readonly DocEntity[];
  /** The body whose meeting the statement reports ("the meeting"). */
  convened?: DocEntity;
  /** The parties' own alliance, when the statement names it: what "the alliance between them" refers to. */
  alliance?: DocEntity;
  /** In a bulleted item after "A and B intend to:", the subject of that lead-in: A and B. */
  leadIn?: DocEntity[];
}

export const isType = (...types: string[]) => (i: Item) => types.includes(i.entity.type);
export const isActor = isType("Actor");
export const isThreat = isType("Threat");
export const isAgreement = isType("Agreement");
export const isBody = isType("Body");
export const isExercise = isType("Exercise");
export const isBodyOrExercise = isType("Body", "Exercise");
export const isBodyOrAgreement = isType("Body", "Agreement");
export const isBodyExerciseOrAgreement = isType("Body", "Exercise", "Agreement");
export const isActorBodyOrAgreement = isType("Actor", "Body", "Agreement");
export const isNamed = isType("Body", "Exercise", "Agreement", "Actor");

/**
 * The words that refer instead of naming, in one place: the expressions that stand for a statement's parties
 * ("both sides", "the Ministers", "the Secretary and the two Ministers", "the CHODs", an agentless passive),
 * and the anaphora the extractor resolves ("its", "the meeting", "these launches"). The extractor reads
 * clauses with them (subjects/subjects.ts, meetings/convened.ts, meetings/descriptions.ts); the tests' grounding check asks the same rule of a sentence.
 */

/** Offices that, standing as a subject without a name, are the principals: "the Secretary", "the two Defence Ministers", "the two vice foreign ministers". */
const OFFICE =
  "(?:(?:two|three|four|both) )?(?:(?:first |deputy |vice |under |assistant |prime |foreign |defen[cs]e )){0,2}(?:secretar(?:y|ies)|ministers?|chairm[ae]n|chairs?|co-chairs?|leaders?|chiefs?(?: of defen[cs]e)?|commanders?|heads? of delegation)(?: of state)?(?: (?:of|for) (?:(?!and\\b)[a-z-]+ ){0,3}(?!and\\b)[a-z-]+)?";

/** Expressions that refer to the statement's parties, at the start of a (lower-cased) clause. */
export const PARTY_EXPRESSION = new RegExp(
  "^(?:both (?:sides|delegations|countries|nations|governments|parties|ministers|leaders|secretaries|partners|presidents|prime ministers|heads of (?:state|government))" +
    // "All three reaffirmed …", "Each side welcomed …": every party, each for itself.
    "|all (?:two|three|four)(?: (?:sides|delegations|countries|nations|governments|parties|ministers|leaders))?" +
    "|each (?:side|delegation|country|government|party|minister|leader)" +
    "|the two (?:sides|delegations|countries|nations|governments|ministers|leaders|parties|secretaries|allies|co-chairs|principals)" +
    "|the three (?:sides|delegations|countries|nations|governments|ministers|leaders|parties|principals)" +
    "|the (?:delegations|sides|ministers|leaders|allies|parties|co-chairs|principals|participants|secretaries|chiefs|heads of delegation|officials|representatives)" +
    // "The three defense officials confirmed …", "Ministers welcomed …" (without an article, as Australian statements write it).
    "|the (?:two|three|four) (?:defen[cs]e |foreign |senior )?(?:officials|representatives|ministers|leaders)" +
    "|ministers|leaders" +
    // "Members committed to …": a forum's communiqué calls its member states "Members", as it calls their ministers "Ministers".
    "|members(?! of\\b)" +
    // "the Secretary and the two Ministers", "the Minister for Defence, the Foreign Minister and the Secretary of State": offices listed as the subject.
    `|the ${OFFICE}(?:(?: ?,)? and the ${OFFICE}| ?, the ${OFFICE})+` +
    // "Ministers welcomed …": the plural office alone, without an article, opening the clause.
    "|(?:ministers|leaders|secretaries|principals)(?! of\\b|\\s?['’])" +
    // "our national security advisors met …", "our Heads of Government": the speakers' own officials are the parties'.
    "|our (?:[a-z-]+ ){0,3}(?:advisors|advisers|ministers|secretaries|officials|representatives|delegations|governments|heads of government|envoys)" +
    // "our three countries have coordinated …", "our two nations will …": the speakers' own states.
    "|our (?:two|three|four) (?:countries|nations)" +
    // "Defence Ministers signed …": the ministers of one portfolio, without an article, are each party's.
    "|(?:defen[cs]e|foreign) ministers(?! of\\b|\\s?['’])" +
    "|all (?:two|three|four)(?: (?:sides|countries|ministers|leaders|parties|delegations))?" +
    "|the (?:two|three|four|five|six) [a-z][a-z-]*s|they|we)\\b",
);

/** An agentless passive ending a clause ("It was agreed that …", "… were condemned by both sides"): the parties speaking. */
export const AGENTLESS_CLAUSE = /^it (?:was|is|has been) |\b(?:was|were|been) (?:also |further |jointly |strongly |firmly )*[a-z]+ed(?: by (?:both sides|the two sides|the parties))?$/;

/** "the CHODs", "the SecDefs": a plural acronym for the principals (case-sensitive, as written). */
export const PLURAL_ACRONYM = /^[A-Z]{2,}s$/;

/** "the ROK side": one party, named by its adjective. */
export const SIDE = /^the (\S+) side\b/;

/** Nouns of the definite descriptions ("the meeting", "this exercise", "the Framework") and the type each refers to. */
export const DESCRIPTION_TYPES: Readonly<Record<string, "Body" | "Exercise" | "Agreement">> = {
  meeting: "Body", dialogue: "Body", talks: "Body", consultations: "Body", session: "Body", committee: "Body", group: "Body",
  exercise: "Exercise", drill: "Exercise", training: "Exercise",
  agreement: "Agreement", framework: "Agreement", treaty: "Agreement", declaration: "Agreement", plan: "Agreement", guidelines: "Agreement",
};

/** "the last ministerial", "the previous meeting": the earlier meeting of the body the statement reports. */
export const PREVIOUS = /^(?:last|previous|latest|preceding)$/;
export const MEETING_NOUN = /^(?:ministerial|meeting|dialogue|session|talks|consultations|teleconference|video-teleconference|videoconference)$/;

/** "Admiral X … also attended.": attending without an object is attending the meeting the statement reports. */
export const ATTENDING_ALONE = "\\b(?:also )?(?:attended|participated|took part|joined)(?=\\s*[.,;]|\\s+also|\\s+as|$)";

/** "A and B met in Seoul on 2 May, to …", "met at the Institute": meeting without naming what, in the opening of a statement, is meeting for the one it reports. */
export const MEETING_ALONE = "\\b(?:met|gathered)(?= (?:in|at|today|virtually|via|by video|on) )";

/** "A and B hosted C and D on 6 May in Town": hosting guests on a date or in a place, naming no meeting, is hosting the one reported. */
export const HOSTING_ALONE = "\\b(?:hosted|co-hosted) (?=[^.;]* (?:on|in) )";

/** "Chile's efforts as the chair country": a host or chair country named with no body is the chair of the meeting reported. */
export const CHAIR_COUNTRY = /\bas the (?:host|chair|co-chair) (?:country|nation)\b/;

/** "the meeting", "the September 16 dialogue", "this inaugural session" opening a clause: the reported meeting, speaking for the parties. */
export const MEETING_SUBJECT = /^(?:the|this) (?:(?:\S+ ){0,4})?(?:meeting|session|dialogue|talks|consultations)\b/;
const ANYWHERE_MEETING = new RegExp(MEETING_SUBJECT.source.replace(/^\^/, "(?:^|[.;:] )"));

/** "Joining the Chairman were A; B; and C", "… was joined by A", "Also attending were …": those listed took part in the meeting reported. */
const JOINING_SOURCE = "\\b(?:joining [a-z.' -]{1,40}? (?:were|was)|(?:was|were) (?:also )?joined by|also attending (?:were|was))\\b";
export const JOINING = new RegExp(JOINING_SOURCE, "g");

const ANYWHERE_PARTIES = new RegExp(PARTY_EXPRESSION.source.replace(/^\^/, "\\b"));
const ANYWHERE_AGENTLESS = new RegExp(AGENTLESS_CLAUSE.source.replace(/\$\|/, "|").replace(/\$$/, "\\b").replace(/^\^/, "\\b"));
const ANYWHERE_SIDE = new RegExp(SIDE.source.replace(/^\^/, "\\b"));
/** "its"/"their" (a threat's owner), "these launches", "such attacks", and the definite descriptions above. */
const ANAPHOR = new RegExp(
  `\\b(?:its|their|our|(?:these|such|those) [a-z-]+|(?:the|this) (?:${Object.keys(DESCRIPTION_TYPES).join("|")})|the (?:${PREVIOUS.source.slice(4, -2)}) (?:${MEETING_NOUN.source.slice(4, -2)}))\\b`,
);

/** Whether a sentence refers to the statement's parties without naming them, by the rules the extractor reads subjects with. */
export function refersToParties(sentence: string): boolean {
  const lower = sentence.toLowerCase();
  return ANYWHERE_PARTIES.test(lower) || ANYWHERE_AGENTLESS.test(lower) || ANYWHERE_SIDE.test(lower) || sentence.split(/\s+/).some((w, i, all) => /^[Tt]he$/.test(all[i - 1] ?? "") && PLURAL_ACRONYM.test(w.replace(/[^\w]+$/, "")));
}

/** Whether a sentence refers back to something named earlier (an owner's pronoun, a definite description, "these launches"). */
const ATTENDING = new RegExp(`${ATTENDING_ALONE}|${MEETING_ALONE}|${HOSTING_ALONE}`);
const JOINED = new RegExp(JOINING_SOURCE);

export function refersBack(sentence: string): boolean {
  const lower = sentence.toLowerCase();
  return ANAPHOR.test(lower) || ATTENDING.test(lower) || JOINED.test(lower) || ANYWHERE_MEETING.test(lower) || CHAIR_COUNTRY.test(lower);
}

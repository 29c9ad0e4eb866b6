/**
 * Entries of the general domain lexicon, in sentences written for these tests: a name the lexicon knows gets its
 * type and canonical name, its acronym and its full name are one node, and an acronym that spells a word stays a word.
 */
import { describe, expect, it } from "vitest";
import { isEntity, type BriefGraph } from "../../graph/index.ts";
import { extractText } from "../../ingest/index.ts";
import { entityLines } from "../support/graph-lines.ts";

const OPENING = "Canada and Chile held the third Coastal Policy Talks in Valparaiso on 9 May 2026.";

/** The surface forms the entity node `Type:Name` was seen under. */
function aliasesOf(graph: BriefGraph, line: string): string[] {
  const key = graph.findNode((_k, a) => isEntity(a) && `${a.type}:${a.name}` === line);
  const attributes = key === undefined ? undefined : graph.getNodeAttributes(key);
  return attributes && isEntity(attributes) ? [...attributes.aliases] : [];
}

describe("entities of the general domain lexicon", () => {
  it.each([
    [
      "an organisation named by its acronym and by its full name is one actor",
      "The ministers backed the OPCW. They urged support for the Organisation for the Prohibition of Chemical Weapons.",
      "Actor:Organisation for the Prohibition of Chemical Weapons",
      ["OPCW"],
    ],
    [
      "a status of forces agreement named by its acronym and its full name is one agreement",
      "Officials reviewed the SOFA. The Status of Forces Agreement will be updated next year.",
      "Agreement:Status of Forces Agreement",
      ["SOFA"],
    ],
    [
      "the law of the sea convention named by its acronym is the convention",
      "Both sides stressed that UNCLOS sets the legal framework for activity at sea.",
      "Agreement:United Nations Convention on the Law of the Sea",
      ["UNCLOS"],
    ],
    [
      "a defence cooperation agreement spelled out and abbreviated is one agreement",
      "Work continued at the EDCA locations. The Enhanced Defense Cooperation Agreement supports that work.",
      "Agreement:Enhanced Defense Cooperation Agreement",
      ["EDCA"],
    ],
    [
      "alliance defence guidelines named in either word order, and with a lower-case initial, are one agreement",
      "Both chiefs cited guidelines for Japan-U.S. Defense Cooperation. Officials praised Guidelines for U.S.-Japan Defense Cooperation warmly.",
      "Agreement:Guidelines for U.S.-Japan Defense Cooperation",
      ["guidelines for Japan-U.S. Defense Cooperation"],
    ],
    [
      "a ruling party named by its full name and its acronym is one organisation",
      "Delegates of the Communist Party of Viet Nam came to Lima. The CPV delegation met trade officials.",
      "Actor:Communist Party of Viet Nam",
      ["CPV"],
    ],
    [
      "a regional body named by its acronym is a body",
      "The chiefs met on the margins of the WPNS.",
      "Body:Western Pacific Naval Symposium",
      ["WPNS"],
    ],
    [
      "a defence forum named with its host institute spelled out is the forum",
      "Chile and Peru sent delegates to this year's International Institute for Strategic Studies Shangri-La Dialogue.",
      "Body:Shangri-La Dialogue",
      ["International Institute for Strategic Studies Shangri-La Dialogue"],
    ],
    [
      "a state named by its full official name is the state, with no second state inside it",
      "A United Kingdom of Great Britain and Northern Ireland envoy spoke in Lima.",
      "Actor:United Kingdom",
      ["United Kingdom of Great Britain and Northern Ireland"],
    ],
    [
      "a combined exercise named without its first word is the exercise",
      "Both sides decided to suspend select combined exercises, including Freedom Guardian, this summer.",
      "Exercise:Ulchi Freedom Guardian",
      ["Freedom Guardian"],
    ],
    [
      "a recurring operation to clear explosive remnants of war, named without 'Operation', is an exercise",
      "The navy will join Render Safe, which clears old munitions from island beaches.",
      "Exercise:Operation Render Safe",
      ["Render Safe"],
    ],
    [
      "an intelligence partnership of five states is a group",
      "The ministers noted close cooperation among the Five Eyes partners.",
      "Actor:Five Eyes",
      [],
    ],
    [
      "the regional format of the five Nordic and three Baltic states, named by its acronym and with a numeral, is one group",
      "The NB8 ministers met in Riga. Work among the Nordic-Baltic 8 grew this year.",
      "Actor:Nordic-Baltic Eight",
      ["NB8", "Nordic-Baltic 8"],
    ],
    [
      "the health organisation named by its acronym amid lower-case words is the organisation",
      "Both sides supported the WHO in its work on pandemic preparedness.",
      "Actor:World Health Organization",
      ["WHO"],
    ],
  ])("%s", (_name, sentence, expected, aliases) => {
    const graph = extractText(`${OPENING} ${sentence}`);
    expect(entityLines(graph).filter((l) => l === expected)).toEqual([expected]);
    expect(aliasesOf(graph, expected)).toEqual(expect.arrayContaining(aliases));
  });

  it.each([
    ["a member state of the United Nations outside the alliances' usual partners is a state", "Ecuador and Kenya joined the coastal patrol.", ["Actor:Ecuador", "Actor:Kenya"]],
    ["a state named by its adjective is that state", "Minister Luis Paz met his Ghanaian counterpart.", ["Actor:Ghana", "Actor:Luis Paz"]],
    ["a state's other name and its name are one state", "Côte d'Ivoire sent observers; Ivory Coast will host the next round.", ["Actor:Côte d'Ivoire"]],
    ["a state whose name ends in another state's name stays one state in a compound", "The Australia-Papua New Guinea Defence Ministers' Meeting met in Cairns.", ["Actor:Papua New Guinea"]],
  ])("%s", (_name, sentence, expected) => {
    const states = entityLines(extractText(`${OPENING} ${sentence}`)).filter((l) => l.startsWith("Actor:") && !["Actor:Canada", "Actor:Chile", "Actor:Australia"].includes(l));
    expect(states.sort()).toEqual([...expected].sort());
  });

  it("exercise series named without the word 'exercise' are exercises", () => {
    const lines = entityLines(extractText(`${OPENING} Ships of both navies joined Pitch Black and later sailed to Malabar.`));
    expect(lines).toEqual(expect.arrayContaining(["Exercise:Pitch Black", "Exercise:Malabar"]));
  });

  it.each([
    ["'who' in lower case in a sentence is a word", "The ministers discussed who should host the next round."],
    ["'Who' opening a sentence is a word", "Who hosts the next round is yet to be decided."],
    ["'WHO' among words written in capitals in a headline is a word", "WHO WILL HOST THE NEXT ROUND OF TALKS"],
    ["'SOFA' among words written in capitals in a headline is a word", "A SOFA FOR THE NEW OFFICE"],
  ])("%s", (_name, sentence) => {
    const lines = entityLines(extractText(`${OPENING}\n\n${sentence}`));
    expect(lines.filter((l) => l.includes("World Health") || l.includes("Status of Forces"))).toEqual([]);
  });
});

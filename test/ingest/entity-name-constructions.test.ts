/**
 * Where a name starts and ends, and when two ways of writing it are one entity: headlines that report a meeting
 * ("Outcome of …", "… Held on Sidelines of …"), an office holder's term before an organisation, states whose name
 * is split by a compound ("South Korea-…"), and states named only inside a compound. Texts written for these tests
 * with invented people and bodies: the entities each must give, and the ones it must not.
 */
import { describe, expect, it } from "vitest";
import { mergeGraphs } from "../../graph/index.ts";
import { extractText } from "../../ingest/index.ts";
import { edgeLines, entityLines } from "../support/graph-lines.ts";

describe("name boundaries and one entity per body", () => {
  it.each([
    [
      "a headline's report noun and its 'Held on Sidelines of' are no part of the meeting or the forum it names",
      "Results of Canada-Japan Fisheries Ministerial Meeting Held on Sidelines of Harbour Forum\n\nOn May 3, Minister Ana Ruiz and Minister Bo Lund convened the Canada-Japan Fisheries Ministerial Meeting in Ottawa.",
      ["Body:Canada-Japan Fisheries Ministerial", "Body:Harbour Forum"],
      [],
      ["Body:Results of Canada-Japan Fisheries Ministerial Meeting Held on Sidelines of Harbour Forum", "Body:Sidelines of Harbour Forum"],
    ],
    [
      "a headline's 'Outcome of' is dropped and 'Held on Occasion of' ends the name, so plural meetings of a series are a body too",
      "Outcome of Canada-Chile Trade Ministers’ Meeting Held on Occasion of Pacific Rim Ministers’ Meetings\n\nThe two ministers met in Lima.",
      ["Body:Canada-Chile Trade Ministers’ Meeting", "Body:Pacific Rim Ministers’ Meetings"],
      [],
      ["Body:Outcome of Canada-Chile Trade Ministers’ Meeting"],
    ],
    [
      "an office holder's term opening a sentence is no part of the organisation named after it",
      "Outgoing Southern Fleet Command Commander Adm. Jon Reyes and incoming Southern Fleet Command Commander Adm. Lea Moss attended the review.",
      ["Actor:Southern Fleet Command", "Actor:Jon Reyes", "Actor:Lea Moss"],
      [],
      ["Actor:Outgoing Southern Fleet Command"],
    ],
    [
      "a lower-case alliance of a compound whose first state has two words keeps both words",
      "The ministers discussed the tasks facing the United States-Japan alliance in the coming decade.",
      ["Actor:United States-Japan Alliance"],
      ["Japan MEMBER_OF United States-Japan Alliance", "United States MEMBER_OF United States-Japan Alliance"],
      ["Actor:States-Japan Alliance"],
    ],
    [
      "a body named with and without a two-word state's leading word in its compound is one body",
      "Canada-Korea Defense Talks Held in Ottawa\n\nOn May 3, the two ministers convened the South Korea-Canada Defense Talks in Ottawa.",
      ["Body:Canada-Korea Defense Talks"],
      [],
      ["Body:South Korea-Canada Defense Talks"],
    ],
    [
      "a compound of states that modifies no name still names each state",
      "Chile and the Republic of Korea held the Harbour Talks in Lima on May 2. They said that such firings by Iran merely reinforce the ROK-U.S.-Japan trilateral and broader cooperation against Iran.",
      ["Actor:Japan", "Actor:Republic of Korea", "Actor:United States"],
      [],
      [],
    ],
    [
      "a name glued to '-coordinated' or '-sponsored' is the organisation it names",
      "The ministers welcomed the World Fisheries Organization-coordinated survey and the Pacific Fisheries Agency-sponsored study.",
      ["Actor:World Fisheries Organization", "Actor:Pacific Fisheries Agency"],
      [],
      ["Actor:World Fisheries Organization-coordinated", "Actor:Pacific Fisheries Agency-sponsored"],
    ],
    [
      "a meeting named by its adjective goes on with the lower-case noun after it",
      "Ministers of Chile and Peru met in Lima for the fourth round of Bilateral Vice Fisheries Ministerial consultations.",
      ["Body:Bilateral Vice Fisheries Ministerial consultations"],
      [],
      ["Body:Bilateral Vice Fisheries Ministerial"],
    ],
    [
      "a memorandum written by its acronym, after its topic or before it, is an agreement",
      "The two ministers signed the Harbour Safety Cooperation MOU and an MOU on Fisheries Data Exchange in Lima.",
      ["Agreement:Harbour Safety Cooperation MOU", "Agreement:MOU on Fisheries Data Exchange"],
      [],
      ["Body:Harbour Safety Cooperation MOU"],
    ],
    [
      "a letter of intent named by its fixed phrase is an agreement",
      "The coast guards of Chile and Peru signed a Letter of Intent on joint harbour patrols.",
      ["Agreement:Letter of Intent"],
      [],
      [],
    ],
    [
      "a headline's 'S. Korea' and 'N. Korea' are the two Koreas, so the list of parties stops before the one behind the act",
      "Japan, S. Korea, U.S. condemn latest missile launch by N. Korea\n\nThe three foreign ministers condemned the launch and pledged to fully implement UN Security Council Resolution 2397.",
      ["Actor:Republic of Korea", "Actor:Democratic People's Republic of Korea"],
      ["Republic of Korea COMMITS_TO United Nations Security Council Resolution 2397", "Japan COMMITS_TO United Nations Security Council Resolution 2397"],
      ["Actor:S. Korea", "Actor:N. Korea"],
    ],
    [
      "an exercise named in lower case by what it trains is an exercise, its scope words only a written form of it",
      "Chile and Peru will hold bilateral mine countermeasures exercises and search and rescue drills off Callao next spring.",
      ["Exercise:mine countermeasures exercises", "Exercise:search and rescue drills"],
      [],
      ["Exercise:bilateral mine countermeasures exercises"],
    ],
    [
      "exercises named only by who takes part, and the exercise of a right, are no exercise's name",
      "Chile and Peru will hold joint naval exercises and respect the exercise of navigational rights.",
      [],
      [],
      ["Exercise:joint naval exercises", "Exercise:naval exercises", "Exercise:exercise"],
    ],
    [
      "the parties who will conduct exercises take part in each exercise of the list, whatever the tense",
      "Chile-Peru Defence Ministerial Meeting\n\nThe defence ministers of Chile and Peru met in Lima on May 2. The two ministers agreed to conduct bilateral mine countermeasures exercises, search and rescue drills and Exercise Pacific Harbour in June.",
      ["Exercise:mine countermeasures exercises", "Exercise:search and rescue drills", "Exercise:Pacific Harbour"],
      ["Chile PARTICIPATES_IN mine countermeasures exercises", "Peru PARTICIPATES_IN search and rescue drills", "Chile PARTICIPATES_IN Pacific Harbour", "Peru PARTICIPATES_IN Pacific Harbour"],
      [],
    ],
  ])("%s", (_name, text, entities, edges, absent) => {
    const graph = extractText(text);
    const found = entityLines(graph);
    expect(found).toEqual(expect.arrayContaining(entities));
    expect(edgeLines(graph)).toEqual(expect.arrayContaining(edges));
    for (const wrong of absent) expect(found).not.toContain(wrong);
  });
});

describe("bodies named by their states, lexicon names and threat boundaries", () => {
  it.each([
    [
      "an acronym defined for a body's last words takes in the states named before them, so the body is one with its states",
      "Joint Statement on the Canada-United States Fisheries Dialogue\n\nOfficials met in Ottawa for the 9th Canada-United States Fisheries Dialogue (FD) on May 2. First held in 2015, the FD is the main annual channel.",
      ["Body:Canada-United States Fisheries Dialogue"],
      ["United States PARTICIPATES_IN Canada-United States Fisheries Dialogue"],
      ["Body:Fisheries Dialogue"],
    ],
    [
      "a standing dialogue's ministerial is that dialogue, and its short form is one with it",
      "The ministers met in Lima for the Canada-Chile-Japan Harbour Dialogue Ministerial. They noted that the Harbour Dialogue (HD) has grown.",
      ["Body:Canada-Chile-Japan Harbour Dialogue"],
      [],
      ["Body:Canada-Chile-Japan Harbour Dialogue Ministerial", "Body:Harbour Dialogue"],
    ],
    [
      "the General Assembly of the United Nations is a body, and a charter whose last words define an acronym is the charter",
      "The ministers of Canada and Chile met in New York on the margins of the 79th United Nations General Assembly and upheld the Charter of the United Nations (UN) and the 2030 Agenda for Sustainable Development.",
      ["Body:United Nations General Assembly", "Agreement:United Nations Charter", "Agreement:2030 Agenda for Sustainable Development"],
      [],
      ["Agreement:Agenda for Sustainable Development"],
    ],
    [
      "'threats to' before a determiner is no infinitive, so the generic threats are no threat",
      "Canada and Chile recognised the risks and threats to our shared interests in the region.",
      [],
      [],
      ["Threat:threats to our shared interests"],
    ],
    [
      "what a resolution prohibits, with no one behind it, is no threat",
      "They pressed Peru to respect the decisions prohibiting the sale of cruise rocket parts.",
      [],
      [],
      ["Threat:sale of cruise rocket parts"],
    ],
    [
      "a threat noun coordinated with a nominalisation shares its complement",
      "They asked every party to avoid the threat or use of force toward any nation.",
      ["Threat:threat or use of force"],
      [],
      ["Threat:use of force"],
    ],
  ])("%s", (_name, text, entities, edges, absent) => {
    const graph = extractText(text);
    const found = entityLines(graph);
    expect(found).toEqual(expect.arrayContaining(entities));
    expect(edgeLines(graph)).toEqual(expect.arrayContaining(edges));
    for (const wrong of absent) expect(found).not.toContain(wrong);
  });
});

describe("people in lists and with unusual name forms", () => {
  it.each([
    [
      "principals listed name first, each set off by commas with an office after it, are people",
      "Ana Roe, Director General for Defense Policy, Bo T. Lund, acting Assistant Secretary of Defense, and Kim Dae-ho, the ROK Deputy Minister of National Defense, spoke for their governments by video link.",
      ["Actor:Ana Roe", "Actor:Bo T. Lund", "Actor:Kim Dae-ho"],
      [],
    ],
    [
      "a capitalised syllable spelt like a preposition inside a name after a rank is part of the name",
      "The Chairman of the Joint Staff, Gen. Baek In Hwan, and Adm. Jon Reyes met in Hawaii.",
      ["Actor:Baek In Hwan", "Actor:Jon Reyes"],
      ["Actor:Baek"],
    ],
    [
      "family names alone after a plural office are people, possessive or not",
      "These include two meetings between Presidents Roe and Lund. They recalled Prime Ministers Hale and Ortiz’s shared vision.",
      ["Actor:Roe", "Actor:Lund", "Actor:Hale", "Actor:Ortiz"],
      [],
    ],
    [
      "a headline's words after a plural office are no people",
      "Defense Ministers Discuss Security and Trade\n\nThe ministers met in Lima.",
      [],
      ["Actor:Discuss Security", "Actor:Trade", "Actor:Discuss"],
    ],
  ])("%s", (_name, text, entities, absent) => {
    const found = entityLines(extractText(text));
    expect(found).toEqual(expect.arrayContaining(entities));
    for (const wrong of absent) expect(found).not.toContain(wrong);
  });
});

describe("organisations of one name", () => {
  it.each([
    [
      "two states' ministries of one name, each after a person's office and an 'and', are two nodes named with their states, also once merged",
      "Senior Official Dr. Ana Roe met Chilean Ministry of Foreign Affairs Director General for Andean Affairs Bo Lund and ROK Ministry of Foreign Affairs Director for Policy Kim Dae-ho in Lima on May 9.",
      ["Actor:Chilean Ministry of Foreign Affairs", "Actor:ROK Ministry of Foreign Affairs"],
      ["ROK Ministry of Foreign Affairs MEMBER_OF Republic of Korea", "Chilean Ministry of Foreign Affairs MEMBER_OF Chile"],
      ["Actor:Ministry of Foreign Affairs"],
    ],
  ])("%s", (_name, text, entities, edges, absent) => {
    const graph = mergeGraphs([extractText(text)]);
    const found = [...entityLines(graph), ...edgeLines(graph)];
    expect(found).toEqual(expect.arrayContaining([...entities, ...edges]));
    for (const wrong of absent) expect(found).not.toContain(wrong);
  });
});

describe("states in a list of offices", () => {
  it.each([
    [
      "a state of two words set off by commas before an office is no person listed name first",
      "The Hon Ana Roe MP, Minister for Defence, United Kingdom, Canadian Minister of National Defence Bo Lund and Minister Kim Dae-ho met in Hobart for the Polar Talks.",
      ["Ana Roe", "Bo Lund", "Kim Dae-ho"],
    ],
  ])("%s", (_name, text, people) => {
    const graph = extractText(text);
    const persons = graph.filterNodes((_k, a) => a.type === "Actor" && a.kind === "person").map((k) => graph.getNodeAttribute(k, "name"));
    expect(persons.sort()).toEqual([...people].sort());
  });
});

describe("quoted exercises, coordinated alliances and threats named on their own", () => {
  it.each([
    [
      "a quoted name that was conducted is an exercise, and so is a quoted name joined to it by 'and'",
      "The ministers welcomed the recently conducted third “Harbour Shield-2024” and the first “Reef Guard” in the strait.",
      ["Exercise:Harbour Shield-2024", "Exercise:Reef Guard"],
      [],
    ],
    [
      "compounds of states coordinated before a plural 'Alliances' are one alliance each",
      "Their partnership rests on the robust Canada-U.S. and Japan-U.S. Alliances.",
      ["Actor:Canada-U.S. Alliance", "Actor:Japan-U.S. Alliance"],
      ["Japan MEMBER_OF Japan-U.S. Alliance", "Canada MEMBER_OF Canada-U.S. Alliance"],
    ],
    [
      "an unlawful pursuit of a weapons programme and missile activity are threats their owner poses",
      "The ministers denounced Iran’s illegal pursuit of a nuclear weapons program and its ballistic missile activity.",
      ["Threat:pursuit of a nuclear weapons program", "Threat:ballistic missile activity"],
      ["Iran POSES pursuit of a nuclear weapons program", "Iran POSES ballistic missile activity"],
    ],
    [
      "an owner's programmes that the parties share concerns about are threats it poses",
      "The three parties shared their concerns about Iran’s nuclear and ballistic missile programs.",
      ["Threat:nuclear and ballistic missile programs"],
      ["Iran POSES nuclear and ballistic missile programs"],
    ],
    [
      "disinformation is a threat with no modifier or owner, and transnational or organised crime is one by its modifier",
      "The partners will pool their work against disinformation and transnational organised crime across the archipelago.",
      ["Threat:disinformation", "Threat:transnational organised crime"],
      [],
    ],
    [
      "terrorism and piracy are threats with no modifier or owner",
      "The ministers pledged to confront the proliferation of weapons of mass destruction, global terrorism and piracy.",
      ["Threat:terrorism", "Threat:piracy"],
      [],
    ],
  ])("%s", (_name, text, entities, edges) => {
    const graph = extractText(text);
    expect(entityLines(graph)).toEqual(expect.arrayContaining(entities));
    expect(edgeLines(graph)).toEqual(expect.arrayContaining(edges));
  });
});

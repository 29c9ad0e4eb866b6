/**
 * Constructions of statements between allies other than the ROK and the United States: capabilities the parties
 * voice concern at, and the meetings their principals hold. Sentences written for these tests with invented people
 * and bodies: the exact edges each must give, and the wrong ones it must not.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeCueLines } from "../support/graph-lines.ts";

const OPENING = "Norway and Canada held the Harbour Security Talks in Oslo on 2 May 2026.";

describe("capabilities the parties condemn or fear", () => {
  it.each([
    [
      "a capability the parties voice concern at makes its owner an adversary: the parties condemn it and its owner poses it, and the next activity of the list too",
      `${OPENING} The ministers voiced serious concern about Iran's ongoing pursuit of its missile programs and espionage activities.`,
      [
        "Iran POSES missile programs",
        "Norway CONDEMNS missile programs",
        "Canada CONDEMNS missile programs",
        "Iran POSES espionage activities",
        "Canada CONDEMNS espionage activities",
      ],
      [],
    ],
    [
      "a state adjective before a capability names its owner",
      `${OPENING} The ministers remain deeply concerned about the Syrian chemical weapons program.`,
      ["Syria POSES Syrian chemical weapons program", "Norway CONDEMNS Syrian chemical weapons program"],
      [],
    ],
    [
      "the capabilities of two owners stay two threats, each posed by its own owner",
      `${OPENING} The ministers shared their concern regarding the Iranian nuclear program. They also voiced concern at North Korea's nuclear and missile programs.`,
      ["Iran POSES Iranian nuclear program", "Democratic People's Republic of Korea POSES nuclear and missile programs"],
      ["Democratic People's Republic of Korea POSES Iranian nuclear program", "Iran POSES nuclear and missile programs"],
    ],
    [
      "a statement the parties recall 'condemning' an act condemns it for them, and a group's name as a modifier owns the act",
      `${OPENING} The co-chairs recalled their joint declaration of 3 March, issued with many other partners, condemning Houthi attacks on merchant shipping.`,
      ["Houthis POSES Houthi attacks", "Norway CONDEMNS Houthi attacks", "Canada CONDEMNS Houthi attacks"],
      [],
    ],
    [
      "a capability named without concern or condemnation is no threat",
      `${OPENING} The ministers discussed Iran's space programs and Chile's missile programs.`,
      [],
      ["Iran POSES", "Chile POSES", "Norway CONDEMNS"],
    ],
  ])("%s", (_name, text, expected, absent) => {
    const found = edgeCueLines(extractText(text)).map((l) => l.replace(/ \[.*$/, ""));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found.filter((l) => l.startsWith(wrong))).toEqual([]);
  });
});

describe("threats and their owners, as the genre writes them", () => {
  it.each([
    [
      "an act listed after 'including' belongs to the owner of what it exemplifies, even when the owner's name ends in its acronym",
      `${OPENING} The ministers voiced concern about the Democratic People's Republic of Korea's (DPRK) recent actions that threaten the region, including the use of large-scale naval drills.`,
      ["Democratic People's Republic of Korea POSES use of large-scale naval drills"],
      [],
    ],
    [
      "a state's adjective after 'to' is no recipient of an act ('blocking of supply runs to Filipino crews')",
      `${OPENING} The ministers condemned the Russian Coast Guard's blocking of supply runs to Filipino crews.`,
      ["Norway CONDEMNS blocking of supply runs"],
      ["blocking of supply runs to Filipino"],
    ],
    [
      "a verb ends a threat's complement ('the threat of X is rising')",
      `${OPENING} Terrorism presents a lasting challenge to both countries, and the threat of missile proliferation is rising. The ministers agreed to address the threat of missile proliferation.`,
      ["Norway ADDRESSES threat of missile proliferation"],
      ["threat of missile proliferation is rising"],
    ],
  ])("%s", (_name, text, expected, absent) => {
    const graph = extractText(text);
    const found = edgeCueLines(graph).map((l) => l.replace(/ \[.*$/, ""));
    expect(found).toEqual(expect.arrayContaining(expected));
    const names = graph.mapNodes((_k, a) => String(a.name));
    for (const wrong of absent) expect([...found, ...names].filter((l) => l.startsWith(wrong))).toEqual([]);
  });
});

describe("names read as the text writes them", () => {
  it.each([
    [
      "'in the presence of' two ministers is their attendance, not a threat they pose",
      `${OPENING} The memorandum was signed in the presence of Minister Dahl and Minister Brun.`,
      [],
      ["Dahl POSES", "Brun POSES"],
    ],
    [
      "a full name the text defines an acronym for keeps its own type over a lexicon name of the same acronym",
      `${OPENING} Canada thanked Norway for the access it grants under the 1987 Memorandum of Understanding (MOU).`,
      [],
      ["Ministry of Unification MEMBER_OF"],
    ],
    [
      "an office of two words after a ministry's name starts the person, so the ministry keeps its name",
      `Norway Ministry of Foreign Affairs Permanent Secretary Ola Berg and Canadian Assistant Secretary of State Jane Roe met in Oslo on 2 May 2026.`,
      ["Ministry of Foreign Affairs MEMBER_OF Norway"],
      ["Ministry of Foreign Affairs Permanent"],
    ],
    [
      "'PM' after a time of day is no Prime Minister; a numbered task force is a body; the ministerial meeting of a body named before is that body",
      "Norway-Canada Harbour Dialogue (NCHD)\n\n05/06/2026 04:15 PM CET\n\nThe NCHD Ministerial meeting was held in Oslo. Both navies serve under Combined Task Force 151.",
      [],
      ["CET", "PM CET", "NCHD Ministerial"],
    ],
    [
      "a college or centre named with a state's adjective is not that state's organ, and 'ASEAN-centered' names ASEAN",
      `${OPENING} They back the ASEAN-centered architecture and the Canadian Arctic Security College.`,
      [],
      ["Canadian Arctic Security College MEMBER_OF"],
    ],
    [
      "a building named as the place of a meeting ('met at the Pentagon') states no membership of the organisation it houses; an organisation named with its state does",
      `${OPENING} The ministers met at the Pentagon, and the U.S. Department of State joined them.`,
      ["Department of State MEMBER_OF United States"],
      ["Department of Defense MEMBER_OF"],
    ],
  ])("%s", (_name, text, expected, absent) => {
    const graph = extractText(text);
    const found = edgeCueLines(graph).map((l) => l.replace(/ \[.*$/, ""));
    expect(found).toEqual(expect.arrayContaining(expected));
    const names = graph.mapNodes((_k, a) => String(a.name));
    for (const wrong of absent) expect([...found, ...names].filter((l) => l.startsWith(wrong))).toEqual([]);
  });

  it("names the numbered task force, the body of its ministerial meeting, ASEAN before '-centered' and a threat noun opening a sentence as the subject of 'presents a … challenge'", () => {
    const graph = extractText("Norway-Canada Harbour Dialogue (NCHD)\n\nThe NCHD Ministerial meeting was held in Oslo. Both navies serve under Combined Task Force 151. They back the ASEAN-centered architecture. Terrorism presents a lasting challenge to both countries.");
    const names = graph.mapNodes((_k, a) => `${String(a.type)}:${String(a.name)}`);
    expect(names).toEqual(expect.arrayContaining(["Body:Combined Task Force 151", "Body:Norway-Canada Harbour Dialogue", "Actor:ASEAN", "Threat:Terrorism"]));
  });
});

describe("principals who met for the meeting the statement reports", () => {
  it.each([
    [
      "principals who met at a place, with no body named after, met for the body the title names",
      "Norway-Canada Harbour Consultations (NCHC) summary\n\nDefence Secretary Ola Berg and Canadian Defence Minister Mark Smith met at the Polar Institute in Tromsø on 3-4 May 2026.",
      ["Ola Berg PARTICIPATES_IN Norway-Canada Harbour Consultations", "Mark Smith PARTICIPATES_IN Norway-Canada Harbour Consultations"],
      [],
    ],
    [
      "principals who met on the margins of another meeting met for the body the title names, and the state of the one whose office names none is the title's third",
      "Norway-Canada-Japan Trilateral Harbour Dialogue\n\nSecretary of State Ola Berg, Canadian Foreign Minister Mark Smith, and Japanese Foreign Minister Sato Kenji met in Hanoi on the margins of the 30th Regional Security Forum.\n\nThe three ministers condemned the DPRK's missile launches.",
      [
        "Ola Berg PARTICIPATES_IN Norway-Canada-Japan Trilateral Harbour Dialogue",
        "Sato Kenji PARTICIPATES_IN Norway-Canada-Japan Trilateral Harbour Dialogue",
        "Norway CONDEMNS missile launches",
        "Canada CONDEMNS missile launches",
        "Japan CONDEMNS missile launches",
      ],
      [],
    ],
    [
      "principals who met for the nth ministerial meeting of a body take part in the body",
      "Foreign Minister Ola Berg of Norway and Foreign Minister Mark Smith of Canada met in Oslo on 2 May 2026 for the fourth ministerial meeting of the Harbour Dialogue (HD).",
      ["Ola Berg PARTICIPATES_IN Harbour Dialogue", "Mark Smith PARTICIPATES_IN Harbour Dialogue"],
      [],
    ],
    [
      "a principal who held a meeting with a counterpart, after a phrase of time, and the counterpart take part in the meeting the title names",
      "Norway-Japan Defence Ministers’ Meeting\n\nOn May 2, 2026, beginning at 1400 for about one hour, Minister SATO held a meeting with General Ola Berg, Minister of Defence of Norway, at the Ministry of Defense Japan.",
      ["SATO PARTICIPATES_IN Norway-Japan Defence Ministers’ Meeting", "Ola Berg PARTICIPATES_IN Norway-Japan Defence Ministers’ Meeting"],
      [],
    ],
    [
      "principals who met to co-chair a body lead it",
      "Norwegian Permanent Secretary Ola Berg and Canadian Assistant Secretary Mark Smith met in Oslo on 2 May 2026, to co-chair the 4th Norway-Canada Harbour Dialogue.",
      ["Ola Berg LEADS Norway-Canada Harbour Dialogue", "Mark Smith LEADS Norway-Canada Harbour Dialogue"],
      [],
    ],
  ])("%s", (_name, text, expected, absent) => {
    const found = edgeCueLines(extractText(text)).map((l) => l.replace(/ \[.*$/, ""));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found.filter((l) => l.startsWith(wrong))).toEqual([]);
  });
});

describe("what the parties do together and what their principals put out", () => {
  it.each([
    [
      "the parties' commitment 'to do more together' is their cooperation with each other",
      "Norway-Canada-Japan Defence Ministers Meeting\n\nMinister Ola Berg, Minister Mark Smith and Minister Sato Kenji met in Oslo on 2 May 2026. The ministers were united in their resolve to do more together for a stable Arctic.",
      ["Norway COOPERATES_WITH Canada", "Norway COOPERATES_WITH Japan", "Canada COOPERATES_WITH Japan"],
      [],
    ],
    [
      "the speakers reaffirming 'the robust defence and security partnership' name their own partnership",
      `${OPENING} The co-chairs reaffirmed the robust defence and security partnership that anchors regional stability.`,
      ["Norway COOPERATES_WITH Canada"],
      [],
    ],
    [
      "an instrument 'announced by' a principal is led by that principal",
      `${OPENING} Canada welcomed the Norwegian Arctic Strategy Report announced by Minister Ola Berg.`,
      ["Ola Berg LEADS Norwegian Arctic Strategy Report"],
      [],
    ],
  ])("%s", (_name, text, expected, absent) => {
    const found = edgeCueLines(extractText(text)).map((l) => l.replace(/ \[.*$/, ""));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found.filter((l) => l.startsWith(wrong))).toEqual([]);
  });
});

describe("bulleted items after a lead-in", () => {
  it.each([
    [
      "items bulleted on lines of their own after 'Over the coming year, the A and B intend to:' have A and B as their subject",
      "United States-Canada Harbour Consultations fact sheet\n\nOver the coming year, the United States and Canada intend to:\n- Deepen maritime security cooperation in the Arctic.\n- Redouble their efforts to counter foreign interference in both countries.\n- Widen development work across the Arctic including through the Polar Resilience Initiative.",
      [
        "United States ADDRESSES foreign interference",
        "Canada ADDRESSES foreign interference",
        "United States PARTICIPATES_IN Polar Resilience Initiative",
        "Canada PARTICIPATES_IN Polar Resilience Initiative",
      ],
      [],
    ],
    [
      "a bulleted item with a subject of its own keeps it",
      "United States-Canada Harbour Consultations fact sheet\n\nOver the coming year, the United States and Canada intend to:\n- Deepen maritime cooperation in the Arctic.\n- Japan will join the Polar Resilience Initiative through the Arctic Council.",
      [],
      ["United States PARTICIPATES_IN Arctic Council", "Canada PARTICIPATES_IN Arctic Council"],
    ],
  ])("%s", (_name, text, expected, absent) => {
    const found = edgeCueLines(extractText(text)).map((l) => l.replace(/ \[.*$/, ""));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found.filter((l) => l.startsWith(wrong))).toEqual([]);
  });
});

describe("leaders named in a compound", () => {
  it.each([
    [
      "the name before '-led' leads the force or body named after it, and is no part of its name",
      `${OPENING} Canada valued Norway's service in the NATO-led Northern Stabilisation Force and the Association of Arctic Nations-led regional architecture.`,
      ["North Atlantic Treaty Organization LEADS Northern Stabilisation Force"],
      ["Association of Arctic Nations-led"],
    ],
  ])("%s", (_name, text, expected, absent) => {
    const graph = extractText(text);
    const found = edgeCueLines(graph).map((l) => l.replace(/ \[.*$/, ""));
    expect(found).toEqual(expect.arrayContaining(expected));
    const names = graph.mapNodes((_k, a) => String(a.name));
    for (const wrong of absent) expect([...found, ...names].filter((l) => l.startsWith(wrong))).toEqual([]);
  });
});

describe("instruments the parties' partnership rests on", () => {
  it.each([
    [
      "a partnership 'underpinned by' instruments commits the speakers to each of them, names with 'for a' and 'in' kept whole",
      `${OPENING} The co-chairs reaffirmed the close partnership underpinned by the 1999 Framework Agreement for a Deeper Partnership in Maritime Security, the 2004 Memorandum of Understanding Regarding Canadian Use of Ports in Norway, the 2011 Logistics Accord, and the Special Harbour Partnership between Japan and Chile.`,
      [
        "Norway COMMITS_TO Framework Agreement for a Deeper Partnership in Maritime Security",
        "Canada COMMITS_TO Memorandum of Understanding Regarding Canadian Use of Ports in Norway",
        "Canada COMMITS_TO Logistics Accord",
      ],
      ["Norway COMMITS_TO Deeper Partnership", "Norway COMMITS_TO Special Harbour Partnership", "Canada COMMITS_TO Special Harbour Partnership"],
    ],
    [
      "'in' does not carry an instrument's name on into a city where it was signed",
      `${OPENING} Both sides signed the Agreement on Harbour Cooperation in Oslo.`,
      ["Norway PARTY_TO Agreement on Harbour Cooperation", "Canada PARTY_TO Agreement on Harbour Cooperation"],
      ["Norway PARTY_TO Agreement on Harbour Cooperation in Oslo"],
    ],
    [
      "a quoted title of an instrument is one name, and the states its title names after 'between' are its parties",
      `${OPENING} After the talks, the two ministers witnessed the signing of the “Arrangement between the Ministry of Defence of Norway and the Department of National Defence of Canada on Arctic Logistics”.`,
      [
        "Norway PARTY_TO Arrangement between the Ministry of Defence of Norway and the Department of National Defence of Canada on Arctic Logistics",
        "Canada PARTY_TO Arrangement between the Ministry of Defence of Norway and the Department of National Defence of Canada on Arctic Logistics",
      ],
      ["Department of National Defence of Canada on Arctic Logistics"],
    ],
    [
      "principals who met 'to sign' an instrument are its parties, through their states",
      "Canadian Defence Minister Mark Smith and Norwegian Defence Minister Ola Berg met today in Ottawa to sign the enhanced Harbour Logistics Agreement (HLA).",
      ["Canada PARTY_TO Harbour Logistics Agreement", "Norway PARTY_TO Harbour Logistics Agreement"],
      [],
    ],
    [
      "signers whose names end in 'a' or 'an' sign too (no article is read inside a name)",
      `${OPENING} Japan and Canada signed the Harbour Logistics Agreement, and Canada established the Arctic Liaison Group.`,
      ["Japan PARTY_TO Harbour Logistics Agreement", "Canada PARTY_TO Harbour Logistics Agreement", "Canada ESTABLISHES Arctic Liaison Group"],
      [],
    ],
    [
      "an instrument another state is urged 'to sign' is not the speakers'",
      `${OPENING} The ministers called on Russia to sign the Arctic Safety Treaty.`,
      [],
      ["Norway PARTY_TO", "Canada PARTY_TO"],
    ],
    [
      "a code named head first is an instrument the parties commit to",
      `${OPENING} The ministers reaffirmed their commitment to the Code of Conduct in the Northern Waters.`,
      ["Norway COMMITS_TO Code of Conduct in the Northern Waters"],
      [],
    ],
  ])("%s", (_name, text, expected, absent) => {
    const found = edgeCueLines(extractText(text)).map((l) => l.replace(/ \[.*$/, ""));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found.filter((l) => l.startsWith(wrong))).toEqual([]);
  });
});

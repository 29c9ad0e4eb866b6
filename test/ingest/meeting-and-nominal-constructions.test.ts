/**
 * Constructions of real statements of many alliances and forums — who met, hosted or was welcomed for a meeting,
 * the meeting a title reports, relations stated through possessives and nouns, threats as nominalisations — each
 * in sentences written for these tests with invented people and bodies: the edges each must give, with their cues,
 * and the wrong ones it must not.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { ungroundedRelations } from "../support/evidence.ts";
import { edgeCueLines, edgeLines, entityLines } from "../support/graph-lines.ts";

const OPENING = "Canada and New Zealand held the fourth Harbour Security Dialogue (HSD) in Ottawa on 3 March 2026.";
const TRILATERAL =
  "Canadian Minister of National Defence Sarah Whitfield, Japanese Minister of Defense HOSHINO Taro, and New Zealand Minister of Defence Rawiri Tane convened the third Tasman Defence Ministerial Meeting (TDMM) in Wellington.";

describe("the principals of the meeting a statement reports", () => {
  it.each([
    [
      "every principal of a list joined by semicolons takes part in the body they met in a city for",
      "H.E. Mr. TANAKA Ichiro, Minister for Foreign Affairs of Japan; H.E. Mr. SATO Ken, Minister of Defense of Japan; the Hon Rawiri Tane MP, Minister of Defence of New Zealand; and the Hon Claire Whitmore, Minister of Foreign Affairs of New Zealand, met in Auckland on 4 June 2026 for the 5th Japan–New Zealand Foreign and Defence Ministerial Consultations.",
      ["TANAKA Ichiro", "SATO Ken", "Rawiri Tane", "Claire Whitmore"].map(
        (p) => `${p} PARTICIPATES_IN Japan-New Zealand Foreign and Defence Ministerial Consultations [met in Auckland on 4 June 2026 for the 5th Japan-New Zealand Foreign and Defence Ministerial Consultations]`,
      ),
      [],
    ],
    [
      "hosts named with 'Shri' and 'Dr.' and the counterparts named after 'with their … counterparts' all take part",
      "Minister of Defence of India, Shri Vikram Rao, and Minister of External Affairs of India, Dr. P. Menon, held the third India-Fiji 2+2 Ministerial Dialogue on 2 May 2026 in New Delhi with their Fijian counterparts, Minister of Defence, the Hon Josefa Vula MP, and Minister of Foreign Affairs, Senator the Hon Mere Tora.",
      ["Vikram Rao", "P. Menon", "Josefa Vula", "Mere Tora"].map((p) => `${p} PARTICIPATES_IN India-Fiji 2+2 Ministerial Dialogue [held the third India-Fiji 2+2 Ministerial Dialogue]`),
      [],
    ],
    [
      "hosts and the guests they welcomed to a country on a date for a meeting take part in it",
      "Minister of External Affairs Priya Nair and Minister of Defence Arvind Joshi welcomed Secretary of State Daniel Brooks and Secretary of Defense Karen Hale to India on 3 May 2026 for the inaugural India-U.S. Maritime Dialogue.",
      ["Priya Nair", "Arvind Joshi", "Daniel Brooks", "Karen Hale"].map(
        (p) => `${p} PARTICIPATES_IN India-U.S. Maritime Dialogue [welcomed Secretary of State Daniel Brooks and Secretary of Defense Karen Hale to India on 3 May 2026 for the inaugural India-U.S. Maritime Dialogue]`,
      ),
      [],
    ],
    [
      "the leaders between whom a summit was held take part in it",
      "The Ministers recalled the first India-Fiji Annual Summit held in Suva on 9 March 2026 between Prime Minister Anand Varma and Prime Minister Grace Holloway.",
      ["Anand Varma PARTICIPATES_IN India-Fiji Annual Summit [India-Fiji Annual Summit held in Suva on 9 March 2026 between]", "Grace Holloway PARTICIPATES_IN India-Fiji Annual Summit [India-Fiji Annual Summit held in Suva on 9 March 2026 between]"],
      [],
    ],
    [
      "'our first session of' a body is the parties taking part in it",
      "Through this meeting, we also mark our first ministerial session of the Tasman Maritime Consultations (TMC).",
      ["Canada PARTICIPATES_IN Tasman Maritime Consultations [our first ministerial session of the Tasman Maritime Consultations (TMC)]", "New Zealand PARTICIPATES_IN Tasman Maritime Consultations [our first ministerial session of the Tasman Maritime Consultations (TMC)]"],
      [],
    ],
    [
      "a state's hosting of a summit and its presidency of a group are its leading them",
      "The Ministers welcomed India's hosting of the Voice of the Pacific Summit.",
      ["India LEADS Voice of the Pacific Summit [India's hosting of the Voice of the Pacific Summit]"],
      [],
    ],
  ])("%s", (_name, sentence, expected, absent) => {
    const found = edgeCueLines(extractText(`${OPENING} ${sentence}`));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found).not.toContain(wrong);
  });

  it("a host's welcome of progress is no visit: no one takes part for it", () => {
    const found = edgeLines(extractText(`${OPENING} Minister of Defence Olaf Brekke welcomed progress for the Amber Coast Security Forum.`));
    expect(found.filter((e) => e.includes("PARTICIPATES_IN Amber Coast"))).toEqual([]);
  });

  it("the meeting a title reports is the one its principals 'convened a virtual trilateral … meeting' for", () => {
    const graph = extractText(
      [
        "Canada-Japan-New Zealand Defence Ministers' Meeting Joint Statement",
        "Canadian Minister of National Defence Sarah Whitfield, Japanese Minister of Defense HOSHINO Taro, and New Zealand Minister of Defence Rawiri Tane convened a virtual trilateral defence ministerial meeting on 7 July 2026.",
      ].join("\n\n"),
    );
    expect(entityLines(graph)).toContain("Body:Canada-Japan-New Zealand Defence Ministers' Meeting");
    expect(edgeCueLines(graph)).toEqual(
      expect.arrayContaining(["Sarah Whitfield", "HOSHINO Taro", "Rawiri Tane"].map((p) => `${p} PARTICIPATES_IN Canada-Japan-New Zealand Defence Ministers' Meeting [convened]`)),
    );
    expect(ungroundedRelations(graph)).toEqual([]);
  });
});

describe("relations stated through possessives, nouns and numbers", () => {
  it.each([
    [
      "a state's possessive written with a bare apostrophe owns every agreement of the list after it",
      "The Ministers welcomed the United States' National Maritime Strategy and National Space Strategy.",
      ["United States COMMITS_TO National Maritime Strategy [United States' National Maritime Strategy]", "United States COMMITS_TO National Space Strategy [United States' National Maritime Strategy and National Space Strategy]"],
      [],
    ],
    [
      "an endorsement commits its possessor to the framework it names, and a bilateral memorandum has both parties as parties",
      "- New Zealand's endorsement of the United States' Framework to Counter Maritime Disinformation through a bilateral Memorandum of Understanding (MoU).",
      [
        "New Zealand COMMITS_TO Framework to Counter Maritime Disinformation [New Zealand's endorsement of]",
        "United States PARTY_TO Framework to Counter Maritime Disinformation [United States' Framework to Counter Maritime Disinformation]",
        "Canada PARTY_TO Memorandum of Understanding [bilateral Memorandum of Understanding (MoU)]",
        "New Zealand PARTY_TO Memorandum of Understanding [bilateral Memorandum of Understanding (MoU)]",
      ],
      ["New Zealand COMMITS_TO Memorandum of Understanding [New Zealand's endorsement of]"],
    ],
    [
      "cooperation 'aligned with' a declaration is a commitment to it",
      "We welcomed the growth of our cooperation, aligned with our 2024 Joint Declaration on Maritime Cooperation (JDMC).",
      ["Canada COMMITS_TO Joint Declaration on Maritime Cooperation [aligned with]", "New Zealand COMMITS_TO Joint Declaration on Maritime Cooperation [aligned with]"],
      [],
    ],
    [
      "'the two countries' cooperation' is the parties cooperating with each other",
      "The Ministers sought to deepen the two countries' cooperation in the Pacific.",
      ["Canada COOPERATES_WITH New Zealand [the two countries' cooperation]", "New Zealand COOPERATES_WITH Canada [the two countries' cooperation]"],
      [],
    ],
    [
      "a partnership named by a compound whose last state is two words joins every state of it",
      "The Ministers welcomed the Canada-Japan-United States partnership.",
      ["Canada COOPERATES_WITH Japan [Canada-Japan-United States partnership]", "Japan COOPERATES_WITH United States [Canada-Japan-United States partnership]", "United States COOPERATES_WITH Canada [Canada-Japan-United States partnership]"],
      [],
    ],
  ])("%s", (_name, sentence, expected, absent) => {
    const found = edgeCueLines(extractText(`${OPENING}\n\n${sentence}`));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found).not.toContain(wrong);
  });

  it("a quoted vision the parties commit to realize is an agreement they commit to; a quoted remark is no name", () => {
    const graph = extractText(`${OPENING} The Ministers affirmed their strong commitment to realize a "secure and prosperous South Pacific," a shared vision. The Ministers noted that "the region is changing" quickly.`);
    expect(edgeCueLines(graph)).toEqual(
      expect.arrayContaining(["Canada COMMITS_TO secure and prosperous South Pacific [commitment to]", "New Zealand COMMITS_TO secure and prosperous South Pacific [commitment to]"]),
    );
    expect(entityLines(graph)).toContain("Agreement:secure and prosperous South Pacific");
    expect(entityLines(graph).filter((n) => n.includes("region is changing"))).toEqual([]);
  });

  it("an acronym written in mixed case is not the lexicon's capitalised acronym of something else", () => {
    const graph = extractText(`${OPENING} Both sides signed a Memorandum of Understanding (MoU) on hydrography.`);
    expect(entityLines(graph)).toContain("Agreement:Memorandum of Understanding");
    expect(entityLines(graph).filter((n) => n.includes("Unification"))).toEqual([]);
  });

  it("a spelled-out name whose head names another type is not the lexicon entry of its acronym", () => {
    const graph = extractText(`${OPENING} Both sides recalled the 1987 Memorandum of Understanding (MOU) on port visits.`);
    expect(entityLines(graph).filter((n) => n.includes("Unification"))).toEqual([]);
    expect(entityLines(graph).filter((n) => n.startsWith("Agreement:") && n.includes("Memorandum of Understanding"))).not.toEqual([]);
  });
});

describe("threats stated as nominalisations and their opponents", () => {
  it.each([
    [
      "'objected to' the use of vessels of two kinds condemns one threat with both kinds in its name",
      "They strongly objected to the dangerous use of coast guard and maritime militia vessels near the shoal.",
      ["Canada CONDEMNS dangerous use of coast guard and maritime militia vessels [strongly objected to]"],
      [],
    ],
    [
      "the possessor of an obstruction poses it, not the state whose vessels are obstructed, and a disruption is a threat too",
      "They reiterated serious concern over the PRC's repeated obstruction of Philippine vessels' resupply missions and the disruption of supply lines to the outpost.",
      ["China POSES obstruction of Philippine vessels [PRC's repeated obstruction of Philippine vessels]", "New Zealand CONDEMNS obstruction of Philippine vessels [reiterated serious concern over]", "Canada CONDEMNS disruption of supply lines [reiterated serious concern over]"],
      ["Philippines POSES obstruction of Philippine vessels [PRC's repeated obstruction of Philippine vessels]"],
    ],
    [
      "'reinforced their strong opposition to' condemns 'destabilizing or coercive' actions, and deterring them addresses them",
      "The Ministers reinforced their strong opposition to any destabilizing or coercive unilateral actions that might alter the status quo. They will coordinate closely, with a view to deterring such actions.",
      ["Canada CONDEMNS destabilizing or coercive unilateral actions [reinforced their strong opposition to]", "New Zealand ADDRESSES destabilizing or coercive unilateral actions [deterring]"],
      [],
    ],
  ])("%s", (_name, sentence, expected, absent) => {
    const found = edgeCueLines(extractText(`${OPENING} ${sentence}`));
    expect(found).toEqual(expect.arrayContaining(expected));
    for (const wrong of absent) expect(found).not.toContain(wrong);
  });

  it("only the parties address what they deter: another actor's deterrence is not theirs", () => {
    const found = edgeLines(extractText(`${TRILATERAL} The Ministers condemned the PRC's coercive actions. The PRC seeks to deter coercive actions by others.`));
    expect(found.filter((e) => e.startsWith("China ADDRESSES"))).toEqual([]);
  });
});

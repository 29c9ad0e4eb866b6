/**
 * Constructions that real joint statements use to state cooperation and participation through partners and
 * forums, each written for this test in its own words with other names (the real statements stay out of the
 * repository): the exact edges each must give, and the wrong edges it must not.
 */
import { describe, expect, it } from "vitest";
import { edgeLines, entityLines } from "../support/graph-lines.ts";
import { extractText } from "../../ingest/index.ts";
import { ungroundedRelations } from "../support/evidence.ts";

const OPENING = "The Norwegian Ministry of Defence and the Polish Ministry of National Defence held the 5th Baltic Policy Dialogue (BPD) on May 4, 2025, in Oslo.";


describe("cooperation and participation stated through partners and forums", () => {
  it.each([
    [
      "working with partners, including a list of states, is cooperation of each party with each of them",
      "The two sides reaffirmed their commitment to work with partners, including Finland, Estonia and the Netherlands, to support regional resilience.",
      ["Norway COOPERATES_WITH Finland", "Norway COOPERATES_WITH Estonia", "Norway COOPERATES_WITH Netherlands", "Poland COOPERATES_WITH Finland", "Poland COOPERATES_WITH Netherlands"],
      ["Finland COOPERATES_WITH Estonia", "Estonia COOPERATES_WITH Netherlands"],
    ],
    [
      "acting together with a state and other partners is cooperation with that state",
      "They resolved to act together with Sweden and other partners to keep the sea lanes open.",
      ["Norway COOPERATES_WITH Sweden", "Poland COOPERATES_WITH Sweden"],
      [],
    ],
    [
      "support for an organisation's centrality is cooperation with it",
      "Both sides reiterated their support for ASEAN centrality.",
      ["Norway COOPERATES_WITH ASEAN", "Poland COOPERATES_WITH ASEAN"],
      [],
    ],
    [
      "a commitment to institutions, especially named forums, is participation in each",
      "The two sides committed to strong regional institutions, especially the East Asia Summit and the ASEAN Regional Forum.",
      ["Norway PARTICIPATES_IN East Asia Summit", "Poland PARTICIPATES_IN ASEAN Regional Forum"],
      ["East Asia Summit PARTICIPATES_IN ASEAN Regional Forum"],
    ],
    [
      "working including through a forum and a framework is participation in both",
      "They committed to expanding trade ties, including through the Asia-Pacific Economic Cooperation (APEC) and the Indo-Pacific Economic Framework (IPEF).",
      ["Norway PARTICIPATES_IN Asia-Pacific Economic Cooperation", "Poland PARTICIPATES_IN Indo-Pacific Economic Framework"],
      [],
    ],
    [
      "coordination through formats such as a group of states is membership of the group",
      "The two sides valued coordination through formats such as the G7.",
      ["Norway MEMBER_OF Group of Seven", "Poland MEMBER_OF Group of Seven"],
      [],
    ],
    [
      "serving as part of a coalition (named in lower case) is membership of it",
      "Today, both countries serve side by side in the Sahel as part of the global coalition against ISIS.",
      ["Norway MEMBER_OF Global Coalition to Defeat ISIS", "Poland MEMBER_OF Global Coalition to Defeat ISIS"],
      [],
    ],
    [
      "what the parties said at a meeting places them in it",
      "Norway and Poland renewed their pledge to the partnership at the Vistula Security Forum.",
      ["Norway PARTICIPATES_IN Vistula Security Forum", "Poland PARTICIPATES_IN Vistula Security Forum"],
      [],
    ],
    [
      "the parties deepening bilateral cooperation cooperate with each other",
      "The two sides agreed to deepen bilateral defense cooperation.",
      ["Norway COOPERATES_WITH Poland", "Poland COOPERATES_WITH Norway"],
      [],
    ],
    [
      "a sentence that names no one still states the parties' cooperation",
      "Both ministers pledged close communication and cooperation going forward.",
      ["Norway COOPERATES_WITH Poland", "Poland COOPERATES_WITH Norway"],
      [],
    ],
    [
      "a partnership named by a compound of the states is their cooperation",
      "They noted that the Norway-Poland partnership has never been closer.",
      ["Norway COOPERATES_WITH Poland", "Poland COOPERATES_WITH Norway"],
      [],
    ],
    [
      "what the parties said at a numbered meeting places them in it",
      "Norway and Poland built on the pledges made at the 7th Vistula Security Forum, held in Gdansk.",
      ["Norway PARTICIPATES_IN Vistula Security Forum", "Poland PARTICIPATES_IN Vistula Security Forum"],
      [],
    ],
    [
      "parties who will enforce sanctions commit to them",
      "The two sides stressed that they will continue to enforce the UNSC sanctions.",
      ["Norway COMMITS_TO United Nations Security Council sanctions", "Poland COMMITS_TO United Nations Security Council sanctions"],
      [],
    ],
    [
      "enforcement of an agreement by an organisation is its commitment to the agreement",
      "They agreed that enforcement and management of the Armistice Agreement by the United Nations Command contributes to stability.",
      ["United Nations Command COMMITS_TO Armistice Agreement"],
      ["Norway COMMITS_TO Armistice Agreement"],
    ],
    [
      "respect for the law including a named charter is a commitment to the charter",
      "Norway and Poland reaffirmed their resolve to uphold an open order with respect for international law, including the UN Charter.",
      ["Norway COMMITS_TO United Nations Charter", "Poland COMMITS_TO United Nations Charter"],
      [],
    ],
    [
      "states guided by the outcomes of a summit take part in it",
      "The ministers noted that Norway, Poland, and Sweden, guided by the outcomes of the May 2024 Camp David Summit, have deepened their work.",
      ["Norway PARTICIPATES_IN Camp David Summit", "Poland PARTICIPATES_IN Camp David Summit", "Sweden PARTICIPATES_IN Camp David Summit"],
      [],
    ],
    [
      "cooperation of a third party with its own partner is not the parties' cooperation",
      "The two sides welcomed Sweden's cooperation with Finland.",
      ["Sweden COOPERATES_WITH Finland"],
      ["Norway COOPERATES_WITH Poland", "Norway COOPERATES_WITH Finland"],
    ],
  ])("%s", (_name, sentence, expected, unexpected) => {
    const found = edgeLines(extractText(`${OPENING} ${sentence}`));
    for (const e of expected) expect(found).toContain(e);
    for (const e of unexpected) expect(found).not.toContain(e);
  });
});

describe("grounding of the constructions", () => {
  it("quotes, for every relation, a sentence that names both endpoints and holds the cue", () => {
    const text = [
      OPENING,
      "The two sides reaffirmed their commitment to work with partners, including Finland and Estonia.",
      "Both sides reiterated their support for ASEAN centrality.",
      "They committed to expanding trade ties, including through the Asia-Pacific Economic Cooperation (APEC).",
      "Today, both countries serve as part of the global coalition against ISIS.",
      "Norway and Poland built on the pledges made at the 7th Vistula Security Forum.",
      "Both ministers pledged close communication and cooperation going forward.",
      "They agreed that enforcement of the Armistice Agreement by the United Nations Command contributes to stability.",
    ].join(" ");
    const graph = extractText(text);
    expect(ungroundedRelations(graph, { cueInSentence: true })).toEqual([]);
  });
});

describe("delegation heads", () => {
  it.each([
    [
      "every person listed before \"led the delegation\" leads it",
      "Senior Adviser for Policy, Mr. Olaf Brekke, and Deputy Director for Plans, Dr. Ingrid Haug, led the Norwegian delegation.",
      ["Olaf Brekke LEADS Norway", "Ingrid Haug LEADS Norway"],
    ],
    [
      "a delegation led by a person introduced by titles and an acronym is led by that person",
      "The Polish delegation was led by Deputy Minister for Defense Policy (DEPMIN), Mr. Tomasz Wilk.",
      ["Tomasz Wilk LEADS Poland"],
    ],
  ])("%s", (_name, sentence, expected) => {
    const found = edgeLines(extractText(`${OPENING} ${sentence}`));
    for (const e of expected) expect(found).toContain(e);
  });
});

describe("meetings and the parties' alliance", () => {
  it("has hosts and the guests they welcomed for a meeting take part in it", () => {
    const found = edgeLines(
      extractText(
        "Minister of Defence Olaf Brekke and Minister of Foreign Affairs Ingrid Haug welcomed Secretary of State Tomasz Wilk and Minister of Defence Anna Nowak for the fourth Norway-Poland 2+2 Ministerial Dialogue in Oslo.",
      ),
    );
    for (const p of ["Olaf Brekke", "Ingrid Haug", "Tomasz Wilk", "Anna Nowak"]) expect(found).toContain(`${p} PARTICIPATES_IN Norway-Poland 2+2 Ministerial Dialogue`);
  });

  it("does not take a welcome of progress for participation", () => {
    const found = edgeLines(extractText(`${OPENING} Minister Olaf Brekke welcomed progress for the Amber Coast Security Forum.`));
    expect(found.filter((e) => e.includes("PARTICIPATES_IN Amber Coast"))).toEqual([]);
  });

  it("resolves \"the Alliance\" of a two-party statement that never names it to the parties' alliance", () => {
    const graph = extractText(`${OPENING} The two sides pledged to strengthen the Alliance.`);
    expect(entityLines(graph)).toContain("Actor:Norway-Poland Alliance");
  });
});

describe("names and lines that state nothing", () => {
  it.each([
    ["a 2+2 format inside a name", "The ministers met for the third Norway-Poland 2+2 Ministerial Dialogue in Oslo.", "Body:Norway-Poland 2+2 Ministerial Dialogue"],
    ["a hyphen left before a line break inside a name", "They met for the Sixth Norway- Poland 2+2 Foreign and Defence Ministerial Consultations.", "Body:Norway- Poland 2+2 Foreign and Defence Ministerial Consultations"],
    ["\"Annual\" after an ordinal left out of a name", "They met for the Fifth Annual Norway-Poland Defence Dialogue.", "Body:Norway-Poland Defence Dialogue"],
  ])("keeps %s", (_name, sentence, node) => {
    expect(entityLines(extractText(`${OPENING} ${sentence}`))).toContain(node);
  });

  it("takes no relation from a byline that is one name alone on its line", () => {
    const found = edgeLines(extractText(`U.S. Department of State\n\n${OPENING}`));
    expect(found).not.toContain("Department of State MEMBER_OF United States");
    expect(found).toContain("Ministry of Defence MEMBER_OF Norway");
  });

  it("ends a name before the date that follows it", () => {
    const graph = extractText(`${OPENING} The ministers will convene the Amber Coast Security Forum on June 3 in Gdansk.`);
    expect(entityLines(graph)).toContain("Body:Amber Coast Security Forum");
    expect(entityLines(graph).some((n) => /June/.test(n))).toBe(false);
  });

  it("matches a long lexicon form written in lower case, but not its words alone", () => {
    expect(entityLines(extractText(`${OPENING} Both serve in the global coalition against ISIS.`))).toContain("Actor:Global Coalition to Defeat ISIS");
    expect(entityLines(extractText(`${OPENING} Both called for a global coalition of partners.`)).some((n) => /Coalition/.test(n))).toBe(false);
  });
});

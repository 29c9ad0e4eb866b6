/**
 * Constructions of real statements in which the principals' meeting is described without an article ("held
 * trilateral defence ministerial talks"), or a counterpart's honorific follows an office with no comma ("President of
 * X and The Hon. A B MP"), each in sentences written for these tests with invented people: the edges and names each
 * must give, and the wrong ones it must not; and whom a principal met during a named meeting, who was at it too.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { ungroundedRelations } from "../support/evidence.ts";
import { edgeCueLines, edgeLines, entityLines } from "../support/graph-lines.ts";

const TITLE = "Canada-Japan-New Zealand Defence Ministers' Meeting Joint Statement";
const MEETING = "Canada-Japan-New Zealand Defence Ministers' Meeting";

describe("the meeting a title reports, described as plural talks", () => {
  it.each([
    [
      "principals who 'held trilateral defence ministerial talks' take part in the meeting the title reports",
      "Canadian Minister of National Defence Sarah Whitfield, Japanese Minister of Defense HOSHINO Taro, and New Zealand Minister of Defence Rawiri Tane held trilateral defence ministerial talks in Auckland on 4 June 2026.",
      ["Sarah Whitfield", "HOSHINO Taro", "Rawiri Tane"].map((p) => `${p} PARTICIPATES_IN ${MEETING} [held]`),
    ],
    [
      "principals who 'held bilateral talks' take part in it too",
      "Japanese Minister of Defense HOSHINO Taro and New Zealand Minister of Defence Rawiri Tane held bilateral talks in Tokyo.",
      ["HOSHINO Taro", "Rawiri Tane"].map((p) => `${p} PARTICIPATES_IN ${MEETING} [held]`),
    ],
  ])("%s", (_name, sentence, expected) => {
    const graph = extractText([TITLE, sentence].join("\n\n"));
    expect(edgeCueLines(graph)).toEqual(expect.arrayContaining(expected));
    expect(ungroundedRelations(graph)).toEqual([]);
  });

  it("'held talks' with no word of their kind describes nothing: no one takes part through it", () => {
    const graph = extractText([TITLE, "Japanese Minister of Defense HOSHINO Taro held talks in Tokyo."].join("\n\n"));
    expect(edgeLines(graph).filter((e) => e.startsWith("HOSHINO Taro PARTICIPATES_IN"))).toEqual([]);
  });
});

describe("an honorific after an office, with no comma before it", () => {
  it.each([
    ["'The Hon.' opens the next person", "Mr. SATO Ken, Prime Minister of Japan, held the Harbour Leaders' Meeting with Ms. Mere Tora, President of Fiji and The Hon. Daniel Brooks MP, Deputy Prime Minister of Australia.", "Daniel Brooks"],
    ["'the Rt Hon' opens the next person", "Mr. SATO Ken, Prime Minister of Japan, held the Harbour Leaders' Meeting with Ms. Mere Tora, President of Fiji and the Rt Hon Grace Holloway MP, Prime Minister of New Zealand.", "Grace Holloway"],
  ])("%s: the person is named without it, and no one is named 'Hon'", (_name, sentence, person) => {
    const graph = extractText(sentence);
    expect(entityLines(graph)).toContain(`Actor:${person}`);
    expect(entityLines(graph)).not.toContain("Actor:Hon");
    expect(edgeLines(graph)).toContain(`${person} PARTICIPATES_IN Harbour Leaders' Meeting`);
    expect(ungroundedRelations(graph)).toEqual([]);
  });
});

describe("whom a principal met during a named meeting", () => {
  it.each([
    [
      "the person met with during a meeting takes part in it, as the one who met them does",
      "On 3 May, Minister of National Defense Park Min-ho met with Fijian Minister of Defence Josefa Vula Jr. during the 4th Harbour Defence Ministers' Meeting in Suva.",
      ["Park Min-ho", "Josefa Vula"].map((p) => `${p} PARTICIPATES_IN Harbour Defence Ministers' Meeting`),
    ],
  ])("%s", (_name, sentence, expected) => {
    const graph = extractText(sentence);
    expect(edgeLines(graph)).toEqual(expect.arrayContaining(expected));
    expect(ungroundedRelations(graph)).toEqual([]);
  });

  it("a person named after 'during' with no 'met' before it is given no part by the verb", () => {
    const graph = extractText("On 3 May, Minister of National Defense Park Min-ho praised Minister Josefa Vula; he spoke during the 4th Harbour Defence Ministers' Meeting in Suva.");
    expect(edgeLines(graph)).not.toContain("Josefa Vula PARTICIPATES_IN Harbour Defence Ministers' Meeting");
  });
});

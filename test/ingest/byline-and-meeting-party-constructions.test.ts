/**
 * Who takes part in a meeting when the text says "the Ministers": the persons a statement's byline names are the
 * principals those words stand for — in statements written for these tests with invented people and bodies.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { edgeCueLines, edgeLines } from "../support/graph-lines.ts";

const PRINCIPALS = ["Aroha Ngata", "Paul Ouellet", "Marie Tremblay"];

describe("the principals a byline names", () => {
  it.each([
    [
      "ministers who met for a sitting of a named committee are the byline's persons, each of whom takes part in it",
      [
        "Joint Communiqué of the Fourth Harbour Joint Ministerial Committee",
        "Joint communiqué",
        "The Hon Aroha Ngata MP",
        "Minister for Defence",
        "Mr Paul Ouellet",
        "Minister for Foreign Affairs",
        "Ms Marie Tremblay",
        "Minister for Trade",
        "1. The New Zealand and Canada Ministers met in Halifax for the 4th meeting of the Harbour Joint Ministerial Committee (HJMC) on 2 May 2026. The Ministers noted the depth of their ties.",
      ],
      PRINCIPALS.map((p) => `${p} PARTICIPATES_IN Harbour Joint Ministerial Committee`),
    ],
    [
      "ministers who reviewed their ties at a named meeting took part in it, every signatory the byline lists",
      [
        "First New Zealand-Canada Harbour Consultations",
        "Joint statement with:",
        "Aroha Ngata, Minister of Defence of New Zealand",
        "Paul Ouellet, Minister of National Defence of Canada",
        "Marie Tremblay, Minister of Foreign Affairs of Canada",
        "1 - At the first New Zealand-Canada Harbour Consultations, Ministers looked back on ten years of partnership.",
      ],
      PRINCIPALS.map((p) => `${p} PARTICIPATES_IN New Zealand-Canada Harbour Consultations`),
    ],
    [
      "ministers who met by video without naming a meeting took part in the one the title reports",
      [
        "Joint Statement – Harbour Group Defence Ministers’ Meeting",
        "Joint statement from: Hon Aroha Ngata, New Zealand Minister of Defence; Hon Paul Ouellet, Canada Minister of National Defence; and Ms Marie Tremblay, Canada Minister of Foreign Affairs.",
        "The defence ministers from the two nations (New Zealand and Canada) met via videoconference on 8 July.",
      ],
      PRINCIPALS.map((p) => `${p} PARTICIPATES_IN Harbour Group Defence Ministers’ Meeting`),
    ],
  ])("%s", (_name, lines, expected) => {
    expect(edgeLines(extractText(lines.join("\n\n")))).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    [
      "a spokesperson who heads a readout is none of the principals",
      [
        "New Zealand-Canada Harbour Consultations",
        "Spokesperson Marie Tremblay:",
        "The New Zealand and Canada Ministers met in Halifax on 2 May for the Harbour Consultations.",
      ],
      "Marie Tremblay PARTICIPATES_IN",
    ],
    [
      "a person first named in the prose is no signatory of the byline",
      [
        "New Zealand-Canada Harbour Consultations",
        "The New Zealand and Canada Ministers met in Halifax on 2 May for the Harbour Consultations. Prime Minister Marie Tremblay sent greetings.",
      ],
      "Marie Tremblay PARTICIPATES_IN",
    ],
  ])("%s", (_name, lines, absent) => {
    expect(edgeLines(extractText(lines.join("\n\n"))).filter((l) => l.startsWith(absent))).toEqual([]);
  });
});

describe("those a meeting was held with", () => {
  it.each([
    [
      "the persons after 'held the X with' take part in X even when the sentence opens with a date and time",
      "On 4 May (Mon.), from 2:00 p.m. to 4:00 p.m., Ms. Aroha Ngata, Minister of Defence, held the third New Zealand-Canada Harbour Ministers' Meeting (\"HMM\") with Mr. Paul Ouellet, Minister of National Defence, and Ms. Marie Tremblay, Minister of Foreign Affairs.",
      ["Paul Ouellet", "Marie Tremblay"].map((p) => `${p} PARTICIPATES_IN New Zealand-Canada Harbour Ministers' Meeting`),
    ],
  ])("%s", (_name, sentence, expected) => {
    expect(edgeLines(extractText(sentence))).toEqual(expect.arrayContaining(expected));
  });

  it("a meeting held with a focus names no one it was held with", () => {
    const found = edgeLines(extractText("New Zealand and Canada held the Harbour Dialogue with a focus on maritime security, as Minister Paul Ouellet noted."));
    expect(found.filter((l) => l.startsWith("Paul Ouellet PARTICIPATES_IN"))).toEqual([]);
  });
});

describe("a meeting that places another's act", () => {
  it.each([
    ["a document adopted at a summit does not put the parties who welcome it at that summit", "New Zealand and Canada welcomed the Harbour Outlook adopted at the Pacific Islands Forum Leaders Meeting in May."],
    ["the adoption of a document at a summit does not put the parties who welcome it at that summit", "New Zealand and Canada welcomed the adoption of the Harbour Outlook at the Pacific Islands Forum Leaders Meeting in May."],
  ])("%s", (_name, sentence) => {
    expect(edgeLines(extractText(sentence)).filter((l) => / PARTICIPATES_IN Pacific Islands Forum Leaders Meeting$/.test(l))).toEqual([]);
  });

  it("parties who reaffirmed a stance at a meeting took part in it", () => {
    expect(edgeLines(extractText("New Zealand and Canada reaffirmed their shared resolve at the Pacific Islands Forum Leaders Meeting in May."))).toEqual(
      expect.arrayContaining(["New Zealand PARTICIPATES_IN Pacific Islands Forum Leaders Meeting", "Canada PARTICIPATES_IN Pacific Islands Forum Leaders Meeting"]),
    );
  });
});

describe("the meeting principals met within", () => {
  it.each([
    [
      "principals who convened on the occasion of a summit take part in it",
      "Prime Minister of New Zealand Aroha Ngata and Prime Minister of Canada Paul Ouellet convened in Halifax, Canada on 4 May 2026, on the occasion of the Third Harbour Leaders' Summit.",
      ["Aroha Ngata PARTICIPATES_IN Harbour Leaders' Summit", "Paul Ouellet PARTICIPATES_IN Harbour Leaders' Summit"],
    ],
    [
      "a principal who met others during a dialogue takes part in it, after a dateline that carries its date",
      "OTTAWA, May 04, 2026 — Defence Minister Paul Ouellet met with several defence leaders today in Halifax during the Harbour Security Dialogue, a yearly forum.",
      ["Paul Ouellet PARTICIPATES_IN Harbour Security Dialogue"],
    ],
  ])("%s", (_name, sentence, expected) => {
    expect(edgeLines(extractText(sentence))).toEqual(expect.arrayContaining(expected));
  });
});

describe("a meeting named by a phrase that opens the sentence", () => {
  it.each([
    ["the two sides after 'During the meeting,' take part in the meeting the statement reports", "During the meeting, the two sides discussed maritime security."],
    ["the Ministers after 'At the HSD meeting,' take part in the body the acronym names", "At the HSD meeting, the Ministers exchanged views on maritime security."],
  ])("%s", (_name, sentence) => {
    const text = `Canada and Japan held the fourth Harbour Security Dialogue (HSD) in Ottawa on 3 March 2026.\n\n${sentence}`;
    const graph = extractText(text);
    // The claims of the second sentence: their cue opens with its phrase ("[During the …").
    const second = edgeCueLines(graph).filter((l) => l.includes(`[${sentence.split(" ").slice(0, 2).join(" ")}`));
    expect(second).toEqual(expect.arrayContaining([expect.stringContaining("Canada PARTICIPATES_IN Harbour Security Dialogue"), expect.stringContaining("Japan PARTICIPATES_IN Harbour Security Dialogue")]));
  });
});

describe("the members a delegation is said to include", () => {
  it("the persons a delegation included or a side was comprised of take part in the meeting the statement reports", () => {
    const text = [
      "Fifth Canada-Japan Harbour Consultation",
      "The fifth Canada-Japan Harbour Consultation took place in Ottawa on 3 March 2026.",
      "The Canadian delegation included Director-General for Pacific Affairs Paul Ouellet of the Department of Foreign Affairs, and other officials.",
      "The Japanese side was comprised of Minister Hiroshi Kato of the Ministry of Foreign Affairs.",
    ].join("\n\n");
    expect(edgeLines(extractText(text))).toEqual(
      expect.arrayContaining(["Paul Ouellet PARTICIPATES_IN Canada-Japan Harbour Consultation", "Hiroshi Kato PARTICIPATES_IN Canada-Japan Harbour Consultation"]),
    );
  });
});

/**
 * People written after an office with "His/Her Excellency" abbreviated in any of its forms ("H.E.", "H.E", "HE"), a
 * given name spelt like a rank's short form ("Gen"), and offices whose field is hyphenated ("Political-Military") or
 * whose qualifier names a council and then a state ("of the State Council of the …"). Sentences written for these
 * tests with invented people: the people each must give, and the broken names it must not give.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../ingest/index.ts";
import { entityLines } from "../support/graph-lines.ts";

describe("names after excellencies and long offices", () => {
  it.each([
    [
      "'H.E.' or 'H.E' between an office and 'Mr.' is a courtesy, not a person",
      "Minister Arlo met the Minister of Fisheries of the Republic of Chile H.E. Mr. Tomas Velkan and the Minister of Ports of the Republic of Chile H.E Mr. Bo Lundqvist in Lima.",
      ["Actor:Tomas Velkan", "Actor:Bo Lundqvist"],
      ["Actor:H.E.", "Actor:H.E"],
    ],
    [
      "'HE' after an office's comma opens the name of the person who holds it",
      "The Minister for Trade of Peru, HE Ana Quispe, and the Minister for Foreign Affairs of the Republic of the Philippines, HE Carl R. Dorn, met in Lima.",
      ["Actor:Ana Quispe", "Actor:Carl R. Dorn"],
      ["Actor:HE Ana Quispe", "Actor:HE Carl R. Dorn"],
    ],
    [
      "'HE' in a heading written in capitals is no courtesy",
      "HE MET THE MINISTERS IN LIMA. Minister Arlo spoke.",
      ["Actor:Arlo"],
      ["Actor:MET"],
    ],
    [
      "'Gen' without a full stop after an honorific or an office is a given name",
      "Mr. Gen Morita, Minister of Defense, met Chilean Minister of Defense Gen Tanabe and Gen. Roe Harlan in Lima.",
      ["Actor:Gen Morita", "Actor:Gen Tanabe", "Actor:Roe Harlan"],
      ["Actor:Morita", "Actor:Tanabe", "Actor:Gen. Roe Harlan"],
    ],
    [
      "a rank written with its full stop or after another rank is still a rank",
      "Lt. Gen Ann Pike and Maj. Gen Bo Lund met Gen. Cy Dunn.",
      ["Actor:Ann Pike", "Actor:Bo Lund", "Actor:Cy Dunn"],
      ["Actor:Gen Ann Pike", "Actor:Gen Bo Lund"],
    ],
    [
      "a hyphenated field of office words is part of the office before the name",
      "At the Fourth Harbour Dialogue, Deputy Secretary for Political-Military Affairs Carl J. Dorn and Vice Foreign Minister Bo Tran Lin met in Lima.",
      ["Actor:Carl J. Dorn", "Actor:Bo Tran Lin"],
      [],
    ],
    [
      "an office of a council of a state named in full ends where the name begins",
      "Premier of the State Council of the Islamic Republic of Iran Bo Lin and President of the Republic of Chile Ana Roe met in Lima.",
      ["Actor:Bo Lin", "Actor:Ana Roe", "Actor:Iran"],
      [],
    ],
  ])("%s", (_name, sentence, entities, absent) => {
    const found = entityLines(extractText(sentence));
    expect(found).toEqual(expect.arrayContaining(entities));
    for (const wrong of absent) expect(found).not.toContain(wrong);
  });
});

describe("a person named by one name before the full name", () => {
  it.each([
    [
      "an office and a family name in a heading, then the same office with the full name, are one person",
      "Deputy Minister Lund and Vice Minister Mori met in Lima\nDeputy Minister of Trade Bo Lund met Vice Minister Mori Takeo today in Lima.",
      ["Actor:Bo Lund", "Actor:Mori Takeo"],
      ["Actor:Lund", "Actor:Mori"],
    ],
    [
      "the same name under another office is another person",
      "President Kim welcomed the talks. Foreign Minister Kim Ana spoke in Lima.",
      ["Actor:Kim", "Actor:Kim Ana"],
      [],
    ],
  ])("%s", (_name, text, entities, absent) => {
    const found = entityLines(extractText(text));
    expect(found).toEqual(expect.arrayContaining(entities));
    for (const wrong of absent) expect(found).not.toContain(wrong);
  });
});

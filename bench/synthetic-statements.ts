/**
 * A seeded generator of synthetic joint statements in the genre of corpus/kidd-25-joint-press-statement.txt:
 * a title, an opening "held" sentence, delegations "led by" officials with titles, working groups defined as
 * "Full Name (ACR)" and then used by acronym, agreements, exercises, threats ("the DPRK's continuing ballistic
 * missile launches"), condemnation, pledges, "welcomed the work of … including …", "under the …". Same seed,
 * same text. About 800–1,200 words per statement.
 */
import { seededRandom } from "../graph/synthetic.ts";

interface State {
  name: string;
  short: string;
  adjective: string;
  ministry: string;
  ministryAcr: string;
  city: string;
}

const STATES: readonly State[] = [
  { name: "Republic of Korea", short: "ROK", adjective: "Korean", ministry: "Ministry of National Defense", ministryAcr: "MND", city: "Seoul" },
  { name: "United States", short: "U.S.", adjective: "American", ministry: "Department of Defense", ministryAcr: "DoD", city: "Washington" },
  { name: "Japan", short: "Japan", adjective: "Japanese", ministry: "Ministry of Defense", ministryAcr: "MOD", city: "Tokyo" },
  { name: "Australia", short: "Australia", adjective: "Australian", ministry: "Department of Defence", ministryAcr: "ADoD", city: "Canberra" },
  { name: "Philippines", short: "Philippines", adjective: "Philippine", ministry: "Department of National Defense", ministryAcr: "DND", city: "Manila" },
  { name: "United Kingdom", short: "UK", adjective: "British", ministry: "Ministry of Defence", ministryAcr: "MoD", city: "London" },
];
const ADVERSARIES = ["DPRK", "Russia", "the DPRK", "North Korea"];
/** Possessive forms of the adversaries: "the DPRK's", "Russia's". */
const POSSESSIVE: Record<string, string> = { DPRK: "the DPRK's", Russia: "Russia's", "the DPRK": "the DPRK's", "North Korea": "North Korea's" };
const TITLES = [
  "Deputy Minister",
  "Vice Minister",
  "Deputy Assistant Secretary of Defense",
  "Assistant Secretary of Defense",
  "Under Secretary of Defense for Policy",
  "Director General",
  "Ambassador",
  "Lieutenant General",
];
const HONORIFICS = ["Mr.", "Ms.", "Dr."];
const GIVEN = ["Cho", "Anka", "Kim", "Lee", "Park", "Ely", "Mara", "Jon", "Hana", "Yuki", "Tom", "Sara", "Min", "Ravi", "Lena", "Omar"];
const FAMILY = ["Chang Lae", "Lee", "Ratner", "Choi", "Tanaka", "Suzuki", "Brooks", "Walsh", "Nguyen", "Santos", "Reyes", "Moore", "Han", "Jung", "Ito", "Baker"];
const WG_TOPICS = [
  "Counter-Missile",
  "Space Cooperation",
  "Cyber Cooperation",
  "Regional Cooperation",
  "Maritime Security",
  "Defense Industrial Cooperation",
  "Extended Deterrence",
  "Information Sharing",
  "Critical Technology",
  "Logistics Cooperation",
  "Alliance Transformation",
  "Undersea Warfare",
];
const WG_HEADS = ["Working Group", "Committee", "Consultative Group", "Steering Group", "Task Force"];
const AGREEMENTS = [
  "Reciprocal Defense Procurement Agreement",
  "Trilateral Security Cooperation Framework",
  "Conditions-based OPCON Transition Plan",
  "Regional Sustainment Framework",
  "Security of Supply Arrangement",
  "Information Security Agreement",
  "Defense Technology Cooperation Framework",
];
const EXERCISES = ["ULCHI FREEDOM SHIELD", "Freedom Edge", "Cyber Flag", "Pacific Vanguard", "Vigilant Defense", "Resolute Dragon", "Keen Sword", "Iron Mace"];
const DESCRIPTORS = ["continuing", "advancing", "increasing", "intensifying", "repeated", "ever-changing", "escalating"];
const THREAT_HEADS = [
  "ballistic missile launches",
  "space launch attempts",
  "cyber attacks",
  "GPS jamming",
  "nuclear and missile capabilities",
  "gray zone provocations",
  "sending of filth balloons",
  "illegal arms transfers",
  "military cooperation",
  "malicious cyber activities",
  "cryptocurrency theft",
];
const CONDEMN = ["strongly condemned", "condemned", "expressed grave concern over", "firmly denounced", "expressed serious concern about"];
const SUBJECTS = ["Both sides", "The two sides", "The two delegations", "They", "Both delegations"];
const ADVERBIALS = ["In addition, ", "Furthermore, ", "In that vein, ", "To this end, ", "In particular, ", "", "", ""];
const AFFIRM = ["reaffirmed", "acknowledged", "emphasized", "agreed", "concurred", "noted"];
const FILLER = [
  "the importance of close coordination to maintain a vigilant combined defense posture",
  "that such cooperation contributes to enhancing interoperability and information sharing for domain awareness",
  "the need for closely coordinated responses in line with a rapidly changing security environment",
  "their common goal of peace and stability on the Korean Peninsula and in the Indo-Pacific region",
  "that cooperative efforts would strengthen posture and capabilities of the Alliance",
  "the value of high-level policy consultations, information sharing, and multi-domain exercises",
];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export interface SyntheticStatement {
  /** File-name stem. */
  name: string;
  text: string;
  words: number;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** "In addition, " + "Both sides" → "In addition, both sides". */
function opener(adverbial: string, subject: string): string {
  return adverbial ? adverbial + subject.charAt(0).toLowerCase() + subject.slice(1) : subject;
}

function acronymOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
}

/** Generates one statement from `seed`. */
export function syntheticStatement(seed: number): SyntheticStatement {
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] ?? items[0]!;
  const chance = (p: number) => random() < p;

  const a = pick(STATES);
  const others = STATES.filter((s) => s !== a);
  const b = pick(others);
  const third = chance(0.3) ? pick(others.filter((s) => s !== b)) : undefined;
  const parties = third ? [a, b, third] : [a, b];
  const compound = parties.map((p) => p.short).join("-");
  const nth = ordinal(1 + int(40));
  const dialogueName = `${pick(["Integrated", "Strategic", "Extended", "Joint"])} Defense ${pick(["Dialogue", "Talks", "Consultations"])}`;
  const dialogueAcr = acronymOf(`${compound} ${dialogueName}`).replace(/[^A-Z]/g, "") || "DD";
  const year = 2015 + int(11);
  const month = pick(MONTHS);
  const day = 1 + int(26);

  const person = () => ({ title: pick(TITLES), honorific: pick(HONORIFICS), given: pick(GIVEN), family: pick(FAMILY) });
  const leads = parties.map((p) => ({ state: p, ...person() }));

  const groups = Array.from({ length: 3 + int(4) }, () => {
    const full = `${pick(WG_TOPICS)} ${pick(WG_HEADS)}`;
    return { full, acr: acronymOf(full) };
  });
  const agreements = Array.from({ length: 2 + int(3) }, () => pick(AGREEMENTS));
  const threat = () => {
    const adversary = pick(ADVERSARIES);
    const head = pick(THREAT_HEADS);
    const descriptor = chance(0.6) ? `${pick(DESCRIPTORS)} ` : "";
    return chance(0.5) ? `${POSSESSIVE[adversary] ?? adversary} ${descriptor}${head}` : `${adversary.replace(/^the /, "")} ${descriptor}${head}`;
  };
  const subject = () => pick(SUBJECTS);
  const exercise = () => {
    const name = pick(EXERCISES);
    return `${name} ${year % 100}`;
  };

  const paragraphs: string[] = [];
  paragraphs.push(`Joint Press Statement for the ${nth} ${compound} ${dialogueName}`);
  const ministries = parties.map((p, i) => (i === 0 ? `The ${p.name} (${p.short === p.name ? p.name.slice(0, 3).toUpperCase() : p.short}) ${p.ministry} (${p.ministryAcr})` : `the ${p.short} ${p.ministry}`));
  const opening = [
    `${ministries.slice(0, -1).join(", ")} and ${ministries[ministries.length - 1] ?? ""} held the ${nth} ${compound} ${dialogueName} (${dialogueAcr}) from ${month} ${day}-${day + 1}, ${year}, in ${a.city}.`,
  ];
  for (const l of leads) {
    const acr = acronymOf(l.title);
    opening.push(
      chance(0.5)
        ? `${l.title} (${acr}) ${pick(["for Policy", "for East Asia", "for National Defense Policy", "for International Affairs"])}, ${l.honorific} ${l.given} ${l.family}, led the ${l.state.short} delegation.`
        : `The ${l.state.short} delegation was led by ${l.title} ${l.given} ${l.family}.`,
    );
  }
  opening.push(`Key senior ${parties.map((p) => p.short).join(" and ")} defense and foreign affairs officials also participated in the dialogue.`);
  paragraphs.push(opening.join(" "));

  const sentenceMakers: (() => string)[] = [
    () => `${opener(pick(ADVERBIALS), subject())} ${pick(CONDEMN)} ${threat()} and ${threat()}, which are destabilizing the Korean Peninsula and the region.`,
    () => `${subject()} ${pick(CONDEMN)} ${threat()} that undermine regional peace and stability, including its ${pick(["diversification of nuclear delivery systems", "continuing space launch attempts", "advancing missile threats"])}.`,
    () => {
      const g = pick(groups);
      return `${opener(pick(ADVERBIALS), subject())} ${pick(["welcomed", "commended", "reviewed", "applauded"])} the work of the ${g.full} (${g.acr}), including ${pick(["the", "ROK's participation in the"])} ${pick(WG_TOPICS)} Operations (${pick(["JCO", "CO", "MDO"])}) led by the ${pick(["U.S. Space Force", "U.S. Navy", "ROK Navy", "U.S. Cyber Command"])}.`;
    },
    () => {
      const g = pick(groups);
      return `${subject()} pledged to continue developing response capabilities and posture through the ${g.acr} and the ${pick(groups).acr}.`;
    },
    () => `${subject()} pledged to advance progress on the ${pick(agreements)} and ${pick(AFFIRM)} ${pick(FILLER)}.`,
    () => `${subject()} noted progress to align bilateral defense mechanisms under the Security Consultative Meeting (SCM), and pledged to continue assessing them under the ${pick(agreements)}.`,
    () => `${opener(pick(ADVERBIALS), subject())} shared assessments of the recent ${exercise()} exercise, which included realistic threats such as ${threat()}, GPS jamming and cyber attacks.`,
    () => `${subject()} ${pick(AFFIRM)} ${pick(FILLER)}, and ${pick(["pledged to", "committed to", "resolved to"])} ${pick(["deepen cooperation with like-minded countries", "expand cooperative measures", "strengthen combined exercises and trainings"])} based on the ${pick(agreements)}.`,
    () => {
      const l = pick(leads);
      const m = pick(leads);
      return `${acronymOf(l.title)} ${l.family.split(" ")[0]} and ${acronymOf(m.title)} ${m.family.split(" ")[0]} also reviewed the regional and global security environments and ${pick(AFFIRM)} ${pick(FILLER)}.`;
    },
    () => `The ${pick(parties).name} reaffirmed its enduring and ironclad commitment to the defense of the ${pick(parties).short}, and reiterated that any nuclear attack by ${pick(ADVERSARIES)} is unacceptable.`,
    () => `${subject()} expressed grave concern over illegal arms trade and transfer of high-technology between Russia and the DPRK that violate United Nations Security Council resolutions (UNSCRs).`,
    () => `${subject()} ${pick(AFFIRM)} that the ${pick(groups).acr}, ${pick(["established under", "led by", "under"])} the ${pick(["SCM", dialogueAcr, "Nuclear Consultative Group"])}, ${pick(["strengthens", "enhances", "supports"])} ${pick(FILLER)}.`,
    () => `${opener(pick(ADVERBIALS), subject())} welcomed the ${pick(["recent", "successful", "first"])} ${exercise()} and ${exercise()} exercises, as well as the ${pick(STATES).short} ${pick(["Navy", "Air Force", "Army"])}'s participation in ${pick(EXERCISES)}.`,
    () => `${subject()} urged ${pick(ADVERSARIES)} to abide by the ${pick(["United Nations Security Council resolutions", "Armistice Agreement", "Treaty on the Non-Proliferation of Nuclear Weapons"])}, and to cease ${threat()}.`,
    () => `${subject()} ${pick(AFFIRM)} ${pick(FILLER)} (e.g. the ${pick(groups).acr}), as discussed at the ${ordinal(1 + int(60))} SCM in ${pick(MONTHS)} ${year}.`,
  ];

  // Definitions first, so later acronym uses resolve.
  const defs = groups.map((g) => `${subject()} ${pick(["launched", "reviewed the work of", "welcomed the establishment of"])} the ${g.full} (${g.acr}) under the ${dialogueAcr}.`);
  paragraphs.push(defs.join(" "));

  let words = paragraphs.join(" ").split(/\s+/).length;
  const target = 780 + int(320);
  while (words < target) {
    const sentences: string[] = [];
    for (let n = 3 + int(4); n > 0; n--) sentences.push(pick(sentenceMakers)());
    const paragraph = sentences.join(" ");
    paragraphs.push(paragraph);
    words += paragraph.split(/\s+/).length;
  }
  const l0 = leads[0];
  const l1 = leads[1];
  if (l0 && l1)
    paragraphs.push(
      `${acronymOf(l0.title)} ${l0.family.split(" ")[0]} and ${acronymOf(l1.title)} ${l1.family.split(" ")[0]} agreed that the ${nth} ${dialogueAcr} reaffirmed a robust solidarity of the ${compound} Alliance, and pledged to continue efforts to achieve meaningful progress at the next SCM.`,
    );
  const text = paragraphs.join("\n\n") + "\n";
  return { name: `synthetic-${String(seed).padStart(6, "0")}`, text, words: text.split(/\s+/).filter(Boolean).length };
}

/** `count` statements from seeds base, base+1, …. */
export function* syntheticStatements(count: number, base = 1): Generator<SyntheticStatement> {
  for (let i = 0; i < count; i++) yield syntheticStatement(base + i);
}

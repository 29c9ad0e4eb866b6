/**
 * Robustness of ingest on hostile and odd input: random strings, unicode (emoji, RTL, combining marks,
 * zero-width), no punctuation, huge single lines, HTML fragments, genre words mixed with punctuation,
 * and a 10 MB file through `ingestPaths`. The properties, for every input:
 *   - extraction never throws, except `BriefgraphError` INPUT_EMPTY exactly when the (cleaned) text has no
 *     letter or digit;
 *   - the graph validates (`validateGraph` finds nothing; the serialised graph parses with `SerializedGraphSchema`);
 *   - the same input gives byte-identical serialised JSON.
 * fast-check runs with a fixed seed so CI is reproducible.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticStatement } from "../../bench/synthetic-statements.ts";
import { SerializedGraphSchema, isBriefgraphError, serializeGraph, validateGraph, type BriefGraph } from "../../graph/index.ts";
import { cleanContent, extractText, ingestPaths, type Format } from "../../ingest/index.ts";

const FC = { seed: 42, numRuns: 200 } as const;
const HAS_TEXT = /[\p{L}\p{N}]/u;
const FORMATS: readonly Format[] = ["txt", "md", "html"];

/** Checks that a graph is valid and returns its canonical JSON. */
function validJson(graph: BriefGraph): string {
  expect(validateGraph(graph)).toEqual([]);
  const serialized = serializeGraph(graph);
  expect(() => SerializedGraphSchema.parse(serialized)).not.toThrow();
  return JSON.stringify(serialized);
}

/** What extracting `content` gave: the canonical JSON of its graph, or "INPUT_EMPTY". Any other throw fails. */
function extractOutcome(content: string, format: Format): string {
  try {
    return validJson(extractText(content, "statement.txt", format));
  } catch (error) {
    if (isBriefgraphError(error) && error.code === "INPUT_EMPTY") return "INPUT_EMPTY";
    throw error;
  }
}

/** The whole property for one input: only INPUT_EMPTY, exactly when there is no text; valid; deterministic. */
function checkExtraction(content: string, format: Format): void {
  const first = extractOutcome(content, format);
  const expectEmpty = !HAS_TEXT.test(content) || !HAS_TEXT.test(cleanContent(content, format));
  expect(first === "INPUT_EMPTY").toBe(expectEmpty);
  expect(extractOutcome(content, format)).toBe(first);
}

const format = fc.constantFrom(...FORMATS);

/** Words and punctuation of the genre, including the awkward ones. */
const GENRE_PIECES = [
  "ROK", "U.S.", "United States", "Republic of Korea", "DPRK", "DPRK's", "the DPRK's", "Korea-U.S.", "U.S.-ROK-", "ROK-U.S.-Japan", "Japan",
  "Russia", "Mr.", "Ms.", "Dr.", ".gov", "Secure .gov websites use HTTPS", "Deputy Minister", "DEPMIN", "Cho", "Chang Lae", "DASD", "Lee",
  "Ministry of National Defense", "(MND)", "Department of Defense", "(DoD)", "Counter-Missile Working Group", "(CMWG)", "CMWG",
  "((ROK) (U.S.)", "(", ")", "((", "))", "(ACR)", "()", "Working Group", "Committee", "Alliance", "the Alliance", "Agreement",
  "Ulchi Freedom Shield 24", "(UFS 24)", "UFS", "exercise", "strongly condemned", "pledged to", "welcomed the work of", "including",
  "led by", "under the", "held", "both sides", "The two sides", "they", "continuing", "ballistic missile launches", "cyber attacks",
  "GPS jamming", "filth balloons", "provocations", "nuclear and missile capabilities", "between Russia and the DPRK", "violate",
  "UNSCRs", "Security Consultative Meeting", "(SCM)", "SCM", "September 23-24, 2024", "25th", "in Seoul", "2024", "Sept.", "D.C.",
  "e.g.", "i.e.", "No.", "1.", "(a)", "iv.", ".", ",", ";", ":", "!", "?", "...", "'s", "’s", "'", "\"", "“", "”", "-", "–", "—", "/", "&",
  "#", "*", "_", "`", "[", "]", "[link](http://x)", "![img](y.png)", "```", "> ", "- ", "1) ", "\n", "\n\n", "\t", " ", "  ",
];
const genrePiece = fc.constantFrom(...GENRE_PIECES);
const genreMix = fc.array(genrePiece, { maxLength: 80 }).chain((pieces) => fc.constantFrom(pieces.join(" "), pieces.join(""), pieces.join("\n")));

const UNICODE_PIECES = [
  "🇰🇷", "🇺🇸", "👩‍👩‍👧", "🚀", "💣", "مرحبا", "وزارة الدفاع", "שלום", "\u202e", "\u202d", "\u200f", "\u200e", "e\u0301", "\u0301", "\u0338",
  "Z\u0351\u0352\u0353\u0354", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00a0", "\u2028", "\u2029", "\u3000", "국방부", "대한민국",
  "防衛省", "Ⅻ", "²", "١٢٣", "𝐀𝐁𝐂", "ﬁ", "İ", "ß", "\ud800", "\udfff", "\u0000", "\u0007", "\r", "\r\n", "ROK", "U.S.", "(MND)", ".",
];
const unicodeMix = fc.array(fc.constantFrom(...UNICODE_PIECES), { maxLength: 60 }).chain((pieces) => fc.constantFrom(pieces.join(""), pieces.join(" ")));

const NO_PUNCTUATION_WORDS = ["ROK", "US", "DPRK", "Ministry", "of", "National", "Defense", "Working", "Group", "CMWG", "held", "condemned", "pledged", "to", "the", "Both", "sides", "led", "by", "Mr", "Cho", "2024", "25th", "launches", "missile"];
const noPunctuation = fc
  .array(fc.oneof(fc.constantFrom(...NO_PUNCTUATION_WORDS), fc.stringMatching(/^[A-Za-z0-9]{1,12}$/)), { maxLength: 120 })
  .chain((words) => fc.constantFrom(words.join(" "), words.join("\n"), words.join("\n\n")));

const HTML_PIECES = [
  "<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "<script>", "</script>", "<style>p{}</style>", "<p>", "</p>", "<div", "<b>ROK",
  "<a href='javascript:alert(1)'>U.S.</a>", "<!--", "-->", "<![CDATA[ x ]]>", "<!doctype html>", "<html>", "<head><title>Joint Statement</title></head>",
  "<title>", "</title>", "<nav>Home</nav>", "<br>", "<br/>", "&amp;", "&lt;script&gt;", "&#0;", "&#x1F1F0;", "&bogus;", "<table><tr><td>", "<svg><text>DPRK</text></svg>",
  "<iframe src=x>", "<textarea>", "<", ">", "</", "/>", "=\"", "The ROK Ministry of National Defense (MND) held the talks.", "Both sides strongly condemned the DPRK's missile launches.",
];
const htmlMix = fc.array(fc.oneof(fc.constantFrom(...HTML_PIECES), genrePiece), { maxLength: 50 }).map((pieces) => pieces.join(""));

describe("extractText on generated input", () => {
  it.each([
    ["random ASCII strings", fc.string({ maxLength: 400 })],
    ["random full-unicode strings (any code point, lone surrogates included)", fc.string({ unit: "binary", maxLength: 300 })],
    ["random grapheme strings", fc.string({ unit: "grapheme", maxLength: 200 })],
    ["unicode mixes: emoji, RTL, combining marks, zero-width, control characters", unicodeMix],
    ["text with no punctuation at all", noPunctuation],
    ["HTML fragments: event handlers, scripts, unclosed tags, entities", htmlMix],
    ["genre words mixed with punctuation and parentheses", genreMix],
  ])("never throws but INPUT_EMPTY, validates and is deterministic on %s", (_name, text) => {
    fc.assert(
      fc.property(text, format, (content, f) => checkExtraction(content, f)),
      FC,
    );
  });

  it.each([
    ["", "txt"],
    ["   \n\n\t ", "txt"],
    ["...!?;:()", "txt"],
    ["\u200b\u200d\ufeff", "txt"],
    ["🚀💣🇰🇷", "txt"],
    ["<img src=x onerror=alert(1)>", "html"],
    ["<script>alert(1)</script>", "html"],
    ["<p></p><br><div>  </div>", "html"],
    ["```\nROK\n```", "md"],
  ] satisfies [string, Format][])("reports INPUT_EMPTY for text without letters or digits: %j as %s", (content, f) => {
    expect(extractOutcome(content, f)).toBe("INPUT_EMPTY");
  });

  it.each([
    ["((ROK) (U.S.)", "txt"],
    ["Mr.", "txt"],
    [".gov", "txt"],
    ["U.S.-ROK-", "txt"],
    ["(((((((((((((((((((ROK", "txt"],
    ["ROK)))))))))))))))))))", "txt"],
    ["The Counter-Missile Working Group (CMWG", "txt"],
    ["The Counter-Missile Working Group () and (CMWG) (CMWG) CMWG.", "txt"],
    ["<p>unclosed <b>ROK <i>U.S.", "html"],
    ["<img src=x onerror=alert(1)>ROK", "html"],
    ["<script>alert(1)</script><p>Both sides strongly condemned the DPRK's continuing ballistic missile launches.</p>", "html"],
  ] satisfies [string, Format][])("extracts a valid, deterministic graph from the awkward fragment %j as %s", (content, f) => {
    checkExtraction(content, f);
    expect(extractOutcome(content, f)).not.toBe("INPUT_EMPTY");
  });
});

const KB200 = 200 * 1024;
/** Repeats `unit` to at least `size` characters. */
const repeatTo = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length));

describe("extractText on huge single lines (200 KB)", () => {
  it.each([
    ["genre prose without a full stop", repeatTo("both sides strongly condemned the DPRK's continuing ballistic missile launches and the Counter-Missile Working Group (CMWG) led by Mr. Cho Chang Lae under the SCM, including ", KB200)],
    ["one word without spaces", repeatTo("a", KB200)],
    ["capitalised words without punctuation", repeatTo("Republic Korea Ministry National Defense Working Group ", KB200)],
    ["dotted abbreviations only", repeatTo("U.S. Mr. D.C. e.g. ", KB200)],
    ["open parentheses", repeatTo("(ROK ", KB200)],
    ["an acronym defined over and over", repeatTo("Counter-Missile Working Group (CMWG) ", KB200)],
  ])("stays valid and deterministic on %s", (_name, line) => {
    checkExtraction(line, "txt");
  }, 120_000);

  it("stays valid on a 200 KB HTML attribute that never closes", () => {
    checkExtraction(`<p>ROK held the talks.</p><img alt="${repeatTo("x ", KB200)}`, "html");
  }, 60_000);
});

describe("ingestPaths on files", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "briefgraph-robustness-"));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("never throws but INPUT_EMPTY and gives a valid, deterministic graph for generated files", async () => {
    let n = 0;
    // NUL bytes make a file binary (INPUT_BINARY by design), so file contents here have none.
    const content = fc.oneof(genreMix, unicodeMix, htmlMix, noPunctuation).map((s) => s.split("\u0000").join(""));
    await fc.assert(
      fc.asyncProperty(content, fc.constantFrom("txt", "md", "html"), async (text, ext) => {
        const path = join(dir, `case-${n++}.${ext}`);
        writeFileSync(path, text);
        const run = async () => {
          try {
            return validJson((await ingestPaths([path])).graph);
          } catch (error) {
            if (isBriefgraphError(error) && error.code === "INPUT_EMPTY") return "INPUT_EMPTY";
            throw error;
          }
        };
        const first = await run();
        expect(await run()).toBe(first);
      }),
      { seed: 42, numRuns: 50 },
    );
  });

  it("ingests a 10 MB generated file into a valid, deterministic graph", async () => {
    // Genre statements (bench/synthetic-statements.ts) alternating with seeded genre-word jumbles, to 10 MB.
    const path = join(dir, "ten-megabytes.txt");
    const parts: string[] = [];
    const jumbles = fc.sample(genreMix, { seed: 42, numRuns: 4000 });
    let size = 0;
    for (let i = 0; size < 10 * 1024 * 1024; i++) {
      const part = i % 2 === 0 ? syntheticStatement(i + 1).text : (jumbles[i % jumbles.length] ?? "ROK");
      parts.push(part);
      size += part.length + 2;
    }
    writeFileSync(path, parts.join("\n\n"));
    const first = await ingestPaths([path]);
    expect(first.statements).toHaveLength(1);
    expect(first.graph.order).toBeGreaterThan(100);
    const json = validJson(first.graph);
    expect(validJson((await ingestPaths([path])).graph)).toBe(json);
  }, 600_000);
});

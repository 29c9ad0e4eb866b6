import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanContent, htmlToText, markdownToText } from "../../ingest/index.ts";

const seed = readFileSync(new URL("../../corpus/kidd-25-joint-press-statement.txt", import.meta.url), "utf8");

describe("cleaning statements", () => {
  it("drops the .gov banner above the seed statement", () => {
    const text = cleanContent(seed, "txt");
    expect(text.startsWith("Joint Press Statement for the 25th Korea-U.S. Integrated Defense Dialogue")).toBe(true);
    expect(text).not.toMatch(/official website|Here's how you know|\.gov website|lock|Immediate Release/i);
  });

  it.each([
    ["skips scripts, styles and navigation", "<html><head><title>T</title><style>p{}</style></head><body><nav>Home Menu</nav><script>alert(1)</script><p>The two sides met.</p></body></html>", "The two sides met.", ["alert", "Home Menu", "p{}"]],
    ["decodes entities and turns blocks into paragraphs", "<div><h1>Joint Statement</h1><p>ROK &amp; U.S.&nbsp;agreed.</p><p>Second.</p></div>", "ROK & U.S. agreed.", []],
    ["survives unclosed tags", "<p>The Ministers <b>condemned the launches.<p>Next", "The Ministers condemned the launches.", []],
  ])("HTML: %s", (_name, html, expected, absent) => {
    const text = cleanContent(html, "html");
    expect(text).toContain(expected);
    for (const a of absent) expect(text).not.toContain(a);
  });

  it.each([
    ["a circle", "\u25ef The two sides met.\n\u25ef They agreed to meet again.", ["The two sides met.", "They agreed to meet again."]],
    ["a bullet point", "\u2022 The Ministers met.", ["The Ministers met."]],
  ])("drops %s opening a line and makes the line a paragraph of its own", (_name, text, paragraphs) => {
    expect(cleanContent(text, "txt").split("\n\n")).toEqual(paragraphs);
  });

  it("keeps a hyphen opening a wrapped line", () => {
    expect(cleanContent("The Ministers met in\n- as they said - good faith.", "txt")).toBe("The Ministers met in - as they said - good faith.");
  });

  it("keeps each bulleted line of a plain-text list as a paragraph of its own, and still joins a wrapped line", () => {
    const text = cleanContent("The two sides intend to:\n- Deepen their cooperation.\n- Widen the exchanges\nof officers.\n- Meet again.", "txt");
    expect(text.split("\n\n")).toEqual(["The two sides intend to:", "- Deepen their cooperation.", "- Widen the exchanges of officers.", "- Meet again."]);
  });

  it("keeps block structure from HTML as separate paragraphs", () => {
    expect(htmlToText("<h1>Title</h1><p>Body text.</p>").trim().split(/\n\s*\n/).map((s) => s.trim()).filter(Boolean)).toEqual(["Title", "Body text."]);
  });

  it.each([
    ["headings", "# Joint Statement\n\nText.", "Joint Statement"],
    ["links", "See [the Treaty](https://x.y/z) now.", "See the Treaty now."],
    ["emphasis", "The **Ministers** _agreed_.", "The Ministers agreed."],
    ["list markers", "- first item\n- second item", "first item"],
  ])("Markdown: reduces %s to their words", (_name, md, expected) => {
    expect(markdownToText(md)).toContain(expected);
  });
});

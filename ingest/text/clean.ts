/**
 * From raw content (text, Markdown, HTML) to clean plain text: paragraphs separated by
 * blank lines, web chrome (the ".gov" banner, navigation, scripts) dropped.
 */
import { Parser } from "htmlparser2";
import type { Format } from "./document.ts";

const BLOCK_TAGS = new Set([
  "p", "div", "section", "article", "main", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
  "br", "tr", "td", "th", "table", "blockquote", "pre", "hr", "dd", "dt", "figcaption", "title",
]);
/** Page furniture by class, id or role: menus, breadcrumbs, cookie banners, share bars. */
const CHROME_ATTRIBUTE = /\b(?:nav|navbar|navigation|menu|breadcrumbs?|cookie|consent|banner|skip|share|social|sidebar|footer|header|masthead|print|toolbar|search)\b/i;
const VOID_TAGS = new Set(["br", "img", "hr", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr"]);

const SKIP_TAGS = new Set(["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "svg", "button", "form", "select", "iframe", "head"]);

/** HTML to text with a real parser: block elements become paragraph breaks; chrome elements are skipped. */
export function htmlToText(html: string): string {
  const parts: string[] = [];
  /** Tags opened inside a skipped element (the skipped element first); empty when not skipping. */
  const skipping: string[] = [];
  let title = "";
  let inTitle = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === "title") inTitle = true;
        if (VOID_TAGS.has(name)) {
          if (skipping.length === 0 && BLOCK_TAGS.has(name)) parts.push("\n\n");
          return;
        }
        const label = `${attributes.class ?? ""} ${attributes.id ?? ""} ${attributes.role ?? ""}`;
        if (skipping.length > 0 || SKIP_TAGS.has(name) || CHROME_ATTRIBUTE.test(label) || attributes["aria-hidden"] === "true") skipping.push(name);
        else if (BLOCK_TAGS.has(name)) parts.push("\n\n");
      },
      ontext(text) {
        if (inTitle) title += text;
        if (skipping.length === 0) parts.push(text);
      },
      onclosetag(name) {
        if (name === "title") inTitle = false;
        if (VOID_TAGS.has(name)) return;
        if (skipping.length > 0) {
          const at = skipping.lastIndexOf(name);
          if (at >= 0) skipping.length = at;
        } else if (BLOCK_TAGS.has(name)) parts.push("\n\n");
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  const text = parts.join("").replace(/[ \t\f\v\r\u00a0]+/g, " ").replace(/ *\n */g, "\n");
  // A page with no words of its own keeps its <title>.
  return /[\p{L}\p{N}]/u.test(text) ? text : title.trim();
}

/** Markdown to text: headings, emphasis, links, images, code fences and list markers reduced to their words. */
export function markdownToText(md: string): string {
  // Each pass only over a text that holds the characters it needs (each asked of the text as the passes before left it).
  let text = md;
  if (text.includes("```")) text = text.replace(/^```[\s\S]*?^```/gm, "");
  if (text.includes("![")) text = text.replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1");
  if (text.includes("](")) text = text.replace(/\[([^\]]+)\]\([^)]*\)/g, "$1");
  if (text.includes("#")) text = text.replace(/^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/gm, "\n$1\n");
  // A list item is a paragraph of its own ("- the signing of …;").
  text = text.replace(/^ {0,3}(?:[-*+]|\d+[.)])\s+/gm, "\n");
  if (text.includes(">")) text = text.replace(/^ {0,3}>\s?/gm, "");
  text = text.replace(/^ {0,3}(?:[-*_]\s*){3,}$/gm, "");
  if (text.includes("**") || text.includes("__")) text = text.replace(/(\*\*|__)(.+?)\1/g, "$2");
  if (text.includes("*") || text.includes("_")) text = text.replace(/(^|[\s(])[*_]([^*_\n]+)[*_](?=[\s).,;:!?]|$)/g, "$1$2");
  if (text.includes("`")) text = text.replace(/`([^`]+)`/g, "$1");
  return text;
}

/** Lines of web chrome that official sites put above a statement. */
const CHROME_LINE =
  /^(an official website of the .*|here'?s how you know|official websites use \.gov|\.gov website belongs to .*|secure \.gov websites use https|a lock \(.*\) or https:\/\/ means .*|share sensitive information only on official, secure websites\.?|skip to (main )?content|immediate release|for immediate release|menu|search|home|print|share|release|press release|news|toggle navigation)$/i;

const MORE_THAN_A_SPACE = /[\t\f\v]| {2}/;

/**
 * A bullet glyph opening a line ("◯ Japan and …", "• The Ministers …", "□ …"): layout, not a word of the text;
 * the line opens a paragraph of its own.
 * Hyphens and dashes are left alone (a wrapped line may start with one).
 */
const BULLET = /^[\u2022\u2023\u2043\u2219\u25a0-\u25ff\u27a2\u203b\u3147]\s+/;

/** Normalises whitespace and line breaks, drops chrome lines and bullet glyphs; paragraphs end up separated by one blank line. */
export function normalizeText(text: string): string {
  // Each pass only over a text that holds its character (most hold none of them).
  let plain = text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
  if (plain.includes("\u200b") || plain.includes("\ufeff")) plain = plain.replace(/[\u200b\ufeff]/g, "");
  if (plain.includes("\u00a0")) plain = plain.replace(/\u00a0/g, " ");
  // "Japan–Australia": an en dash joining two names is the hyphen of a compound ("2020–2025" and " – " stay).
  if (plain.includes("\u2013")) plain = plain.replace(/(?<=\p{L}[.]?)\u2013(?=\p{Lu})/gu, "-");
  const lines = plain
    .split("\n")
    // Runs of blanks to one space: only where there is a run or a blank other than a space (each space matched on its own
    // would rebuild every line).
    .map((l) => (MORE_THAN_A_SPACE.test(l) ? l.replace(/[ \t\f\v]+/g, " ") : l).trim());
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) paragraphs.push(current.join(" "));
    current = [];
  };
  for (const raw of lines) {
    // A bulleted line opens an item of its own.
    const line = raw.replace(BULLET, "");
    if (line !== raw) flush();
    if (line === "" || CHROME_LINE.test(line)) flush();
    else if (isHeadingLine(line, current)) {
      flush();
      paragraphs.push(line);
    } else {
      // "intend to:" then "- Coordinate efforts to …": a dash after a line that ended a sentence or a lead-in opens an item
      // of its own ("met in" then "- as they said -" is a wrapped line).
      if (BULLET_LINE.test(line) && /[.:;!?]$/.test(current[current.length - 1] ?? "")) flush();
      current.push(line);
    }
  }
  flush();
  return paragraphs.join("\n\n");
}

/** A line that opens with a dash or an asterisk, then a space. */
const BULLET_LINE = /^[-–—*] /;

const ENDS_SENTENCE = /[.!?:;"”')\]]$/;
const SMALL_WORDS = new Set(["a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"]);

/** A short Title Case line with no closing punctuation that starts a block: a heading, not a wrapped line. */
function isHeadingLine(line: string, current: readonly string[]): boolean {
  const previous = current[current.length - 1];
  if (previous !== undefined && !ENDS_SENTENCE.test(previous)) return false;
  if (ENDS_SENTENCE.test(line) && !/[)\]]$/.test(line)) return false;
  const words = line.split(" ");
  if (words.length > 20) return false;
  const capitalised = words.filter((w) => /^[\p{Lu}\d"“(]/u.test(w) || SMALL_WORDS.has(w)).length;
  return capitalised === words.length;
}

export function cleanContent(content: string, format: Format): string {
  const text = format === "html" ? htmlToText(content) : format === "md" ? markdownToText(content) : content;
  return normalizeText(text);
}

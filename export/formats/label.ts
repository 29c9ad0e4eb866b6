/** Node labels for pictures (the viewer's canvas and the slide export): long names ellipsised at a word boundary. */

/** Names up to this many characters are drawn whole. */
export const LABEL_MAX = 34;

/** `name` if short enough, else its words up to `max` characters and "…" (a single long word is cut, nothing better exists). */
export function shortLabel(name: string, max = LABEL_MAX): string {
  if (name.length <= max) return name;
  const cut = name.slice(0, max - 1);
  const space = name.charAt(max - 1) === " " ? cut.length : cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:(–-]+$/, "")}…`;
}

/** Characters per line of a wrapped label (the layered views and their slides). */
export const WRAP_WIDTH = 18;
/** Lines a wrapped label takes at most; the last is ellipsised at a word boundary when the name is longer. */
export const WRAP_LINES = 3;

/**
 * `name` in lines of up to `width` characters, broken between words (a word longer than a line keeps its own line),
 * at most `lines` lines, the last up to `width + 6` characters and ellipsised at a word boundary beyond.
 */
export function wrapLabel(name: string, width = WRAP_WIDTH, lines = WRAP_LINES): string[] {
  const words = name.split(/\s+/).filter((w) => w.length > 0);
  const out: string[] = [];
  let line = "";
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? "";
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= width) line = `${line} ${word}`;
    else {
      out.push(line);
      line = word;
    }
    if (out.length === lines - 1 && line !== "") {
      const rest = [line, ...words.slice(i + 1)].join(" ");
      // The last line may run a little longer rather than lose a word to the ellipsis.
      return [...out, shortLabel(rest, width + 6)];
    }
  }
  if (line !== "") out.push(line);
  return out;
}

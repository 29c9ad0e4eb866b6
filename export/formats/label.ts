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

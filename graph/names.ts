/**
 * The one home of name normalisation: every place that compares names (the lexicon, the extractor's
 * resolution, gold scoring, lookup by name in the store, the viewer's search, the Neo4j name index)
 * turns a name into a key with one of the functions below. They share their steps; each variant exists
 * because its caller needs a different rule, and says which and why.
 *
 * | key                   | used by                                  | white space | apostrophes | dashes    | other punctuation | accents | leading word dropped        | possessives dropped     |
 * | --------------------- | ---------------------------------------- | ----------- | ----------- | --------- | ----------------- | ------- | --------------------------- | ----------------------- |
 * | `lowerKey`            | the extractor's windows over a sentence  | kept        | ’ → '       | kept      | kept              | kept    | none                        | none                    |
 * | `formKey`             | the lexicon's tables, mention matching   | collapsed   | ’ → '       | kept      | kept              | kept    | none                        | none                    |
 * | `entityFormKey`       | resolution of forms within one statement | collapsed   | ’ → '       | ‐ ‑ – → - | kept              | kept    | the, a, an                  | a trailing 's           |
 * | `normalizeName`       | lookup by name or alias (store, queries) | collapsed   | removed     | → space   | removed           | removed | the, a, an                  | none                    |
 * | `normalizeNameInText` | finding a name inside a sentence         | collapsed   | removed     | → space   | removed           | removed | the, a, an                  | every 's                |
 * | `normalizeGoldName`   | scoring against gold annotations         | collapsed   | removed     | → space   | removed           | kept    | the, a, an, its, their, our | every 's; s' → s        |
 *
 * All fold case. `lowerKey` keeps offsets (one character in, one out, except for the rare letters whose lower
 * case is longer, such as İ), so a window of a lower-keyed sentence is the form key of that window. `normalizeName` keys are
 * what the store's sidecar index holds: changing its rule invalidates every index already written (readers then fall back to reading the whole store).
 */

/** Typographic apostrophes (’) as ASCII ones. */
function foldApostrophes(text: string): string {
  // Most text has none: a plain search first (this runs on every window the extractor looks up).
  return text.includes("’") ? text.replace(/[’]/g, "'") : text;
}

/** White space collapsed to single spaces, none at either end. */
function collapseSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Lower case with typographic apostrophes folded; characters keep their offsets (see above). */
export function lowerKey(text: string): string {
  return foldApostrophes(text.toLowerCase());
}

/** The lexicon's key for a form: `lowerKey` with white space collapsed. */
export function formKey(form: string): string {
  const key = lowerKey(form);
  // Cleaned text has single spaces: collapse white space only when there is some to collapse (this runs on every window of every sentence).
  return key.includes("  ") || key.includes("\n") || key.includes("\t") || key.startsWith(" ") || key.endsWith(" ") ? collapseSpace(key) : key;
}

/**
 * The key of a form inside one statement: `formKey` without a leading article, with hyphen-like dashes as
 * hyphens and without a trailing possessive, so "the Alliance's" and "Alliance" resolve to one entity,
 * while hyphens (which join states in "U.S.-ROK") and periods (which mark "U.S.") still count.
 */
export function entityFormKey(form: string): string {
  let key = formKey(form);
  if (key.startsWith("the ") || key.startsWith("a ") || key.startsWith("an ")) key = key.replace(/^(the|a|an) /, "");
  if (/[‐‑–]/.test(key)) key = key.replace(/[‐‑–]/g, "-");
  return key.endsWith("'s") ? key.replace(/\s*'s$/, "") : key;
}

/**
 * The key for finding an entity by a name a person types: case, accents, punctuation, hyphens and dashes
 * and a leading article do not matter ("the U.S.–ROK Alliance" = "us rok alliance").
 */
export function normalizeName(text: string): string {
  return collapseSpace(
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[‐-―-]/g, " ")
      .replace(/[^\p{L}\p{N}\s]/gu, ""),
  ).replace(/^(the|a|an) /, "");
}

/**
 * `normalizeName` after dropping every possessive `'s`: for finding a name inside a sentence, where
 * "the Alliance's Defense Vision" names "Alliance" (test/support/evidence.ts's grounding check).
 */
export function normalizeNameInText(text: string): string {
  return normalizeName(text.replace(/['’]s\b/g, ""));
}

/**
 * The key for scoring against gold annotations (the rules of the gold README): case, punctuation, hyphens
 * and dashes, a leading article or possessive pronoun ("its Defense Vision") and possessives do not matter;
 * accents do (gold names are written as the statement writes them).
 */
export function normalizeGoldName(text: string): string {
  return collapseSpace(
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .replace(/'s\b|s'(?=\s|$)/g, (m) => (m === "'s" ? "" : "s"))
      .replace(/[-‐‑‒–—―]/g, " ")
      .replace(/[^\p{L}\p{N}\s]/gu, ""),
  ).replace(/^(?:the|a|an|its|their|our) /, "");
}

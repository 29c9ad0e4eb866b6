/** Stable ids: the same entity gets the same id in every run and every statement. */
import type { NodeType } from "./schema.ts";

/** slugify's results by text: every statement names the same entities again (emptied when it grows large). */
const slugs = new Map<string, string>();

/** Lower-case ASCII slug: "U.S.-ROK Alliance" → "u-s-rok-alliance". */
export function slugify(text: string): string {
  let slug = slugs.get(text);
  if (slug === undefined) {
    slug = computeSlug(text);
    if (slugs.size > 50_000) slugs.clear();
    // The key is a copy: a name cut from a statement can share that statement's memory, which the cache must not keep.
    if (text.length <= 200) slugs.set(copyOf(text), slug);
  }
  return slug;
}

/** A string with the same characters that shares no memory with `text`. */
function copyOf(text: string): string {
  const copy: unknown = JSON.parse(JSON.stringify(text));
  return typeof copy === "string" ? copy : text;
}

function computeSlug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

export function entityId(type: NodeType, canonicalName: string): string {
  const slug = slugify(canonicalName) || "unnamed";
  return `${type.toLowerCase()}:${slug}`;
}

export function statementId(title: string, sha256: string): string {
  const slug = slugify(title).slice(0, 48).replace(/-+$/, "") || "statement";
  return `statement:${slug}-${sha256.slice(0, 8)}`;
}

export function edgeKey(source: string, type: string, target: string): string {
  return `${source}|${type}|${target}`;
}

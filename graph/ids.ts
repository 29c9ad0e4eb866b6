/** Stable ids: the same entity gets the same id in every run and every statement. */
import type { NodeType } from "./schema.ts";

/** Lower-case ASCII slug: "U.S.-ROK Alliance" → "u-s-rok-alliance". */
export function slugify(text: string): string {
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

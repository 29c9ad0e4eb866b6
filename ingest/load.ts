/** The file adapter of ingest: finds statement files and reads them, with clear errors for bad input. */
import { readdir, readFile, stat } from "node:fs/promises";
import { extname, isAbsolute, join, relative, resolve } from "node:path";
import { BriefgraphError } from "../graph/errors.ts";
import type { Format, RawStatement } from "./document.ts";

const EXTENSIONS: Record<string, Format> = { ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html" };

export function formatOf(path: string): Format | undefined {
  return EXTENSIONS[extname(path).toLowerCase()];
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, out);
    else if (entry.isFile() && formatOf(path)) out.push(path);
  }
}

/** Expands files and folders (recursively) into the statement files they hold, in a stable order. */
export async function collectInputs(paths: readonly string[]): Promise<string[]> {
  if (paths.length === 0) throw new BriefgraphError("USAGE", "no input given: name at least one statement file or folder");
  const out: string[] = [];
  for (const path of paths) {
    const full = resolve(path);
    let info;
    try {
      info = await stat(full);
    } catch {
      throw new BriefgraphError("INPUT_NOT_FOUND", `${path}: no such file or folder`);
    }
    if (info.isDirectory()) {
      const found: string[] = [];
      try {
        await walk(full, found);
      } catch (cause) {
        throw new BriefgraphError("INPUT_UNREADABLE", `${path}: cannot read folder (${cause instanceof Error ? cause.message : String(cause)})`, { cause });
      }
      if (found.length === 0) throw new BriefgraphError("NO_STATEMENTS", `${path}: no statements (.txt, .md, .html) in this folder`);
      out.push(...found);
    } else out.push(full);
  }
  // Sources are named relative to the working folder when inside it, so output does not depend on where the repo lives.
  return [...new Set(out)].map((p) => {
    const rel = relative(process.cwd(), p);
    return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : p;
  });
}

/** Reads one statement; binary, non-UTF-8 or empty files are errors naming the file. */
export async function readStatement(path: string): Promise<RawStatement> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    const code = cause instanceof Error && "code" in cause ? String(cause.code) : "";
    if (code === "ENOENT") throw new BriefgraphError("INPUT_NOT_FOUND", `${path}: no such file`);
    throw new BriefgraphError("INPUT_UNREADABLE", `${path}: cannot read (${cause instanceof Error ? cause.message : String(cause)})`, { cause });
  }
  const sample = bytes.subarray(0, 65536);
  if (sample.includes(0)) throw new BriefgraphError("INPUT_BINARY", `${path}: binary file, not a statement`);
  let content: string;
  try {
    content = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new BriefgraphError("INPUT_BINARY", `${path}: not UTF-8 text`);
  }
  content = content.replace(/^\ufeff/, "");
  if (!/[\p{L}\p{N}]/u.test(content)) throw new BriefgraphError("INPUT_EMPTY", `${path}: empty statement (no text)`);
  const format = formatOf(path) ?? (/^\s*<(?:!doctype|html)/i.test(content) ? "html" : "txt");
  return { source: path, format, content };
}

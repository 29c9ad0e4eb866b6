/** The file adapter of ingest: finds statement files and reads them, with clear errors for bad input. */
import { readdir, readFile, readlink, realpath, stat } from "node:fs/promises";
import { extname, isAbsolute, join, relative, resolve } from "node:path";
import { BriefgraphError } from "../../graph/errors.ts";
import type { Format, RawStatement } from "./document.ts";

const EXTENSIONS: Record<string, Format> = { ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html" };

export function formatOf(path: string): Format | undefined {
  return EXTENSIONS[extname(path).toLowerCase()];
}

/** Called with a path that was not read and why. */
export type OnSkip = (path: string, reason: string) => void;

/**
 * Adds the statement files under `dir` to `out`. Symbolic links are followed to files and folders; a link back to a
 * folder being read (a loop), a link to nothing, and a second way to a file already found are skipped and named.
 */
async function walk(dir: string, out: string[], seen: { folders: Set<string>; files: Set<string> }, onSkip: OnSkip): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walkFolder(path, out, seen, onSkip);
    else if (entry.isFile()) {
      if (formatOf(path)) addFile(path, await realpath(path), out, seen, onSkip);
    } else if (entry.isSymbolicLink()) {
      let real: string;
      let info;
      try {
        real = await realpath(path);
        info = await stat(real);
      } catch {
        onSkip(path, `a link to nothing (${resolve(dir, await readlink(path).catch(() => "?"))})`);
        continue;
      }
      if (info.isDirectory()) await walkFolder(path, out, seen, onSkip, real);
      else if (info.isFile() && formatOf(path)) addFile(path, real, out, seen, onSkip);
    }
  }
}

async function walkFolder(path: string, out: string[], seen: { folders: Set<string>; files: Set<string> }, onSkip: OnSkip, known?: string): Promise<void> {
  const real = known ?? (await realpath(path));
  if (seen.folders.has(real)) {
    onSkip(path, `a link back to a folder already being read (${real})`);
    return;
  }
  seen.folders.add(real);
  try {
    await walk(path, out, seen, onSkip);
  } finally {
    seen.folders.delete(real);
  }
}

function addFile(path: string, real: string, out: string[], seen: { folders: Set<string>; files: Set<string> }, onSkip: OnSkip): void {
  if (seen.files.has(real)) {
    onSkip(path, `the same file as one already found (${real})`);
    return;
  }
  seen.files.add(real);
  out.push(path);
}

/** Expands files and folders (recursively) into the statement files they hold, in a stable order. */
export async function collectInputs(paths: readonly string[], onSkip: OnSkip = () => undefined): Promise<string[]> {
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
        await walkFolder(full, found, { folders: new Set(), files: new Set() }, onSkip);
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

/** The largest statement read unless told otherwise (`--max-statement-bytes`): 32 MiB. */
export const DEFAULT_MAX_STATEMENT_BYTES = 32 * 1024 * 1024;

/** Decodes a statement's bytes: UTF-8 (with or without a byte-order mark) or UTF-16 with one. */
function decode(path: string, bytes: Buffer): string {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : undefined;
  if (utf16 === undefined && bytes.includes(0)) {
    // ASCII in UTF-16 has a NUL in every other byte; say so rather than "binary".
    const sample = bytes.subarray(0, 4096);
    let even = 0;
    let odd = 0;
    sample.forEach((b, i) => {
      if (b !== 0) return;
      if (i % 2 === 0) even++;
      else odd++;
    });
    if (Math.max(even, odd) > sample.length / 4 && Math.min(even, odd) === 0) {
      throw new BriefgraphError("INPUT_BINARY", `${path}: UTF-16 text without a byte-order mark (save it as UTF-8, or as UTF-16 with a BOM)`);
    }
    throw new BriefgraphError("INPUT_BINARY", `${path}: binary file, not a statement (a NUL byte at ${bytes.indexOf(0)})`);
  }
  let content: string;
  try {
    content = new TextDecoder(utf16 ?? "utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new BriefgraphError("INPUT_BINARY", `${path}: not ${utf16 === undefined ? "UTF-8" : "UTF-16"} text`);
  }
  // TextDecoder drops the byte-order mark itself; a second one is text.
  const nul = content.indexOf("\u0000");
  if (nul >= 0) throw new BriefgraphError("INPUT_BINARY", `${path}: binary file, not a statement (a NUL character at ${nul})`);
  return content;
}

/** Reads one statement; binary (a NUL anywhere), non-UTF-8/16, empty or too large files are errors naming the file. */
export async function readStatement(path: string, options: { maxBytes?: number } = {}): Promise<RawStatement> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_STATEMENT_BYTES;
  let bytes: Buffer;
  try {
    const { size } = await stat(path);
    if (size > maxBytes) throw new BriefgraphError("INPUT_TOO_LARGE", `${path}: ${size} bytes, more than the ${maxBytes} a statement may have (raise it with --max-statement-bytes)`);
    bytes = await readFile(path);
  } catch (cause) {
    if (cause instanceof BriefgraphError) throw cause;
    const code = cause instanceof Error && "code" in cause ? String(cause.code) : "";
    if (code === "ENOENT") throw new BriefgraphError("INPUT_NOT_FOUND", `${path}: no such file`);
    throw new BriefgraphError("INPUT_UNREADABLE", `${path}: cannot read (${cause instanceof Error ? cause.message : String(cause)})`, { cause });
  }
  const content = decode(path, bytes);
  if (!/[\p{L}\p{N}]/u.test(content)) throw new BriefgraphError("INPUT_EMPTY", `${path}: empty statement (no text)`);
  const format = formatOf(path) ?? (/^\s*<(?:!doctype|html)/i.test(content) ? "html" : "txt");
  return { source: path, format, content };
}

/** Static files of the built viewer: only files under the root, anything else (traversal, dotfiles, directories) is a 404. */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { extname, resolve, sep } from "node:path";
import type { IncomingMessage, ServerResponse } from "node:http";

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Maps a URL path to a file under `root`, or undefined when it must not be served:
 * undecodable escapes, NUL bytes, backslashes, dot segments, dotfiles, paths that leave the root.
 */
export function resolveStaticPath(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0] ?? "");
  } catch {
    return undefined;
  }
  if (!decoded.startsWith("/") || decoded.includes("\0") || decoded.includes("\\")) return undefined;
  const segments = decoded.split("/").filter((s) => s.length > 0);
  if (segments.some((s) => s.startsWith("."))) return undefined;
  const relative = segments.length === 0 ? "index.html" : segments.join("/");
  const base = resolve(root);
  const full = resolve(base, relative);
  return full.startsWith(base + sep) ? full : undefined;
}

export async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse, headers: Record<string, string>): Promise<boolean> {
  const path = resolveStaticPath(root, req.url ?? "/");
  if (!path) return false;
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return false;
  const type = CONTENT_TYPES[extname(path)] ?? "application/octet-stream";
  const immutable = path.includes(`${sep}assets${sep}`);
  res.writeHead(200, {
    ...headers,
    "content-type": type,
    "content-length": String(info.size),
    "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
  });
  if (req.method === "HEAD") {
    res.end();
    return true;
  }
  createReadStream(path).pipe(res);
  return true;
}

/** Builds the viewer with vite when its dist is missing; builds into a temporary folder and renames, so a half build is never served. */
import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { BriefgraphError } from "../../graph/errors.ts";
import { packageRoot } from "../../graph/package-root.ts";

/** The viewer's folder (found from the package root, so the CLI bundle in dist/ finds it too). */
export const VIEWER_ROOT = join(packageRoot(import.meta.url), "viewer");
export const DEFAULT_DIST = join(VIEWER_ROOT, "dist");

/** Runs `vite build` for the viewer into `outDir` (replacing it). */
export async function buildViewer(outDir: string = DEFAULT_DIST): Promise<void> {
  const tmp = `${outDir}.${process.pid}.${Date.now()}.tmp`;
  try {
    const { build } = await import("vite");
    await build({
      configFile: join(VIEWER_ROOT, "vite.config.ts"),
      root: VIEWER_ROOT,
      logLevel: "warn",
      build: { outDir: tmp, emptyOutDir: true },
    });
    await rm(outDir, { recursive: true, force: true });
    await rename(tmp, outDir);
  } catch (cause) {
    await rm(tmp, { recursive: true, force: true });
    if (existsSync(join(outDir, "index.html"))) return; // another process built it meanwhile
    throw new BriefgraphError("SERVER_FAILED", `viewer build failed (${cause instanceof Error ? cause.message : String(cause)})`, { cause });
  }
}

/** Builds nothing when `outDir/index.html` exists; builds it otherwise. */
export async function ensureViewerBuilt(outDir: string = DEFAULT_DIST): Promise<void> {
  if (existsSync(join(outDir, "index.html"))) return;
  await buildViewer(outDir);
}

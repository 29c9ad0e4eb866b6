/** Writing artifacts: each file atomically; if one fails, the ones already written in this run are removed. Node only. */
import { rm, stat } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { BriefgraphError } from "../graph/errors.ts";
import { writeFileAtomic } from "../graph/store.ts";
import type { Artifact } from "./render.ts";

/** The Markdown brief's picture name for `-o PATH`: "brief.md" → "brief.svg". */
export function pictureNameFor(output: string): string {
  const name = `${basename(output, extname(output))}.svg`;
  return name === basename(output) ? `${basename(output, ".svg")}.picture.svg` : name;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Where each artifact goes: named artifacts in `output` as a directory when none is unnamed (csv),
 * else next to `output`; the unnamed one at `output` itself.
 */
export async function artifactPaths(artifacts: readonly Artifact[], output: string): Promise<string[]> {
  const asDirectory = artifacts.every((a) => a.name !== undefined);
  if (asDirectory && (await isFile(output))) {
    throw new BriefgraphError("OUTPUT_UNWRITABLE", `${output}: is a file; csv needs a directory for nodes.csv and edges.csv`);
  }
  return artifacts.map((a) => (a.name === undefined ? output : join(asDirectory ? output : dirname(output), a.name)));
}

/**
 * Writes every artifact. A file written beside -o that the user did not name (the Markdown brief's picture)
 * never replaces an existing file unless `force`: the export is refused first, with one line, nothing written.
 */
export async function writeArtifacts(artifacts: readonly Artifact[], output: string, options: { force?: boolean } = {}): Promise<string[]> {
  const paths = await artifactPaths(artifacts, output);
  const beside = artifacts.some((a) => a.name === undefined);
  if (beside && !options.force) {
    for (const [i, artifact] of artifacts.entries()) {
      const path = paths[i];
      if (artifact.name !== undefined && path !== undefined && (await exists(path))) {
        throw new BriefgraphError("OUTPUT_EXISTS", `${path}: exists; the brief's picture would replace it (use another -o name, or --force)`);
      }
    }
  }
  const written: string[] = [];
  try {
    for (const [i, artifact] of artifacts.entries()) {
      const path = paths[i];
      if (path === undefined) continue;
      await writeFileAtomic(path, artifact.content);
      written.push(path);
    }
  } catch (error) {
    await Promise.all(written.map((p) => rm(p, { force: true })));
    throw error;
  }
  return written;
}

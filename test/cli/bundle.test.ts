import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { freshBundle } from "../../bin/fresh-bundle.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const BIN = join(ROOT, "bin/briefgraph.mjs");
const dir = mkdtempSync(join(tmpdir(), "briefgraph-bundle-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A package folder with a bundle built at `builtAt` (s) from sources last changed at `changedAt` (s). */
function packageWith(name: string, options: { builtAt: number; changedAt: number; meta?: string; bundle?: boolean }): string {
  const root = join(dir, name);
  mkdirSync(join(root, "dist"), { recursive: true });
  mkdirSync(join(root, "cli"), { recursive: true });
  writeFileSync(join(root, "cli", "main.ts"), "export {};\n");
  utimesSync(join(root, "cli", "main.ts"), options.changedAt, options.changedAt);
  writeFileSync(join(root, "dist", "cli.meta.json"), options.meta ?? JSON.stringify({ inputs: ["cli/main.ts"] }));
  if (options.bundle !== false) {
    writeFileSync(join(root, "dist", "cli.mjs"), "export const main = async () => 0;\n");
    utimesSync(join(root, "dist", "cli.mjs"), options.builtAt, options.builtAt);
  }
  return root;
}

describe("the CLI bundle", () => {
  it.each<[string, Parameters<typeof packageWith>[1], boolean]>([
    ["is run when it is newer than every source it was built from", { builtAt: 2_000_000, changedAt: 1_000_000 }, true],
    ["is not run once a source changed after it was built", { builtAt: 1_000_000, changedAt: 2_000_000 }, false],
    ["is not run when it is missing", { builtAt: 2_000_000, changedAt: 1_000_000, bundle: false }, false],
    ["is not run when its list of sources names a file that is gone", { builtAt: 2_000_000, changedAt: 1_000_000, meta: JSON.stringify({ inputs: ["cli/gone.ts"] }) }, false],
    ["is not run when its list of sources is unreadable", { builtAt: 2_000_000, changedAt: 1_000_000, meta: "{not json" }, false],
    ["is not run when its list of sources is empty", { builtAt: 2_000_000, changedAt: 1_000_000, meta: JSON.stringify({ inputs: [] }) }, false],
  ])("%s", (name, options, runs) => {
    const root = packageWith(name.replace(/\W+/g, "-"), options);
    expect(freshBundle(root)).toBe(runs ? join(root, "dist", "cli.mjs") : undefined);
  });

  it("answers a command as the sources do", () => {
    const run = (env: NodeJS.ProcessEnv) => spawnSync(process.execPath, [BIN, "query", "--list"], { encoding: "utf8", cwd: ROOT, env: { ...process.env, ...env } });
    const fromSource = run({ BRIEFGRAPH_FROM_SOURCE: "1" });
    const asInstalled = run({});
    expect(fromSource.status).toBe(0);
    expect(fromSource.stdout).toMatch(/neighbourhood/);
    expect(asInstalled.status).toBe(0);
    expect(asInstalled.stdout).toBe(fromSource.stdout);
  });
});

import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const FORMATS_INDEX = resolve(dirname(fileURLToPath(import.meta.url)), "../../export/formats/index.ts");

/** Every project file export/formats/index.ts reaches through relative imports, and the packages it imports. */
function reach(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  for (let file = todo.pop(); file !== undefined; file = todo.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    const source = readFileSync(file, "utf8");
    for (const match of source.matchAll(/^\s*(?:import|export)\b[^"']*?from\s+["']([^"']+)["']/gm)) {
      const spec = match[1] ?? "";
      if (spec.startsWith(".")) todo.push(join(dirname(file), spec));
      else packages.add(spec);
    }
  }
  return { files: [...files], packages: [...packages].sort() };
}

describe("export/formats is browser-safe", () => {
  const { files, packages } = reach(FORMATS_INDEX);

  it("imports no node: module and no package that needs Node", () => {
    expect(packages.filter((p) => p.startsWith("node:") || ["fs", "path", "os", "crypto", "@resvg/resvg-js", "neo4j-driver"].includes(p))).toEqual([]);
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [f.slice(f.indexOf("/export/") >= 0 ? f.indexOf("/export/") + 1 : f.indexOf("/graph/") + 1), f]))(
    "%s uses no Buffer and no process",
    (_name, file) => {
      const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      expect(code).not.toMatch(/\bBuffer\b|\bprocess\./);
    },
  );
});

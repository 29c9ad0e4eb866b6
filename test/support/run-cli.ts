/** Runs the briefgraph CLI in process, capturing what it writes. */
import { vi } from "vitest";
import { z } from "zod";
import { main } from "../../cli/main.ts";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(...args: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await main(["node", "briefgraph", ...args]);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

const CountsSchema = z.record(z.string(), z.number().int());
export const StatsSchema = z.object({ byType: CountsSchema, byEdgeType: CountsSchema });
export type TypeCounts = { nodes: Record<string, number>; edges: Record<string, number> };

/** `briefgraph stats --format json` on a store: node and edge counts per type. */
export async function statsOf(store: string): Promise<TypeCounts> {
  const run = await runCli("stats", "--store", store, "--format", "json");
  if (run.code !== 0) throw new Error(`stats failed: ${run.stderr}`);
  const stats = StatsSchema.parse(JSON.parse(run.stdout));
  return { nodes: stats.byType, edges: stats.byEdgeType };
}

/** Counts with keys sorted, so two tallies compare equal whatever order they were made in. */
export function sortedCounts(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
}

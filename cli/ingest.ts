/** CLI adapter for extract, ingest, stats, eval and start (being written). */
import type { Command } from "commander";

export function registerIngestCommands(_program: Command): void {}

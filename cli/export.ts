/** CLI adapter for the export commands (filled in by its issue). */
import type { Command } from "commander";

export function registerExportCommands(_program: Command): void {}

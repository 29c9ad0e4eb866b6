/** CLI adapter for the query commands (filled in by its issue). */
import type { Command } from "commander";

export function registerQueryCommands(_program: Command): void {}

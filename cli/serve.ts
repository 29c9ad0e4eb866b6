/** CLI adapter for the serve commands (filled in by its issue). */
import type { Command } from "commander";

export function registerServeCommands(_program: Command): void {}

/** The `briefgraph` command line: the one place errors are caught and turned into exit codes. */
import { Command, CommanderError } from "commander";
import { isBriefgraphError } from "../graph/index.ts";
import { registerIngestCommands } from "./ingest.ts";
import { registerQueryCommands } from "./query.ts";
import { registerServeCommands } from "./serve.ts";
import { registerExportCommands } from "./export.ts";
import { registerHistoryCommands } from "./history.ts";
import { registerReviewCommand } from "./review.ts";
import { registerCorrectionCommands } from "./correct.ts";

export function buildProgram(): Command {
  const program = new Command("briefgraph")
    .description("Turn defence and diplomatic joint statements into a typed, evidence-grounded knowledge graph.")
    .showHelpAfterError()
    .exitOverride();
  registerIngestCommands(program);
  registerQueryCommands(program);
  registerServeCommands(program);
  registerExportCommands(program);
  registerHistoryCommands(program);
  registerReviewCommand(program);
  registerCorrectionCommands(program);
  return program;
}

/** Runs the CLI on `argv` (process.argv form); returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (isBriefgraphError(error)) {
      process.stderr.write(`briefgraph: ${error.message} [${error.code}]\n`);
      return error.code === "USAGE" ? 2 : 1;
    }
    process.stderr.write(`briefgraph: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 70;
  }
}

/** CLI adapter for `briefgraph review`: statements or a store in, the review report (Markdown or JSON) out. */
import { resolve } from "node:path";
import type { Command } from "commander";
import { BriefgraphError } from "../graph/errors.ts";
import { readStore } from "../graph/store.ts";

const FORMATS = ["md", "json"] as const;

export function registerReviewCommand(program: Command): void {
  program
    .command("review")
    .description("Report what the extractor saw but could not turn into the graph: unresolved names, entities in no relation, cue sentences that gave no relation, refused relations, people without an office or a state.")
    .argument("[files...]", "statement files or folders to extract and review")
    .option("--store <path>", "review a store instead of statements")
    .option("--format <format>", "md or json", "md")
    .option("--lexicon <path>", "a JSON lexicon that extends the bundled one")
    .action(async (files: string[], opts: { store?: string; format: string; lexicon?: string }) => {
      const format = FORMATS.find((f) => f === opts.format);
      if (!format) throw new BriefgraphError("USAGE", `--format ${opts.format}: expected one of ${FORMATS.join(", ")}`);
      if ((files.length > 0) === (opts.store !== undefined)) throw new BriefgraphError("USAGE", "review: give statement files or --store PATH (one of the two)");
      const { reviewPaths, reviewStore, reviewToMarkdown, ReviewReportSchema } = await import("../ingest/review/index.ts");
      const { loadLexicon } = await import("./ingest-actions.ts");
      const report = opts.store !== undefined ? reviewStore(await readStore(resolve(opts.store))) : await reviewPaths(files, await loadLexicon(opts.lexicon));
      process.stdout.write(format === "json" ? `${JSON.stringify(ReviewReportSchema.parse(report), null, 2)}\n` : reviewToMarkdown(report));
    });
}

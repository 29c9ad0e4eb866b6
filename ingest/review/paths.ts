/** `briefgraph review FILE...`: extract each statement and report what it could not read. */
import { extractStatement } from "../extract.ts";
import type { Lexicon } from "../lexicon/lexicon.ts";
import { collectInputs, readStatement } from "../text/load.ts";
import { reviewExtractions } from "./report.ts";
import type { ReviewReport } from "./schema.ts";

export async function reviewPaths(paths: readonly string[], lexicon: Lexicon): Promise<ReviewReport> {
  const extractions = [];
  for (const file of await collectInputs(paths)) extractions.push(extractStatement(await readStatement(file), lexicon));
  return reviewExtractions(extractions);
}

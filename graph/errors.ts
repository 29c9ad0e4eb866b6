/** Typed errors with stable codes; caught only at entry points (CLI main, viewer root). */
export const ERROR_CODES = [
  "INPUT_NOT_FOUND",
  "INPUT_UNREADABLE",
  "INPUT_BINARY",
  "INPUT_EMPTY",
  "INPUT_TOO_LARGE",
  "INPUT_UNSUPPORTED",
  "NO_STATEMENTS",
  "STORE_INVALID",
  "STORE_WRITE_FAILED",
  "STORE_LOCKED",
  "GOLD_INVALID",
  "LEXICON_INVALID",
  "USAGE",
  "NAME_NOT_FOUND",
  "QUERY_UNKNOWN",
  "QUERY_PARAMS_INVALID",
  "NEO4J_UNAVAILABLE",
  "NEO4J_QUERY_FAILED",
  "NEO4J_RECORD_INVALID",
  "NEO4J_LOAD_BUSY",
  "CYPHER_REFUSED",
  "CYPHER_TIMEOUT",
  "CYPHER_TOO_BIG",
  "EXPORT_FAILED",
  "EMPTY_SELECTION",
  "OUTPUT_UNWRITABLE",
  "SERVER_FAILED",
  "STATEMENT_UNKNOWN",
  "STATEMENT_AMBIGUOUS",
  "STATEMENT_UNDATED",
  "DIFF_SAME",
  "CORRECTIONS_INVALID",
  "CORRECTIONS_LOCKED",
  "CORRECTION_REFUSED",
  "CORRECTIONS_STALE",
  "OUTPUT_EXISTS",
  "NEO4J_IMPORT_FAILED",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class BriefgraphError extends Error {
  override readonly name = "BriefgraphError";
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isBriefgraphError(error: unknown): error is BriefgraphError {
  return error instanceof BriefgraphError;
}

/** Reading and writing the corrections log: validated on every read, written whole through a temp file and a rename. */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { BriefgraphError } from "../graph/errors.ts";
import { writeFileAtomic } from "../graph/store.ts";
import { CorrectionsLogSchema, emptyLog, type CorrectionsLog } from "./schema.ts";

export function parseLog(data: unknown, origin: string): CorrectionsLog {
  const parsed = CorrectionsLogSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length ? `at ${issue.path.join(".")}: ` : "";
  throw new BriefgraphError("CORRECTIONS_INVALID", `${origin}: not a corrections log (${where}${issue?.message ?? "invalid"})`);
}

/** The log at `path`; a missing log is an empty one. */
export async function readLog(path: string): Promise<CorrectionsLog> {
  if (!existsSync(path)) return emptyLog();
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (cause) {
    throw new BriefgraphError("INPUT_UNREADABLE", `${path}: cannot read corrections (${cause instanceof Error ? cause.message : String(cause)})`, { cause });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new BriefgraphError("CORRECTIONS_INVALID", `${path}: corrections log is not valid JSON (${cause instanceof Error ? cause.message : String(cause)})`, { cause });
  }
  return parseLog(data, path);
}

export function logToJson(log: CorrectionsLog): string {
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** Writes the log atomically; it is validated first, so an invalid log is never written. */
export async function writeLog(path: string, log: CorrectionsLog): Promise<void> {
  parseLog(log, path);
  await writeFileAtomic(path, logToJson(log));
}

/** The next free id: one more than the highest written. */
export function nextId(log: CorrectionsLog): string {
  let max = 0;
  for (const c of log.corrections) max = Math.max(max, Number(c.id.slice(1)));
  return `c${max + 1}`;
}

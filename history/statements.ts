/** The statements of a store, by date, and how a user names one (id, title or date) or a period of them. */
import { z } from "zod";
import { BriefgraphError } from "../graph/errors.ts";
import { statementOrder, type HistoryFacts, type StatementInfo } from "./facts.ts";

export const StatementRowSchema = z.object({
  id: z.string(),
  date: z.string().nullable(),
  title: z.string(),
  source: z.string(),
  /** Entities the statement mentions. */
  entities: z.number().int().nonnegative(),
  /** Relations it states (edges with at least one quote from it). */
  relations: z.number().int().nonnegative(),
});
export type StatementRow = z.infer<typeof StatementRowSchema>;

/** How many entities each statement mentions and how many relations it states, by statement id. */
export type StatementCounts = ReadonlyMap<string, { entities: number; relations: number }>;

export function countByStatement(facts: Pick<HistoryFacts, "mentions" | "relations">): StatementCounts {
  const counts = new Map<string, { entities: number; relations: number }>();
  const at = (id: string) => {
    let c = counts.get(id);
    if (!c) counts.set(id, (c = { entities: 0, relations: 0 }));
    return c;
  };
  for (const m of facts.mentions) at(m.statement).entities++;
  for (const r of facts.relations) for (const s of new Set(r.evidence.map((e) => e.statement))) at(s).relations++;
  return counts;
}

export function statementRows(statements: readonly StatementInfo[], counts: StatementCounts): StatementRow[] {
  return [...statements].sort(statementOrder).map((s) => ({
    id: s.id,
    date: s.date,
    title: s.title,
    source: s.source,
    entities: counts.get(s.id)?.entities ?? 0,
    relations: counts.get(s.id)?.relations ?? 0,
  }));
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const ISO_YEAR = /^(\d{4})$/;

/** A closed range of ISO days. */
export interface Period {
  readonly from: string;
  readonly to: string;
}

function lastDay(year: number, month: number): string {
  return String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, "0");
}

function validDay(text: string): boolean {
  const m = ISO_DAY.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && Number(lastDay(y, mo)) >= d;
}

/** "2024" (the year), "2024-09" (the month), "2024-09-23" (the day) or "FROM..TO" (each end one of those). */
export function parsePeriod(text: string): Period | undefined {
  const trimmed = text.trim();
  const range = trimmed.split("..");
  if (range.length === 2) {
    const [a, b] = range.map((part) => parsePeriod(part ?? ""));
    if (!a || !b || a.from > b.to) return undefined;
    return { from: a.from, to: b.to };
  }
  if (validDay(trimmed)) return { from: trimmed, to: trimmed };
  const month = ISO_MONTH.exec(trimmed);
  if (month) {
    const [y, m] = [Number(month[1]), Number(month[2])];
    if (m < 1 || m > 12) return undefined;
    return { from: `${trimmed}-01`, to: `${trimmed}-${lastDay(y, m)}` };
  }
  if (ISO_YEAR.test(trimmed)) return { from: `${trimmed}-01-01`, to: `${trimmed}-12-31` };
  return undefined;
}

/** What resolving statements needs: the list of statements. */
export type StatementsOnly = Pick<HistoryFacts, "statements">;

/** One side of a comparison: the statements it holds and how to call it. */
export interface Side {
  readonly label: string;
  readonly statements: readonly StatementInfo[];
}

function noDates(facts: StatementsOnly): boolean {
  return facts.statements.every((s) => s.date === null);
}

/** The statements dated in `period` (undated statements belong to no period). */
export function periodSide(facts: StatementsOnly, text: string, flag: string): Side {
  const period = parsePeriod(text);
  if (!period) throw new BriefgraphError("USAGE", `${flag} ${text}: expected a date (2024-09-23), a month (2024-09), a year (2024) or FROM..TO`);
  if (noDates(facts)) throw new BriefgraphError("STATEMENT_UNDATED", `no statement in the store has a date; re-ingest with --date YYYY-MM-DD to compare periods`);
  const statements = facts.statements.filter((s) => s.date !== null && s.date >= period.from && s.date <= period.to).sort(statementOrder);
  if (statements.length === 0) throw new BriefgraphError("STATEMENT_UNKNOWN", `${flag} ${text}: no statement is dated from ${period.from} to ${period.to}`);
  return { label: period.from === period.to ? period.from : `${period.from} – ${period.to}`, statements };
}

/**
 * The statement a user names: its id, its title (any case), or a date (the one statement of that day).
 * Unknown or ambiguous names are one clear error listing what there is.
 */
export function resolveStatement(facts: StatementsOnly, ref: string): StatementInfo {
  const wanted = ref.trim();
  const lower = wanted.toLowerCase();
  const byId = facts.statements.find((s) => s.id === wanted);
  if (byId) return byId;
  const byTitle = facts.statements.filter((s) => s.title.toLowerCase() === lower);
  if (byTitle.length === 1 && byTitle[0]) return byTitle[0];
  const byDate = validDay(wanted) ? facts.statements.filter((s) => s.date === wanted) : [];
  if (byDate.length === 1 && byDate[0]) return byDate[0];
  const matches = byTitle.length > 1 ? byTitle : byDate;
  if (matches.length > 1) {
    throw new BriefgraphError("STATEMENT_AMBIGUOUS", `"${ref}" names ${matches.length} statements; use an id: ${matches.map((s) => s.id).join(", ")}`);
  }
  if (validDay(wanted) && noDates(facts)) {
    throw new BriefgraphError("STATEMENT_UNDATED", `no statement in the store has a date; name a statement by id or title, or re-ingest with --date`);
  }
  const partial = facts.statements.filter((s) => s.title.toLowerCase().includes(lower) || s.id.includes(lower)).sort(statementOrder);
  const listed = (partial.length ? partial : [...facts.statements].sort(statementOrder)).slice(0, 5);
  const hint = listed.map((s) => `${s.date ?? "undated"} "${s.title}"`).join(", ");
  throw new BriefgraphError("STATEMENT_UNKNOWN", `no statement "${ref}" (by id, title or date)${hint ? `; ${partial.length ? "closest" : "there are"}: ${hint}` : "; the store holds no statement"}`);
}

export function statementSide(facts: StatementsOnly, ref: string): Side {
  const s = resolveStatement(facts, ref);
  return { label: s.date ? `${s.title} (${s.date})` : s.title, statements: [s] };
}

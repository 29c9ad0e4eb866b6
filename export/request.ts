/** The export command's options, validated once with zod into an ExportRequest. Pure. */
import { z } from "zod";
import { BriefgraphError } from "../graph/errors.ts";
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from "../graph/schema.ts";
import { parseFormat, type ExportFormat } from "./render.ts";
import { checkHops, type Selection } from "./select.ts";
import { parseIsoDay } from "../history/dates.ts";

export const RawExportOptionsSchema = z.object({
  store: z.string().optional(),
  neo4j: z.boolean().optional(),
  around: z.string().min(1).optional(),
  hops: z.string().optional(),
  type: z.array(z.string()).optional(),
  edgeType: z.array(z.string()).optional(),
  statement: z.string().min(1).optional(),
  since: z.string().optional(),
  until: z.string().optional(),
  query: z.string().min(1).optional(),
  param: z.array(z.string()).optional(),
  cypher: z.string().min(1).optional(),
  format: z.string().default("json"),
  output: z.string().min(1).optional(),
  title: z.string().min(1).optional(),
  width: z.string().optional(),
  /** commander's `--no-provenance`: false leaves Statement nodes and MENTIONED_IN edges out. */
  provenance: z.boolean().default(true),
  force: z.boolean().optional(),
});
export type RawExportOptions = z.infer<typeof RawExportOptionsSchema>;

export interface ExportRequest {
  source: { kind: "store"; path: string | undefined } | { kind: "neo4j" };
  selection: Selection;
  query?: { name: string; params: Record<string, string> };
  cypher?: { query: string; params: readonly string[] };
  format: ExportFormat;
  output?: string;
  title?: string;
  width?: number;
  /** Statement nodes and MENTIONED_IN edges in the export (the default); `--no-provenance` leaves them out. */
  provenance?: boolean;
  /** Overwrite a file the export writes beside -o (the Markdown brief's picture). */
  force?: boolean;
}

function pickEnum<T extends string>(values: readonly T[], text: string, what: string): T {
  const found = values.find((v) => v.toLowerCase() === text.toLowerCase());
  if (found === undefined) throw new BriefgraphError("USAGE", `unknown ${what} "${text}"; use one of ${values.join(", ")}`);
  return found;
}

function integer(text: string, what: string): number {
  if (!/^-?\d+$/.test(text.trim())) throw new BriefgraphError("USAGE", `${what} must be a whole number, got "${text}"`);
  return Number(text);
}

export function parseParams(items: readonly string[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (const item of items) {
    const eq = item.indexOf("=");
    if (eq <= 0) throw new BriefgraphError("USAGE", `--param must look like key=value, got "${item}"`);
    params[item.slice(0, eq).trim()] = item.slice(eq + 1);
  }
  return params;
}

/** Validates commander's raw options; every problem is one USAGE line naming the option. */
export function parseExportRequest(raw: unknown): ExportRequest {
  const parsed = RawExportOptionsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BriefgraphError("USAGE", `export: --${issue?.path.join(".") ?? "?"} ${issue?.message ?? "is invalid"}`);
  }
  const o = parsed.data;
  const format = parseFormat(o.format);
  if (o.cypher !== undefined && !o.neo4j) throw new BriefgraphError("USAGE", "--cypher reads from Neo4j; add --neo4j");
  if (o.neo4j && o.store !== undefined) throw new BriefgraphError("USAGE", "give either --store or --neo4j, not both");
  const starts = [o.around === undefined ? "" : "--around", o.query === undefined ? "" : "--query", o.cypher === undefined ? "" : "--cypher"].filter(Boolean);
  if (starts.length > 1) throw new BriefgraphError("USAGE", `give one of ${starts.join(", ")}, not several`);
  if (o.hops !== undefined && starts.length === 0) throw new BriefgraphError("USAGE", "--hops needs --around NAME, --query NAME or --cypher QUERY");
  if (o.param?.length && o.query === undefined && o.cypher === undefined) throw new BriefgraphError("USAGE", "--param needs --query NAME or --cypher QUERY");
  const types: EntityType[] = (o.type ?? []).map((t) => pickEnum(ENTITY_TYPES, t, "node type"));
  const edgeTypes: RelationType[] = (o.edgeType ?? []).map((t) => pickEnum(RELATION_TYPES, t, "edge type"));
  const selection: Selection = {
    ...(o.around === undefined ? {} : { around: o.around }),
    ...(o.hops === undefined ? {} : { hops: checkHops(integer(o.hops, "--hops")) }),
    ...(types.length ? { types } : {}),
    ...(edgeTypes.length ? { edgeTypes } : {}),
    ...(o.statement === undefined ? {} : { statement: o.statement }),
    ...(o.since === undefined ? {} : { since: parseIsoDay(o.since, "--since") }),
    ...(o.until === undefined ? {} : { until: parseIsoDay(o.until, "--until") }),
  };
  if (selection.since !== undefined && selection.until !== undefined && selection.since > selection.until) {
    throw new BriefgraphError("USAGE", `--since ${selection.since} is after --until ${selection.until}`);
  }
  let width: number | undefined;
  if (o.width !== undefined) {
    width = integer(o.width, "--width");
    if (width < 320 || width > 10000) throw new BriefgraphError("USAGE", `--width must be from 320 to 10000 px, got ${width}`);
  }
  if (format === "csv" && o.output === undefined) {
    throw new BriefgraphError("USAGE", "csv writes nodes.csv and edges.csv: give -o DIR");
  }
  return {
    source: o.neo4j ? { kind: "neo4j" } : { kind: "store", path: o.store },
    selection,
    ...(o.query === undefined ? {} : { query: { name: o.query, params: parseParams(o.param ?? []) } }),
    ...(o.cypher === undefined ? {} : { cypher: { query: o.cypher, params: o.param ?? [] } }),
    format,
    ...(o.output === undefined ? {} : { output: o.output }),
    ...(o.title === undefined ? {} : { title: o.title }),
    ...(width === undefined ? {} : { width }),
    provenance: o.provenance,
    force: o.force ?? false,
  };
}

/** A title for the picture and brief from what was selected. */
export function defaultTitle(request: ExportRequest, centerName: string | undefined): string {
  const s = request.selection;
  if (centerName !== undefined) return `${centerName}: ${s.hops ?? 1}-hop neighbourhood`;
  if (request.query) return `Query ${request.query.name}`;
  if (s.statement !== undefined) return `Statement ${s.statement}`;
  return "briefgraph briefing";
}

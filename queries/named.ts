/**
 * The catalogue of named briefing queries: name, one-line description, zod parameters, and one
 * implementation per backend. Rows come back in one canonical order, whatever the backend.
 */
import { z } from "zod";
import { BriefgraphError, type BriefGraph } from "../graph/index.ts";
import {
  bodiesEmbedded,
  commitmentsEmbedded,
  evidenceEmbedded,
  mentionsEmbedded,
  neighbourhoodEmbedded,
  pathEmbedded,
  threatsEmbedded,
} from "./embedded.ts";
import { bodiesNeo4j, commitmentsNeo4j, evidenceNeo4j, mentionsNeo4j, neighbourhoodNeo4j, pathNeo4j, threatsNeo4j } from "./neo4j-queries.ts";
import type { CypherReader } from "./reader.ts";
import { DiffParamsSchema, diffEmbedded, diffNeo4j, statementsEmbedded, statementsNeo4j, timelineEmbedded, timelineNeo4j } from "./history.ts";
import { CHANGES, diffRows, timelineRows } from "../history/index.ts";
import {
  ActorParamsSchema,
  FromToParamsSchema,
  NameParamsSchema,
  NeighbourhoodParamsSchema,
  NoParamsSchema,
  byText,
  type Row,
} from "./rows.ts";

/** Where a named query runs: the embedded store (a BriefGraph) or a Neo4j (a read-only reader). */
export type Backend = { kind: "embedded"; graph: BriefGraph } | { kind: "neo4j"; read: CypherReader };

export interface NamedQuery<P extends z.ZodType = z.ZodType, R extends Row = Row> {
  readonly name: string;
  readonly description: string;
  readonly params: P;
  /** "name=<entity> hops=<1..3, default 1>": for --list and usage errors. */
  readonly usage: string;
  readonly embedded: (graph: BriefGraph, params: z.infer<P>) => R[];
  readonly neo4j: (read: CypherReader, params: z.infer<P>) => Promise<R[]>;
  /** The canonical row order (both backends' rows are sorted with it). */
  readonly order: (a: R, b: R) => number;
}

/** A named query with its types erased, so different queries fit in one list. */
export interface AnyNamedQuery {
  readonly name: string;
  readonly description: string;
  readonly usage: string;
  readonly params: z.ZodType;
  run(backend: Backend, params: unknown): Promise<Row[]>;
}

function define<P extends z.ZodType, R extends Row>(query: NamedQuery<P, R>): AnyNamedQuery {
  return {
    name: query.name,
    description: query.description,
    usage: query.usage,
    params: query.params,
    async run(backend, raw) {
      const parsed = query.params.safeParse(raw ?? {});
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
        throw new BriefgraphError(
          "QUERY_PARAMS_INVALID",
          `query ${query.name}: ${where}${issue?.message ?? "invalid parameters"} (usage: ${query.name} ${query.usage || "(no parameters)"})`,
        );
      }
      const rows = backend.kind === "embedded" ? query.embedded(backend.graph, parsed.data) : await query.neo4j(backend.read, parsed.data);
      return [...rows].sort(query.order);
    },
  };
}

const cmp = (...pairs: [string | number, string | number][]): number => {
  for (const [a, b] of pairs) {
    const c = typeof a === "number" && typeof b === "number" ? a - b : byText(String(a), String(b));
    if (c !== 0) return c;
  }
  return 0;
};

export const NAMED_QUERIES: readonly AnyNamedQuery[] = [
  define({
    name: "bodies",
    description: "Standing bodies, what they are part of and what is part of them (the working groups under SCM/KIDD).",
    params: NoParamsSchema,
    usage: "",
    embedded: (graph) => bodiesEmbedded(graph),
    neo4j: (read) => bodiesNeo4j(read),
    order: (a, b) => cmp([a.body, b.body], [a.id, b.id]),
  }),
  define({
    name: "neighbourhood",
    description: "The `limit` nearest entities within `hops` relations of an entity (either direction), nearest first.",
    params: NeighbourhoodParamsSchema,
    usage: "name=<entity> [hops=1..3, default 1] [limit=N, default 100]",
    embedded: neighbourhoodEmbedded,
    neo4j: neighbourhoodNeo4j,
    order: (a, b) => cmp([a.distance, b.distance], [a.name, b.name], [a.id, b.id]),
  }),
  define({
    name: "path",
    description: "A shortest chain of relations between two entities (the smallest by id when there are several).",
    params: FromToParamsSchema,
    usage: "from=<entity> to=<entity>",
    embedded: pathEmbedded,
    neo4j: pathNeo4j,
    order: (a, b) => a.step - b.step,
  }),
  define({
    name: "threats",
    description: "Each threat with who poses it, who condemns or addresses it, and which exercises simulate it.",
    params: NoParamsSchema,
    usage: "",
    embedded: (graph) => threatsEmbedded(graph),
    neo4j: (read) => threatsNeo4j(read),
    order: (a, b) => cmp([a.threat, b.threat], [a.id, b.id]),
  }),
  define({
    name: "commitments",
    description: "Agreements an actor commits to or is party to, with the quoted evidence.",
    params: ActorParamsSchema,
    usage: "actor=<entity>",
    embedded: commitmentsEmbedded,
    neo4j: commitmentsNeo4j,
    order: (a, b) => cmp([a.agreement, b.agreement], [a.agreementId, b.agreementId], [a.relation, b.relation]),
  }),
  define({
    name: "evidence",
    description: "The quoted sentences behind every relation between two entities, in either direction.",
    params: FromToParamsSchema,
    usage: "from=<entity> to=<entity>",
    embedded: evidenceEmbedded,
    neo4j: evidenceNeo4j,
    order: (a, b) => cmp([a.source, b.source], [a.relation, b.relation], [a.target, b.target], [a.statement, b.statement], [a.sentence, b.sentence], [a.quote, b.quote]),
  }),
  define({
    name: "mentions",
    description: "The statements that mention an entity, by date (undated last), with the indices of the sentences that name it (from 0: index 2 is sentence 3).",
    params: NameParamsSchema,
    usage: "name=<entity>",
    embedded: mentionsEmbedded,
    neo4j: mentionsNeo4j,
    order: (a, b) => cmp([a.date ?? "\uffff", b.date ?? "\uffff"], [a.statement, b.statement], [a.statementId, b.statementId]),
  }),
  define({
    name: "statements",
    description: "The statements, by date (undated last): id, date, title, source, and how many entities and relations each states.",
    params: NoParamsSchema,
    usage: "",
    embedded: (graph) => statementsEmbedded(graph),
    neo4j: (read) => statementsNeo4j(read),
    order: (a, b) => cmp([a.date ?? "\uffff", b.date ?? "\uffff"], [a.title, b.title], [a.id, b.id]),
  }),
  define({
    name: "diff",
    description: "What changed between two statements (a, b: id, title or date) or two periods (from, to): new, dropped and continued entities and relations, with quotes.",
    params: DiffParamsSchema,
    usage: "a=<statement> b=<statement> | from=<2024|2024-09|2024-09-23|FROM..TO> to=<…>",
    embedded: (graph, params) => diffRows(diffEmbedded(graph, params)),
    neo4j: async (read, params) => diffRows(await diffNeo4j(read, params)),
    order: (a, b) => cmp([CHANGES.indexOf(a.change), CHANGES.indexOf(b.change)], [a.kind, b.kind], [a.source, b.source], [a.relation, b.relation], [a.target, b.target]),
  }),
  define({
    name: "timeline",
    description: "Every relation of an entity with the first and the last statement that states it (by date), with quotes.",
    params: NameParamsSchema,
    usage: "name=<entity>",
    embedded: (graph, params) => timelineRows(timelineEmbedded(graph, params.name)),
    neo4j: async (read, params) => timelineRows(await timelineNeo4j(read, params.name)),
    order: (a, b) => cmp([a.firstDate ?? "\uffff", b.firstDate ?? "\uffff"], [a.firstStatement, b.firstStatement], [a.relation, b.relation], [a.source, b.source], [a.target, b.target]),
  }),
];

/** The named query called `name`; QUERY_UNKNOWN lists the names there are. */
export function namedQuery(name: string): AnyNamedQuery {
  const query = NAMED_QUERIES.find((q) => q.name === name);
  if (query) return query;
  throw new BriefgraphError("QUERY_UNKNOWN", `no named query "${name}"; there are: ${NAMED_QUERIES.map((q) => q.name).join(", ")}`);
}

/** Runs the named query `name` with raw parameters (validated with its zod schema) on `backend`. */
export async function runNamedQuery(backend: Backend, name: string, params: Record<string, unknown> = {}): Promise<Row[]> {
  return namedQuery(name).run(backend, params);
}

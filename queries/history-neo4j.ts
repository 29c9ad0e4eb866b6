/**
 * History facts from Neo4j: the statements (with the dates `load` writes on Statement nodes) and, for a set
 * of statements or for one entity, the mentions and relations with their per-statement evidence
 * (`evidenceJson`). The answers are then computed by history/'s pure functions, as on the embedded store.
 */
import { z } from "zod";
import { EvidenceSchema, NodeTypeSchema, RELATION_TYPES } from "../graph/index.ts";
import type { EntityInfo, HistoryFacts, MentionFact, RelationFact, StatementCounts, StatementInfo } from "../history/index.ts";
import { parseRecords, type CypherReader } from "./reader.ts";

const RELATIONS = RELATION_TYPES.join("|");
const nullable = z.string().nullable().optional().transform((v) => v ?? null);

const StatementRecordSchema = z.object({ id: z.string(), title: z.string(), date: nullable, source: z.string() });

export async function neo4jStatements(read: CypherReader): Promise<StatementInfo[]> {
  const records = await read(`MATCH (s:Statement) RETURN s.id AS id, coalesce(s.title, s.name) AS title, s.date AS date, coalesce(s.source, '') AS source`);
  return parseRecords("statements", StatementRecordSchema, records);
}

const CountRecordSchema = z.object({ id: z.string(), n: z.number().int() });
const JsonEvidence = z.string().transform((text, ctx) => {
  try {
    const parsed = z.array(EvidenceSchema).safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // reported below
  }
  ctx.addIssue({ code: "custom", message: "evidenceJson is not a list of evidence" });
  return z.NEVER;
});

export async function neo4jStatementCounts(read: CypherReader): Promise<StatementCounts> {
  const mentions = parseRecords(
    "statement mentions",
    CountRecordSchema,
    await read(`MATCH (:Briefgraph)-[:MENTIONED_IN]->(s:Statement) RETURN s.id AS id, count(*) AS n`),
  );
  const relations = parseRecords(
    "statement relations",
    z.object({ evidence: JsonEvidence }),
    await read(`MATCH (:Briefgraph)-[r:${RELATIONS}]->(:Briefgraph) RETURN r.evidenceJson AS evidence`),
  );
  const counts = new Map<string, { entities: number; relations: number }>();
  const at = (id: string) => {
    let c = counts.get(id);
    if (!c) counts.set(id, (c = { entities: 0, relations: 0 }));
    return c;
  };
  for (const m of mentions) at(m.id).entities += m.n;
  for (const r of relations) for (const s of new Set(r.evidence.map((e) => e.statement))) at(s).relations++;
  return counts;
}

const MentionRecordSchema = z.object({
  entity: z.string(),
  name: z.string(),
  type: NodeTypeSchema,
  statement: z.string(),
  sentences: z.array(z.number().int().nonnegative()).nullable().transform((v) => v ?? []),
});
const RelationRecordSchema = z.object({
  source: z.string(),
  sourceName: z.string(),
  sourceType: NodeTypeSchema,
  type: z.enum(RELATION_TYPES),
  target: z.string(),
  targetName: z.string(),
  targetType: NodeTypeSchema,
  evidence: JsonEvidence,
});

/** Mentions and relations of the statements `ids` (relations whose evidence quotes one of them). */
export async function neo4jFactsForStatements(read: CypherReader, statements: readonly StatementInfo[], ids: readonly string[]): Promise<HistoryFacts> {
  const mentionRecords = await read(
    `MATCH (e:Briefgraph)-[m:MENTIONED_IN]->(s:Statement) WHERE s.id IN $ids
     RETURN e.id AS entity, e.name AS name, e.type AS type, s.id AS statement, m.sentences AS sentences`,
    { ids: [...ids] },
  );
  // evidenceJson is the JSON of the evidence list: a quote from statement S holds "statement":"S" (ids are slugs,
  // never escaped). The match narrows the scan; the parsed evidence decides.
  const relationRecords = await read(
    `MATCH (a:Briefgraph)-[r:${RELATIONS}]->(b:Briefgraph)
     WHERE any(n IN $needles WHERE r.evidenceJson CONTAINS n)
     RETURN a.id AS source, a.name AS sourceName, a.type AS sourceType, type(r) AS type,
            b.id AS target, b.name AS targetName, b.type AS targetType, r.evidenceJson AS evidence`,
    { needles: ids.map((id) => `"statement":${JSON.stringify(id)}`) },
  );
  return assemble(statements, parseRecords("diff mentions", MentionRecordSchema, mentionRecords), parseRecords("diff relations", RelationRecordSchema, relationRecords));
}

/** Mentions and relations of one entity. */
export async function neo4jFactsForEntity(read: CypherReader, statements: readonly StatementInfo[], id: string): Promise<HistoryFacts> {
  const mentionRecords = await read(
    `MATCH (e:Briefgraph {id: $id})-[m:MENTIONED_IN]->(s:Statement)
     RETURN e.id AS entity, e.name AS name, e.type AS type, s.id AS statement, m.sentences AS sentences`,
    { id },
  );
  const relationRecords = await read(
    `MATCH (a:Briefgraph)-[r:${RELATIONS}]->(b:Briefgraph) WHERE a.id = $id OR b.id = $id
     RETURN a.id AS source, a.name AS sourceName, a.type AS sourceType, type(r) AS type,
            b.id AS target, b.name AS targetName, b.type AS targetType, r.evidenceJson AS evidence`,
    { id },
  );
  const entity = parseRecords("timeline entity", z.object({ id: z.string(), name: z.string(), type: NodeTypeSchema }), await read(`MATCH (e:Briefgraph {id: $id}) RETURN e.id AS id, e.name AS name, e.type AS type`, { id }));
  return assemble(statements, parseRecords("timeline mentions", MentionRecordSchema, mentionRecords), parseRecords("timeline relations", RelationRecordSchema, relationRecords), entity);
}

function assemble(
  statements: readonly StatementInfo[],
  mentionRecords: readonly z.infer<typeof MentionRecordSchema>[],
  relationRecords: readonly z.infer<typeof RelationRecordSchema>[],
  known: readonly EntityInfo[] = [],
): HistoryFacts {
  const entities = new Map<string, EntityInfo>();
  const mentions: MentionFact[] = [];
  for (const m of mentionRecords) {
    entities.set(m.entity, { id: m.entity, name: m.name, type: m.type });
    mentions.push({ entity: m.entity, name: m.name, entityType: m.type, statement: m.statement, sentences: m.sentences });
  }
  const relations: RelationFact[] = [];
  for (const r of relationRecords) {
    entities.set(r.source, { id: r.source, name: r.sourceName, type: r.sourceType });
    entities.set(r.target, { id: r.target, name: r.targetName, type: r.targetType });
    relations.push({ source: r.source, sourceName: r.sourceName, type: r.type, target: r.target, targetName: r.targetName, evidence: r.evidence });
  }
  for (const e of known) entities.set(e.id, e);
  return { statements, entities, mentions, relations };
}

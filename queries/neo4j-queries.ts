/**
 * The named queries on Neo4j. Cypher text is fixed (relationship types come from the zod enum, never
 * from user input); user values go in parameters. Records are validated before they become rows.
 */
import { loadNeo4jDriver } from "./driver.ts";
import { z } from "zod";
import { BriefgraphError, EvidenceSchema, RELATION_TYPES } from "../graph/index.ts";
import { MAX_PATH_HOPS } from "./embedded.ts";
import { parseRecords, type CypherReader } from "./reader.ts";
import { nameNeedle, rankCandidates } from "./resolve.ts";
import {
  BodyRowSchema,
  CommitmentRowSchema,
  MentionRowSchema,
  NeighbourRowSchema,
  ThreatRowSchema,
  byText,
  sortedUnique,
  type BodyRow,
  type CommitmentRow,
  type EvidenceRow,
  type MentionRow,
  type NeighbourRow,
  type PathRow,
  type ThreatRow,
} from "./rows.ts";

/** Every relation type: the pattern that skips MENTIONED_IN (provenance, not a claim). */
export const RELATIONS = RELATION_TYPES.join("|");

const CandidateSchema = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()).nullable().transform((a) => a ?? []),
  mentions: z.number().nullable().transform((m) => m ?? 0),
});

/** The node `name` names (id, name or alias, case-insensitive), via the nameKeys text index. */
export async function resolveNeo4j(read: CypherReader, name: string): Promise<string> {
  const needle = nameNeedle(name) ?? "\u0000";
  const records = await read(
    `CALL () {
       MATCH (n:Briefgraph {id: $raw}) RETURN n
       UNION
       MATCH (n:Briefgraph) WHERE n.nameKeys CONTAINS $needle RETURN n
     }
     RETURN n.id AS id, n.name AS name, n.aliases AS aliases, n.mentions AS mentions`,
    { raw: name, needle },
  );
  const [best] = rankCandidates(name, parseRecords("resolve", CandidateSchema, records));
  if (best !== undefined) return best;
  throw new BriefgraphError("NAME_NOT_FOUND", `no entity named "${name}"${await suggestions(read, name)}`);
}

async function suggestions(read: CypherReader, name: string): Promise<string> {
  const terms = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim().split(" ").filter((t) => t.length > 1);
  if (terms.length === 0) return "";
  const records = await read(
    `CALL db.index.fulltext.queryNodes('briefgraph_names', $q) YIELD node RETURN DISTINCT node.name AS name LIMIT 5`,
    { q: terms.map((t) => `${t}~`).join(" ") },
  );
  const names = parseRecords("suggest", z.object({ name: z.string() }), records).map((r) => r.name);
  return names.length ? `; closest: ${names.map((n) => `"${n}"`).join(", ")}` : "";
}

const names = z.array(z.string()).transform(sortedUnique);

export async function bodiesNeo4j(read: CypherReader): Promise<BodyRow[]> {
  const records = await read(
    `MATCH (b:Body)
     RETURN b.id AS id, b.name AS body, coalesce(b.aliases, []) AS aliases,
            [(b)-[:PART_OF]->(p) | p.name] AS partOf, [(c)-[:PART_OF]->(b) | c.name] AS parts`,
  );
  return parseRecords("bodies", BodyRowSchema.extend({ aliases: names, partOf: names, parts: names }), records);
}

export async function threatsNeo4j(read: CypherReader): Promise<ThreatRow[]> {
  const records = await read(
    `MATCH (t:Threat)
     RETURN t.id AS id, t.name AS threat,
            [(a)-[:POSES]->(t) | a.name] AS posedBy, [(a)-[:CONDEMNS]->(t) | a.name] AS condemnedBy,
            [(a)-[:ADDRESSES]->(t) | a.name] AS addressedBy, [(x)-[:SIMULATES]->(t) | x.name] AS simulatedBy`,
  );
  return parseRecords(
    "threats",
    ThreatRowSchema.extend({ posedBy: names, condemnedBy: names, addressedBy: names, simulatedBy: names }),
    records,
  );
}

const HopSchema = z.object({ id: z.string(), name: z.string(), type: z.string() });

/**
 * Breadth-first, one round trip per hop. Rows are ordered by distance, so a hop that yields at least
 * the rows still wanted ends the search: the server returns only those, sorted, and no further hop runs.
 */
export async function neighbourhoodNeo4j(read: CypherReader, params: { name: string; hops: number; limit: number }): Promise<NeighbourRow[]> {
  const start = await resolveNeo4j(read, params.name);
  const seen = [start];
  const rows: NeighbourRow[] = [];
  let frontier = [start];
  for (let distance = 1; distance <= params.hops && frontier.length > 0 && rows.length < params.limit; distance++) {
    const remaining = params.limit - rows.length;
    const records = await read(
      `UNWIND $frontier AS fid
       MATCH (:Briefgraph {id: fid})-[:${RELATIONS}]-(m)
       WITH DISTINCT m WHERE NOT m.id IN $seen
       RETURN m.id AS id, m.name AS name, m.type AS type
       ORDER BY name, id LIMIT $remaining`,
      { frontier, seen, remaining: (await loadNeo4jDriver()).int(remaining) },
    );
    const hop = parseRecords("neighbourhood", HopSchema, records);
    for (const n of hop) rows.push({ ...n, distance });
    frontier = hop.map((n) => n.id);
    seen.push(...frontier);
  }
  return parseRecords("neighbourhood", NeighbourRowSchema, rows);
}

function lexLess(a: readonly string[], b: readonly string[]): boolean {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] ?? "";
    const y = b[i] ?? "";
    if (x !== y) return x < y;
  }
  return a.length < b.length;
}

/** allShortestPaths, then the path whose id sequence is smallest (the embedded backend's choice). */
export async function pathNeo4j(read: CypherReader, params: { from: string; to: string }): Promise<PathRow[]> {
  const from = await resolveNeo4j(read, params.from);
  const to = await resolveNeo4j(read, params.to);
  let ids: string[] | undefined;
  if (from === to) ids = [from];
  else {
    const records = await read(
      `MATCH (a:Briefgraph {id: $from}), (b:Briefgraph {id: $to})
       MATCH p = allShortestPaths((a)-[:${RELATIONS}*..${MAX_PATH_HOPS}]-(b))
       RETURN [n IN nodes(p) | n.id] AS ids LIMIT 100000`,
      { from, to },
    );
    for (const r of parseRecords("path", z.object({ ids: z.array(z.string()) }), records)) {
      if (ids === undefined || lexLess(r.ids, ids)) ids = r.ids;
    }
  }
  if (ids === undefined) return [];
  const nodeRecords = await read(`UNWIND $ids AS id MATCH (n:Briefgraph {id: id}) RETURN n.id AS id, n.name AS name, n.type AS type`, { ids });
  const nodes = new Map(parseRecords("path", HopSchema, nodeRecords).map((n) => [n.id, n]));
  const linkRecords = await read(
    `UNWIND range(0, size($ids) - 2) AS i
     MATCH (x:Briefgraph {id: $ids[i]})-[r:${RELATIONS}]-(y:Briefgraph {id: $ids[i + 1]})
     RETURN i + 1 AS step, type(r) AS type, startNode(r) = x AS forward`,
    { ids },
  );
  const links = new Map<number, string[]>();
  for (const l of parseRecords("path", z.object({ step: z.number().int(), type: z.string(), forward: z.boolean() }), linkRecords)) {
    links.set(l.step, [...(links.get(l.step) ?? []), l.forward ? `-[${l.type}]->` : `<-[${l.type}]-`]);
  }
  return ids.map((id, step) => {
    const n = nodes.get(id);
    if (!n) throw new BriefgraphError("NEO4J_RECORD_INVALID", `path: node ${id} vanished during the query`);
    return { step, id, name: n.name, type: n.type, via: (links.get(step) ?? []).sort(byText) };
  });
}

export async function commitmentsNeo4j(read: CypherReader, params: { actor: string }): Promise<CommitmentRow[]> {
  const actor = await resolveNeo4j(read, params.actor);
  const records = await read(
    `MATCH (:Briefgraph {id: $actor})-[r:COMMITS_TO|PARTY_TO]->(g)
     RETURN g.id AS agreementId, g.name AS agreement, type(r) AS relation, r.cue AS cue, r.evidence AS quotes`,
    { actor },
  );
  return parseRecords("commitments", CommitmentRowSchema, records);
}

const EvidenceRecordSchema = z.object({
  source: z.string(),
  relation: z.string(),
  target: z.string(),
  evidence: z.string().transform((text, ctx) => {
    try {
      const parsed = z.array(EvidenceSchema).safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
    } catch {
      // reported below
    }
    ctx.addIssue({ code: "custom", message: "evidenceJson is not a list of evidence" });
    return z.NEVER;
  }),
});

export async function evidenceNeo4j(read: CypherReader, params: { from: string; to: string }): Promise<EvidenceRow[]> {
  const from = await resolveNeo4j(read, params.from);
  const to = await resolveNeo4j(read, params.to);
  if (from === to) return [];
  const records = await read(
    `MATCH (a:Briefgraph {id: $from})-[r:${RELATIONS}]-(b:Briefgraph {id: $to})
     RETURN startNode(r).name AS source, type(r) AS relation, endNode(r).name AS target, r.evidenceJson AS evidence`,
    { from, to },
  );
  return parseRecords("evidence", EvidenceRecordSchema, records).flatMap((r) =>
    r.evidence.map((e) => ({ source: r.source, relation: r.relation, target: r.target, statement: e.statement, sentence: e.sentence, cue: e.cue, quote: e.text })),
  );
}

export async function mentionsNeo4j(read: CypherReader, params: { name: string }): Promise<MentionRow[]> {
  const id = await resolveNeo4j(read, params.name);
  const records = await read(
    `MATCH (:Briefgraph {id: $id})-[m:MENTIONED_IN]->(s:Statement)
     RETURN s.id AS statementId, s.title AS statement, s.date AS date, coalesce(m.sentences, []) AS sentences`,
    { id },
  );
  return parseRecords("mentions", MentionRowSchema.extend({ date: z.string().nullable().optional().transform((d) => d ?? null) }), records);
}

/**
 * What the read-only Cypher console (the `cypher` command and the viewer's panel) lets through, decided on the plan
 * Neo4j makes for the query (EXPLAIN: nothing runs), not on its words:
 *   - the query type must be "r" (read only): writes, schema changes and DBMS procedures are "rw", "w" or "s";
 *   - every procedure called must be on READ_PROCEDURES (an allow-list of side-effect-free reads);
 *   - no LOAD CSV (it reads files and fetches URLs) and no commands (SHOW …, TERMINATE TRANSACTIONS …).
 */
import { z } from "zod";

/** Procedures the console may call: reads of the schema and the full-text index, nothing else. */
export const READ_PROCEDURES: ReadonlySet<string> = new Set([
  "db.labels",
  "db.relationshipTypes",
  "db.propertyKeys",
  "db.schema.visualization",
  "db.schema.nodeTypeProperties",
  "db.schema.relTypeProperties",
  "db.index.fulltext.queryNodes",
  "db.index.fulltext.queryRelationships",
]);

export interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/** The plan as the driver gives it (summary.plan), checked before it is walked. */
export const PlanSchema: z.ZodType<PlanNode> = z.lazy(() =>
  z.object({
    operatorType: z.string(),
    arguments: z.record(z.string(), z.unknown()),
    children: z.array(PlanSchema),
  }),
);

/** Commands planned as operators of their own: SHOW TRANSACTIONS, TERMINATE TRANSACTIONS, SHOW SETTINGS, … */
const COMMAND_OPERATOR = /^(Show|Terminate)[A-Z]/;

function operatorsOf(plan: PlanNode): PlanNode[] {
  return [plan, ...plan.children.flatMap(operatorsOf)];
}

/** "db.labels" from a ProcedureCall's details "db.labels() :: (label :: STRING)". */
function procedureName(node: PlanNode): string {
  const details = node.arguments.Details ?? node.arguments.details;
  return (typeof details === "string" ? /^\s*([\w.`]+)\s*\(/.exec(details)?.[1]?.replaceAll("`", "") : undefined) ?? "an unknown procedure";
}

/** Why the console refuses a query with this query type and plan, or undefined when it may run. Pure. */
export function refusalReason(queryType: string, plan: PlanNode): string | undefined {
  for (const node of operatorsOf(plan)) {
    const operator = node.operatorType.split("@")[0] ?? node.operatorType;
    if (operator === "LoadCSV") return "LOAD CSV is not allowed (it reads files and fetches URLs)";
    if (COMMAND_OPERATOR.test(operator)) return `commands such as SHOW … and TERMINATE … are not allowed (plan operator ${operator})`;
    if (operator === "ProcedureCall") {
      const name = procedureName(node);
      if (!READ_PROCEDURES.has(name)) return `procedure ${name} is not allowed (allowed: ${[...READ_PROCEDURES].join(", ")})`;
    }
  }
  if (queryType !== "r") return `the query is not read-only (Neo4j plans it as query type "${queryType}"): writes, schema and DBMS operations are not allowed`;
  return undefined;
}

/** Neo4j mode: the graph read back from Neo4j and read-only Cypher, through the queries/ stage. */
import { BriefgraphError } from "../../graph/errors.ts";
import type { GraphSource } from "./index.ts";

export async function neo4jSource(): Promise<GraphSource> {
  throw new BriefgraphError("NEO4J_UNAVAILABLE", "Neo4j mode is not available yet: queries/ has no read-only runner to call");
}

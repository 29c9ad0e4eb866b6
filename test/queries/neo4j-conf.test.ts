/**
 * The Neo4j that `npm run neo4j:start` configures fetches no URL off the machine with LOAD CSV (every address but
 * 127.0.0.0/8 is blocklisted), so even a query that got past the console's guard could not send data out.
 * Runs when the test Neo4j is that server.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Neo4jConnection } from "../../queries/index.ts";
import { connectTestNeo4j, testNeo4j } from "../support/neo4j.ts";

const neo4j = await testNeo4j();
const ROOT = new URL("../..", import.meta.url).pathname;
const port = neo4j.available ? /^bolt:\/\/(?:127\.0\.0\.1|localhost):(\d+)$/.exec(neo4j.options.uri)?.[1] : undefined;
const startedByScript = port !== undefined && existsSync(join(ROOT, ".neo4j", "instances", `bolt-${port}`, "conf", "neo4j.conf"));

describe.skipIf(!startedByScript)("the Neo4j scripts/neo4j.mjs configures", () => {
  let conn: Neo4jConnection;
  beforeAll(async () => {
    conn = await connectTestNeo4j(neo4j);
  });
  afterAll(async () => {
    await conn?.close();
  });

  it.each([
    ["a private address", "http://10.0.0.1:9/leak", true],
    ["a public address", "http://8.8.8.8:9/leak", true],
    ["the top of IPv4", "http://255.255.255.254:9/leak", true],
    ["just below loopback", "http://126.255.255.255:9/leak", true],
    ["just above loopback", "http://128.0.0.1:9/leak", true],
    ["IPv6", "https://[2001:db8::1]:9/leak", true],
    ["IPv4 loopback (the export tests serve CSV there)", "http://127.0.0.1:9/leak", false],
  ])("LOAD CSV from %s (%s), even outside the console, is blocked: %s", async (_name, url, blocked) => {
    const error: unknown = await conn.driver.executeQuery(`LOAD CSV FROM '${url}' AS row RETURN row`).catch((e: unknown) => e);
    expect(error instanceof Error && /is blocked via the configuration property internal\.dbms\.cypher_ip_blocklist/.test(error.message)).toBe(blocked);
  });
});

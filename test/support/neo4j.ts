/**
 * The Neo4j the tests use, shared by every test area.
 *
 *   NEO4J_URI set           → that server (NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE as usual);
 *   else a container runtime → @testcontainers/neo4j 11 with neo4j:5.26-community, one per test file;
 *   else                     → { available: false, reason } and the Neo4j tests skip, saying why;
 *   but under CI=true a missing Neo4j throws, so the run fails instead of skipping.
 *
 * Usage in a test file:
 *
 *   const neo4j = await testNeo4j();
 *   describe.skipIf(!neo4j.available)("…", () => {
 *     let conn: Neo4jConnection; let release: () => Promise<void>;
 *     beforeAll(async () => { conn = await connectTestNeo4j(neo4j); release = await lockNeo4j(neo4j); });
 *     afterAll(() => releaseTestNeo4j(neo4j, conn, release));
 *   });
 *
 * Community Neo4j has one user database, and vitest runs test files in parallel: a file that loads
 * data must hold `lockNeo4j` from its first load to its clean-up, and remove what it loaded (everything
 * briefgraph loads carries the :Briefgraph label; `removeLoaded` deletes exactly that).
 */
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lock } from "proper-lockfile";
import { connectionOptions, openNeo4j, removeLoaded, type ConnectionOptions, type Neo4jConnection } from "../../queries/index.ts";

export const NEO4J_TEST_IMAGE = "neo4j:5.26-community";

export type TestNeo4j =
  | { available: true; source: "NEO4J_URI" | "testcontainers"; options: ConnectionOptions; stop: () => Promise<void> }
  | { available: false; reason: string };

function missing(reason: string): TestNeo4j {
  if (process.env.CI === "true") {
    throw new Error(`CI=true requires a real Neo4j, but ${reason} (run \`npm run neo4j:start\` and set NEO4J_URI=bolt://127.0.0.1:7687)`);
  }
  console.warn(`Neo4j tests skipped: ${reason}`);
  return { available: false, reason };
}

async function containerRuntimeFound(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import("testcontainers");
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}

/** The Neo4j for this test file (see the module comment). */
export async function testNeo4j(): Promise<TestNeo4j> {
  if (process.env.NEO4J_URI) {
    return { available: true, source: "NEO4J_URI", options: connectionOptions(), stop: async () => undefined };
  }
  if (!(await containerRuntimeFound())) {
    return missing("NEO4J_URI is not set and no container runtime (Docker/Podman) was found for testcontainers");
  }
  const { Neo4jContainer } = await import("@testcontainers/neo4j");
  const container = await new Neo4jContainer(NEO4J_TEST_IMAGE).start();
  return {
    available: true,
    source: "testcontainers",
    options: connectionOptions({ uri: container.getBoltUri(), user: container.getUsername(), password: container.getPassword() }),
    stop: async () => {
      await container.stop();
    },
  };
}

/** Opens a driver on the test Neo4j (throws when it is not available). */
export function connectTestNeo4j(neo4j: TestNeo4j): Promise<Neo4jConnection> {
  if (!neo4j.available) throw new Error(`no Neo4j for tests: ${neo4j.reason}`);
  return openNeo4j(neo4j.options);
}

export async function stopTestNeo4j(neo4j: TestNeo4j): Promise<void> {
  if (neo4j.available) await neo4j.stop();
}

/** A loading test file's clean-up: remove what it loaded, let the next file in, close, stop its container. */
export async function releaseTestNeo4j(neo4j: TestNeo4j, conn: Neo4jConnection | undefined, release: (() => Promise<void>) | undefined): Promise<void> {
  if (conn) await removeLoaded(conn);
  await release?.();
  await conn?.close();
  await stopTestNeo4j(neo4j);
}

/**
 * A cross-process lock on one Neo4j server (keyed by its URI), for test files that load data:
 * resolves when this file has the server to itself; call the returned function to let others in.
 */
export async function lockNeo4j(neo4j: TestNeo4j): Promise<() => Promise<void>> {
  if (!neo4j.available) throw new Error(`no Neo4j for tests: ${neo4j.reason}`);
  return lockNeo4jUri(neo4j.options.uri);
}

/**
 * The timeout for a hook that takes the lock: the lock waits (up to about 500 s, proper-lockfile's retries below)
 * for other processes' whole test files on the same server (another checkout's run, a benchmark), then loads.
 */
export const LOCK_HOOK_TIMEOUT_MS = 900_000;

/** The same lock by URI (benchmarks take it too, so they never clear a graph a test is using). */
export async function lockNeo4jUri(uri: string): Promise<() => Promise<void>> {
  // One key per server: scheme dropped, localhost and 127.0.0.1 the same, default port explicit.
  const hostPort = uri.replace(/^[a-z+]+:\/\//, "").replace(/\/.*$/, "").replace(/^localhost\b/, "127.0.0.1");
  const key = (hostPort.includes(":") ? hostPort : `${hostPort}:7687`).replace(/[^a-zA-Z0-9]+/g, "_");
  const target = join(tmpdir(), `briefgraph-neo4j-${key}`);
  return lock(target, {
    realpath: false,
    // A holder whose event loop is busy (building a large graph) must not look dead too soon.
    stale: 60_000,
    update: 10_000,
    retries: { retries: 1_000, minTimeout: 100, maxTimeout: 500, factor: 1.2 },
  });
}

/**
 * The one line a query cut at a deadline of `ms` gets: the query cancelled, or (the console waited for a busy
 * server to drop the terminated transaction and gave up) "told to stop it but still lists it". Which of the two
 * depends on how loaded the server is, not on briefgraph; a test that cares whether the server stopped asks the
 * server (waitUntil), with a bound of its own.
 */
export function cypherTimeoutMessage(ms: number): RegExp {
  return new RegExp(`^${timeoutPattern(ms)}$`);
}

/** The same, as the CLI writes it on stderr. */
export function cypherTimeoutStderr(ms: number): RegExp {
  return new RegExp(`^briefgraph: ${timeoutPattern(ms)} \\[CYPHER_TIMEOUT\\]\n$`);
}

function timeoutPattern(ms: number): string {
  return `cypher: no answer within ${ms} ms \\(the timeout\\); (?:the query was cancelled|the server was told to stop it but still lists it)`;
}

/**
 * Polls `check` (every 250 ms) until it gives a value `done` accepts or `boundMs` has passed; returns the last value,
 * for the test to assert on. For conditions a loaded machine reaches late but a wrong behaviour never reaches.
 */
export async function waitUntil<T>(check: () => Promise<T>, done: (value: T) => boolean, boundMs: number): Promise<T> {
  const until = performance.now() + boundMs;
  for (;;) {
    const value = await check();
    if (done(value) || performance.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

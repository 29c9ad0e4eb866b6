#!/usr/bin/env node
// A real Neo4j 5.26 Community server without Docker: jars from Maven Central (cached in ~/.m2),
// a loopback-only config, the server started detached with the distribution's JVM flags.
//
//   node scripts/neo4j.mjs start  [--port 7687]   resolve jars, write conf, start, wait for Bolt (no-op when up)
//   node scripts/neo4j.mjs stop   [--port 7687]   stop by pid (SIGTERM, then SIGKILL after 60 s)
//   node scripts/neo4j.mjs kill   [--port 7687]   SIGKILL by pid (fault tests)
//   node scripts/neo4j.mjs status [--port 7687]   prints the Bolt URI and pid, exit 1 when down
//   node scripts/neo4j.mjs wipe   [--port 7687]   stop, then delete that instance's data
//   node scripts/neo4j.mjs jars                   only resolve the server's jars (neo4j-admin is org.neo4j.cli.AdminTool in them)
//   node scripts/neo4j.mjs cypher-shell-jars      resolve org.neo4j:cypher-shell 5.26 into .neo4j/cypher-shell
//
// The port comes from --port, else NEO4J_BOLT_PORT, else 7687. Each port is its own instance
// (.neo4j/instances/bolt-PORT: conf, data, logs, import, pid); the jars in .neo4j/lib are shared.
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import neo4j from "neo4j-driver";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const NEO4J_DIR = join(root, ".neo4j");
const LIB = join(NEO4J_DIR, "lib");
const POM = join(root, "scripts", "neo4j", "pom.xml");
const CYPHER_SHELL_LIB = join(NEO4J_DIR, "cypher-shell");
const CYPHER_SHELL_POM = join(root, "scripts", "neo4j", "cypher-shell.pom.xml");
// How long `start` waits for Bolt: a JVM and Neo4j's start take about 20 s on an idle 2-core machine, several times
// that under a load of 20 (CI runs beside other work).
const START_TIMEOUT_MS = Number(process.env.NEO4J_START_TIMEOUT_S ?? 300) * 1000;

const JVM_FLAGS = [
  // The flags of the official distribution's neo4j.conf (server.jvm.additional) for Java 17.
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+UnlockExperimentalVMOptions",
  "-XX:+TrustFinalNonStaticFields",
  "-XX:+DisableExplicitGC",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Djdk.tls.ephemeralDHKeySize=2048",
  "-Djdk.tls.rejectClientInitiatedRenegotiation=true",
  "-XX:FlightRecorderOptions=stackdepth=256",
  "-XX:+UnlockDiagnosticVMOptions",
  "-XX:+DebugNonSafepoints",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "-Dlog4j2.disable.jmx=true",
  "-Dlog4j.layout.jsonTemplate.maxStringLength=32768",
];

/** Every IPv4 address but 127.0.0.0/8, and all of IPv6, as CIDR blocks. */
const NOT_LOOPBACK = ["0.0.0.0/2", "64.0.0.0/3", "96.0.0.0/4", "112.0.0.0/5", "120.0.0.0/6", "124.0.0.0/7", "126.0.0.0/8", "128.0.0.0/1", "::/0"];

function parseArgs(argv) {
  const [command = "status", ...rest] = argv;
  let port = process.env.NEO4J_BOLT_PORT ?? "7687";
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === "--port") port = rest[++i] ?? "";
    else if (rest[i]?.startsWith("--port=")) port = rest[i].slice("--port=".length);
    else fail(`unknown argument ${rest[i]}`);
  }
  if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535) fail(`bad Bolt port "${port}"`);
  return { command, port: Number(port) };
}

function fail(message) {
  process.stderr.write(`neo4j: ${message}\n`);
  process.exit(1);
}

function instance(port) {
  const home = join(NEO4J_DIR, "instances", `bolt-${port}`);
  return {
    port,
    home,
    conf: join(home, "conf"),
    logs: join(home, "logs"),
    pidFile: join(home, "neo4j.pid"),
    uri: `bolt://127.0.0.1:${port}`,
  };
}

function resolveJars() {
  if (existsSync(LIB) && readdirSync(LIB).some((f) => /^neo4j-server-5\.26\.\d+\.jar$/.test(f))) return;
  console.log("neo4j: resolving org.neo4j:neo4j and org.neo4j.app:neo4j-server 5.26 with Maven…");
  const run = spawnSync(
    "mvn",
    ["-q", "-B", "-f", POM, "dependency:copy-dependencies", "-DincludeScope=runtime", `-DoutputDirectory=${LIB}`],
    { stdio: "inherit" },
  );
  if (run.status !== 0) fail(`mvn dependency:copy-dependencies failed (exit ${run.status ?? run.signal})`);
}

function resolveCypherShell() {
  if (existsSync(CYPHER_SHELL_LIB) && readdirSync(CYPHER_SHELL_LIB).some((f) => /^cypher-shell-5\.26\.\d+\.jar$/.test(f))) return;
  console.log("neo4j: resolving org.neo4j:cypher-shell 5.26 with Maven…");
  const run = spawnSync(
    "mvn",
    ["-q", "-B", "-f", CYPHER_SHELL_POM, "dependency:copy-dependencies", "-DincludeScope=runtime", `-DoutputDirectory=${CYPHER_SHELL_LIB}`],
    { stdio: "inherit" },
  );
  if (run.status !== 0) fail(`mvn dependency:copy-dependencies (cypher-shell) failed (exit ${run.status ?? run.signal})`);
}

function writeConf(inst) {
  for (const dir of ["conf", "data", "logs", "import", "plugins", "run", "licenses"]) mkdirSync(join(inst.home, dir), { recursive: true });
  const conf = [
    "# Written by scripts/neo4j.mjs: loopback only, no auth, small memory. Regenerated on every start.",
    `server.directories.data=${join(inst.home, "data")}`,
    `server.directories.logs=${inst.logs}`,
    `server.directories.import=${join(inst.home, "import")}`,
    `server.directories.plugins=${join(inst.home, "plugins")}`,
    `server.directories.run=${join(inst.home, "run")}`,
    `server.directories.licenses=${join(inst.home, "licenses")}`,
    "server.default_listen_address=127.0.0.1",
    "server.default_advertised_address=127.0.0.1",
    `server.bolt.listen_address=127.0.0.1:${inst.port}`,
    `server.bolt.advertised_address=127.0.0.1:${inst.port}`,
    "server.bolt.enabled=true",
    "server.http.enabled=false",
    "server.https.enabled=false",
    "dbms.security.auth_enabled=false",
    "dbms.usage_report.enabled=false",
    // LOAD CSV reads file:/// only under server.directories.import (bench/neo4j.bench.ts compares with it there),
    // and fetches URLs from this machine only (the export tests serve CSV on 127.0.0.1): every other IPv4 address
    // and all of IPv6 are on the blocklist, so a query cannot send data off the machine.
    "dbms.security.allow_csv_import_from_file_urls=true",
    `internal.dbms.cypher_ip_blocklist=${NOT_LOOPBACK.join(",")}`,
    `server.memory.pagecache.size=${process.env.NEO4J_PAGECACHE ?? "1g"}`,
    "dbms.memory.transaction.total.max=1g",
    "db.tx_log.rotation.retention_policy=2 files",
    "server.logs.gc.enabled=false",
    "",
  ].join("\n");
  writeFileSync(join(inst.conf, "neo4j.conf"), conf);
}

function readPid(inst) {
  if (!existsSync(inst.pidFile)) return undefined;
  const pid = Number(readFileSync(inst.pidFile, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function alive(pid) {
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A zombie or a recycled pid is not our server: check the command line.
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return cmdline.includes("CommunityEntryPoint");
  } catch {
    return true;
  }
}

async function boltAnswers(uri) {
  const driver = neo4j.driver(uri, neo4j.auth.none(), { connectionTimeout: 2000, maxConnectionPoolSize: 1 });
  try {
    const session = driver.session();
    try {
      const result = await session.run("RETURN 1 AS one");
      return result.records[0]?.get("one")?.toNumber?.() === 1;
    } finally {
      await session.close();
    }
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

function logTail(inst, lines = 40) {
  const parts = [];
  for (const name of ["console.log", "neo4j.log", "debug.log"]) {
    const file = join(inst.logs, name);
    if (!existsSync(file)) continue;
    const text = readFileSync(file, "utf8").split("\n");
    parts.push(`--- ${file}\n${text.slice(-lines).join("\n")}`);
  }
  return parts.join("\n") || "(no server log written)";
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function start(inst) {
  const existing = readPid(inst);
  if (alive(existing) && (await boltAnswers(inst.uri))) {
    console.log(`neo4j: already running at ${inst.uri} (pid ${existing})`);
    return;
  }
  let pid = existing;
  if (!alive(existing)) {
    resolveJars();
    writeConf(inst);
    const heap = process.env.NEO4J_HEAP ?? "2g";
    const out = openSync(join(inst.logs, "console.log"), "a");
    const child = spawn(
      "java",
      [
        `-Xms${heap}`,
        `-Xmx${heap}`,
        ...JVM_FLAGS,
        "-cp",
        `${join(inst.home, "plugins")}/*:${inst.conf}/*:${LIB}/*`,
        "org.neo4j.server.CommunityEntryPoint",
        `--home-dir=${inst.home}`,
        `--config-dir=${inst.conf}`,
        "--console-mode",
      ],
      { cwd: inst.home, detached: true, stdio: ["ignore", out, out] },
    );
    closeSync(out);
    pid = child.pid;
    if (pid === undefined) fail("could not start java");
    writeFileSync(inst.pidFile, `${pid}\n`);
    child.unref();
    console.log(`neo4j: started pid ${pid}, waiting for ${inst.uri}…`);
  } else {
    console.log(`neo4j: pid ${existing} is up but Bolt is not answering yet; waiting…`);
  }
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!alive(pid)) {
      rmSync(inst.pidFile, { force: true });
      fail(`server pid ${pid} exited during start\n${logTail(inst)}`);
    }
    if (await boltAnswers(inst.uri)) {
      console.log(`neo4j: ready at ${inst.uri} (pid ${pid})`);
      return;
    }
    await sleep(500);
  }
  fail(`Bolt did not answer at ${inst.uri} within ${START_TIMEOUT_MS / 1000} s\n${logTail(inst)}`);
}

async function stop(inst, signal) {
  const pid = readPid(inst);
  if (!alive(pid)) {
    rmSync(inst.pidFile, { force: true });
    console.log(`neo4j: not running on port ${inst.port}`);
    return;
  }
  process.kill(pid, signal);
  const deadline = Date.now() + 60_000;
  while (alive(pid) && Date.now() < deadline) await sleep(200);
  if (alive(pid)) {
    process.kill(pid, "SIGKILL");
    while (alive(pid)) await sleep(100);
  }
  rmSync(inst.pidFile, { force: true });
  console.log(`neo4j: ${signal === "SIGKILL" ? "killed" : "stopped"} pid ${pid} (port ${inst.port})`);
}

async function status(inst) {
  const pid = readPid(inst);
  if (alive(pid) && (await boltAnswers(inst.uri))) {
    console.log(`${inst.uri} pid ${pid}`);
    return;
  }
  console.log(`neo4j: not running on port ${inst.port}`);
  process.exit(1);
}

const { command, port } = parseArgs(process.argv.slice(2));
const inst = instance(port);
if (command === "start") await start(inst);
else if (command === "stop") await stop(inst, "SIGTERM");
else if (command === "kill") await stop(inst, "SIGKILL");
else if (command === "status") await status(inst);
else if (command === "jars") resolveJars();
else if (command === "cypher-shell-jars") resolveCypherShell();
else if (command === "wipe") {
  await stop(inst, "SIGTERM");
  rmSync(inst.home, { recursive: true, force: true });
  console.log(`neo4j: removed ${inst.home}`);
} else fail(`unknown command "${command}" (start, stop, kill, status, wipe, jars, cypher-shell-jars)`);

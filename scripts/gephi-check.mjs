#!/usr/bin/env node
// Opens briefgraph's GEXF and GraphML exports with Gephi itself (the Gephi toolkit, Maven Central
// org.gephi:gephi-toolkit:0.10.1, classifier "all") and compares what Gephi read with `briefgraph stats`:
// nodes and edges, by type. Exit 0 when both files match the store exactly, 1 when one does not, 2 when it
// cannot run (no java/javac/mvn, the jar not resolvable).
//
//   node scripts/gephi-check.mjs [--store PATH]     (default: the bundled corpus/, ingested into a temp store)
//
// The jar is copied by `mvn dependency:copy` into the git-ignored .gephi/lib (cached in ~/.m2); the checker,
// scripts/gephi/GephiCheck.java, is compiled into .gephi/classes when it is newer than its class.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const GEPHI = join(root, ".gephi");
const ARTIFACT = "org.gephi:gephi-toolkit:0.10.1:jar:all";
const JAR = join(GEPHI, "lib", "gephi-toolkit-0.10.1-all.jar");
const SOURCE = join(root, "scripts", "gephi", "GephiCheck.java");
const CLASSES = join(GEPHI, "classes");
const CLASS = join(CLASSES, "GephiCheck.class");

function fail(message, code = 2) {
  process.stderr.write(`gephi-check: ${message}\n`);
  process.exit(code);
}

function run(command, args, what) {
  const result = spawnSync(command, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, cwd: root });
  if (result.error) fail(`${what}: ${command} not found (${result.error.message})`);
  if (result.status !== 0) {
    const lines = `${result.stdout}\n${result.stderr}`.split("\n").filter((l) => /ERROR|error|Exception/.test(l));
    fail(`${what} failed (exit ${result.status ?? result.signal}): ${(lines[0] ?? result.stderr.trim().split("\n").at(-1) ?? "").trim()}`);
  }
  return result.stdout;
}

function parseArgs(argv) {
  let store;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--store") store = argv[++i];
    else if (argv[i]?.startsWith("--store=")) store = argv[i].slice("--store=".length);
    else fail(`unknown argument ${argv[i]} (usage: node scripts/gephi-check.mjs [--store PATH])`);
  }
  if (store !== undefined && !existsSync(store)) fail(`${store}: no such store`);
  return { store };
}

function ensureJar() {
  if (existsSync(JAR)) return;
  process.stderr.write(`gephi-check: resolving ${ARTIFACT} with Maven into .gephi/lib (about 80 MB)…\n`);
  mkdirSync(dirname(JAR), { recursive: true });
  run("mvn", ["-B", "-q", "dependency:copy", `-Dartifact=${ARTIFACT}`, `-DoutputDirectory=${dirname(JAR)}`], `mvn dependency:copy ${ARTIFACT}`);
  if (!existsSync(JAR)) fail(`mvn dependency:copy ${ARTIFACT} gave no ${JAR}`);
}

function ensureClass() {
  if (existsSync(CLASS) && statSync(CLASS).mtimeMs >= statSync(SOURCE).mtimeMs) return;
  mkdirSync(CLASSES, { recursive: true });
  run("javac", ["-cp", JAR, "-d", CLASSES, SOURCE], "javac GephiCheck.java");
}

const briefgraph = (args, what) => run(process.execPath, [join(root, "bin", "briefgraph.mjs"), ...args], what);

/** One table: per type, what stats counts and what Gephi read from each file (by attribute and by edge type). */
function table(rows, columns) {
  const head = ["type", ...columns.map((c) => c.title)];
  const body = rows.map((type) => [type, ...columns.map((c) => String(c.counts[type] ?? 0))]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells) => `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ")}`;
  return [line(head), ...body.map(line)].join("\n");
}

const same = (a, b) => [...new Set([...Object.keys(a), ...Object.keys(b)])].every((k) => (a[k] ?? 0) === (b[k] ?? 0));

const { store: given } = parseArgs(process.argv.slice(2));
ensureJar();
ensureClass();
const dir = mkdtempSync(join(tmpdir(), "briefgraph-gephi-"));
try {
  const store = given ?? join(dir, "seed.json");
  if (given === undefined) briefgraph(["ingest", join(root, "corpus"), "--store", store], "briefgraph ingest corpus/");
  const stats = JSON.parse(briefgraph(["stats", "--store", store, "--format", "json"], "briefgraph stats"));
  const files = ["gexf", "graphml"].map((format) => {
    const file = join(dir, `graph.${format}`);
    briefgraph(["export", "--store", store, "--format", format, "-o", file], `briefgraph export --format ${format}`);
    return file;
  });
  const started = performance.now();
  const out = run("java", ["-Djava.awt.headless=true", "-cp", `${JAR}:${CLASSES}`, "GephiCheck", ...files], "Gephi toolkit import");
  const seconds = (performance.now() - started) / 1000;
  const reads = out.split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l));
  if (reads.length !== files.length) fail(`Gephi printed ${reads.length} results for ${files.length} files`);
  const formats = ["GEXF", "GraphML"];
  console.log(`Gephi toolkit 0.10.1 on ${given ?? "the bundled corpus"} (import of both files ${seconds.toFixed(1)} s, load average ${loadavg()[0]?.toFixed(2)})`);
  const verdicts = reads.map((read, i) => {
    const exact = read.nodeCount === stats.nodes && read.edgeCount === stats.edges && same(stats.byType, read.nodes) && same(stats.byEdgeType, read.edges) && same(stats.byEdgeType, read.edgeKinds);
    const pairs = Object.entries(read.parallel);
    console.log(
      `${formats[i]}: ${exact ? "exact" : "DIFFERS"}: ${read.nodeCount} nodes, ${read.edgeCount} edges of the file's ${read.edgesInFile} (${read.edgesInFile - read.edgeCount} merged); ` +
        `${pairs.length} node pairs keep parallel edges${pairs.length ? ` (${pairs.map(([p, n]) => `${p}: ${n}`).join("; ")})` : ""}` +
        (read.issues.length ? `; import report: ${read.issues.join(" | ")}` : ""),
    );
    return exact;
  });
  const nodeTypes = Object.keys({ ...stats.byType, ...reads[0].nodes, ...reads[1].nodes }).sort();
  const edgeTypes = Object.keys({ ...stats.byEdgeType, ...reads[0].edges, ...reads[1].edges, ...reads[0].edgeKinds, ...reads[1].edgeKinds }).sort();
  console.log(table(nodeTypes, [{ title: "stats", counts: stats.byType }, ...reads.map((r, i) => ({ title: formats[i], counts: r.nodes }))]));
  console.log(
    table(edgeTypes, [
      { title: "stats", counts: stats.byEdgeType },
      ...reads.flatMap((r, i) => [
        { title: `${formats[i]} type`, counts: r.edges },
        { title: `${formats[i]} kind`, counts: r.edgeKinds },
      ]),
    ]),
  );
  const allOk = verdicts.every(Boolean);
  process.exitCode = allOk ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

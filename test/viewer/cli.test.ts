/** `briefgraph serve` from the command line: the URL on success, one clear line and exit ≠ 0 on bad input. */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeStore } from "../../graph/index.ts";
import { seedLikeGraph } from "./fixtures.ts";

const BIN = join(import.meta.dirname, "../../bin/briefgraph.mjs");
const dir = mkdtempSync(join(tmpdir(), "briefgraph-viewer-cli-"));
writeFileSync(join(dir, "broken.json"), "{ not json");
writeFileSync(join(dir, "wrong.json"), JSON.stringify({ nodes: [] }));

function serve(...args: string[]) {
  return spawnSync(process.execPath, [BIN, "serve", ...args], { encoding: "utf8", timeout: 60_000 });
}

describe("briefgraph serve", () => {
  it.each([
    ["a missing store", ["--store", join(dir, "missing.json")], 1, /missing\.json: no store here/],
    ["a store that is not JSON", ["--store", join(dir, "broken.json")], 1, /broken\.json: store is not valid JSON/],
    ["a store that is not a graph", ["--store", join(dir, "wrong.json")], 1, /wrong\.json: not a briefgraph graph/],
    ["a bad port", ["--port", "http"], 2, /--port http: not a port number/],
    ["a non-loopback bind without --allow-host", ["--host", "0.0.0.0"], 2, /^briefgraph: --host 0\.0\.0\.0 is not a loopback address: name the Host names browsers will use with --allow-host/],
  ])("refuses %s with one line and a non-zero exit", (_name, args, status, message) => {
    const run = serve(...args);
    expect(run.status).toBe(status);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  });

  it("names the address when the port is taken", async () => {
    const store = join(dir, "ok.json");
    await writeStore(store, seedLikeGraph());
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, "127.0.0.1", () => r()));
    const address = blocker.address();
    const port = typeof address === "object" && address ? address.port : 0;
    try {
      const run = serve("--store", store, "--port", String(port));
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`127.0.0.1:${port}: cannot listen (EADDRINUSE)`);
    } finally {
      blocker.close();
    }
  });

  it("prints the URL it serves on, bound to 127.0.0.1, and stops on SIGTERM", async () => {
    const store = join(dir, "ok.json");
    await writeStore(store, seedLikeGraph());
    const child = spawn(process.execPath, [BIN, "serve", "--store", store, "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (c: Buffer) => {
          out += c.toString();
          const m = /briefgraph viewer: (http:\/\/\S+)/.exec(out);
          if (m?.[1]) resolve(m[1]);
        });
        child.on("exit", (code) => reject(new Error(`serve exited with ${code}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("briefgraph viewer");
    } finally {
      const exited = new Promise((r) => child.on("exit", r));
      child.kill("SIGTERM");
      await exited;
    }
  });
});

/** The store's lock: a writer that cannot have it fails with STORE_LOCKED naming the store, and writes nothing. */
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lock } from "proper-lockfile";
import { describe, expect, it } from "vitest";
import { createGraph, isBriefgraphError, readStore, withStoreLock, writeStore } from "../../graph/index.ts";

describe("the store lock", () => {
  it("refuses with STORE_LOCKED, naming the store, while another process holds it, and writes nothing", async () => {
    const store = join(mkdtempSync(join(tmpdir(), "briefgraph-lock-")), "graph.json");
    const release = await lock(store, { realpath: false });
    try {
      const error: unknown = await withStoreLock(store, async () => writeStore(store, createGraph()), { retries: 2, minTimeout: 10, maxTimeout: 10 }).catch((e: unknown) => e);
      expect(isBriefgraphError(error) && error.code).toBe("STORE_LOCKED");
      expect(error instanceof Error && error.message).toBe(`${store}: locked by another briefgraph process (still busy after waiting; try again when it is done)`);
      expect(existsSync(store)).toBe(false);
    } finally {
      await release();
    }
  });

  it("lets the next writer in once the holder releases it", async () => {
    const store = join(mkdtempSync(join(tmpdir(), "briefgraph-lock-")), "graph.json");
    await withStoreLock(store, async () => undefined);
    await writeStore(store, createGraph());
    expect((await readStore(store)).order).toBe(0);
  });
});

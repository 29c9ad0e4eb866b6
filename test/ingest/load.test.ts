/**
 * Reading statement files: what counts as text (UTF-8, UTF-16 with a byte-order mark), what is refused (binary
 * anywhere in the file, over the size cap), and how folders with symbolic links are walked.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isBriefgraphError } from "../../graph/index.ts";
import { collectInputs, readStatement } from "../../ingest/index.ts";

const dir = mkdtempSync(join(tmpdir(), "briefgraph-load-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SENTENCE = "The Republic of Korea and the United States held the 25th Korea-U.S. Integrated Defense Dialogue in Seoul.";

function file(name: string, bytes: Buffer | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function outcome(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return "ok";
  } catch (error) {
    return isBriefgraphError(error) ? `${error.code}: ${error.message}` : `unexpected: ${String(error)}`;
  }
}

const utf16be = (text: string) => {
  const le = Buffer.from(text, "utf16le");
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1] ?? 0;
    be[i + 1] = le[i] ?? 0;
  }
  return be;
};

describe("readStatement", () => {
  it.each([
    ["UTF-16 LE with a byte-order mark", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, "utf16le")])],
    ["UTF-16 BE with a byte-order mark", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(SENTENCE)])],
    ["UTF-8 with a byte-order mark", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE, "utf8")])],
  ])("reads %s as the same text as UTF-8", async (name, bytes) => {
    const path = file(`${name.replace(/\W+/g, "-")}.txt`, bytes);
    expect((await readStatement(path)).content).toBe(SENTENCE);
  });

  it.each([
    ["a NUL byte after the first 64 KiB", "nul-late.txt", Buffer.concat([Buffer.from(`${SENTENCE}\n`.repeat(1000)), Buffer.from([0]), Buffer.from(SENTENCE)]), /^INPUT_BINARY: .*nul-late\.txt: binary file/],
    ["a NUL character in UTF-16 text", "nul-utf16.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${SENTENCE}\u0000`, "utf16le")]), /^INPUT_BINARY: .*nul-utf16\.txt: binary file/],
    ["UTF-16 LE without a byte-order mark", "utf16-nobom.txt", Buffer.from(SENTENCE, "utf16le"), /^INPUT_BINARY: .*utf16-nobom\.txt: UTF-16 text without a byte-order mark/],
  ])("refuses %s, naming the file", async (_name, name, bytes, expected) => {
    const path = file(name, bytes);
    expect(await outcome(() => readStatement(path))).toMatch(expected);
  });

  it("refuses a statement above the size cap with its size and the flag that raises the cap, and reads it under a higher cap", async () => {
    const path = file("big.txt", `${SENTENCE}\n`.repeat(100));
    const size = Buffer.byteLength(`${SENTENCE}\n`.repeat(100));
    expect(await outcome(() => readStatement(path, { maxBytes: 1000 }))).toBe(
      `INPUT_TOO_LARGE: ${path}: ${size} bytes, more than the 1000 a statement may have (raise it with --max-statement-bytes)`,
    );
    expect(await outcome(() => readStatement(path, { maxBytes: size }))).toBe("ok");
  });
});

describe("collectInputs with symbolic links", () => {
  const root = join(dir, "linked");
  mkdirSync(join(root, "real", "inner"), { recursive: true });
  writeFileSync(join(root, "real", "a.txt"), SENTENCE);
  writeFileSync(join(root, "real", "inner", "b.txt"), SENTENCE);
  const outside = join(dir, "outside");
  mkdirSync(outside);
  writeFileSync(join(outside, "c.txt"), SENTENCE);
  writeFileSync(join(dir, "d.txt"), SENTENCE);
  symlinkSync(join(dir, "d.txt"), join(root, "real", "link-to-file.txt"));
  symlinkSync(join(root, "real", "a.txt"), join(root, "real", "second-way-to-a.txt"));
  symlinkSync(outside, join(root, "real", "link-to-folder"));
  symlinkSync(root, join(root, "real", "inner", "loop"));
  symlinkSync(join(dir, "nowhere.txt"), join(root, "real", "dangling.txt"));

  it("follows links to files and folders, stops at a loop and names what it skipped", async () => {
    const skipped: string[] = [];
    const files = await collectInputs([root], (path, reason) => skipped.push(`${path}: ${reason}`));
    expect(files.map((f) => f.slice(root.length + 1)).sort()).toEqual(["real/a.txt", "real/inner/b.txt", "real/link-to-file.txt", "real/link-to-folder/c.txt"]);
    expect(skipped.sort()).toEqual([
      `${join(root, "real", "dangling.txt")}: a link to nothing (${join(dir, "nowhere.txt")})`,
      `${join(root, "real", "inner", "loop")}: a link back to a folder already being read (${root})`,
      `${join(root, "real", "second-way-to-a.txt")}: the same file as one already found (${join(root, "real", "a.txt")})`,
    ]);
  });
});

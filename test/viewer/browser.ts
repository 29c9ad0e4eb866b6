/**
 * Headless Debian Chromium for the viewer's end-to-end tests and benchmark: the launch, a session (the built viewer,
 * its servers, one browser, the page errors of every page), page helpers, and pixel checks on screenshots.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { PNG } from "pngjs";
import { writeStore, type BriefGraph } from "../../graph/index.ts";
import { buildViewer, serveViewer, type ServeOptions, type ViewerServer } from "../../viewer/server/index.ts";
import type { ViewState } from "../../viewer/src/model/state.ts";

/** Where the browser tests keep their screenshots and exports (git-ignored). */
export const ARTIFACTS = join(import.meta.dirname, "../../test-artifacts/viewer");

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Whether Debian's chromium is installed. Without it the browser tests skip with a message, as the
 * Neo4j tests do without a server; under CI=true a missing browser fails the run instead.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  const reason = `no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`;
  if (process.env.CI === "true") throw new Error(`${reason}: the browser tests cannot run under CI`);
  console.warn(`viewer browser tests skipped: ${reason}`);
  return false;
}

/** Exactly the flags the issue names: without the background-networking ones Chromium floods this closed network. */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A persistent context in a fresh --user-data-dir, removed on close. */
export async function launchChromium(viewport = { width: 1400, height: 850 }): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), "briefgraph-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport,
    acceptDownloads: true,
  });
  // Playwright's 30 s for a wait (a first frame drawn by SwiftShader, a download) is short on 2 loaded cores.
  context.setDefaultTimeout(120_000);
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until the page has drawn its first frame (the probe's firstFrameAt is set). */
export async function waitFirstFrame(page: Page, timeout?: number): Promise<void> {
  await page.waitForFunction(() => window.__briefgraph !== undefined && !Number.isNaN(window.__briefgraph.firstFrameAt), null, { timeout });
}

/** Resolves after the next two animation frames: what a change asked to draw is drawn. */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Waits until the layout has stopped, then for the frames it asked for. */
export async function waitSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__briefgraph?.layout().running === false);
  await nextFrames(page);
}

/** The keys of the nodes the view shows, sorted. */
/** Selects `key` by putting it in the page's hash, as a pasted link does. */
export async function selectNode(page: Page, key: string): Promise<void> {
  await page.evaluate((k) => {
    location.hash = new URLSearchParams({ sel: k }).toString();
  }, key);
  await page.waitForFunction((k) => window.__briefgraph?.state().selected === k, key);
}

/** Clicks a button that writes a correction and waits for the page to reload the corrected graph. */
export async function clickAndReload(page: Page, selector: string): Promise<void> {
  await Promise.all([page.waitForEvent("load"), page.click(selector)]);
  await waitFirstFrame(page);
}

export const visibleNodes = (page: Page): Promise<string[]> => page.evaluate(() => window.__briefgraph?.visibleNodes().sort() ?? []);

/** The view's state as the page holds it. */
export const viewerState = (page: Page): Promise<ViewState | undefined> => page.evaluate(() => window.__briefgraph?.state());

export interface OpenOptions {
  /** Wait for the layout to stop and its frames to be drawn (default), or return after the first frame. */
  settled?: boolean;
}

/** One test file's viewer: the built viewer in a temporary folder, its servers and one browser. */
export interface ViewerSession {
  /** The session's temporary folder (stores go here). */
  readonly dir: string;
  readonly browser: Browser;
  /** Page errors and console errors of every page the session opened, each prefixed with the page's URL. */
  readonly errors: string[];
  /** Serves the built viewer (on a free port) with these options. */
  serve(options: Omit<ServeOptions, "port" | "distDir">): Promise<ViewerServer>;
  /** Writes `graph` as the store `<dir>/<name>.json` and serves it. */
  serveGraph(name: string, graph: BriefGraph, options?: Omit<ServeOptions, "port" | "distDir" | "storePath">): Promise<ViewerServer>;
  /** A new page at `url`, its errors recorded, once it has drawn (and by default settled). */
  open(url: string, options?: OpenOptions): Promise<Page>;
  /** Closes the browser and every server, and removes the folder. */
  close(): Promise<void>;
}

/** Builds the viewer into a fresh temporary folder and launches Chromium; `name` names the folder. */
export async function startViewerSession(name: string, viewport?: { width: number; height: number }): Promise<ViewerSession> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), `briefgraph-viewer-${name}-`));
  const distDir = join(dir, "dist");
  await buildViewer(distDir);
  const browser = await launchChromium(viewport);
  const servers: ViewerServer[] = [];
  const errors: string[] = [];
  const serve = async (options: Omit<ServeOptions, "port" | "distDir">) => {
    const server = await serveViewer({ ...options, port: 0, distDir });
    servers.push(server);
    return server;
  };
  return {
    dir,
    browser,
    errors,
    serve,
    async serveGraph(storeName, graph, options = {}) {
      const storePath = join(dir, `${storeName}.json`);
      await writeStore(storePath, graph);
      return serve({ ...options, storePath });
    },
    async open(url, options = {}) {
      const page = await browser.context.newPage();
      page.on("pageerror", (e) => errors.push(`${url}: ${e.message}`));
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(`${url}: console: ${m.text()}`);
      });
      await page.goto(url);
      await waitFirstFrame(page);
      if (options.settled !== false) await waitSettled(page);
      return page;
    },
    async close() {
      await browser.close();
      await Promise.all(servers.map((s) => s.close()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Ink {
  /** Share of pixels that are not (near) white. */
  share: number;
  /** Distinct colours among the non-white pixels (quantised to 4 bits per channel). */
  colours: number;
}

/** How much of a PNG is drawn on: a blank canvas gives share 0. */
export function inkOf(png: Buffer): Ink {
  const image = PNG.sync.read(png);
  let ink = 0;
  const colours = new Set<number>();
  for (let i = 0; i < image.data.length; i += 4) {
    const r = image.data[i] ?? 255;
    const g = image.data[i + 1] ?? 255;
    const b = image.data[i + 2] ?? 255;
    const a = image.data[i + 3] ?? 0;
    if (a > 16 && (r < 235 || g < 235 || b < 235)) {
      ink++;
      colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
    }
  }
  return { share: ink / (image.width * image.height), colours: colours.size };
}

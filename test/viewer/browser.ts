/** Headless Debian Chromium for the viewer's end-to-end tests and benchmark, and pixel checks on its screenshots. */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { PNG } from "pngjs";

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
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
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

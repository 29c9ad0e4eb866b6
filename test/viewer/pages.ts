/** The viewer page in the browser tests: open it (recording page errors), select by the URL, click and wait for the reload. */
import type { Page } from "playwright-core";
import type { Browser } from "./browser.ts";

/** Waits until the viewer drew its first frame. */
export async function viewerReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__briefgraph !== undefined && !Number.isNaN(window.__briefgraph.firstFrameAt));
}

/** A new tab on `url`, its page errors and console errors pushed to `errors`, once the viewer drew. */
export async function openViewer(browser: Browser, url: string, errors: string[]): Promise<Page> {
  const page = await browser.context.newPage();
  page.on("pageerror", (e) => errors.push(`${url}: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`${url}: console: ${m.text()}`);
  });
  await page.goto(url);
  await viewerReady(page);
  return page;
}

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
  await viewerReady(page);
}

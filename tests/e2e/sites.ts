// Copies of the release build served by a test's own server, for the tests of offline
// use and updates: a copy can be redeployed with another build while a page is open,
// several folders of one host can be served, and the server can be stopped.
import { createHash } from "node:crypto";
import { cpSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, type Page } from "@playwright/test";
import { test as appTest } from "./fixtures";
import { basePath } from "../../playwright.config";
import { startStaticServer } from "../../scripts/static-server.mjs";
import { writeServiceWorker } from "../../scripts/service-worker.mjs";

type Site = {
  /** The app's URL in `folder` (the first folder when omitted). */
  url(folder?: string): string;
  /** Replaces the files served at `folder` with those in `build`, as a deployment does. */
  deploy(build: string, folder?: string): void;
  /** The paths requested from the server so far, in order. */
  requests(): string[];
  stop(): Promise<void>;
};

export const test = appTest.extend<{ folders: string[]; site: Site }>({
  folders: [[basePath], { option: true }],
  site: async ({ folders }, use, testInfo) => {
    const roots = folders.map((_, i) => testInfo.outputPath(`site-${i}`));
    for (const root of roots) cpSync("dist", root, { recursive: true });
    const server = await startStaticServer({ mounts: folders.map((base, i) => ({ base, root: roots[i] })) });
    let running = true;
    await use({
      url: (folder = folders[0]) => server.url(folder),
      deploy(build, folder = folders[0]) {
        const root = roots[folders.indexOf(folder)];
        rmSync(root, { recursive: true });
        cpSync(build, root, { recursive: true });
      },
      requests: () => [...server.requests],
      async stop() {
        running = false;
        await server.close();
      },
    });
    if (running) await server.close();
  },
  baseURL: async ({ site }, use) => use(site.url()),
});

export { expect };

/**
 * Makes a second build from dist/ the way a rebuild that changed one stylesheet would:
 * the changed file gets a new hashed name and integrity hash in index.html, and the
 * service worker is written again by the build's own step (new precache list, new
 * version). Returns its folder and the new stylesheet's name.
 */
export function makeSecondBuild(folder: string) {
  cpSync("dist", folder, { recursive: true });
  const old = readdirSync(folder).find((name) => /^offline-[0-9a-f]+\.css$/.test(name));
  if (!old) throw new Error("dist/ has no offline-<hash>.css stylesheet");
  const css = `${readFileSync(join(folder, old), "utf8")}\n/* second build */\n`;
  const stylesheet = `offline-${createHash("sha256").update(css).digest("hex").slice(0, 16)}.css`;
  writeFileSync(join(folder, old), css);
  renameSync(join(folder, old), join(folder, stylesheet));
  const integrity = `sha384-${createHash("sha384").update(css).digest("base64")}`;
  const index = join(folder, "index.html");
  const html = readFileSync(index, "utf8")
    .replace(old, stylesheet)
    // The release build minifies index.html, which may drop attribute quotes.
    .replace(/(href="?\.\/offline-[0-9a-f]+\.css"?[^>]*integrity=)"?[^"\s>]*"?/, `$1"${integrity}"`);
  if (!html.includes(integrity)) throw new Error("index.html: the stylesheet's integrity was not rewritten");
  writeFileSync(index, html);
  const { version } = writeServiceWorker(folder);
  return { folder, stylesheet, version };
}

/** Waits until this copy of the app is kept for offline use and controls the page. */
export async function waitUntilKeptOffline(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** The file names of the stylesheets the page loaded. */
export function stylesheets(page: Page) {
  return page.locator('link[rel="stylesheet"]').evaluateAll((links) =>
    links.map((link) => (link as HTMLLinkElement).href.split("/").pop()),
  );
}

/** The service-worker caches of this host. */
export function cacheNames(page: Page) {
  return page.evaluate(() => caches.keys());
}

import { defineConfig, devices } from "@playwright/test";

// End-to-end tests of the release build in Debian's Chromium, served from a
// sub-folder with the strict CSP, as an intranet host would serve it.
export const port = Number(process.env.E2E_PORT ?? 4173);
export const basePath = "/intranet/best-value/";

export const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}${basePath}`,
    launchOptions: chromium,
    trace: "off",
  },
  projects: [
    { name: "laptop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 }, launchOptions: chromium } },
  ],
  webServer: {
    command: `node scripts/static-server.mjs --root dist --base ${basePath} --port ${port}`,
    url: `http://127.0.0.1:${port}${basePath}`,
    reuseExistingServer: false,
    stdout: "ignore",
  },
});

// Shared by the browser benchmarks: serves dist/ under a sub-folder on a free
// port and launches Debian's Chromium with the flags that work on this machine.
import { spawn } from "node:child_process";
import { chromium } from "@playwright/test";

export const base = "/bench/";

/** Starts the static server and Chromium; returns the app URL and a stop function. */
export async function startBrowser() {
  const server = spawn("node", ["scripts/static-server.mjs", "--root", "dist", "--base", base, "--port", "0"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const origin = await new Promise((resolve) =>
    server.stdout.once("data", (line) => resolve(String(line).match(/http:\/\/[^/]+/)[0])),
  );
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const stop = async () => {
    await browser.close();
    server.kill();
  };
  return { url: `${origin}${base}`, browser, stop };
}

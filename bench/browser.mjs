// Shared by the browser benchmarks: serves dist/ under a sub-folder on a free
// port and launches Debian's Chromium with the flags that work on this machine.
// BENCH_DIST=<folder> serves another build instead, to measure a before and an
// after alongside, one run after the other.
import { execFileSync, spawn } from "node:child_process";
import { chromium } from "@playwright/test";

export const base = "/bench/";

/**
 * The complete sample assessment as a saved record, from `cargo run --example
 * sample_assessment`, with `evidenceChars` of evidence per characteristic when given.
 */
export function sampleRecord(evidenceChars) {
  const args = ["run", "--quiet", "--offline", "--example", "sample_assessment"];
  if (evidenceChars !== undefined) args.push("--", String(evidenceChars));
  const record = execFileSync("cargo", args, { encoding: "utf8" }).trim();
  return { id: JSON.parse(record).assessment.id, record };
}

/** Slows the page's CPU by `rate`, as on a slow tablet or a locked-down laptop. */
export async function throttleCpu(page, rate = 4) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
}

/** Starts the static server and Chromium; returns the app URL and a stop function. */
export async function startBrowser() {
  const server = spawn("node", ["scripts/static-server.mjs", "--root", process.env.BENCH_DIST ?? "dist", "--base", base, "--port", "0"], {
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

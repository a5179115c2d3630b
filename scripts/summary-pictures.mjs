// Prints the members' summary of the complete sample assessment, as the release
// app downloads it, to an A4 PDF in Chromium: node scripts/summary-pictures.mjs OUT.pdf
// (run by scripts/summary-pictures.sh after a release build).
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { startBrowser } from "../bench/browser.mjs";

const out = process.argv[2];
const record = execFileSync("cargo", ["run", "--quiet", "--offline", "--example", "sample_assessment"], { encoding: "utf8" }).trim();
const id = JSON.parse(record).assessment.id;

const { url, browser, stop } = await startBrowser();
try {
  const page = await browser.newPage({ acceptDownloads: true });
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [`best-value/assessments/${id}`, record]);
  await page.goto(`${url}#/assessments/${id}/summary`);
  await page.getByRole("radio", { name: "Summary for members" }).check();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the summary (HTML, print-ready)" }).click(),
  ]);
  const reader = await browser.newPage();
  await reader.setContent(readFileSync(await download.path(), "utf8"));
  writeFileSync(out, await reader.pdf({ format: "A4" }));
  console.log(`wrote ${out} from ${download.suggestedFilename()}`);
} finally {
  await stop();
}

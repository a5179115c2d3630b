// Loads the built app from dist/ three ways, each in a fresh browser context, and reports
// the size of every file each load fetched, raw and gzipped (level 9, as a server
// would typically send it), against a budget:
//
// - opening the app: its address, the home page (the product's first load);
// - opening a guidance page directly (a councillor's link): the guidance part too;
// - opening a question page of an assessment directly (an officer's bookmark):
//   the assessments part too.
//
// The wasm is split into parts fetched when a page first needs them
// (scripts/build-wasm.mjs), so each way fetches only what its page needs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { base, sampleRecord, startBrowser } from "./browser.mjs";

const KB = 1024;
const { id, record } = sampleRecord();
const LOADS = [
  // The product's goal for the first load, checked by the test command.
  { name: "opening the app (home page)", route: "", budget: 200 * KB },
  // Also within the goal: councillors start in the guidance.
  { name: "opening a guidance page directly", route: "#/themes/governance", budget: 200 * KB },
  // The size measured when the wasm was split (390 KB) plus about 3%, so that
  // growth is a decision; the parts are then in the browser's cache and the
  // service worker's.
  { name: "opening an assessment's question page directly", route: `#/assessments/${id}/themes/governance`, budget: 402 * KB, record: true },
];

const kb = (n) => `${(n / KB).toFixed(1)} KB`.padStart(10);
let over = false;
const { url, browser, stop } = await startBrowser();
for (const load of LOADS) {
  // A context of its own: an empty cache, no service worker and no storage.
  const context = await browser.newContext();
  const page = await context.newPage();
  if (load.record) {
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [`best-value/assessments/${id}`, record]);
  }
  const fetched = new Set();
  page.on("requestfinished", (request) => fetched.add(new URL(request.url()).pathname));
  await page.goto(`${url}${load.route}`);
  await page.locator("main h1").waitFor();
  await page.waitForLoadState("networkidle");
  await context.close();

  const rows = [...fetched].sort().map((path) => {
    const relative = path.slice(base.length) || "index.html";
    const bytes = readFileSync(join("dist", relative));
    return { file: relative, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const total = rows.reduce((sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip }), { raw: 0, gzip: 0 });
  const within = total.gzip <= load.budget;
  over ||= !within;
  console.log(`\n${load.name}`);
  console.log(`${"file".padEnd(52)}${"raw".padStart(10)}${"gzip".padStart(10)}`);
  for (const row of rows) console.log(`${row.file.padEnd(52)}${kb(row.raw)}${kb(row.gzip)}`);
  console.log(`${"total".padEnd(52)}${kb(total.raw)}${kb(total.gzip)}`);
  console.log(`budget: ${kb(load.budget).trim()} gzip — ${within ? "within budget" : "OVER BUDGET"}`);
}
await stop();
process.exit(over ? 1 : 0);

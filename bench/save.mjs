// Browser benchmark (not a test): with a complete assessment loaded (every item
// rated, about 2 KB of evidence each) and Chromium's CPU throttled 4x, the time
// from a rating click to the change being written to local storage: to the
// assessment's journal of changes, or to its whole record, whichever is first.
// Either is kept: every read of an assessment merges its journal in.
import { base, sampleRecord, startBrowser, throttleCpu } from "./browser.mjs";

const BUDGET_MS = 50;
const CLICKS = 25;

const { id, record } = sampleRecord(2000);
console.log(`sample assessment: ${(record.length / 1024).toFixed(0)} KB saved record`);

const { url, browser, stop } = await startBrowser();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.addInitScript(([key, value, journal]) => {
  if (!localStorage.getItem(key)) localStorage.setItem(key, value);
  window.__clicks = [];
  window.__writes = [];
  document.addEventListener("click", () => window.__clicks.push(performance.now()), true);
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (k, v) {
    setItem.call(this, k, v);
    if (k === key || k === journal) window.__writes.push(performance.now());
  };
}, [`best-value/assessments/${id}`, record, `best-value/journal/${id}`]);
await page.goto(`${url}#/assessments/${id}/themes/governance`);
await page.locator("section.question-card").first().waitFor();
await throttleCpu(page);

const cards = page.locator("section.question-card:not(.question-card--flag)");
const samples = [];
for (let i = 0; i < CLICKS; i++) {
  const card = cards.nth(i % 8);
  // Always pick a level the card does not have yet, so every click is a change.
  const label = (await card.getByLabel(/Partly in place/).isChecked()) ? /Mostly in place/ : /Partly in place/;
  await page.evaluate(() => { window.__clicks = []; window.__writes = []; });
  await card.getByLabel(label).check();
  await page.waitForFunction(() => window.__writes.length > 0, null, { timeout: 10_000 });
  const [click, write] = await page.evaluate(() => [window.__clicks[0], window.__writes[0]]);
  samples.push(write - click);
}
await stop();

samples.sort((a, b) => a - b);
const median = samples[Math.floor(samples.length / 2)];
console.log(`rating click to storage write, CPU throttled 4x, ${CLICKS} clicks:`);
console.log(`  median ${median.toFixed(1)} ms, p90 ${samples[Math.floor(samples.length * 0.9)].toFixed(1)} ms, max ${samples.at(-1).toFixed(1)} ms`);
console.log(`budget: median under ${BUDGET_MS} ms — ${median < BUDGET_MS ? "within budget" : "OVER BUDGET"}`);
process.exit(median < BUDGET_MS ? 0 : 1);

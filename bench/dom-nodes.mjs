// DOM benchmark (not a test): the number of DOM nodes (elements, text and
// comments) a page builds. Default: a theme's question page of the complete
// sample assessment. Run after `trunk build --release --offline`:
// `node bench/dom-nodes.mjs [route]`.
import { sampleRecord, startBrowser } from "./browser.mjs";

const route = process.argv[2] ?? "#/assessments/benchsample/themes/use-of-resources";
const { id, record } = sampleRecord();

const { url, browser, stop } = await startBrowser();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [`best-value/assessments/${id}`, record]);
await page.goto(`${url}${route}`);
await page.locator("main h1").waitFor();
await page.waitForTimeout(300);
const counts = await page.evaluate(() => {
  const count = (root, what) => {
    const walker = document.createTreeWalker(root, what);
    let n = 0;
    while (walker.nextNode()) n++;
    return n;
  };
  return {
    all: count(document.documentElement, NodeFilter.SHOW_ALL) + 1,
    elements: document.getElementsByTagName("*").length,
    text: count(document.documentElement, NodeFilter.SHOW_TEXT),
    comments: count(document.documentElement, NodeFilter.SHOW_COMMENT),
  };
});
await stop();
console.log(`${route}: ${counts.all} nodes (${counts.elements} elements, ${counts.text} text, ${counts.comments} comments)`);

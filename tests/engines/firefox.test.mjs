// Firefox ESR (Gecko), driven over WebDriver BiDi by puppeteer-core with no separate
// driver: the release build boots under the strict CSP, an assessment is started, a
// rating survives a reload, and with the server stopped the app reloads from its
// service worker.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import puppeteer from "puppeteer-core";
import { ASSESSMENT, FIRST_RATING_LABEL, TEST_TIMEOUT_MS, firstRatingChecked, serveApp } from "./app.mjs";

let app, browser, page;
const problems = [];

before(async () => {
  app = await serveApp();
  browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr",
    headless: true,
  });
  page = await browser.newPage();
  page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
  page.on("pageerror", (error) => problems.push(error.message));
}, { timeout: 60_000 });

after(async () => {
  await browser?.close();
  await app?.stop();
});

async function expectHeading(text) {
  await page.waitForFunction((t) => document.querySelector("main h1")?.textContent === t, {}, text);
}

test("boots under the strict CSP, with no console error", { timeout: TEST_TIMEOUT_MS }, async () => {
  const response = await page.goto(`${app.url}#/`);
  assert.match(response.headers()["content-security-policy"], /script-src 'self' 'wasm-unsafe-eval'/);
  await expectHeading("Best Value Self-Assessment");
  assert.deepEqual(problems, []);
});

test("starts an assessment, and a rating is stored and survives a reload", { timeout: TEST_TIMEOUT_MS }, async () => {
  await page.goto(`${app.url}#/assessments`);
  await page.locator("::-p-text(Start a new assessment)").click();
  await expectHeading("Start a new assessment");
  await page.type("#new-name", ASSESSMENT);
  await page.type("#new-council", "Borsetshire County Council");
  await page.type("#new-assessor", "Head of Policy");
  await page.locator("#new-council-type-county").click();
  await page.locator("::-p-text(Start the assessment)").click();
  await expectHeading(ASSESSMENT);
  await page.locator("a::-p-text(Governance)").click();
  await expectHeading("Governance");
  await page.locator(`::-p-xpath(${FIRST_RATING_LABEL})`).click();
  await page.waitForFunction(() => document.querySelector("[data-testid=save-status]")?.textContent.includes("Saved at"));
  await page.reload();
  await expectHeading("Governance");
  assert.equal(await page.evaluate(firstRatingChecked), true);
  assert.deepEqual(problems, []);
});

test("with the server stopped, the page reloads from the service worker", { timeout: TEST_TIMEOUT_MS }, async () => {
  await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller), { timeout: 10_000 });
  await app.stop();
  await page.reload();
  await expectHeading("Governance");
  assert.equal(await page.evaluate(firstRatingChecked), true);
  assert.deepEqual(problems, []);
});

// WebKit, the engine of Safari on iPads: WebKitGTK's MiniBrowser driven by Debian's
// WebKitWebDriver through selenium-webdriver (run under xvfb-run: it needs a display).
// The release build boots under the strict CSP, an assessment is started, a rating is
// stored and survives a reload, and with the server stopped the app reloads from its
// service worker.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { Builder, By, until } from "selenium-webdriver";
import { ASSESSMENT, FIRST_RATING_LABEL, TEST_TIMEOUT_MS, firstRatingChecked, serveApp } from "./app.mjs";

const MINIBROWSER = process.env.MINIBROWSER_PATH ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
const WAIT_MS = 10_000;
let app, webdriver, driver;

function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

before(async () => {
  app = await serveApp();
  const port = await freePort();
  webdriver = spawn("WebKitWebDriver", [`--port=${port}`], { stdio: "ignore" });
  const builder = new Builder().usingServer(`http://127.0.0.1:${port}`).withCapabilities({
    browserName: "MiniBrowser",
    "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
  });
  // The driver takes a moment to listen.
  for (let attempt = 0; !driver; attempt++) {
    try {
      driver = await builder.build();
    } catch (error) {
      if (attempt === 20) throw error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}, { timeout: 60_000 });

after(async () => {
  await driver?.quit();
  webdriver?.kill();
  await app?.stop();
});

async function expectHeading(text) {
  const h1 = await driver.wait(until.elementLocated(By.css("main h1")), WAIT_MS);
  await driver.wait(until.elementTextIs(h1, text), WAIT_MS);
  return h1;
}

test("boots under the strict CSP", { timeout: TEST_TIMEOUT_MS }, async () => {
  await driver.get(`${app.url}#/`);
  await expectHeading("Best Value Self-Assessment");
  // The wasm ran, so 'wasm-unsafe-eval' and the external loader were enough; and no
  // inline style or script was needed.
  const inline = await driver.executeScript("return document.querySelectorAll('style, script:not([src])').length");
  assert.equal(inline, 0);
});

test("typing straight after opening a page keeps every key: focus is not taken away", { timeout: TEST_TIMEOUT_MS }, async () => {
  // The router moves focus to a new page's heading one frame after it renders,
  // unless the user has already put focus on the page. WebKit lost keys to that
  // late move about one run in three, so try several times.
  for (let attempt = 0; attempt < 6; attempt++) {
    await driver.get(`${app.url}#/assessments`);
    await expectHeading("Your assessments");
    await driver.findElement(By.linkText("Start a new assessment")).click();
    const name = await driver.wait(until.elementLocated(By.id("new-name")), WAIT_MS);
    await name.sendKeys("WebKit quick typist");
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(await name.getAttribute("value"), "WebKit quick typist", `attempt ${attempt + 1}`);
    const focused = await driver.executeScript("return document.activeElement && document.activeElement.id");
    assert.equal(focused, "new-name", `attempt ${attempt + 1}: focus stays in the field`);
  }
});

test("starts an assessment, and a rating is stored and survives a reload", { timeout: TEST_TIMEOUT_MS }, async () => {
  await driver.get(`${app.url}#/assessments`);
  await expectHeading("Your assessments");
  await driver.findElement(By.linkText("Start a new assessment")).click();
  await expectHeading("Start a new assessment");
  await driver.findElement(By.id("new-name")).sendKeys(ASSESSMENT);
  await driver.findElement(By.id("new-council")).sendKeys("Borsetshire County Council");
  await driver.findElement(By.id("new-assessor")).sendKeys("Head of Policy");
  await driver.findElement(By.id("new-council-type-county")).click();
  await driver.findElement(By.xpath("//button[normalize-space() = 'Start the assessment']")).click();
  await expectHeading(ASSESSMENT);
  await driver.findElement(By.linkText("Governance")).click();
  await expectHeading("Governance");
  await driver.findElement(By.xpath(FIRST_RATING_LABEL)).click();
  const status = await driver.findElement(By.css("[data-testid=save-status]"));
  await driver.wait(until.elementTextContains(status, "Saved at"), WAIT_MS);
  await driver.navigate().refresh();
  await expectHeading("Governance");
  assert.equal(await driver.executeScript(`return (${firstRatingChecked})()`), true);
});

test("with the server stopped, the page reloads from the service worker", { timeout: TEST_TIMEOUT_MS }, async () => {
  await driver.wait(() => driver.executeScript("return Boolean(navigator.serviceWorker && navigator.serviceWorker.controller)"), WAIT_MS);
  await app.stop();
  await driver.navigate().refresh();
  await expectHeading("Governance");
  assert.equal(await driver.executeScript(`return (${firstRatingChecked})()`), true);
});

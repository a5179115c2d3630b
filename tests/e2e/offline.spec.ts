import { readFileSync } from "node:fs";
import { test, expect, waitUntilKeptOffline, makeSecondBuild, stylesheets, cacheNames } from "./sites";
import { expectNoAxeViolations } from "./fixtures";
import { startAssessment, expectSaved } from "./helpers";

/** Reloads the page and waits for its heading: with the network off, only the service worker can answer. */
async function reloadAndExpectHeading(page: import("@playwright/test").Page, heading: string | RegExp) {
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
}

test("after one visit every kind of page reloads with the network off, and an assessment can be started, rated and its summary downloaded", async ({ page, context, site }) => {
  await page.goto("./#/");
  await waitUntilKeptOffline(page);
  await context.setOffline(true);
  const before = site.requests().length;

  for (const [hash, heading] of [
    ["#/", "Best Value Self-Assessment"],
    ["#/guidance", "The Best Value guidance"],
    ["#/principles/prevention", "Prevention"],
    ["#/themes/governance", "Governance"],
    ["#/glossary", "Glossary"],
    ["#/search", /Search/],
  ] as const) {
    await page.goto(`./${hash}`);
    await reloadAndExpectHeading(page, heading);
  }

  const taskList = await startAssessment(page, "Offline review");
  await reloadAndExpectHeading(page, "Offline review");
  await page.getByRole("link", { name: "Governance", exact: true }).click();
  const first = page.locator("section.question-card").first();
  await first.getByLabel(/Well established/).check();
  await expectSaved(page);
  await reloadAndExpectHeading(page, "Governance");
  await expect(page.locator("section.question-card").first().getByLabel(/Well established/)).toBeChecked();
  await page.getByRole("link", { name: "Check your answers" }).click();
  await reloadAndExpectHeading(page, "Check your answers: Governance");
  await page.goto(taskList);
  await page.getByRole("link", { name: "View the summary for members" }).click();
  await reloadAndExpectHeading(page, "Summary for members");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the summary (HTML, print-ready)" }).click(),
  ]);
  expect(readFileSync((await download.path())!, "utf8")).toContain("Offline review");
  // Only Chromium's own check for a new sw.js may reach the server: it is made by the
  // browser, outside Playwright's emulated offline mode (offline for real, it just fails).
  const fetched = site.requests().slice(before).filter((path) => !path.endsWith("/sw.js"));
  expect(fetched, "no file of the app reached the server while offline").toEqual([]);
});

test("a new deployment waits for the user: the notice appears, unsaved typing is kept, and the new build is served after the switch", async ({ page, context, site }, testInfo) => {
  // A controllable clock: it fires the app's own update check, and holds back the
  // typing save so that the switch happens with typing not yet written.
  await page.clock.install();
  await startAssessment(page, "Update review");
  await waitUntilKeptOffline(page);
  const firstBuild = await stylesheets(page);
  await page.getByRole("link", { name: "Prevention", exact: true }).click();
  const answer = page.getByRole("textbox").first();
  await answer.pressSequentially("Typed before the update.");
  await expectSaved(page);

  const second = makeSecondBuild(testInfo.outputPath("build-2"));
  site.deploy(second.folder);
  await page.clock.fastForward("30:00"); // the open app looks for a new version every 30 minutes
  const notice = page.getByRole("status").filter({ hasText: "A new version is available" });
  await expect(notice).toBeVisible();
  await expectNoAxeViolations(page);

  // Until the user switches, a new tab still opens the build in use, though the server
  // now holds only the new one.
  const other = await context.newPage();
  await other.goto("./#/");
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Best Value Self-Assessment");
  expect(await stylesheets(other)).toEqual(firstBuild);
  await expect(other.getByRole("status").filter({ hasText: "A new version is available" })).toBeVisible();
  await other.close();

  await page.clock.pauseAt(Date.now() + 60 * 60 * 1000);
  await answer.press("End");
  await answer.pressSequentially(" Typed just before switching.");
  await expect(page.getByTestId("save-status")).toContainText("Saving…");
  const stored = await page.evaluate(() => Object.values({ ...localStorage }).join());
  expect(stored).not.toContain("Typed just before switching.");

  await Promise.all([page.waitForEvent("load"), notice.getByRole("button", { name: "Use the new version" }).click()]);
  await page.clock.resume();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Prevention");
  await expect(page.getByRole("textbox").first()).toHaveValue("Typed before the update. Typed just before switching.");
  expect(await stylesheets(page)).toContain(second.stylesheet);
  await expect(notice).toHaveCount(0);
  expect((await cacheNames(page)).filter((name) => name.endsWith(second.version))).toHaveLength(1);
});

test.describe("two copies in two folders of one host", () => {
  const folders = ["/team-a/best-value/", "/team-b/best-value/"];
  test.use({ folders });

  test("keep separate caches, and an update of one leaves the other's cache alone; saved data is shared", async ({ page, context, site }, testInfo) => {
    await startAssessment(page, "Shared by both folders");
    await waitUntilKeptOffline(page);
    await page.goto(`${site.url(folders[1])}#/assessments`);
    await expect(page.getByRole("link", { name: /Shared by both folders/ }).first()).toBeVisible();
    await waitUntilKeptOffline(page);
    const scopes = (names: string[]) => names.map((name) => folders.find((f) => name.includes(f))).sort();
    expect(scopes(await cacheNames(page))).toEqual(folders);
    const teamB = (await cacheNames(page)).find((name) => name.includes(folders[1]));

    site.deploy(makeSecondBuild(testInfo.outputPath("build-2")).folder, folders[0]);
    await page.goto(`${site.url(folders[0])}#/`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const notice = page.getByRole("status").filter({ hasText: "A new version is available" });
    await Promise.all([page.waitForEvent("load"), notice.getByRole("button", { name: "Use the new version" }).click()]);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const after = await cacheNames(page);
    expect(scopes(after)).toEqual(folders);
    expect(after).toContain(teamB);

    await context.setOffline(true);
    await page.goto(`${site.url(folders[1])}#/assessments`);
    await reloadAndExpectHeading(page, "Your assessments");
  });
});

import { test, expect, openRoute, expectNoAxeViolations } from "./fixtures";
import { startAssessment, expectSaved } from "./helpers";

/** Rates the first characteristic of Governance, which saves at once. */
async function rateSomething(page: import("@playwright/test").Page, level: RegExp) {
  await page.getByRole("link", { name: "Governance", exact: true }).click();
  await page.locator("section.question-card").first().getByLabel(level).check();
  await expectSaved(page);
}

test("an assessment changed since a backup more than 14 days old gets a reminder, until a backup is downloaded", async ({ page }) => {
  // A fixed clock that timers still run under: the app's dates come from it.
  await page.clock.setFixedTime(new Date("2026-03-02T10:00:00"));
  const taskList = await startAssessment(page, "Reminded");
  await rateSomething(page, /Mostly in place/);
  await openRoute(page, "#/assessments");
  const card = page.locator(".assessment-card").filter({ hasText: "Reminded" });
  await expect(card.getByRole("heading", { level: 2 })).toHaveText("Reminded");
  await expect(card.getByText("Time for a backup.")).toHaveCount(0);

  // 18 days on, a change: never backed up, started more than 14 days ago.
  await page.clock.setFixedTime(new Date("2026-03-20T10:00:00"));
  await page.goto(taskList);
  await rateSomething(page, /Well established/);
  await openRoute(page, "#/assessments");
  await expect(card.locator(".reminder")).toContainText("Time for a backup. It has never been backed up.");
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    card.getByRole("button", { name: "Download a backup of “Reminded”" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("reminded-2026-03-20.json");
  await expect(card.locator(".reminder")).toHaveCount(0);

  // 14 days after that backup, another change: not yet. 15 days: due again.
  await page.clock.setFixedTime(new Date("2026-04-03T09:00:00"));
  await page.goto(taskList);
  await rateSomething(page, /Partly in place/);
  await openRoute(page, "#/assessments");
  await expect(card.getByRole("heading", { level: 2 })).toHaveText("Reminded");
  await expect(card.locator(".reminder")).toHaveCount(0);
  await page.clock.setFixedTime(new Date("2026-04-04T11:00:00"));
  await page.reload();
  await expect(card.locator(".reminder")).toContainText("It has changed since its last backup, on 20 March 2026.");
});

test("at 80% of the quota the page warns, counts the room left, and offers to back up and remove the oldest", async ({ page }) => {
  await page.addInitScript(() => {
    // The browser's answer to the request to keep the data, made definite for the test.
    navigator.storage.persisted = async () => false;
    navigator.storage.persist = async () => true;
  });
  await startAssessment(page, "Oldest review");
  await openRoute(page, "#/assessments");
  await expect(page.getByText("This browser has agreed to keep this app's data until you delete it.")).toBeVisible();
  await expect(page.getByRole("heading", { name: /Storage is \d+% full/ })).toHaveCount(0);
  await expect(page.getByText(/It is 0% full: room for about 24 more complete assessments\./)).toBeVisible();

  // Another app on the same host fills most of the shared space (about 82% of 5 MiB).
  await page.evaluate(() => localStorage.setItem("other-app/cache", "x".repeat(4_300_000)));
  await page.reload();
  await expect(page.getByRole("heading", { name: /Storage is 8\d% full/ })).toBeVisible();
  await expect(page.getByText(/room for about 4 more complete assessments\./)).toBeVisible();
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download a backup and remove “Oldest review”" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^oldest-review-.*\.json$/);
  await expect(page.getByText("“Oldest review” was deleted.")).toBeVisible();
  await expect(page.locator(".assessment-card")).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem("other-app/cache")?.length)).toBe(4_300_000);
});

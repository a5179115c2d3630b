import { readFileSync } from "node:fs";
import { test, expect, openRoute } from "./fixtures";
import { startAssessment, expectSaved } from "./helpers";

test("a rating can be taken back, returning the characteristic to not yet assessed", async ({ page }) => {
  await startAssessment(page, "Second thoughts");
  await page.getByRole("link", { name: "Culture", exact: true }).click();
  const card = page.locator("section.question-card").first();
  await card.getByLabel(/Mostly in place/).check();
  await expectSaved(page);
  await expect(page.locator(".section-progress")).toContainText(/^1 of/);
  await card.getByRole("button", { name: /Clear the rating/ }).click();
  await expect(card.getByLabel(/Mostly in place/)).not.toBeChecked();
  // The button goes with the rating; focus stays in the card, on the first choice.
  await expect(card.getByLabel(/Well established/)).toBeFocused();
  await expect(page.locator(".section-progress")).toContainText(/^0 of/);
  await expectSaved(page);
  await page.reload();
  await expect(page.locator("section.question-card").first().getByLabel(/Mostly in place/)).not.toBeChecked();
  await page.getByRole("link", { name: "Back to the task list" }).click();
  await expect(page.locator(".task-list__item", { hasText: "Culture" }).locator(".tag")).toHaveText("Not started");
});

test("a rename refused for a blank name writes nothing to storage", async ({ page }) => {
  await page.addInitScript(() => {
    (window as any).writes = 0;
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith("best-value/")) (window as any).writes += 1;
      return setItem.call(this, key, value);
    };
  });
  await startAssessment(page, "Keep my name");
  await page.getByRole("button", { name: "Rename" }).click();
  await page.getByLabel("New name").fill("   ");
  const before = await page.evaluate(() => (window as any).writes);
  await page.getByRole("button", { name: "Save the name" }).click();
  await expect(page.getByText("Enter a name for the assessment")).toBeVisible();
  expect(await page.evaluate(() => (window as any).writes), "no write for a refused change").toBe(before);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Keep my name");
});

test("when storage is full, starting an assessment says so apart from the form, and keeps what was typed", async ({ page }) => {
  // The app opens its storage on the list page; from then on the browser refuses
  // every write, as a full quota does.
  await openRoute(page, "#/assessments");
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("full", "QuotaExceededError");
    };
  });
  await page.getByRole("link", { name: "Start a new assessment" }).click();
  await page.getByLabel("Name of the assessment").fill("No room");
  await page.getByLabel("Council", { exact: true }).fill("Borsetshire");
  await page.getByLabel("Who is assessing").fill("Head of Policy");
  await page.getByLabel("District, borough or city council").check();
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await expect(page.getByRole("alert")).toContainText("The assessment could not be saved");
  await expect(page.getByRole("alert")).toContainText("storage for this site is full");
  await expect(page.locator(".field--error")).toHaveCount(0);
  await expect(page.getByLabel("Name of the assessment")).toHaveValue("No room");
});

test("typing at once on a new page keeps every keystroke: focus is not moved away", async ({ page }) => {
  await openRoute(page, "#/assessments");
  await page.getByRole("link", { name: "Start a new assessment" }).click();
  // No wait for the page to settle: a quick user types straight away.
  const name = page.getByLabel("Name of the assessment");
  await name.focus();
  await page.keyboard.type("WebKit quick typist");
  await expect(name).toHaveValue("WebKit quick typist");
  await expect(name).toBeFocused();
});

test("a download's link stays valid for a while after the click", async ({ page }) => {
  await page.addInitScript(() => {
    (window as any).revoked = [];
    const revoke = URL.revokeObjectURL.bind(URL);
    URL.revokeObjectURL = (url: string) => {
      (window as any).revoked.push([url, performance.now()]);
      revoke(url);
    };
  });
  await startAssessment(page, "Slow browser");
  await openRoute(page, "#/assessments");
  const clickedAt = await page.evaluate(() => performance.now());
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download a backup of “Slow browser”" }).click(),
  ]);
  expect(JSON.parse(readFileSync((await download.path())!, "utf8")).assessment.name).toBe("Slow browser");
  await page.waitForTimeout(1_000);
  const revoked: [string, number][] = await page.evaluate(() => (window as any).revoked);
  // Some Safari and Firefox versions cancel a download whose URL is revoked at once.
  expect(revoked.filter(([, at]) => at - clickedAt < 1_000)).toEqual([]);
});

test("a long answer is shown whole: its box grows with the text, and an empty box keeps room to write", async ({ page }) => {
  await startAssessment(page, "Long answers");
  await page.getByRole("link", { name: "Culture", exact: true }).click();
  const evidence = page.getByLabel(/^Evidence for CUL01/);
  const note = page.getByLabel(/^Evidence for CUL02/);
  const empty = await note.evaluate((box) => box.clientHeight);
  const paragraph = "The staff survey of March 2026 shows the council's values are known and used in appraisals.";
  await evidence.fill(Array.from({ length: 12 }, () => paragraph).join("\n\n"));
  const shown = await evidence.evaluate((box) => ({ height: box.clientHeight, text: box.scrollHeight }));
  // Nothing of the answer is hidden behind a scroll bar inside the page.
  expect(shown.text).toBeLessThanOrEqual(shown.height + 1);
  expect(shown.height).toBeGreaterThan(3 * empty);
  // An empty box is still several lines tall, inviting a full answer.
  expect(empty).toBeGreaterThanOrEqual(100);
});

import { test, expect, openRoute } from "./fixtures";
import { startAssessment, expectSaved } from "./helpers";

test("a damaged saved record is shown with a way to keep it, and other assessments still open", async ({ page }) => {
  await startAssessment(page, "Healthy assessment");
  await page.evaluate(() => localStorage.setItem("best-value/assessments/zzbroken", '{"format":"best-value-self-assess'));
  await openRoute(page, "#/assessments");
  await expect(page.locator(".assessment-card h2")).toHaveText(["Healthy assessment", "A saved assessment could not be read"]);
  await expect(page.getByText(/Nothing has been deleted/)).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the damaged record" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("damaged-assessment.json");
  await openRoute(page, "#/assessments/zzbroken");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This assessment cannot be opened");
  expect(await page.evaluate(() => localStorage.getItem("best-value/assessments/zzbroken"))).toContain("best-value-self-assess");
});

test("a full storage quota is reported, and the answer stays on screen", async ({ page }) => {
  await startAssessment(page, "Quota run");
  await page.getByRole("link", { name: "Culture", exact: true }).click();
  await page.evaluate(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      // Full: no room for the change's journal, nor for the whole record.
      if (key.startsWith("best-value/")) throw new DOMException("full", "QuotaExceededError");
      return setItem.call(this, key, value);
    };
  });
  const first = page.locator("section.question-card").first();
  await first.getByLabel(/Well established/).check();
  await expect(page.getByTestId("save-status")).toContainText("Not saved: the browser's storage for this site is full");
  await expect(first.getByLabel(/Well established/)).toBeChecked();
});

test("an assessment open in two tabs: a change in one shows in the other with a notice", async ({ page, context }) => {
  const taskList = await startAssessment(page, "Two tabs");
  await page.getByRole("link", { name: "Leadership", exact: true }).click();
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Leadership");
  await other.locator("section.question-card").first().getByLabel(/Mostly in place/).check();
  await expect(other.getByTestId("save-status")).toContainText("Saved at");
  await expect(page.getByText("This assessment was changed in another tab or window.")).toBeVisible();
  await expect(page.locator("section.question-card").first().getByLabel(/Mostly in place/)).toBeChecked();
  expect(taskList).toContain("#/assessments/");
});

test("when the browser blocks storage the app still works and says answers are not kept", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("blocked", "SecurityError");
      },
    });
  });
  await openRoute(page, "#/assessments");
  await expect(page.getByText("This browser does not allow the app to save data.")).toBeVisible();
  await page.getByRole("link", { name: "Start a new assessment" }).click();
  await page.getByLabel("Name of the assessment").fill("In memory");
  await page.getByLabel("Council", { exact: true }).fill("Test council");
  await page.getByLabel("Who is assessing").fill("Tester");
  await page.getByLabel("Unitary council").check();
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("In memory");
  await expect(page.getByTestId("save-status")).toContainText("Kept in this tab only");
});

test("typed text is written 250 ms after the keystroke that started it, by the app's own clock", async ({ page }) => {
  await page.clock.install();
  await startAssessment(page, "Timing run");
  await page.getByRole("link", { name: "Prevention", exact: true }).click();
  const box = page.getByRole("textbox").first();
  await box.click();
  // From here the app's clock moves only when the test moves it.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  const stored = () =>
    page.evaluate(() =>
      // In the assessment's journal or its record: either is read when it opens.
      Object.keys(localStorage).some((k) => k.startsWith("best-value/") && localStorage.getItem(k)!.includes("Early help")),
    );
  await box.pressSequentially("Early help");
  await expect(page.getByTestId("save-status")).toContainText("Saving");
  expect(await stored(), "not written while the delay runs").toBe(false);
  await page.clock.runFor(200);
  expect(await stored(), "not written 200 ms after the first keystroke").toBe(false);
  await page.clock.runFor(60);
  await expect.poll(stored, { message: "written once 250 ms have passed" }).toBe(true);
  await expectSaved(page);
});

test("long runs of typing are saved as they go, not only when the typist pauses", async ({ page }) => {
  await startAssessment(page, "Steady typist");
  await page.getByRole("link", { name: "Prevention", exact: true }).click();
  const box = page.getByRole("textbox").first();
  await box.focus();
  let typingDone = false;
  const typing = page.keyboard.type("We asked the LGA for targeted support in 2025.", { delay: 60 }).then(() => (typingDone = true));
  await page.waitForFunction(() =>
    Object.keys(localStorage).some((k) => k.startsWith("best-value/") && localStorage.getItem(k)!.includes("We asked")),
  );
  expect(typingDone, "saved while the user was still typing").toBe(false);
  await typing;
  await expectSaved(page);
});

test("typing in one tab while another tab saves keeps both changes", async ({ page, context }) => {
  await startAssessment(page, "Busy tabs");
  await page.getByRole("link", { name: "Governance", exact: true }).click();
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Governance");
  // Unsaved typing here, and at once a rating saved in the other tab.
  await page.getByLabel(/^Evidence for GOV02/).fill("Typed in the first tab");
  await other.locator("section.question-card").first().getByLabel(/Well established/).check();
  await expect(page.getByTestId("save-status")).toContainText("Saved at");
  await expect(other.getByTestId("save-status")).toContainText("Saved at");
  await expect
    .poll(() =>
      page.evaluate(() => {
        const key = Object.keys(localStorage).find((k) => k.startsWith("best-value/assessments/"))!;
        const saved = JSON.parse(localStorage.getItem(key)!).assessment.characteristics;
        return [saved["governance.c01"]?.rating, saved["governance.c02"]?.narrative];
      }),
    )
    .toEqual(["well-established", "Typed in the first tab"]);
  await expect(other.getByLabel(/^Evidence for GOV02/)).toHaveValue("Typed in the first tab");
  await expect(page.locator("section.question-card").first().getByLabel(/Well established/)).toBeChecked();
});

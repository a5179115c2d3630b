/*
 * Year on year (issue 12), as an officer repeats the assessment: next year's
 * starts from last year's complete sample, ratings are compared with it,
 * carried-over actions are followed through, a section is reviewed, and the
 * summary is approved, marked Final and downloaded: it must say exactly what
 * moved, what was completed, what is overdue and who approved, in at most six
 * A4 pages.
 */
import { readFileSync } from "node:fs";
import { test, expect, openRoute, expectNoAxeViolations } from "./fixtures";
import { expectSaved, printedPages, sampleRecord, startAssessment } from "./helpers";
import type { Page } from "@playwright/test";

const LAST_YEAR = "Sample complete assessment";
const NEXT_YEAR = "Sample complete assessment (next year)";
const THEME = "continuous-improvement";

/** Stores last year's complete sample once, on a day when some of its actions are overdue. */
async function loadLastYear(page: Page) {
  const { id, record } = sampleRecord(300);
  await page.clock.setFixedTime(new Date("2027-06-15T10:00:00Z"));
  await page.addInitScript(([key, value]) => {
    if (!localStorage.getItem(key)) localStorage.setItem(key, value);
  }, [`best-value/assessments/${id}`, record]);
  return { id, record };
}

/** Starts next year's assessment from the sample on the assessments page; returns its id. */
async function startNextYear(page: Page) {
  await loadLastYear(page);
  await openRoute(page, "#/assessments");
  await page.getByRole("button", { name: `Start next year's assessment from this one (“${LAST_YEAR}”)` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(NEXT_YEAR);
  return page.url().split("#/assessments/")[1];
}

const card = (page: Page, n: number) => page.locator(`section.question-card[id="${THEME}.c0${n}"]`);

/** Downloads the members' summary and returns its HTML. */
async function downloadMembersSummary(page: Page) {
  await page.getByRole("radio", { name: "Summary for members" }).check();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the summary (HTML, print-ready)" }).click(),
  ]);
  return readFileSync((await download.path())!, "utf8");
}

test("next year's assessment compares each rating with last year's, follows actions through, and is approved before Final", async ({ page, browser }) => {
  const id = await startNextYear(page);
  await expect(page.getByText(`Compared with “${LAST_YEAR}”, last changed`)).toBeVisible();
  await openRoute(page, `#/assessments/${id}/themes/${THEME}`);

  // Rated lower, higher, and as last time.
  await expect(card(page, 1)).toContainText("Last time: Well established");
  await card(page, 1).getByLabel(/Mostly in place/).check();
  await expect(card(page, 1).locator(".movement")).toHaveText("↓ Declined since last time");
  await card(page, 2).getByLabel(/Well established/).check();
  await expect(card(page, 2).locator(".movement")).toHaveText("↑ Improved since last time");
  await card(page, 3).getByRole("button", { name: "Use last year's rating for CI03" }).click();
  await expect(card(page, 3).getByLabel(/Partly in place/)).toBeChecked();
  await expect(card(page, 3).getByLabel(/Partly in place/)).toBeFocused();
  await expect(card(page, 3).locator(".movement")).toHaveText("→ Unchanged since last time");
  await expect(card(page, 3).getByRole("button", { name: /Use last year's rating/ })).toHaveCount(0);
  await card(page, 3).getByText("Last time's evidence").click();
  await expect(card(page, 3).locator(".last-time__evidence")).toContainText("Continuous improvement evidence pack");

  // Carried-over actions: CI02's (now rated at the top) is done, CI03's in progress; CI04's is overdue.
  await expect(card(page, 2)).toContainText("Carried over from last year");
  await card(page, 2).getByRole("radio", { name: "Done" }).check();
  await expect(card(page, 2).locator(".history")).toContainText("15 June 2027: Status set to Done.");
  await expect(card(page, 2).getByText("Overdue", { exact: true })).toHaveCount(0);
  await card(page, 3).getByRole("radio", { name: "In progress" }).check();
  await card(page, 3).getByLabel("Add a progress note").fill("Peer challenge booked for September");
  await card(page, 3).getByRole("button", { name: "Add the note to the action for CI03" }).click();
  await expect(card(page, 3).locator(".history li").first()).toHaveText("15 June 2027: Peer challenge booked for September");
  await expect(card(page, 3).getByText("Overdue", { exact: true })).toBeVisible();
  await expect(card(page, 4)).toContainText("Carried over from last year");
  await expect(card(page, 4)).toContainText("Overdue It was due on 4 April 2027 and is not done.");
  await expectSaved(page);

  await openRoute(page, `#/assessments/${id}`);
  const theme = page.locator(".task-list__item", { has: page.locator(`a[href$="/themes/${THEME}"]`) });
  await expect(theme).toContainText("1 improved, 1 declined, 1 unchanged");

  // A second officer reviews the section.
  await openRoute(page, `#/assessments/${id}/themes/${THEME}/check`);
  const review = page.getByRole("group", { name: "Review of this section" });
  await review.getByLabel("Reviewed by (name or role)").fill("Head of Audit");
  await review.getByLabel("Review date").fill("2027-06-14");
  await review.getByLabel("The reviewer sampled the evidence").check();
  await expectSaved(page);

  // Approved, then Final.
  await openRoute(page, `#/assessments/${id}/summary`);
  await page.getByLabel("Approved by", { exact: true }).fill("Chief Executive");
  await page.getByLabel("Approval date").fill("2027-06-15");
  await page.getByRole("radio", { name: "Final" }).check();
  await expect(page.getByRole("radio", { name: "Final" })).toBeChecked();
  await expect(page.locator(".error-summary")).toHaveCount(0);

  // The members' summary says exactly what moved, what was done, what is overdue and who approved.
  const members = await downloadMembersSummary(page);
  expect(members).toContain("<dt>Approved by</dt><dd>Chief Executive, 15 June 2027</dd>");
  const messages = members.slice(members.indexOf("<h2>Key messages</h2>"), members.indexOf("<h2>Heat map</h2>"));
  expect(messages).toContain(`<strong>Since the last assessment</strong> (“${LAST_YEAR}”`);
  expect(messages).toContain("1 improved, 1 declined, 1 unchanged and 74 not yet rated.");
  expect(messages).toMatch(/ Declined: CI01 “[^”]+” \(Well established to Mostly in place\)\./);
  expect(messages).toContain("1 action from the last assessment has been completed (CI02).");
  const overdue = (code: string) =>
    new RegExp(`<li><strong class="summary-flag summary-flag-present">Overdue</strong> <span class="summary-code">${code}</span>`);
  // The first ten overdue are listed by due date (CI03's, due in March, among them); the done one never is.
  expect(messages).toMatch(overdue("CI03"));
  expect(messages).not.toMatch(overdue("CI02"));
  expect(messages).toMatch(/1 improvement action is done or dropped\. Of \d+ open improvement actions, \d+ are overdue/);
  expect(members.match(/, improved since the last assessment/g)).toHaveLength(1);
  expect(members.match(/, declined since the last assessment/g)).toHaveLength(1);
  expect(members).not.toContain("This is a draft");
  const pages = await printedPages(browser, members);
  console.log(`next year's members' summary of the complete sample: ${pages} A4 pages`);
  expect(pages).toBeLessThanOrEqual(6);

  // The review and the approval were kept.
  await page.reload();
  await expect(page.getByLabel("Approved by", { exact: true })).toHaveValue("Chief Executive");
  await openRoute(page, `#/assessments/${id}/themes/${THEME}/check`);
  await expect(page.getByLabel("Reviewed by (name or role)")).toHaveValue("Head of Audit");
  await expect(page.getByLabel("The reviewer sampled the evidence")).toBeChecked();
});

test("Final is refused until the assessment is approved, and a change after Final makes it a draft again", async ({ page }) => {
  await startAssessment(page, "Approval first");
  await page.getByRole("link", { name: "View the summary for members" }).click();
  // Clicked, not checked: the radio is meant to stay unchecked.
  await page.getByRole("radio", { name: "Final" }).click();
  // Each missing part is named in the summary, linked to its field, and beside the field.
  const summary = page.locator(".error-summary");
  await expect(summary.getByRole("link")).toHaveText([
    "Enter who approved the assessment before marking it Final",
    "Enter the date it was approved before marking it Final",
  ]);
  await expect(page.locator("#approval-by-error")).toContainText("Enter who approved the assessment");
  await expect(page.locator("#approval-date-error")).toContainText("Enter the date it was approved");
  await expect(page.getByRole("radio", { name: "Draft" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Final" })).not.toBeChecked();
  await expectNoAxeViolations(page);

  // Named but not dated: still refused, now for the date alone.
  await page.getByLabel("Approved by", { exact: true }).fill("Chief Executive");
  await expect(page.locator("#approval-by-error")).toHaveCount(0);
  await page.getByRole("radio", { name: "Final" }).click();
  await expect(summary.getByRole("link")).toHaveText(["Enter the date it was approved before marking it Final"]);
  await page.getByLabel("Approval date").fill("2027-06-15");
  await page.getByRole("radio", { name: "Final" }).check();
  await expect(page.getByRole("radio", { name: "Final" })).toBeChecked();
  await expect(page.locator(".error-summary")).toHaveCount(0);

  await page.getByLabel("Next steps").fill("Report progress in June.");
  await expect(page.getByRole("radio", { name: "Draft" })).toBeChecked();
  await expect(page.getByText(/^This summary was marked Final, then changed on \d{1,2} \w+ \d{4}: it is a draft again until marked Final\.$/)).toBeVisible();
});

test("an assessment can be compared with another on this device or a backup file, and stop", async ({ page }) => {
  const { record } = await loadLastYear(page);
  await startAssessment(page, "Compared later");
  const compare = page.locator("section.compare");
  // The sample is the only other assessment on this device.
  await compare.getByLabel("An earlier assessment on this device").selectOption({ index: 1 });
  await compare.getByRole("button", { name: "Compare with this assessment" }).click();
  await expect(compare).toContainText(`Compared with “${LAST_YEAR}”, last changed`);
  await compare.getByRole("button", { name: "Stop comparing" }).click();
  await expect(compare).not.toContainText("Compared with");

  await compare.getByLabel("Compare with a backup file").setInputFiles({ name: "last-year.json", mimeType: "application/json", buffer: Buffer.from(record) });
  await expect(compare).toContainText(`Compared with “${LAST_YEAR}”, last changed`);
  await openRoute(page, `${new URL(page.url()).hash}/themes/${THEME}`);
  await expect(card(page, 2)).toContainText("Last time: Mostly in place");
});

test("a question page compared with last year, and the check page with its review, pass axe", async ({ page }) => {
  const id = await startNextYear(page);
  await expectNoAxeViolations(page);
  await openRoute(page, `#/assessments/${id}/themes/${THEME}`);
  await card(page, 1).getByLabel(/Mostly in place/).check();
  await expect(card(page, 1).locator(".movement")).toBeVisible();
  await card(page, 2).getByText("Last time's evidence").click();
  await card(page, 3).getByRole("radio", { name: "Dropped" }).check();
  await expect(card(page, 3).getByLabel("Why it was dropped")).toBeVisible();
  await expectNoAxeViolations(page);
  await openRoute(page, `#/assessments/${id}/themes/${THEME}/check`);
  await expect(page.getByRole("group", { name: "Review of this section" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe("at 320 px wide", () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test("the comparison, last time's answers and the action's follow-up reflow without sideways scrolling, with large targets", async ({ page }) => {
    const id = await startNextYear(page);
    const noOverflow = async () =>
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await noOverflow();
    await openRoute(page, `#/assessments/${id}/themes/${THEME}`);
    await card(page, 3).getByText("Last time's evidence").click();
    await card(page, 3).getByRole("radio", { name: "Dropped" }).check();
    await card(page, 3).getByLabel("Add a progress note").fill("Overtaken by the restructure");
    await card(page, 3).getByRole("button", { name: /Add the note/ }).click();
    await noOverflow();
    for (const target of [
      card(page, 1).getByRole("button", { name: /Use last year's rating/ }),
      card(page, 3).getByRole("radio", { name: "In progress" }),
      card(page, 3).getByRole("button", { name: /Add the note/ }),
    ]) {
      const box = (await target.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    }
    await openRoute(page, `#/assessments/${id}`);
    const file = (await page.getByLabel("Compare with a backup file").boundingBox())!;
    expect(file.height).toBeGreaterThanOrEqual(44);
    await openRoute(page, `#/assessments/${id}/summary`);
    await noOverflow();
  });
});

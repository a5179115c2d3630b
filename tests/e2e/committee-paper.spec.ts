import { readFileSync } from "node:fs";
import { test, expect, openRoute } from "./fixtures";
import { expectSaved, printedPages, sampleRecord, startAssessment } from "./helpers";
import type { Page } from "@playwright/test";

/** Downloads the summary in the chosen version and returns its HTML. */
async function downloadSummary(page: Page, version: "Summary for members" | "Full summary for officers") {
  await page.getByRole("radio", { name: version }).check();
  const id = version === "Summary for members" ? "members" : "officers";
  await expect(page.locator(`.summary-host .summary-${id}`)).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the summary (HTML, print-ready)" }).click(),
  ]);
  return { name: download.suggestedFilename(), html: readFileSync((await download.path())!, "utf8") };
}

/** Opens the summary page of the complete sample assessment. */
async function openSampleSummary(page: Page) {
  const { id, record } = sampleRecord();
  // The paper is dated the day it is made, and which actions are due soon
  // depends on it: fix the day, as the native tests do.
  await page.clock.setFixedTime(new Date("2026-11-25T10:00:00Z"));
  await page.addInitScript(([key, value]) => {
    if (!localStorage.getItem(key)) localStorage.setItem(key, value);
  }, [`best-value/assessments/${id}`, record]);
  await openRoute(page, `#/assessments/${id}/summary`);
}

// One printed version a test: printing the officers' 80-odd pages is the
// slowest step of the suite, and must not share a test's time with another.
const MEMBERS_MAX_PAGES = 6;

test(`the members' summary of the complete sample prints on at most ${MEMBERS_MAX_PAGES} A4 pages`, async ({ page, browser }, testInfo) => {
  await openSampleSummary(page);
  const members = await downloadSummary(page, "Summary for members");
  expect(members.name).toMatch(/-summary-for-members-\d{4}-\d\d-\d\d\.html$/);
  const pages = await printedPages(browser, members.html);
  console.log(`complete sample printed on A4: members ${pages} pages`);
  testInfo.annotations.push({ type: "pages", description: `members ${pages}` });
  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(MEMBERS_MAX_PAGES);
});

test("the officers' full summary of the complete sample is the longer record", async ({ page, browser }, testInfo) => {
  await openSampleSummary(page);
  const officers = await downloadSummary(page, "Full summary for officers");
  expect(officers.name).toMatch(/-full-summary-for-officers-\d{4}-\d\d-\d\d\.html$/);
  const pages = await printedPages(browser, officers.html);
  console.log(`complete sample printed on A4: officers ${pages} pages`);
  testInfo.annotations.push({ type: "pages", description: `officers ${pages}` });
  expect(pages).toBeGreaterThan(MEMBERS_MAX_PAGES);
});

test("the committee's words survive a reload and appear in both downloaded versions", async ({ page }) => {
  await startAssessment(page, "Paper words", "Ambridge District Council");
  await page.getByRole("link", { name: "View the summary for members" }).click();
  const words = {
    "Members are asked to": "Approve the action plan.\nAsk for a progress report in June.",
    "Officers’ commentary": "Governance has improved since the peer challenge.",
    "Next steps": "Report progress to the Audit Committee in June.",
    "Reviewed by": "Corporate Management Team",
    "Approved by": "Chief Executive",
  };
  for (const [label, text] of Object.entries(words)) {
    await page.getByLabel(label, { exact: true }).fill(text);
  }
  await expectSaved(page);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Summary for members");
  for (const [label, text] of Object.entries(words)) {
    await expect(page.getByLabel(label, { exact: true })).toHaveValue(text);
  }
  const preview = page.locator(".summary-host");
  await expect(preview.getByText("Approve the action plan.")).toBeVisible();

  for (const version of ["Summary for members", "Full summary for officers"] as const) {
    const { html } = await downloadSummary(page, version);
    expect(html).toContain("<p>Approve the action plan.</p>\n<p>Ask for a progress report in June.</p>");
    expect(html).toContain("Governance has improved since the peer challenge.");
    expect(html).toContain("Report progress to the Audit Committee in June.");
    expect(html).toContain("<dt>Reviewed by</dt><dd>Corporate Management Team</dd>");
    expect(html).toContain("<dt>Approved by</dt><dd>Chief Executive</dd>");
  }
});

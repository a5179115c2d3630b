import { readFileSync, writeFileSync } from "node:fs";
import { test, expect, openRoute, expectNoAxeViolations } from "./fixtures";
import { startAssessment, expectSaved } from "./helpers";
import type { Page } from "@playwright/test";

/** An assessment with one theme answered, including an action and a flag. */
async function answeredAssessment(page: Page, name = "Summary run") {
  await startAssessment(page, name, "Ambridge & District <Council>");
  await page.getByRole("link", { name: "Governance", exact: true }).click();
  const first = page.locator("section.question-card").first();
  await first.getByLabel(/Not in place/).check();
  await first.getByLabel(/^Evidence for GOV01/).fill("Scheme of delegation last reviewed in 2019.");
  await first.getByLabel("What is missing").fill("No regular review");
  await first.getByLabel("Action to take").fill("Review the scheme of delegation <b>annually</b>");
  await first.getByLabel("Owner").fill("Monitoring Officer");
  await first.getByLabel("Due date").fill("2027-01-31");
  await page.locator("section.question-card--flag").first().getByLabel("Present", { exact: true }).check();
  await expectSaved(page);
  await page.getByRole("link", { name: "Back to the task list" }).click();
  await page.getByRole("link", { name: "View the summary for members" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Summary for members");
}

test("the in-app preview is the members' paper: key messages, heat map, flags and priority actions, and passes axe", async ({ page }) => {
  await answeredAssessment(page);
  const summary = page.locator(".summary-host");
  await expect(summary.getByRole("heading", { level: 2 })).toHaveText([
    "Members are asked to", "Key messages", "Heat map", "Priority actions", "How this was done",
  ]);
  // The heat map's boxes say their rating in words to screen readers.
  await expect(summary.getByRole("list", { name: "Governance" }).getByRole("listitem").first()).toHaveText(/GOV01.*: Not in place/);
  await expect(summary.getByRole("table", { name: "Warning signs judged present or partly present" })).toBeVisible();
  await expect(summary.getByRole("table", { name: "Priority actions" })).toContainText("Review the scheme of delegation <b>annually</b>");
  await expect(summary.locator("b")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByLabel("Full summary for officers").check();
  await expect(summary.getByRole("heading", { name: "Warning signs flagged" })).toBeVisible();
  await expect(summary.getByText("Scheme of delegation last reviewed in 2019.")).toBeVisible();
});

test("the downloaded summary is self-contained, readable with scripts off, and holds the council, heat map and action", async ({ page, browser }) => {
  await answeredAssessment(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the summary (HTML, print-ready)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^summary-run-summary-for-members-\d{4}-\d\d-\d\d\.html$/);
  const html = readFileSync((await download.path())!, "utf8");
  expect(html).not.toMatch(/<script/i);

  const offline = await browser.newContext({ javaScriptEnabled: false });
  const reader = await offline.newPage();
  const requests: string[] = [];
  reader.on("request", (r) => requests.push(r.url()));
  await reader.setContent(html);
  await expect(reader.getByText("Ambridge & District <Council>").first()).toBeVisible();
  await expect(reader.getByRole("list", { name: "Governance" })).toBeVisible();
  await expect(reader.getByText("Review the scheme of delegation <b>annually</b>").first()).toBeVisible();
  await expect(reader.getByText("Draft").first()).toBeVisible();
  expect(requests.filter((u) => !u.startsWith("data:") && u !== "about:blank")).toEqual([]);
  await offline.close();
});

test("the action plan downloads as CSV with a byte order mark for Excel", async ({ page }) => {
  await answeredAssessment(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the action plan (CSV for Excel)" }).click(),
  ]);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString("utf8");
  expect(text).toContain("Monitoring Officer");
  expect(text).toContain("2027-01-31");
});

test("a backup imports as a new assessment; broken, wrong-framework and oversized files are refused and nothing changes", async ({ page }, testInfo) => {
  await answeredAssessment(page, "Original");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download a backup of the whole assessment (JSON)" }).click(),
  ]);
  const backup = readFileSync((await download.path())!, "utf8");

  const files = {
    broken: testInfo.outputPath("broken.json"),
    wrong: testInfo.outputPath("wrong-framework.json"),
    big: testInfo.outputPath("too-big.json"),
  };
  writeFileSync(files.broken, backup.slice(0, backup.length / 2));
  writeFileSync(files.wrong, backup.replaceAll("best-value-2024", "cipfa-fm-code"));
  writeFileSync(files.big, backup + " ".repeat(6 * 1024 * 1024));

  await openRoute(page, "#/assessments/import");
  const chooser = page.getByLabel("Backup file");
  for (const [file, reason] of [
    [files.broken, /not a JSON file|damaged/],
    [files.wrong, /framework “cipfa-fm-code” \(version 2\), which is not loaded in this browser/],
    [files.big, /largest file that can be imported is 5 MB/],
  ] as const) {
    await chooser.setInputFiles(file);
    const refusal = page.getByRole("alert").filter({ hasText: "This file cannot be imported" });
    await expect(refusal).toContainText(reason);
    await expect(refusal).toContainText("Nothing has been changed.");
  }
  await openRoute(page, "#/assessments");
  await expect(page.locator(".assessment-card h2")).toHaveText(["Original"]);

  await openRoute(page, "#/assessments/import");
  await page.getByLabel("Backup file").setInputFiles({ name: "backup.json", mimeType: "application/json", buffer: Buffer.from(backup) });
  await expect(page.getByRole("heading", { name: "What the file holds" })).toBeVisible();
  await expect(page.getByText("Ambridge & District <Council>")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Import as a new assessment" }).click();
  await page.getByRole("link", { name: "Open the assessment" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Original");
  await openRoute(page, "#/assessments");
  await expect(page.locator(".assessment-card")).toHaveCount(2);
});

test("replacing an existing assessment from a file asks first", async ({ page }) => {
  await answeredAssessment(page, "Replace me");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download a backup of the whole assessment (JSON)" }).click(),
  ]);
  const backup = readFileSync((await download.path())!, "utf8");
  await page.getByRole("link", { name: "Back to the task list" }).click();
  await page.getByRole("button", { name: "Rename" }).click();
  await page.getByLabel("New name").fill("Renamed since the backup");
  await page.getByRole("button", { name: "Save the name" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Renamed since the backup");

  await openRoute(page, "#/assessments/import");
  await page.getByLabel("Backup file").setInputFiles({ name: "backup.json", mimeType: "application/json", buffer: Buffer.from(backup) });
  await page.getByRole("button", { name: "Replace “Renamed since the backup” with this file" }).click();
  await page.getByRole("button", { name: "Cancel" }).click();
  await page.getByRole("button", { name: "Replace “Renamed since the backup” with this file" }).click();
  await page.getByRole("button", { name: "Yes, replace it" }).click();
  await expect(page.getByText("“Replace me” was replaced the saved assessment.")).toBeVisible();
  await openRoute(page, "#/assessments");
  await expect(page.locator(".assessment-card h2")).toHaveText(["Replace me"]);
});

test("every assessment on the list has a one-click backup", async ({ page }) => {
  await startAssessment(page, "Backed up");
  await openRoute(page, "#/assessments");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download a backup of “Backed up”" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^backed-up-.*\.json$/);
  const backup = JSON.parse(readFileSync((await download.path())!, "utf8"));
  expect(backup.format).toBe("best-value-self-assessment");
  expect(backup.assessment.name).toBe("Backed up");
});

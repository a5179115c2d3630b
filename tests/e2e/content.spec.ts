import { readFileSync } from "node:fs";
import { test, expect, openRoute, expectNoAxeViolations } from "./fixtures";
import { expectSaved } from "./helpers";

test("the explorer says where each item comes from, and never calls the tool's statements the guide's", async ({ page }) => {
  await openRoute(page, "#/themes/governance");
  await expect(page.getByText("The characteristics of a well-functioning council in this theme")).toHaveCount(0);
  await expect(page.getByText("not the guide's own list")).toBeVisible();
  // 12 statements and 8 warning signs, each with its line.
  await expect(page.locator(".characteristic-list .provenance, .warning-list .provenance")).toHaveCount(20);
  await expect(page.locator("#governance\\.c01 .provenance")).toContainText("Where this comes from: ");
  const also = page.getByRole("list").filter({ hasText: "CI09" });
  await expect(also.getByRole("link", { name: "Continuous improvement" })).toBeVisible();

  await page.getByRole("link", { name: "About this content" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("About this content");
  await expect(page.getByText("does not reproduce those lists")).toBeVisible();
  await expect(page.getByRole("table")).toContainText("This tool's own reading of the guide");
  await expectNoAxeViolations(page);
});

test("a district council finds the services it does not run pre-marked, and shared items asked once", async ({ page }) => {
  await openRoute(page, "#/assessments/new");
  await page.getByLabel("Name of the assessment").fill("District review");
  await page.getByLabel("Council", { exact: true }).fill("Ambridge District Council");
  await page.getByLabel("Who is assessing").fill("Head of Policy");
  await page.getByLabel("District, borough or city council").check();
  await expect(page.getByLabel("Owns council homes for rent")).not.toBeChecked();
  await page.getByLabel("London borough council").check();
  await expect(page.getByLabel("Owns council homes for rent")).toBeChecked();
  await page.getByLabel("District, borough or city council").check();
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("District review");

  await page.getByRole("link", { name: "Service delivery", exact: true }).click();
  const housing = page.locator("section.question-card", { hasText: "SD13" });
  await expect(housing.getByLabel(/Not applicable/)).toBeChecked();
  await expect(housing).toContainText("Marked “Not applicable” when the assessment started");
  await expect(housing.locator(".provenance")).toContainText("Where this comes from: ");
  await housing.getByLabel(/Partly in place/).check();
  await expectSaved(page);
  await expect(housing).not.toContainText("Marked “Not applicable”");
  const also = page.locator(".cross-references");
  await expect(also.getByRole("link", { name: "Answer it in Culture" })).toBeVisible();
});

test("an assessment saved against version 1 opens, with the answers to questions no longer asked listed", async ({ page }) => {
  await openRoute(page, "#/assessments");
  const record = readFileSync("tests/fixtures/sample-assessment-v1.json", "utf8");
  await page.evaluate((text) => localStorage.setItem("best-value/assessments/v1sample", text), record);
  await openRoute(page, "#/assessments/v1sample");
  await expect(page.getByRole("heading", { name: "Answers to questions no longer asked" })).toBeVisible();
  await expect(page.locator(".retired-answers > li")).toHaveCount(6);
  await expect(page.locator(".retired-answers")).toContainText("Councillors and officers treat each other with respect.");
  await expect(page.getByRole("link", { name: "LEAD09 in Leadership" })).toBeVisible();
});

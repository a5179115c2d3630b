import { expect, type Page } from "@playwright/test";
import { openRoute } from "./fixtures";

/** Starts an assessment through the form, as an officer would, and returns its task list URL. */
export async function startAssessment(page: Page, name = "2026 annual self-assessment", council = "Borsetshire County Council") {
  await openRoute(page, "#/assessments");
  await page.getByRole("link", { name: "Start a new assessment" }).click();
  await page.getByLabel("Name of the assessment").fill(name);
  await page.getByLabel("Council", { exact: true }).fill(council);
  await page.getByLabel("Who is assessing").fill("Head of Policy");
  await page.getByLabel("County council").check();
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  return page.url();
}

/** Waits until the save status says everything is stored. */
export async function expectSaved(page: Page) {
  await expect(page.getByTestId("save-status").first()).toContainText("Saved at");
}

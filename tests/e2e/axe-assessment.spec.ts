import { test, openRoute, expectNoAxeViolations } from "./fixtures";
import { startAssessment } from "./helpers";

// One short test per page type, so each stays well inside its time limit on a
// slow or busy machine (one long walk over every page did not).

test("axe: the assessments list, empty and with an assessment", async ({ page }) => {
  await openRoute(page, "#/assessments");
  await expectNoAxeViolations(page);
  await startAssessment(page, "Axe list");
  await openRoute(page, "#/assessments");
  await expectNoAxeViolations(page);
});

test("axe: the task list", async ({ page }) => {
  await startAssessment(page, "Axe task list");
  await expectNoAxeViolations(page);
});

test("axe: a theme's questions with an improvement action open", async ({ page }) => {
  await startAssessment(page, "Axe theme");
  await page.getByRole("link", { name: "Use of resources", exact: true }).click();
  await page.locator("section.question-card").first().getByLabel(/Partly in place/).check();
  await expectNoAxeViolations(page);
});

test("axe: a principle's questions", async ({ page }) => {
  await startAssessment(page, "Axe principle");
  await page.getByRole("link", { name: "Prevention", exact: true }).click();
  await expectNoAxeViolations(page);
});

test("axe: check your answers, with the problems listed", async ({ page }) => {
  await startAssessment(page, "Axe check");
  await page.getByRole("link", { name: "Prevention", exact: true }).click();
  await page.getByRole("link", { name: "Check your answers" }).click();
  await page.getByRole("button", { name: "Mark this section as complete" }).click();
  await expectNoAxeViolations(page);
});

import { test, expect, openRoute, expectNoAxeViolations } from "./fixtures";
import { startAssessment, expectSaved } from "./helpers";

test("starting needs a name, council and assessor, with an error summary", async ({ page }) => {
  await openRoute(page, "#/assessments/new");
  await page.getByRole("button", { name: "Start the assessment" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveText([
    "Enter a name for the assessment",
    "Enter the name of the council",
    "Enter who is carrying out the assessment",
    "Choose the kind of council",
  ]);
  await expectNoAxeViolations(page);
});

test("complete a theme with ratings, evidence, a reference, an action and a flag, then reload and find it all", async ({ page }) => {
  await startAssessment(page);
  await expect(page.getByText("0 of 14 sections completed")).toBeVisible();
  await page.getByRole("link", { name: "Culture", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Culture");

  const cards = page.locator("section.question-card:not(.question-card--flag)");
  const count = await cards.count();
  for (let i = 0; i < count; i++) {
    await cards.nth(i).getByLabel(/Well established/).check();
  }
  const first = cards.first();
  await first.getByLabel(/Partly in place/).check();
  await first.getByLabel(/^Evidence for CUL01/).fill("Staff survey 2026 shows values are known; <script>alert(1)</script> stays text.");
  await first.getByLabel("Add a document title or link").fill("Staff survey report 2026");
  await first.getByRole("button", { name: /Add reference/ }).click();
  await expect(first.getByText("Staff survey report 2026", { exact: true })).toBeVisible();
  await first.getByLabel("What is missing").fill("Values not yet part of appraisals");
  await first.getByLabel("Action to take").fill("Add values to the appraisal form");
  await first.getByLabel("Owner").fill("Head of HR");
  await first.getByLabel("Due date").fill("2027-03-31");

  const flags = page.locator("section.question-card--flag");
  const flagCount = await flags.count();
  for (let i = 0; i < flagCount; i++) await flags.nth(i).getByLabel("Not present").check();
  await flags.first().getByLabel("Partly present").check();
  await flags.first().getByLabel(/^Note on warning sign 1/).fill("Two grievances this year");
  await expectSaved(page);

  await page.getByRole("link", { name: "Check your answers" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers: Culture");
  await page.getByRole("button", { name: "Mark this section as complete" }).click();
  await expect(page.getByText("This section is marked as complete.")).toBeVisible();

  await page.reload();
  await expect(page.getByText("This section is marked as complete.")).toBeVisible();
  await expect(page.getByText("Action: Add values to the appraisal form (Head of HR, due 31 March 2027)")).toBeVisible();
  await expect(page.getByText("Staff survey 2026 shows values are known; <script>alert(1)</script> stays text.")).toBeVisible();
  await expect(page.getByText("References: Staff survey report 2026")).toBeVisible();
  await expect(page.getByText("Partly present. Two grievances this year")).toBeVisible();

  await page.getByRole("link", { name: "Back to the questions" }).click();
  await expect(page.locator("section.question-card").first().getByLabel(/Partly in place/)).toBeChecked();
  await expect(page.getByLabel("Owner")).toHaveValue("Head of HR");
  await page.getByRole("link", { name: "Back to the task list" }).click();
  const culture = page.locator(".task-list__item", { hasText: "Culture" });
  await expect(culture.locator(".tag")).toHaveText("Completed");
  await expect(page.getByText("1 of 14 sections completed")).toBeVisible();
});

test("typing is saved without a save button, and survives closing the tab", async ({ page, context }) => {
  const taskList = await startAssessment(page);
  await page.getByRole("link", { name: "Prevention", exact: true }).click();
  const answer = page.getByRole("textbox").first();
  await answer.fill("We asked the LGA for help early in 2025.");
  await expectSaved(page);
  await page.close();
  const again = await context.newPage();
  await again.goto(taskList);
  await again.getByRole("link", { name: "Prevention", exact: true }).click();
  await expect(again.getByRole("textbox").first()).toHaveValue("We asked the LGA for help early in 2025.");
});

test("a section that is not finished cannot be marked complete, and says why", async ({ page }) => {
  await startAssessment(page);
  await page.getByRole("link", { name: "Governance", exact: true }).click();
  await page.locator("section.question-card").first().getByLabel(/Not in place/).check();
  await page.getByRole("link", { name: "Check your answers" }).click();
  await page.getByRole("button", { name: "Mark this section as complete" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Describe the improvement action for GOV01" })).toBeVisible();
  await summary.getByRole("link", { name: "Choose a rating for GOV02" }).click();
  await expect(page.locator("[id='governance.c02']")).toBeFocused();
});

test("two assessments do not interfere", async ({ page }) => {
  const first = await startAssessment(page, "First assessment");
  await page.getByRole("link", { name: "Leadership", exact: true }).click();
  await page.locator("section.question-card").first().getByLabel(/Well established/).check();
  await expectSaved(page);
  await startAssessment(page, "Second assessment");
  await page.getByRole("link", { name: "Leadership", exact: true }).click();
  await page.locator("section.question-card").first().getByLabel(/Not in place/).check();
  await expectSaved(page);
  await page.goto(first);
  await page.getByRole("link", { name: "Leadership", exact: true }).click();
  await expect(page.locator("section.question-card").first().getByLabel(/Well established/)).toBeChecked();
  await openRoute(page, "#/assessments");
  await expect(page.locator(".assessment-card h2")).toHaveText(["Second assessment", "First assessment"]);
});

test("delete asks for confirmation, and undo restores the assessment", async ({ page }) => {
  await startAssessment(page, "To be deleted");
  await openRoute(page, "#/assessments");
  await page.getByRole("button", { name: "Delete “To be deleted”" }).click();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.locator(".assessment-card")).toHaveCount(1);
  await page.getByRole("button", { name: "Delete “To be deleted”" }).click();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page.getByText("“To be deleted” was deleted.")).toBeVisible();
  await expect(page.getByText("You have no assessments saved in this browser yet.")).toBeVisible();
  await page.getByRole("button", { name: "Undo: restore “To be deleted”" }).click();
  await expect(page.locator(".assessment-card h2")).toHaveText(["To be deleted"]);
  await page.reload();
  await expect(page.locator(".assessment-card h2")).toHaveText(["To be deleted"]);
});

test("next year's assessment starts from this year's, compares its ratings with them, and rename changes its name", async ({ page }) => {
  await startAssessment(page, "2026 review");
  await page.getByRole("link", { name: "Culture", exact: true }).click();
  await page.locator("section.question-card").first().getByLabel(/Mostly in place/).check();
  await expectSaved(page);
  await openRoute(page, "#/assessments");
  await page.getByRole("button", { name: "Start next year's assessment from this one (“2026 review”)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("2027 review");
  await expect(page.getByText("Compared with “2026 review”, last changed")).toBeVisible();
  await page.getByRole("button", { name: "Rename" }).click();
  await page.getByLabel("New name").fill("2027 annual review");
  await page.getByRole("button", { name: "Save the name" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("2027 annual review");
  await page.getByRole("link", { name: "Culture", exact: true }).click();
  const first = page.locator("section.question-card").first();
  await expect(first).toContainText("Last time: Mostly in place");
  await expect(first.getByLabel(/Mostly in place/)).not.toBeChecked();
});

test("a section is completed with the keyboard alone", async ({ page }) => {
  await startAssessment(page, "Keyboard run");
  await page.getByRole("link", { name: "Expectations", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  const boxes = page.getByRole("textbox");
  const n = await boxes.count();
  for (let i = 0; i < n; i++) {
    await boxes.nth(i).focus();
    await page.keyboard.type(`Answer ${i + 1} typed with the keyboard.`);
  }
  await page.getByRole("link", { name: "Check your answers" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers: Expectations");
  await page.getByRole("button", { name: "Mark this section as complete" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("This section is marked as complete.")).toBeVisible();
});

test("rating radios can be chosen with arrow keys like any radio group", async ({ page }) => {
  await startAssessment(page, "Arrow keys");
  await page.getByRole("link", { name: "Governance", exact: true }).click();
  const group = page.locator("section.question-card").first();
  await group.getByLabel(/Well established/).focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowDown");
  await expect(group.getByLabel(/Mostly in place/)).toBeChecked();
  await expect(group.getByLabel("Owner")).toBeVisible();
});

test("a deep link to a section survives a reload", async ({ page }) => {
  await startAssessment(page);
  await page.getByRole("link", { name: "Service delivery", exact: true }).click();
  await expect(page).toHaveURL(/#\/assessments\/[a-z0-9]+\/themes\/service-delivery$/);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Service delivery");
});

test("an unknown assessment link explains itself", async ({ page }) => {
  await openRoute(page, "#/assessments/nosuchthing");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This assessment cannot be opened");
});

test("the jump list brings a characteristic into view and focus", async ({ page }) => {
  await startAssessment(page, "Jump run");
  await page.getByRole("link", { name: "Use of resources", exact: true }).click();
  await page.getByRole("navigation", { name: "Characteristics in this theme" }).getByRole("link", { name: "UOR07" }).click();
  await expect(page.locator("[id='use-of-resources.c07']")).toBeFocused();
  await expect(page.locator("[id='use-of-resources.c07']")).toBeInViewport();
});

test("each task list link is described by its own status, though a principle and a theme share a name", async ({ page }) => {
  await startAssessment(page, "Status run");
  const links = page.getByRole("link", { name: "Continuous improvement", exact: true });
  await links.first().click();
  await page.getByRole("textbox").first().fill("We review every service each year.");
  await expectSaved(page);
  await page.getByRole("link", { name: "Back to the task list" }).click();
  await expect(links.first()).toHaveAccessibleDescription("In progress");
  await expect(links.last()).toHaveAccessibleDescription("Not started");
});

test("a card's guidance appears when opened, a reference can be removed, and a rating cleared", async ({ page }) => {
  await startAssessment(page, "Clear run");
  await page.getByRole("link", { name: "Governance", exact: true }).click();
  const card = page.locator("section.question-card").first();
  const examples = card.locator("details.guidance-hint li");
  await expect(examples).toHaveCount(0);
  await card.getByText("What good looks like, and examples of evidence").click();
  await expect(examples.first()).toBeVisible();
  await card.getByLabel("Add a document title or link").fill("Budget book 2026");
  await card.getByRole("button", { name: /Add reference/ }).click();
  await card.getByRole("button", { name: "Remove reference “Budget book 2026”" }).click();
  await expect(card.getByText("Budget book 2026")).toHaveCount(0);
  await card.getByLabel(/Partly in place/).check();
  await expect(card.getByLabel("Owner")).toBeVisible();
  await card.getByRole("button", { name: /Clear the rating/ }).click();
  await expect(card.getByRole("radio", { checked: true })).toHaveCount(0);
  await expect(card.getByLabel("Owner")).toBeHidden();
  await expectSaved(page);
});

test("an assessment can cover only the principles and themes chosen", async ({ page }) => {
  await openRoute(page, "#/assessments/new");
  await page.getByLabel("Name of the assessment").fill("Scoped run");
  await page.getByLabel("Council", { exact: true }).fill("Borsetshire County Council");
  await page.getByLabel("Who is assessing").fill("Head of Policy");
  await page.getByLabel("County council").check();
  await page.getByLabel("Only the principles and themes I choose").check();
  await page.getByLabel("Principle: Prevention").check();
  await page.getByLabel("Theme: Governance").check();
  await page.getByLabel("Theme: Culture").check();
  await page.getByLabel("Theme: Culture").uncheck();
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Scoped run");
  await expect(page.getByText("0 of 2 sections completed")).toBeVisible();
  await expect(page.locator(".task-list__item > a")).toHaveText(["Prevention", "Governance"]);
});

import { test, expect, openRoute, expectNoAxeViolations } from "./fixtures";
import { startAssessment } from "./helpers";

const pages = ["#/", "#/guidance", "#/themes/governance", "#/glossary", "#/search", "#/assessments"];

test.describe("at 320 px wide", () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const hash of pages) {
    test(`${hash} reflows without sideways scrolling`, async ({ page }) => {
      await openRoute(page, hash);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test.describe("assessment pages at 320 px wide", () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test("the question, check and summary pages reflow without sideways scrolling", async ({ page }) => {
    const taskList = await startAssessment(page, "Narrow screen");
    const noOverflow = async () =>
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await noOverflow();
    await page.getByRole("link", { name: "Governance", exact: true }).click();
    await page.locator("section.question-card").first().getByLabel(/Partly in place/).check();
    await noOverflow();
    await page.getByRole("link", { name: "Check your answers" }).click();
    await noOverflow();
    await page.goto(taskList);
    await page.getByRole("link", { name: "View the summary for members" }).click();
    await expect(page.locator(".summary-host .summary-members")).toBeVisible();
    await noOverflow();
    await openRoute(page, "#/assessments");
    await noOverflow();
  });
});

test.describe("on a tablet held upright, with touch", () => {
  test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true });
  test("navigation links are large enough to tap and pages pass axe", async ({ page }) => {
    await openRoute(page, "#/themes/culture");
    for (const link of await page.getByRole("navigation", { name: "Main" }).getByRole("link").all()) {
      const box = (await link.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
    }
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Guidance" }).tap();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("The Best Value guidance");
    await expectNoAxeViolations(page);
  });

  test("rating options are large enough to tap, and tapping one saves it", async ({ page }) => {
    await startAssessment(page, "Tablet run");
    await page.getByRole("link", { name: "Culture", exact: true }).tap();
    const option = page.locator("section.question-card").first().getByLabel(/Mostly in place/);
    const box = (await option.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
    await option.tap();
    await expect(option).toBeChecked();
    await expect(page.getByTestId("save-status")).toContainText("Saved at");
    await expectNoAxeViolations(page);
  });
});

test.describe("on a small laptop (1024 x 768)", () => {
  test.use({ viewport: { width: 1024, height: 768 } });
  test("the task list and a theme page fit the width and pass axe", async ({ page }) => {
    await startAssessment(page, "Small laptop");
    await page.getByRole("link", { name: "Partnerships and community engagement", exact: true }).click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
});

test("the guidance can be read with the keyboard alone", async ({ page }) => {
  await openRoute(page, "#/guidance");
  const link = page.getByRole("link", { name: "Prevention", exact: true });
  await link.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Prevention");
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
});

import { readFileSync } from "node:fs";
import { test, expect, openRoute, expectNoAxeViolations } from "./fixtures";
import { expectSaved } from "./helpers";

const EXAMPLE = "public/framework-example.json";
const NAME = "Example Council's own framework, version 1";

test("a council's own framework: load the example, start an assessment on it, rate, and the summary names it", async ({ page }) => {
  await openRoute(page, "#/frameworks");
  await page.getByLabel("Load a framework file").setInputFiles(EXAMPLE);
  await expect(page.getByText("was loaded")).toBeVisible();
  await expect(page.getByRole("heading", { name: NAME })).toBeVisible();
  await expectNoAxeViolations(page);

  await openRoute(page, "#/assessments/new");
  await page.getByLabel("Name of the assessment").fill("Own framework review");
  await page.getByLabel("Council", { exact: true }).fill("Ambridge District Council");
  await page.getByLabel("Who is assessing").fill("Monitoring Officer");
  await page.getByLabel(NAME).check();
  await page.getByLabel("District council").check();
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Own framework review");

  await page.getByRole("link", { name: "Governance", exact: true }).click();
  await page.locator("section.question-card").first().getByLabel(/Well established/).check();
  await expectSaved(page);
  await page.getByRole("link", { name: "Back to the task list" }).click();
  await page.getByRole("link", { name: "View the summary for members" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the summary (HTML, print-ready)" }).click(),
  ]);
  const html = readFileSync((await download.path())!, "utf8");
  expect(html).toContain("Example Council&#39;s own framework, version 1");
});

test("a faulty framework file is refused with each fault named, and the list is unchanged", async ({ page }) => {
  await openRoute(page, "#/frameworks");
  const cards = page.locator(".assessment-list > li");
  await expect(cards).toHaveCount(1);
  const broken = readFileSync(EXAMPLE, "utf8")
    .replace('"code": "GOV",', "")
    .replace('"text": "Senior posts', '"txt": "Senior posts');
  await page.getByLabel("Load a framework file").setInputFiles({
    name: "ours.json",
    mimeType: "application/json",
    buffer: Buffer.from(broken),
  });
  const alert = page.getByRole("alert").filter({ hasText: "This framework file cannot be used" });
  await expect(alert).toContainText("Nothing has been changed.");
  await expect(alert.getByRole("listitem")).toHaveText([
    /^Line \d+, “governance”: `code` is missing/,
    /^Line \d+, “leadership.f01”: `text` is missing \(is `txt` a misspelling of it\?\)/,
  ]);
  await expect(cards).toHaveCount(1);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("best-value/frameworks/")))).toEqual([]);
});

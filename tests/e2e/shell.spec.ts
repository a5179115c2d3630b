import { test, expect, openRoute, expectNoAxeViolations } from "./fixtures";

test("the app loads from a sub-folder and says what it is for", async ({ page }) => {
  await openRoute(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Best Value Self-Assessment");
  await expect(page.getByText("Best Value Duty").first()).toBeVisible();
  await expect(page).toHaveTitle(/Best Value Self-Assessment/);
  await expectNoAxeViolations(page);
});

test("the page is served with the strict Content-Security-Policy and no inline script", async ({ page }) => {
  const response = await page.goto("./");
  expect(response!.headers()["content-security-policy"]).toContain("script-src 'self' 'wasm-unsafe-eval'");
  const html = await response!.text();
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(html).not.toMatch(/\sstyle=/);
  await expect(page.locator("main h1")).toBeVisible();
});

test("navigation moves between home, guidance and assessments", async ({ page }) => {
  await openRoute(page);
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Guidance" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The Best Value guidance");
  await expect(nav.getByRole("link", { name: "Guidance" })).toHaveAttribute("aria-current", "page");
  await expect(page.locator("h1")).toBeFocused();
  await nav.getByRole("link", { name: "Assessments" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your assessments");
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The Best Value guidance");
});

test("a deep link opened directly renders its page, and survives a reload", async ({ page }) => {
  await openRoute(page, "#/themes/governance");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Governance");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Governance");
  await expect(page).toHaveTitle("Governance – Best Value Self-Assessment");
});

test("an unknown link shows a helpful not-found page", async ({ page }) => {
  await openRoute(page, "#/no/such/page");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await page.getByRole("link", { name: "Go to the home page" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Best Value Self-Assessment");
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await openRoute(page);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  await expect(page).toHaveURL(/#\/$|best-value\/$/);
});

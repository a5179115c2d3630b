import { test, expect, openRoute } from "./fixtures";
import type { Page } from "@playwright/test";

// The wasm is split (scripts/build-wasm.mjs): opening the app fetches only its
// first part; the guidance and the assessments are fetched when first needed.

/** The names of the .wasm files the page has fetched, without their hashes. */
function wasmFetched(page: Page): Set<string> {
  const names = new Set<string>();
  page.on("requestfinished", (request) => {
    const file = new URL(request.url()).pathname.split("/").pop()!;
    if (file.endsWith(".wasm")) names.add(file.replace(/-[0-9a-f]{16}(_bg)?\.wasm$/, ""));
  });
  return names;
}

test("opening the app fetches only its first part; guidance and assessments arrive when first opened, and focus their heading", async ({ page }) => {
  const fetched = wasmFetched(page);
  await openRoute(page);
  expect([...fetched]).toEqual(["best-value-self-assessment"]);

  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Guidance" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The Best Value guidance");
  await expect(page.locator("h1")).toBeFocused();
  await expect(page).toHaveTitle("The Best Value guidance – Best Value Self-Assessment");
  expect(fetched.has("guidance")).toBe(true);
  expect(fetched.has("assessments")).toBe(false);

  await nav.getByRole("link", { name: "Assessments" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your assessments");
  await expect(page.locator("h1")).toBeFocused();
  expect(fetched.has("assessments")).toBe(true);
});

test.describe("with no service worker to fall back on", () => {
  test.use({ serviceWorkers: "block" });

  test("a part that cannot be fetched says so, and opens when tried again", async ({ page, watch }) => {
    await openRoute(page);
    // The network fails just as the officer opens their assessments.
    await page.route("**/assessments-*.wasm", (route) => route.abort("connectionfailed"));
    await page.getByRole("link", { name: "Your assessments" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page could not be loaded");
    await expect(page.locator("h1")).toBeFocused();
    await expect(page.getByText("Nothing you have entered is affected.")).toBeVisible();
    // The failed fetch is reported in the console, as it should be; nothing else is.
    expect(watch.problems.length).toBeGreaterThan(0);
    for (const problem of watch.problems) expect(problem).toMatch(/^console error: .*(Failed to load resource|Failed to fetch|TypeError)/s);
    watch.problems.length = 0;

    await page.unroute("**/assessments-*.wasm");
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your assessments");
    await page.getByRole("link", { name: "Start a new assessment" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Start a new assessment");
  });
});

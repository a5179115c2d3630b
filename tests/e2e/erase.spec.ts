import { test, expect, waitUntilKeptOffline, cacheNames } from "./sites";
import { openRoute, expectNoAxeViolations } from "./fixtures";
import { startAssessment } from "./helpers";

test("erasing everything on a shared device removes only this app's data, after a confirmation, and the app still opens offline", async ({ page, context }) => {
  await page.goto("./#/");
  await waitUntilKeptOffline(page);
  const kept = await cacheNames(page);
  await startAssessment(page, "On a shared tablet");
  await page.evaluate(() => localStorage.setItem("another-app/settings", "keep me"));
  await openRoute(page, "#/assessments");

  await page.getByRole("button", { name: "Erase everything on this device" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Confirm erase" });
  await expect(confirm).toContainText("Erase the assessment saved in this browser? This cannot be undone");
  await expectNoAxeViolations(page);
  await confirm.getByRole("button", { name: "Yes, erase everything" }).click();

  await expect(page.getByText("Everything this app saved in this browser has been erased.")).toBeVisible();
  await expect(page.getByText("You have no assessments saved in this browser yet.")).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(["another-app/settings"]);
  expect(await cacheNames(page)).toEqual(kept);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your assessments");
});

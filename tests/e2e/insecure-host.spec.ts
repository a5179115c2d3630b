import { test, expect, openRoute, expectNoAxeViolations } from "./fixtures";
import { basePath, chromium, port } from "../../playwright.config";

// Served over plain http from an intranet host name: intranet.test resolves to this
// machine, but unlike 127.0.0.1 it is not a secure origin, so the browser gives the
// page no service worker.
test.use({
  baseURL: `http://intranet.test:${port}${basePath}`,
  launchOptions: { ...chromium, args: [...chromium.args, "--host-resolver-rules=MAP intranet.test 127.0.0.1"] },
});

test("over plain http from an intranet host the app works as usual and says once, quietly, that it will not be available offline", async ({ page }) => {
  await openRoute(page);
  expect(await page.evaluate(() => window.isSecureContext || "serviceWorker" in navigator)).toBe(false);
  const note = page.getByRole("status").filter({ hasText: "will not be available offline" });
  await expect(note).toContainText("served over https");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Guidance", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The Best Value guidance");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The Best Value guidance");
  await expect(page.getByText("will not be available offline")).toHaveCount(0);
});

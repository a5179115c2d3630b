import { test, expect, openRoute } from "./fixtures";

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Buffer) {
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

test("the app is installable: Chromium finds no installability error, and the manifest's start, scope and icons are in the app's folder", async ({ page, context, baseURL }) => {
  await openRoute(page);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  // Playwright's contexts are incognito, where Chromium offers no install: not the app's doing.
  expect(installabilityErrors.filter((e) => e.errorId !== "in-incognito")).toEqual([]);

  const manifestUrl = new URL("manifest.webmanifest", baseURL).href;
  const response = await page.request.get(manifestUrl);
  expect(response.headers()["content-type"]).toContain("application/manifest+json");
  const manifest = await response.json();
  expect(new URL(manifest.start_url, manifestUrl).href).toBe(baseURL);
  expect(new URL(manifest.scope, manifestUrl).href).toBe(baseURL);
  expect(manifest.display).toBe("standalone");
  const icons = [
    ...manifest.icons.map((icon: { src: string; sizes: string; purpose: string }) => [icon.src, icon.sizes, icon.purpose]),
    [await page.locator('link[rel="apple-touch-icon"]').getAttribute("href"), "180x180", "apple-touch-icon"],
  ];
  expect(icons.map(([, sizes, purpose]) => `${purpose} ${sizes}`).sort()).toEqual(
    ["any 192x192", "any 512x512", "apple-touch-icon 180x180", "maskable 512x512"],
  );
  for (const [src, sizes] of icons) {
    const icon = await page.request.get(new URL(src, manifestUrl).href);
    expect(icon.headers()["content-type"], src).toBe("image/png");
    expect(pngSize(await icon.body()), src).toBe(sizes);
  }
  await expect(page.locator('meta[name="apple-mobile-web-app-capable"]')).toHaveAttribute("content", "yes");
});

test.describe("in a browser that blocks service workers", () => {
  test.use({ serviceWorkers: "block" });

  test("the app works as usual and says once that it will not be available offline", async ({ page }) => {
    await openRoute(page);
    await expect(page.getByRole("status").filter({ hasText: "will not be available offline" })).toContainText(
      "this browser does not allow it",
    );
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Best Value Self-Assessment");
    await expect(page.getByText("will not be available offline")).toHaveCount(0);
  });
});

import { readFileSync } from "node:fs";
import { test, expect } from "../e2e/fixtures";

// What every server configuration must do, read from the same policy that generates
// them. The `watch` fixture fails a test on any console error, CSP violation or
// request that leaves the origin, so "nothing is blocked" holds for every test here.
const policy = JSON.parse(readFileSync("deploy/policy.json", "utf8"));
const hashed = new RegExp(policy.caching.hashed.pattern);
const version = process.env.PACKAGE_VERSION;

test("the app loads from a sub-folder with the policy's headers and MIME types", async ({ page }) => {
  const responses: import("@playwright/test").Response[] = [];
  page.on("response", (response) => responses.push(response));
  const document = await page.goto("./");
  await expect(page.locator("main h1")).toHaveText("Best Value Self-Assessment");
  await expect(page.locator("footer")).toContainText(`Version ${version}`);

  const headers = document!.headers();
  for (const [name, value] of Object.entries(policy.headers)) {
    expect(headers[name.toLowerCase()], name).toBe(value);
  }
  expect(headers["cache-control"]).toBe(policy.caching.other.cacheControl);
  expect(headers["expires"], "no Expires from the server's own expiry rules").toBeUndefined();
  expect(headers["content-type"]).toMatch(/^text\/html\b/);

  const wasm = responses.find((response) => response.url().endsWith(".wasm"));
  expect(wasm?.headers()["content-type"]).toBe("application/wasm");
  const built = responses.filter((response) => hashed.test(new URL(response.url()).pathname));
  const kinds = new Set(built.map((response) => response.url().split(".").pop()));
  expect([...kinds].sort()).toEqual(expect.arrayContaining(["css", "js", "wasm"]));
  for (const response of built) {
    expect(response.status(), response.url()).toBe(200);
    expect(response.headers()["cache-control"], response.url()).toBe(policy.caching.hashed.cacheControl);
    expect(response.headers()["expires"], response.url()).toBeUndefined();
    expect(response.headers()["content-security-policy"], response.url()).toBe(policy.headers["Content-Security-Policy"]);
  }
});

test("a deep link survives a reload", async ({ page }) => {
  await page.goto("./#/themes/governance");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Governance");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Governance");
});

test("no listing of folders; index.html, the service worker and the manifest are revalidated", async ({ request }) => {
  const listing = await request.get("empty-folder/");
  expect([403, 404]).toContain(listing.status());
  expect(await listing.text()).not.toContain("Index of");

  for (const name of policy.caching.other.mustMatch) {
    const response = await request.get(name);
    expect(response.status(), name).toBe(200);
    expect(response.headers()["cache-control"], name).toBe(policy.caching.other.cacheControl);
  }
  const manifest = await request.get("manifest.webmanifest");
  expect(manifest.headers()["content-type"]).toBe(policy.mimeTypes.webmanifest);
});

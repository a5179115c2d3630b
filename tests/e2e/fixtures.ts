import { test as base, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

/** Problems seen while a test ran; every test fails if any appear. */
type Watch = { problems: string[] };

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const watch: Watch = { problems: [] };
      page.on("console", (message) => {
        if (message.type() === "error") watch.problems.push(`console error: ${message.text()}`);
      });
      page.on("pageerror", (error) => watch.problems.push(`page error: ${error.message}`));
      page.on("request", (request) => {
        const url = new URL(request.url());
        const local = url.origin === origin || ["data:", "blob:"].includes(url.protocol);
        if (!local) watch.problems.push(`request left the origin: ${request.url()}`);
      });
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
        });
      });
      await use(watch);
      expect(watch.problems, "no console errors, CSP violations or off-origin requests").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens an app route (e.g. "#/themes/governance") and waits for its heading. */
export async function openRoute(page: Page, hash = "#/") {
  await page.goto(`./${hash}`);
  await expect(page.locator("main h1")).toBeVisible();
}

/** Asserts axe finds no WCAG 2.2 AA violation on the page as it stands. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  expect(summary).toEqual([]);
}

import { test, expect, openRoute, expectNoAxeViolations } from "./fixtures";

const principles = [
  ["local-accountability", "Local accountability"],
  ["continuous-improvement", "Continuous improvement"],
  ["openness-to-challenge", "Openness to challenge and support"],
  ["expectations", "Expectations"],
  ["prevention", "Prevention"],
  ["cost-of-failure", "Meeting the cost of failure"],
  ["commissioner-powers", "Default commissioner powers and de-escalation"],
];
const themes = [
  ["continuous-improvement", "Continuous improvement"],
  ["leadership", "Leadership"],
  ["governance", "Governance"],
  ["culture", "Culture"],
  ["use-of-resources", "Use of resources"],
  ["service-delivery", "Service delivery"],
  ["partnerships", "Partnerships and community engagement"],
];

test("every principle opens from the list and by direct link", async ({ page }) => {
  for (const [id, title] of principles) {
    await openRoute(page, "#/guidance");
    const list = page.getByRole("list").filter({ has: page.getByRole("link", { name: "Local accountability" }) });
    await list.getByRole("link", { name: title, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByRole("heading", { name: "Questions to reflect on" })).toBeVisible();
    await openRoute(page, `#/principles/${id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  }
});

test("every theme opens from the list and by direct link, with good practice and warning signs", async ({ page }) => {
  for (const [id, title] of themes) {
    await openRoute(page, "#/guidance");
    const list = page.getByRole("list").filter({ has: page.getByRole("link", { name: "Leadership" }) });
    await list.getByRole("link", { name: title, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await openRoute(page, `#/themes/${id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.getByRole("heading", { name: "What good looks like" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Warning signs" })).toBeVisible();
    expect(await page.locator(".characteristic-list > li").count()).toBeGreaterThanOrEqual(6);
    expect(await page.locator(".warning-list > li").count()).toBeGreaterThanOrEqual(4);
  }
});

test("a theme links to related themes and to glossary terms", async ({ page }) => {
  await openRoute(page, "#/themes/leadership");
  const related = page.getByRole("list").filter({ has: page.getByRole("link", { name: "Governance", exact: true }) }).last();
  await related.getByRole("link", { name: "Governance", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Governance");
  await openRoute(page, "#/themes/leadership");
  await page.locator("a.term", { hasText: "Monitoring Officer" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Glossary");
  await expect(page.locator("#term-monitoring-officer")).toBeInViewport();
  await expect(page.locator("#term-monitoring-officer")).toBeFocused();
});

test("evidence examples expand on request", async ({ page }) => {
  await openRoute(page, "#/themes/governance");
  const first = page.locator(".characteristic-list > li").first();
  const examples = first.locator("details ul");
  await expect(examples).toBeHidden();
  await first.getByText("Examples of evidence").click();
  await expect(examples).toBeVisible();
});

test("search for s151 finds the finance officer as the user types", async ({ page }) => {
  await openRoute(page, "#/search");
  await page.getByLabel("Search for a word or phrase").pressSequentially("s151");
  await expect(page.getByText(/\d+ results? for “s151”/)).toBeVisible();
  const results = page.locator(".search-results li");
  await expect(results.filter({ hasText: "Glossary" }).filter({ hasText: "Chief Finance Officer" })).not.toHaveCount(0);
  await expect(results.filter({ hasText: "Use of resources" })).not.toHaveCount(0);
  await results.filter({ hasText: "Use of resources" }).first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Use of resources");
});

test("search for peer challenge finds the continuous improvement characteristic and the glossary entry", async ({ page }) => {
  await openRoute(page, "#/search");
  await page.getByLabel("Search for a word or phrase").fill("peer challenge");
  const results = page.locator(".search-results li");
  await expect(results.filter({ hasText: "Characteristic" }).filter({ hasText: "Continuous improvement" })).not.toHaveCount(0);
  await expect(results.filter({ hasText: "Glossary" }).filter({ hasText: /peer challenge/i })).not.toHaveCount(0);
  await page.getByLabel("Search for a word or phrase").fill("zebra crossing quota");
  await expect(page.getByText("No results for “zebra crossing quota”")).toBeVisible();
});

test("the glossary filter narrows the list and says how many terms remain", async ({ page }) => {
  await openRoute(page, "#/glossary");
  const entries = page.locator(".glossary__entry:visible");
  const all = await entries.count();
  expect(all).toBeGreaterThanOrEqual(25);
  await page.getByLabel("Filter terms").fill("monitoring");
  await expect(entries.locator("dt", { hasText: /^Monitoring Officer/ })).toHaveCount(1);
  const narrowed = await entries.count();
  expect(narrowed).toBeLessThan(all);
  await expect(page.locator(".result-count")).toHaveText(narrowed === 1 ? "1 term" : `${narrowed} terms`);
  await page.getByLabel("Filter terms").fill("s151");
  await expect(entries.locator("dt", { hasText: "Chief Finance Officer" })).toHaveCount(1);
  await page.getByLabel("Filter terms").fill("");
  await expect(entries).toHaveCount(all);
});

test("the intervention ladder runs from support to statutory powers and says how it ends", async ({ page }) => {
  await openRoute(page, "#/intervention");
  const steps = page.locator(".ladder > li");
  expect(await steps.count()).toBeGreaterThanOrEqual(6);
  await expect(steps.first()).toContainText("Not statutory");
  await expect(steps.last()).toContainText("Statutory power");
  await expect(page.getByRole("heading", { name: "How intervention ends" })).toBeVisible();
});

for (const [name, hash] of [
  ["guidance list", "#/guidance"],
  ["principle", "#/principles/prevention"],
  ["theme", "#/themes/use-of-resources"],
  ["glossary", "#/glossary"],
  ["intervention", "#/intervention"],
  ["search", "#/search"],
]) {
  test(`axe finds no WCAG 2.2 AA violation on the ${name} page`, async ({ page }) => {
    await openRoute(page, hash);
    if (name === "search") await page.getByLabel("Search for a word or phrase").fill("scrutiny");
    await expectNoAxeViolations(page);
  });
}

test("search results follow the query, leaving no rows behind when a principle and a theme share a name", async ({ page }) => {
  await openRoute(page, "#/search");
  const box = page.getByLabel("Search for a word or phrase");
  const results = page.locator(".search-results li");
  const count = page.locator(".result-count");
  for (const query of ["continuous improvement", "continuous", "scrutiny", "continuous improvement"]) {
    await box.fill(query);
    await expect(count).toContainText(`for “${query}”`);
    const shown = Number((await count.textContent())!.match(/^\d+/)![0]);
    await expect(results).toHaveCount(shown);
  }
  await box.fill("zebra crossing quota");
  await expect(results).toHaveCount(0);
});

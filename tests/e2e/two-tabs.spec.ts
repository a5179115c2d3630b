import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations } from "./fixtures";
import { startAssessment, expectSaved } from "./helpers";

/** All that is stored of the only assessment: its record, and its journal of changes not yet in the record. */
function storedTexts(page: Page) {
  return page.evaluate(() => {
    const text = (prefix: string) => {
      const key = Object.keys(localStorage).find((k) => k.startsWith(prefix));
      return key ? localStorage.getItem(key) : null;
    };
    return { record: text("best-value/assessments/"), journal: text("best-value/journal/") };
  });
}

/** The saved record of the only assessment, as the app stores it, or null. */
async function storedAssessment(page: Page) {
  const { record } = await storedTexts(page);
  return record === null ? null : JSON.parse(record).assessment;
}

test("a rating is stored the moment it is made: a page opened straight after shows it, and the whole record takes it in once the officer pauses", async ({ page, context }) => {
  await page.clock.install();
  await startAssessment(page, "Quick second look");
  await page.getByRole("link", { name: "Governance", exact: true }).click();
  // From here the app's clock moves only when the test moves it.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  // The first characteristic's rating in the record and in the journal: "" unrated, null absent.
  const rated = async () => {
    const rating = (text: string | null) =>
      text === null ? null : JSON.parse(text).assessment.characteristics["governance.c01"]?.rating ?? "";
    const { record, journal } = await storedTexts(page);
    return { record: rating(record), journal: rating(journal) };
  };
  await page.locator("section.question-card").first().getByLabel(/Well established/).check();
  await expectSaved(page);
  expect(await rated(), "in the small journal, the record untouched").toEqual({ record: "", journal: "well-established" });

  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.locator("section.question-card").first().getByLabel(/Well established/)).toBeChecked();

  await page.clock.runFor(1_000);
  await expect.poll(rated, { message: "a second after the last change" }).toEqual({ record: "well-established", journal: null });
  await expect(other.locator("section.question-card").first().getByLabel(/Well established/)).toBeChecked();
});

test("two pages typing into different answers of one assessment, interleaved without pauses, lose no word", async ({ page, context }) => {
  await startAssessment(page, "Two typists");
  await page.getByRole("link", { name: "Governance", exact: true }).click();
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Governance");
  const mine = page.getByLabel(/^Evidence for GOV01/);
  const theirs = other.getByLabel(/^Evidence for GOV02/);
  const rated = other.locator("section.question-card").nth(2);

  // A hundred edits on each page, one word each, typed key by key (not `fill`, which
  // would rewrite the whole field and hide a lost word), both pages at once.
  const words = (letter: string) => Array.from({ length: 100 }, (_, i) => `${letter}${i} `);
  const typeHere = async () => {
    await mine.focus();
    for (const word of words("a")) await page.keyboard.type(word);
  };
  const typeThere = async () => {
    await theirs.focus();
    for (const [i, word] of words("b").entries()) {
      if (i % 10 === 5) {
        // Rating moves the focus: one person clicks, then goes back to typing.
        await rated.getByLabel(i % 20 === 5 ? /Not in place/ : /Well established/).click();
        await theirs.focus();
      }
      await other.keyboard.type(word);
    }
  };
  await Promise.all([typeHere(), typeThere()]);
  const typedHere = words("a").join("");
  const typedThere = words("b").join("");

  await expectSaved(page);
  await expectSaved(other);
  await expect.poll(async () => {
    const saved = (await storedAssessment(page)).characteristics;
    return [saved["governance.c01"]?.narrative, saved["governance.c02"]?.narrative, saved["governance.c03"]?.rating];
  }).toEqual([typedHere, typedThere, "well-established"]);
  for (const p of [page, other]) {
    await expect(p.getByLabel(/^Evidence for GOV01/)).toHaveValue(typedHere);
    await expect(p.getByLabel(/^Evidence for GOV02/)).toHaveValue(typedThere);
  }
});

test("deleting an assessment while another page types in it: it stays deleted, and the typing page says so and offers its text", async ({ page, context }) => {
  await startAssessment(page, "Deleted while typing");
  await page.getByRole("link", { name: "Governance", exact: true }).click();
  const box = page.getByLabel(/^Evidence for GOV01/);
  await box.pressSequentially("Saved words.");
  await expectSaved(page);

  const list = await context.newPage();
  await list.goto("./#/assessments");
  await list.getByRole("button", { name: /^Delete/ }).click();
  // Typing goes on, with a save pending, while the other page confirms the deletion.
  await box.focus();
  await Promise.all([
    page.keyboard.type(" More words."),
    list.getByRole("button", { name: "Yes, delete it" }).click(),
  ]);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This assessment was deleted in another tab");
  await expect(page.getByLabel(/^Evidence for GOV01/)).toHaveCount(0);
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the answers from this tab" }).click(),
  ]);
  const saved = JSON.parse(readFileSync((await download.path())!, "utf8"));
  expect(saved.assessment.characteristics["governance.c01"].narrative).toContain("Saved words.");
  // Well past the 250 ms typing delay, nothing has brought the record back.
  await page.waitForTimeout(750);
  expect(await storedTexts(list)).toEqual({ record: null, journal: null });

  // Undo in the deleting page restores what was stored (the saved words may still be in the
  // journal, not yet in the record); the closed page does not write over it.
  await list.getByRole("button", { name: /^Undo: restore/ }).click();
  await expect(list.getByRole("heading", { level: 2, name: "Deleted while typing" })).toBeVisible();
  const restored = await storedTexts(list);
  expect(restored.record).not.toBeNull();
  expect(`${restored.record} ${restored.journal}`).toContain("Saved words.");
  await page.waitForTimeout(750);
  expect(await storedTexts(list)).toEqual(restored);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This assessment was deleted in another tab");
});

import { execFileSync } from "node:child_process";
import { expect, type Browser, type Page } from "@playwright/test";
import { openRoute } from "./fixtures";

/** Starts an assessment through the form, as an officer would, and returns its task list URL. */
export async function startAssessment(page: Page, name = "2026 annual self-assessment", council = "Borsetshire County Council") {
  await openRoute(page, "#/assessments");
  await page.getByRole("link", { name: "Start a new assessment" }).click();
  await page.getByLabel("Name of the assessment").fill(name);
  await page.getByLabel("Council", { exact: true }).fill(council);
  await page.getByLabel("Who is assessing").fill("Head of Policy");
  await page.getByLabel("County council").check();
  await page.getByRole("button", { name: "Start the assessment" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  return page.url();
}

/** Waits until the save status says everything is stored. */
export async function expectSaved(page: Page) {
  await expect(page.getByTestId("save-status").first()).toContainText("Saved at");
}

/**
 * The complete sample assessment as a saved record (every item answered), from
 * `cargo run --example sample_assessment`; `evidenceChars` per characteristic.
 */
export function sampleRecord(evidenceChars?: number): { id: string; record: string } {
  const args = ["run", "--quiet", "--offline", "--example", "sample_assessment"];
  if (evidenceChars !== undefined) args.push("--", String(evidenceChars));
  const record = execFileSync("cargo", args, { encoding: "utf8" }).trim();
  return { id: JSON.parse(record).assessment.id, record };
}

/** Prints HTML to PDF in Chromium on A4 and counts its pages. */
export async function printedPages(browser: Browser, html: string) {
  const reader = await browser.newPage();
  await reader.setContent(html);
  const pdf = (await reader.pdf({ format: "A4" })).toString("latin1");
  await reader.close();
  return pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

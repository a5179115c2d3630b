import { test, expect, openRoute } from "./fixtures";

test("a refused file says so once, in plain words", async ({ page }) => {
  await openRoute(page, "#/assessments/import");
  await page.getByLabel("Backup file").setInputFiles({ name: "hello.json", mimeType: "application/json", buffer: Buffer.from('{"hello":"world"}') });
  const refusal = page.getByRole("alert");
  await expect(refusal).toContainText("It is not an assessment saved by Best Value Self-Assessment.");
  expect((await refusal.textContent())!.match(/cannot be imported/g)).toHaveLength(1);
});

test("a 4 MB value where an answer belongs is refused in a short message that says where", async ({ page }) => {
  const hostile = JSON.stringify({
    format: "best-value-self-assessment",
    schema: 1,
    framework: { id: "best-value-2024", version: "2" },
    assessment: {
      id: "x", name: "x", council: "x", assessor: "x", framework_id: "best-value-2024", framework_version: "2",
      scope: { kind: "everything" }, started_ms: 1764000000000, updated_ms: 1764000000000,
      characteristics: { "governance.c01": "y".repeat(4_000_000) },
    },
  });
  await openRoute(page, "#/assessments/import");
  await page.getByLabel("Backup file").setInputFiles({ name: "hostile.json", mimeType: "application/json", buffer: Buffer.from(hostile) });
  const refusal = page.getByRole("alert");
  await expect(refusal).toContainText('assessment.characteristics["governance.c01"]');
  await expect(refusal).toContainText("expected an object, found a string");
  expect((await refusal.textContent())!.length, "the value is never quoted").toBeLessThan(400);
  await expect(refusal).toContainText("Nothing has been changed.");
});

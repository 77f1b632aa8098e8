import { randomUUID } from "node:crypto";
import { expect, signIn, test } from "./fixtures/test";
import { adminUser } from "./fixtures/users";

test("the audit log names the topic an admin added, with a link to it, not its raw id", async ({ page }) => {
  test.setTimeout(60_000);
  const run = randomUUID().slice(0, 6);
  const code = `Y.${parseInt(run, 16) % 100_000}`;
  const title = `Audit naming ${run}`;
  await signIn(page, adminUser(), /\/(dashboard|admin|onboarding)/);
  await page.goto("/admin/content?q=physics-sl");
  await page.getByRole("link", { name: "Physics SL", exact: true }).click();
  await page.getByRole("link", { name: "Edit topics of Physics SL" }).click();
  await page.getByLabel("Code").first().fill(code);
  await page.getByLabel("Title").first().fill(title);
  await page.getByRole("button", { name: "Add topic" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Topic ${code} added.` })).toBeVisible();
  // Archived again, so the shared course is as it was (the audit entry stays, naming the topic).
  await page.getByRole("button", { name: `Archive ${code} ${title}` }).click();

  await page.goto("/admin/audit?entityType=topic");
  const link = page.getByRole("link", { name: `${code} ${title} (Physics SL)` }).first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/admin\/content\/courses\/[0-9a-f-]{36}\/topics$/);
});

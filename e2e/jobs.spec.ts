import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { unzipSync } from "fflate";
import { expect, signIn, test } from "./fixtures/test";
import { waitForEmail } from "./fixtures/mailbox";
import { createUser } from "./fixtures/users";

// Background jobs in inline mode, as on a single machine: the app under test runs them in-process and
// delivers email to the suite's SMTP server.

test("signing up delivers the welcome and verification emails over SMTP", async ({ page }) => {
  const email = `welcome-${randomUUID()}@example.test`;
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Noor");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("revising every evening");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/onboarding$/);

  const welcome = await waitForEmail(email, /^Welcome to IB Revise$/);
  expect(welcome.text).toContain("Noor");
  const verify = await waitForEmail(email, /^Verify your email address$/);
  expect(verify.text).toMatch(/\/verify-email\?token=/);
});

test("a student asks for a data export, is emailed when it is ready, and downloads the zip", async ({ page }) => {
  const student = await createUser({ courses: ["physics-sl"] });
  await signIn(page, student);
  await page.goto("/settings");
  await page.getByRole("button", { name: "Download all my data" }).click();

  // The job runs after the response; the page refreshes itself until the file turns into a link.
  const files = page.getByRole("list", { name: "Your files" });
  const download = files.getByRole("link", { name: /^Download/ });
  await expect(download).toBeVisible({ timeout: 20_000 });
  const ready = await waitForEmail(student.email, /is ready$/);
  expect(ready.text).toMatch(/\/api\/v1\/files\/[0-9a-f-]{36}/);

  const [file] = await Promise.all([page.waitForEvent("download"), download.click()]);
  expect(file.suggestedFilename()).toMatch(/\.zip$/);
  const bytes = await readFile((await file.path())!);
  expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  const entries = Object.keys(unzipSync(new Uint8Array(bytes)));
  expect(entries.some((name) => /profile/.test(name))).toBe(true);
});

import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures/test";
import { waitForEmail } from "./fixtures/mailbox";

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

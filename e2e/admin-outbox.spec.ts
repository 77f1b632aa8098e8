import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, signIn, test } from "./fixtures/test";
import { waitForEmail } from "./fixtures/mailbox";
import { adminUser } from "./fixtures/users";

test("an admin finds a new user's verification email in the outbox; once sent, its stored link is redacted and the delivered one verifies", async ({
  browser,
}) => {
  // Two browsers, a sign-up, a delivery and an axe scan.
  test.setTimeout(90_000);
  const email = `outbox-${randomUUID()}@example.test`;
  const newcomer = await browser.newContext();
  const student = await newcomer.newPage();
  await student.goto("/sign-up");
  await student.getByLabel("Name").fill("Noor");
  await student.getByLabel("Email").fill(email);
  await student.getByLabel("Password").fill("revising every evening");
  await student.getByRole("button", { name: "Create account" }).click();
  await expect(student).toHaveURL(/\/onboarding$/);
  // The suite's server has a mail transport: the email is delivered, then the outbox keeps a redacted copy.
  const delivered = await waitForEmail(email, /^Verify your email address$/);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, adminUser(), /\/admin$/);
  await admin.goto(`/admin/emails?q=${encodeURIComponent(email)}`);
  await expect(admin.getByRole("heading", { name: "Email outbox" })).toBeVisible();
  const { violations } = await new AxeBuilder({ page: admin }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  const row = admin.getByRole("row").filter({ hasText: "Verify your email address" });
  await expect(row).toContainText(email);
  await row.getByRole("link", { name: "Verify your email address" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Verify your email address");
  await expect(admin.getByText(/links below no longer work/)).toBeVisible();
  const stored = await admin.getByRole("region", { name: "Message" }).getByRole("link").first().getAttribute("href");
  expect(stored).toMatch(/\/verify-email\?token=redacted$/);

  const link = new URL(delivered.text.match(/https?:\/\/\S+/)![0]);
  expect(link.searchParams.get("token")).not.toBe("redacted");
  await student.goto(link.pathname + link.search);
  await student.getByRole("button", { name: "Verify my email address" }).click();
  await expect(student.getByRole("status")).toHaveText("Your email address is verified. Thank you!");
  await newcomer.close();
  await adminContext.close();
});

test("a student is refused the outbox", async ({ page }) => {
  const { createUser } = await import("./fixtures/users");
  await signIn(page, await createUser());
  await page.goto("/admin/emails");
  await expect(page).toHaveURL(/\/dashboard\?denied=1/);
});

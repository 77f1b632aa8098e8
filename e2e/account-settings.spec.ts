import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import pg from "pg";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures/test";
import { createUser, latestEmailLink } from "./fixtures/users";

async function setTimeZone(userId: string, timeZone: string) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query("update users set timezone = $1 where id = $2", [timeZone, userId]);
  } finally {
    await client.end();
  }
}

async function expectNoSeriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
}

test.describe.configure({ timeout: 120_000 });

test("settings show the student's time zone and pass an axe scan on desktop and phone", async ({ page }) => {
  const student = await createUser();
  await setTimeZone(student.id, "Asia/Kolkata");
  await signIn(page, student);
  await page.goto("/settings");
  await expect(page.getByText("Times are shown in your time zone, Asia/Kolkata.")).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.goto("/settings/sessions");
  await expect(page.getByRole("list", { name: "Signed-in devices" })).toContainText("GMT+5:30");
  await expect(page.getByRole("list", { name: "Signed-in devices" })).not.toContainText("UTC");
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/settings");
  await expectNoSeriousViolations(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("a student changes their name and, with their current password, their password; other devices are signed out", async ({ browser }) => {
  const student = await createUser();
  const otherDevice = await browser.newContext();
  const other = await otherDevice.newPage();
  await signIn(other, student);

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, student);
  await page.goto("/settings");
  const nameForm = page.getByRole("form", { name: "Change your name" });
  await nameForm.getByLabel("Name").fill("Priya Raman");
  await nameForm.getByRole("button", { name: "Save name" }).click();
  await expect(nameForm.getByRole("status")).toHaveText("Your name is saved.");

  const passwordForm = page.getByRole("form", { name: "Change your password" });
  await passwordForm.getByLabel("Current password").fill("not my password");
  await passwordForm.getByLabel("New password").fill("a much better password");
  await passwordForm.getByRole("button", { name: "Change password" }).click();
  await expect(passwordForm.getByRole("alert")).toHaveText("Your current password is not right.");
  await passwordForm.getByLabel("Current password").fill(student.password);
  await passwordForm.getByLabel("New password").fill("a much better password");
  await passwordForm.getByRole("button", { name: "Change password" }).click();
  await expect(passwordForm.getByRole("status")).toHaveText("Your password is changed, and your other devices are signed out.");

  // This device stays signed in; the other one is sent to sign in on its next page.
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Priya Raman");
  await other.goto("/dashboard");
  await expect(other).toHaveURL(/\/sign-in/);
  await signIn(other, { email: student.email, password: "a much better password" });
  await context.close();
  await otherDevice.close();
});

test("a new email address becomes the address only once confirmed from its own mailbox", async ({ page }) => {
  const student = await createUser();
  const newEmail = `moved-${randomUUID()}@example.test`;
  await signIn(page, student);
  await page.goto("/settings");
  const emailForm = page.getByRole("form", { name: "Change your email address" });
  await emailForm.getByLabel("New email address").fill(newEmail);
  await emailForm.getByLabel("Current password").fill(student.password);
  await emailForm.getByRole("button", { name: "Send confirmation link" }).click();
  await expect(emailForm.getByRole("status")).toContainText(`We sent a link to ${newEmail}`);
  await page.reload();
  await expect(page.getByText(`You sign in with ${student.email}.`)).toBeVisible();

  await page.goto(await latestEmailLink(newEmail, "confirm-email-change"));
  await page.getByRole("button", { name: "Use this email address" }).click();
  await expect(page.getByRole("status")).toHaveText("Your new email address is confirmed: sign in with it from now on.");
  await page.goto("/settings");
  await expect(page.getByText(`You sign in with ${newEmail}.`)).toBeVisible();
  expect(await latestEmailLink(student.email, "email-changed")).toBe("/sign-in");
});

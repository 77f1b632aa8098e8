import { expect, signIn, test } from "./fixtures/test";
import { adminUser, createUser } from "./fixtures/users";
import { questionsOf } from "./fixtures/questions";

test("a student answers a question and sees their dashboard change at once", async ({ page }) => {
  const student = await createUser({ courses: ["physics-sl"] });
  const [mcq] = await questionsOf("physics-sl", { MCQ: 1 });
  await signIn(page, student);

  await page.goto("/dashboard");
  const recent = page.getByRole("region", { name: "Recent activity" });
  await expect(recent).toBeVisible();
  await expect(recent.getByText("1 / 1")).toHaveCount(0);

  await page.goto(`/practice/new?questionIds=${mcq!.id}`);
  await page.getByRole("button", { name: /^Practise / }).click();
  await page.getByRole("radio").nth(mcq!.optionIds.indexOf(mcq!.correctOptionId!)).check();
  await page.getByRole("button", { name: "Submit answer" }).click();
  await expect(page.getByRole("heading", { name: "Worked solution" })).toBeVisible();

  // The dashboard was cached on the first visit; the answer invalidated it and routed the re-read to the primary.
  await page.goto("/dashboard");
  await expect(page.getByRole("region", { name: "Recent activity" }).getByText("1 / 1").first()).toBeVisible();
});

test("an admin sees the analytics page", async ({ page }) => {
  await signIn(page, adminUser(), /\/admin$/);
  await page.goto("/admin/analytics");
  await expect(page.getByRole("heading", { name: "Analytics", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Active students", exact: true })).toBeVisible();
  const sections = page.getByRole("navigation", { name: "Analytics sections" });
  await sections.getByRole("link", { name: "Questions" }).click();
  await expect(page.getByRole("heading", { name: "Low success questions", exact: true })).toBeVisible();
  await sections.getByRole("link", { name: "Coverage" }).click();
  await expect(page.getByRole("heading", { name: "Coverage gaps", exact: true })).toBeVisible();
});

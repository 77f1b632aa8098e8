import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures/test";
import { createUser } from "./fixtures/users";

async function expectNoSeriousViolations(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map(
      (v) =>
        `${what}: ${v.id} (${v.impact}) ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    ),
  ).toEqual([]);
}

test("a student's extended mock answer survives an immediate reload, is marked against its markbands after the paper, and counts on the dashboard", async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Economics SL Paper 1 is extended answers marked against markbands: a short mock of it is one question.
  const student = await createUser({ courses: ["economics-sl"] });
  await signIn(page, student);
  await expect(page.getByText(/0 of \d+ topics/).first()).toBeVisible(); // the dashboard is computed (and cached) before the paper

  await page.goto("/mocks");
  await page.getByText("Short practice mock").click();
  await page.getByRole("button", { name: "Start mock" }).click();
  await expect(page.getByRole("timer", { name: "Time remaining" })).toBeVisible();

  const answer = page.getByRole("textbox", { name: "Answer to question 1", exact: true });
  await expect(page.getByText(/^0 \/ 10,000 characters$/)).toBeVisible();
  const text = "Demand rises when incomes rise, so the price of a normal good increases.";
  await answer.fill(text);
  await expect(page.getByText(`${text.length} / 10,000 characters`)).toBeVisible();
  // Reloaded at once, well within the autosave's wait: nothing may be lost.
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Answer to question 1", exact: true })).toHaveValue(text);
  await expect(page.getByRole("status").filter({ hasText: /^Saved$/ })).toBeVisible();
  await expectNoSeriousViolations(page, "mock player");

  await page.getByRole("button", { name: "Submit paper" }).click();
  await page.getByRole("button", { name: "Yes, submit paper" }).click();
  await expect(page.getByRole("heading", { name: "Result" })).toBeVisible({ timeout: 20_000 });
  const summary = page.getByRole("region", { name: "Summary" });
  // The keyword check decides nothing: the answer counts 0 until the student marks it.
  await expect(summary.getByText(/^0 \/ \d+/)).toBeVisible();
  await expect(summary.getByText(/1 written answer is waiting for you to mark it/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Mark your written answers" })).toBeVisible();
  await expectNoSeriousViolations(page, "mock result");

  const form = page.getByRole("form", { name: "Marks for question 1" });
  await expect(form.getByText("Marked against markbands")).toBeVisible();
  await expect(page.getByRole("region", { name: "Indicative content" }).first()).toBeVisible();
  // Saving before a level is chosen is caught in the page, with nothing sent.
  await form.getByRole("button", { name: "Save my marks" }).click();
  await expect(form.getByRole("alert")).toHaveText("Choose a level for your answer first.");
  // Level 3 of five, and the lowest mark inside it.
  await form.getByRole("radio", { name: /^Level 3/ }).check();
  const within = form.getByRole("combobox", { name: /Mark within level 3/ });
  const lowest = await within.locator("option").first().textContent();
  await within.selectOption(lowest!);
  await expect(form.getByText(`Your mark: ${lowest} /`)).toBeVisible();
  await form.getByRole("button", { name: "Save my marks" }).click();

  await expect(page.getByRole("heading", { name: "Mark your written answers" })).toBeHidden();
  await expect(summary.getByText(new RegExp(`^${lowest} / \\d+`))).toBeVisible();
  await expect(summary.getByText(/waiting for you to mark/)).toBeHidden();
  await expect(summary.getByText(/^Grade [1-7]$/)).toBeVisible();
  await expect(page.getByText("self-marked")).toBeVisible();
  // The result shows the level the student chose, the markbands a click away.
  await expect(page.getByText(new RegExp(`^Placed at level 3: ${lowest} of \\d+ marks$`))).toBeVisible();

  await page.goto("/dashboard");
  await expect(page.getByText(/[1-9]\d* of \d+ topics/).first()).toBeVisible();
});

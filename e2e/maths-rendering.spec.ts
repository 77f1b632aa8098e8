import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures/test";
import { createUser } from "./fixtures/users";
import { createDueMathsFlashcard, createMathsQuestion, createMockWith } from "./fixtures/maths-content";
import { expectDisplayEquations, expectNoHorizontalOverflow, expectTypesetFraction, expectWideEquationScrolls } from "./fixtures/maths-checks";

const phone = { width: 390, height: 844 };

/** The same checks at desktop width, then at phone width. */
async function atBothWidths(page: Page, check: () => Promise<void>) {
  await check();
  await page.setViewportSize(phone);
  await check();
  await expectNoHorizontalOverflow(page);
  await expectWideEquationScrolls(page.locator("main"));
}

test("practice typesets fractions and shows display equations as blocks, at desktop and phone widths", async ({ page }) => {
  const question = await createMathsQuestion();
  const student = await createUser({ courses: [question.course] });
  await signIn(page, student);
  await page.goto(`/practice/new?questionIds=${question.id}`);
  await page.getByRole("button", { name: "Practise this question" }).click();
  await expect(page.getByRole("heading", { name: "Question 1 of 1" })).toBeVisible();

  const main = page.locator("main");
  await atBothWidths(page, async () => {
    await expectTypesetFraction(main);
    await expectDisplayEquations(main, { count: 2 });
  });

  // The worked solution's one-line $$…$$ is a display equation too.
  await page.getByRole("radio").nth(1).check();
  await page.getByRole("button", { name: "Submit answer" }).click();
  await expect(page.getByRole("heading", { name: "Worked solution" })).toBeVisible();
  await expectDisplayEquations(main, { count: 3 });
  await expectNoHorizontalOverflow(page);
});

test("a mock paper typesets fractions and display equations, at desktop and phone widths", async ({ page }) => {
  const question = await createMathsQuestion();
  const student = await createUser({ courses: [question.course] });
  const mockId = await createMockWith(student.id, [question.id]);
  await signIn(page, student);
  await page.goto(`/mocks/${mockId}`);
  await expect(page.getByRole("timer", { name: "Time remaining" })).toBeVisible();

  await atBothWidths(page, async () => {
    await expectTypesetFraction(page.locator("main"));
    await expectDisplayEquations(page.locator("main"), { count: 2 });
  });
});

test("a flashcard typesets fractions and display equations, at desktop and phone widths", async ({ page }) => {
  const student = await createUser({ courses: ["math-aa-hl"] });
  await createDueMathsFlashcard(student.id);
  await signIn(page, student);
  await page.goto("/flashcards");
  await expect(page.getByText(/Evaluate the sum to infinity/)).toBeVisible();
  await expectTypesetFraction(page.locator("main"));

  await page.getByRole("button", { name: /Show answer/ }).click();
  await atBothWidths(page, async () => {
    await expectTypesetFraction(page.locator("main"));
    await expectDisplayEquations(page.locator("main"), { count: 2 });
  });
});

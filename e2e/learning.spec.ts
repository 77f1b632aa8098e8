import { expect, signIn, test } from "./fixtures/test";
import { createUser } from "./fixtures/users";
import { practiceOrder, questionsOf, typedNumericAnswer } from "./fixtures/questions";

test("a student practises five questions of mixed types, resumes after a reload, and sees marks and worked solutions", async ({ page }) => {
  const student = await createUser({ courses: ["physics-sl"] });
  const questions = await questionsOf("physics-sl", { MCQ: 2, NUMERIC: 2, WRITTEN: 1 });
  await signIn(page, student);

  await page.goto(`/practice/new?questionIds=${questions.map((q) => q.id).join(",")}`);
  await page.getByRole("button", { name: "Practise these 5 questions" }).click();
  await expect(page.getByRole("heading", { name: "Question 1 of 5" })).toBeVisible();
  const order = await practiceOrder(student.email);
  expect(order).toHaveLength(5);

  for (const [index, id] of order.entries()) {
    const question = questions.find((q) => q.id === id)!;
    await expect(page.getByRole("heading", { name: `Question ${index + 1} of 5` })).toBeVisible();
    const answerBox = page.getByRole("textbox", { name: "Your answer" });

    if (index === 2) {
      // Mid-set: start answering, let it autosave, reload, and find the set and the draft as they were.
      if (question.type === "MCQ") await page.getByRole("radio").nth(question.optionIds.indexOf(question.correctOptionId!)).check();
      else await answerBox.fill(question.type === "NUMERIC" ? typedNumericAnswer(question.numeric!) : "A draft of my explanation");
      await expect(page.getByText("Saved", { exact: true })).toBeVisible();
      await page.reload();
      await expect(page.getByRole("heading", { name: "Question 3 of 5" })).toBeVisible();
      if (question.type === "MCQ") await expect(page.getByRole("radio").nth(question.optionIds.indexOf(question.correctOptionId!))).toBeChecked();
      else await expect(answerBox).not.toHaveValue("");
    } else if (question.type === "MCQ") {
      await page.getByRole("radio").nth(question.optionIds.indexOf(question.correctOptionId!)).check();
    } else if (question.type === "NUMERIC") {
      await answerBox.fill(typedNumericAnswer(question.numeric!));
    } else {
      await answerBox.fill("The forces are balanced so the resultant force is zero and the velocity is constant.");
    }
    await page.getByRole("button", { name: "Submit answer" }).click();

    await expect(page.getByRole("heading", { name: "Worked solution" })).toBeVisible();
    if (question.type === "WRITTEN") {
      await expect(page.getByRole("heading", { name: "Markscheme" })).toBeVisible();
      await page.getByRole("button", { name: "Save my marks" }).click();
    }
    if (question.type !== "WRITTEN") await expect(page.getByText(/^(\d+) \/ \1 marks?$/).first()).toBeVisible(); // right answers earn full marks
    await page.getByRole("button", { name: /^Next question/ }).click();
  }
  // Finishing the set completes it and builds the summary: the slowest step of the journey.
  await expect(page.getByRole("heading", { name: /results|summary|finished/i })).toBeVisible({ timeout: 15_000 });
});

test("a mock exam times out and is submitted and graded automatically", async ({ page }) => {
  test.setTimeout(90_000);
  const student = await createUser({ courses: ["math-aa-sl"] });
  await signIn(page, student);
  await page.goto("/mocks");
  await page.getByText("Local testing options").click();
  await page.getByLabel("Duration in seconds").fill("15");
  await page.getByRole("button", { name: "Start mock" }).click();

  await expect(page.getByRole("timer", { name: "Time remaining" })).toBeVisible();
  await page.getByRole("textbox", { name: "Answer to question 1", exact: true }).fill("12");
  await expect(page.getByText("Saved", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Result" })).toBeVisible({ timeout: 45_000 });
  await expect(page.getByText(/Grade [1-7]/).first()).toBeVisible();
  await expect(page.getByText(/\d+ \/ \d+/).first()).toBeVisible();
});

test("a student reviews a flashcard and sees when it comes back", async ({ page }) => {
  const student = await createUser({ courses: ["physics-sl"] });
  await signIn(page, student);
  await page.goto("/flashcards");
  await page.getByRole("button", { name: /Show answer/ }).click();
  await page.getByRole("button", { name: /^Good · / }).click();
  await expect(page.getByRole("status").filter({ hasText: /Next review: / })).toBeVisible();
});

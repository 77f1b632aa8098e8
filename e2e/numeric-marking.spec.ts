import pg from "pg";
import { expect, signIn, test } from "./fixtures/test";
import { createUser } from "./fixtures/users";
import { practiceOrder, questionsOf } from "./fixtures/questions";
import { expectAccessible } from "./fixtures/accessibility";

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const idOfKey = async (key: string) => (await query<{ id: string }>("select id from questions where key = $1", [key]))[0]!.id;

test("a numeric answer to too few significant figures, or in a unit of another quantity, does not earn full marks", async ({ page }) => {
  test.setTimeout(60_000); // a sign-in and two axe scans of pages full of typeset maths
  const student = await createUser({ courses: ["physics-sl"] });
  // 0.120 mol, asked to three significant figures; 3.0 × 10⁶ m s⁻¹, asked to two. Both 2 marks.
  const moles = await idOfKey("physics-b-3-01-sl");
  const speed = await idOfKey("physics-c-5-02-sl");
  await signIn(page, student);
  await page.goto(`/practice/new?questionIds=${moles},${speed}`);
  await page.getByRole("button", { name: "Practise these 2 questions" }).click();
  await expect(page.getByRole("heading", { name: "Question 1 of 2" })).toBeVisible();
  const order = await practiceOrder(student.email);
  expect(order).toHaveLength(2);

  for (const id of order) {
    await page.getByRole("textbox", { name: "Your answer" }).fill(id === moles ? "0.12 mol" : "3.0e6 kg");
    await page.getByRole("button", { name: "Submit answer" }).click();
    const result = page.getByRole("region", { name: /correct/i });
    if (id === moles) {
      await expect(result.getByText("1 / 2 marks")).toBeVisible();
      await expect(result.getByText(/the final answer needs 3 significant figures \(you gave 2\)/)).toBeVisible();
      await expect(result.getByText("0.120 mol", { exact: true })).toBeVisible();
    } else {
      await expect(result.getByText("0 / 2 marks")).toBeVisible();
      await expect(result.getByText(/kg is not a unit of the quantity asked for/)).toBeVisible();
      await expect(result.getByText("3.0 × 10⁶ m s⁻¹", { exact: true })).toBeVisible();
    }
    await expectAccessible(page);
    await page.getByRole("button", { name: /^Next question/ }).click();
  }
});

test("the predicted grade says how many questions and topics it rests on, and repeats do not make it sure", async ({ page }) => {
  test.setTimeout(90_000); // six answers, two dashboards and an axe scan
  const student = await createUser({ courses: ["physics-sl"] });
  await signIn(page, student);
  await page.goto("/dashboard");
  await expect(page.getByText("Not enough evidence yet for a predicted grade: answer 5 more different questions", { exact: false })).toBeVisible();

  const questions = await questionsOf("physics-sl", { MCQ: 6 });
  await page.goto(`/practice/new?questionIds=${questions.map((q) => q.id).join(",")}`);
  await page.getByRole("button", { name: "Practise these 6 questions" }).click();
  await expect(page.getByRole("heading", { name: "Question 1 of 6" })).toBeVisible();
  const order = await practiceOrder(student.email);
  expect(order).toHaveLength(6);
  for (const [index, id] of order.entries()) {
    const question = questions.find((q) => q.id === id)!;
    await expect(page.getByRole("heading", { name: `Question ${index + 1} of 6` })).toBeVisible();
    // The first three right (the first is the one repeated below), the last three wrong.
    const correct = question.optionIds.indexOf(question.correctOptionId!);
    await page
      .getByRole("radio")
      .nth(questions.indexOf(question) < 3 ? correct : (correct + 1) % question.optionIds.length)
      .check();
    await page.getByRole("button", { name: "Submit answer" }).click();
    await expect(page.getByRole("heading", { name: "Worked solution" })).toBeVisible();
    await page.getByRole("button", { name: /^Next question/ }).click();
  }
  // Twelve more right answers to the first question: eighteen answers, six questions.
  await query(
    `insert into attempts (id, user_id, question_id, course_id, topic_id, answer, status, marks_awarded, max_marks, marked_by, created_at)
     select gen_random_uuid(), a.user_id, a.question_id, a.course_id, a.topic_id, a.answer, a.status, a.marks_awarded, a.max_marks, a.marked_by, now()
     from attempts a cross join generate_series(1, 12)
     where a.user_id = $1 and a.question_id = $2`,
    [student.id, questions[0]!.id],
  );
  const topics = (
    await query<{ n: number }>("select count(distinct topic_id)::int as n from questions where id = any($1::uuid[])", [questions.map((q) => q.id)])
  )[0]!.n;

  // No dashboard visit since the last answer dropped the cached copy: this one reads every row above.
  await page.goto("/dashboard");
  const prediction = page.getByText(new RegExp(`^Based on 6 questions across ${topics} of \\d+ topics`));
  await expect(prediction).toBeVisible();
  await expect(page.getByText(/^Predicted grade \d \(\d–\d\)$/)).toBeVisible();
  await expectAccessible(page);
});

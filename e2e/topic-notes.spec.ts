import pg from "pg";
import { expect, signIn, test } from "./fixtures/test";
import { createUser } from "./fixtures/users";
import { expectDisplayEquations, expectNoHorizontalOverflow, expectTypesetFraction } from "./fixtures/maths-checks";
import { expectAccessible } from "./fixtures/accessibility";

const phone = { width: 390, height: 844 };

test("a visitor opens a topic's note from the course syllabus and is offered practice on that topic", async ({ page }) => {
  test.setTimeout(60_000); // four axe scans
  await page.goto("/courses/psychology-sl");
  await page.getByRole("list", { name: "Syllabus topics" }).getByRole("link", { name: "Brain imaging" }).click();

  await expect(page).toHaveURL(/\/courses\/psychology-sl\/topics\/B\.1$/);
  await expect(page.getByRole("heading", { level: 1, name: "Brain imaging" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Studies to know" })).toBeVisible();
  // A Markdown table is a real table.
  await expect(page.getByRole("columnheader", { name: "Spatial resolution" }).or(page.getByRole("columnheader", { name: "Technique" }))).toBeVisible();
  const practise = page.getByRole("link", { name: /^Practise this topic \(\d+ questions?\)$/ });
  await expect(practise).toHaveAttribute("href", "/practice?course=psychology-sl&topic=B.1");
  await expect(page.getByRole("navigation", { name: "More notes" }).getByRole("link", { name: /^B\.2 / })).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize(phone);
  await expectNoHorizontalOverflow(page);
  await expectAccessible(page);

  // Signed in, the same link opens practice with the topic chosen.
  const student = await createUser({ courses: ["psychology-sl"] });
  await signIn(page, student);
  await page.goto("/courses/psychology-sl/topics/B.1");
  await page.getByRole("link", { name: /^Practise this topic/ }).click();
  await expect(page.getByRole("combobox", { name: "Topic" })).toHaveValue("B.1");
});

test("a maths note typesets its formulae, and a topic without a note answers 404", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/courses/math-aa-sl/topics/1.3");
  const main = page.locator("main");
  await expect(page.getByRole("heading", { level: 1, name: "Geometric sequences and series" })).toBeVisible();
  await expectTypesetFraction(main);
  await expectDisplayEquations(main, { count: 1 });
  await expectAccessible(page);
  await page.setViewportSize(phone);
  await expectNoHorizontalOverflow(page);

  // Geography has no notes yet (notes cover the ten most-taken courses).
  const missing = await page.goto("/courses/geography-sl/topics/A.1");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "No note here" })).toBeVisible();
  expect((await page.goto("/courses/math-aa-sl/topics/%3Cscript%3E"))?.status()).toBe(404);
});

test("a student's weak topic on the dashboard links its revision note", async ({ page }) => {
  test.setTimeout(60_000);
  const student = await createUser({ courses: ["psychology-sl"] });
  // Three answers on B.1 at 20 % make it a weak topic (as recordAttempts would have left topic_progress).
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `insert into topic_progress (user_id, topic_id, course_id, attempts, fully_correct, marks_awarded, marks_available, mastery, last_attempt_at)
       select $1, t.id, t.course_id, 3, 0, 1, 5, 0.2, now() from topics t join courses c on c.id = t.course_id where c.slug = 'psychology-sl' and t.code = 'B.1'`,
      [student.id],
    );
  } finally {
    await client.end();
  }
  await signIn(page, student);
  const weak = page.getByRole("heading", { name: "Weak topics" }).locator("..");
  const note = weak.getByRole("link", { name: "Note on B.1 Brain imaging" });
  await expect(note).toHaveAttribute("href", "/courses/psychology-sl/topics/B.1");
  await note.click();
  await expect(page.getByRole("heading", { level: 1, name: "Brain imaging" })).toBeVisible();
});

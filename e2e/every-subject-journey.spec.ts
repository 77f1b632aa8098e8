import { expect, signIn, test } from "./fixtures/test";
import { createUser } from "./fixtures/users";
import { expectAccessible } from "./fixtures/accessibility";

// Issue #17's journey: content in the courses that had none. A student of Psychology SL, Maths AI HL and
// Spanish B SL practises a question in each, starts a Psychology mock, and reads a topic note.

const courses = [
  { slug: "psychology-sl", name: "Psychology SL" },
  { slug: "math-ai-hl", name: "Mathematics: Applications and Interpretation HL" },
  { slug: "spanish-b-sl", name: "Spanish B SL" },
];

test("a student practises Psychology, Maths AI and Spanish B, starts a Psychology mock and reads a topic note", async ({ page }) => {
  test.setTimeout(150_000); // three sets, a mock and five axe scans
  const student = await createUser({ courses: courses.map((c) => c.slug) });
  await signIn(page, student);

  for (const course of courses) {
    await page.goto(`/practice?course=${course.slug}`);
    await expect(page.getByLabel("Course")).toHaveValue(course.slug);
    await page.getByLabel("Question type").selectOption("MCQ");
    await page.getByLabel("Number of questions").fill("1");
    await page.getByRole("button", { name: "Start practice" }).click();
    await expect(page.getByRole("heading", { name: "Question 1 of 1" })).toBeVisible();
    await expect(page.getByRole("main").getByText(`· ${course.name}`)).toBeVisible();
    await page.getByRole("radio").first().check();
    await page.getByRole("button", { name: "Submit answer" }).click();
    await expect(page.getByRole("heading", { name: "Worked solution" })).toBeVisible();
    await expectAccessible(page);
  }

  await page.goto("/dashboard");
  for (const course of courses) await expect(page.getByRole("article", { name: course.name }).locator("summary")).toContainText("1 question answered");

  await page.goto("/mocks");
  await page.getByRole("group", { name: "Psychology SL" }).getByRole("radio").first().check();
  await page.getByLabel("Short practice mock (quarter length)").check();
  await page.getByRole("button", { name: "Start mock" }).click();
  await expect(page).toHaveURL(/\/mocks\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: /^Paper/ })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/courses/psychology-sl");
  await page.getByRole("list", { name: "Syllabus topics" }).getByRole("link", { name: "Conformity" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Conformity" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Practise this topic/ })).toBeVisible();
  await expectAccessible(page);
});

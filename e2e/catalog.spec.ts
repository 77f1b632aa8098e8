import { expect, test } from "./fixtures/test";
import pg from "pg";

// The seeded database is the source of truth: the pages must show what is in it, not fixed strings.
async function seededCourse() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ slug: string; name: string; subject: string; topic_code: string; topic_title: string; questions: string }>(`
      select c.slug, c.name, s.name as subject, t.code as topic_code, t.title as topic_title,
             (select count(*) from questions q where q.course_id = c.id and q.status = 'PUBLISHED') as questions
      from courses c join subjects s on s.id = c.subject_id
      join topics t on t.course_id = c.id and t.depth = 0
      where c.slug = 'math-aa-hl'
      order by t.sort_order limit 1`);
    const { rows: counts } = await client.query<{ subjects: string }>("select count(*) as subjects from subjects where archived_at is null");
    if (!rows[0] || !counts[0]) throw new Error("seed data missing: run npm run seed");
    return { ...rows[0], subjectCount: Number(counts[0].subjects) };
  } finally {
    await client.end();
  }
}

test("the landing page introduces the product and shows live catalog counts", async ({ page }) => {
  const course = await seededCourse();
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("IB Diploma");
  const stats = page.getByRole("definition");
  await expect(stats.first()).toHaveText(String(course.subjectCount));
  await page.getByRole("link", { name: "Browse the courses" }).click();
  await expect(page).toHaveURL(/\/courses$/);
});

test("the catalog lists subject groups with SL and HL courses, and a course shows its topic tree", async ({ page }) => {
  const course = await seededCourse();
  await page.goto("/courses");
  await expect(page.getByRole("heading", { name: /Group 5: Mathematics/ })).toBeVisible();
  for (const group of [1, 2, 3, 4, 6]) {
    await expect(page.getByRole("heading", { name: new RegExp(`^Group ${group}:`) })).toBeVisible();
  }
  const subjectCard = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: course.subject, exact: true }) });
  await expect(subjectCard.getByRole("link", { name: /^SL/ })).toBeVisible();
  await subjectCard.getByRole("link", { name: /^HL/ }).click();

  await expect(page).toHaveURL(new RegExp(`/courses/${course.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(course.name);
  await expect(page.getByText(`${course.questions} questions ·`)).toBeVisible();
  const tree = page.getByRole("list", { name: "Syllabus topics" });
  await expect(tree.getByText(course.topic_title).first()).toBeVisible();
  await expect(tree.getByText("HL", { exact: true }).first()).toBeVisible();
});

test("an unknown course gets a helpful 404", async ({ page }) => {
  const response = await page.goto("/courses/no-such-course");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Course not found" })).toBeVisible();
});

import AxeBuilder from "@axe-core/playwright";
import pg from "pg";
import type { Page } from "@playwright/test";
import { expect, formAlert, signIn, test } from "./fixtures/test";
import { createUser } from "./fixtures/users";
import { courseWithoutQuestions } from "./fixtures/bank";

// A new student who took one course whose questions are still being written and one that has them
// (Physics SL): every page must say which is which, and offer nothing that fails on a click.
const FULL = { slug: "physics-sl", name: "Physics SL" };

test.describe.configure({ timeout: 120_000 });

let EMPTY: Awaited<ReturnType<typeof courseWithoutQuestions>>;
test.beforeAll(async () => {
  EMPTY = await courseWithoutQuestions();
});

async function seeded() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const count = async (sql: string, slug: string) => Number((await client.query<{ n: string }>(sql, [slug])).rows[0]!.n);
    const [topic] = (
      await client.query<{ code: string; title: string }>(
        `select t.code, t.title from topics t join courses c on c.id = t.course_id
         where c.slug = $1 and t.archived_at is null and not exists (select 1 from topics ch where ch.parent_id = t.id)
           and exists (select 1 from questions q where q.topic_id = t.id and q.status = 'PUBLISHED')
         order by t.sort_order limit 1`,
        [FULL.slug],
      )
    ).rows;
    return {
      emptyQuestions: await count(
        "select count(*) as n from questions q join courses c on c.id = q.course_id where c.slug = $1 and q.status = 'PUBLISHED'",
        EMPTY.slug,
      ),
      fullFlashcards: await count(
        "select count(*) as n from flashcards f join courses c on c.id = f.course_id where c.slug = $1 and f.status = 'PUBLISHED'",
        FULL.slug,
      ),
      emptyFlashcards: await count(
        "select count(*) as n from flashcards f join courses c on c.id = f.course_id where c.slug = $1 and f.status = 'PUBLISHED'",
        EMPTY.slug,
      ),
      firstTopic: topic!,
    };
  } finally {
    await client.end();
  }
}

async function expectFitsAndPassesAxe(page: Page, path: string, width: number) {
  await page.goto(path, { waitUntil: "load" });
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width}px ${path}`).toBeLessThanOrEqual(width);
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map(
      (v) =>
        `${width}px ${path}: ${v.id} ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    ),
  ).toEqual([]);
}

test("the catalog and course pages say which courses have no questions yet", async ({ page }) => {
  const data = await seeded();
  expect(data.emptyQuestions, "the spec needs a seeded course without questions").toBe(0);

  await page.goto("/courses");
  const emptySubject = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: EMPTY.subject, exact: true }) });
  await expect(emptySubject.getByRole("link", { name: new RegExp(`^${EMPTY.level}`) })).toContainText("No questions yet");
  const physics = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Physics", exact: true }) });
  await expect(physics.getByRole("link", { name: /^SL/ })).toContainText(/\d+ questions/);
  await expect(physics.getByRole("link", { name: /^SL/ })).not.toContainText("No questions yet");

  await page.goto(`/courses/${EMPTY.slug}`);
  await expect(page.getByRole("status").filter({ hasText: "No questions yet" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Practise/ })).toHaveCount(0);

  await page.goto(`/courses/${FULL.slug}`);
  await expect(page.getByText("No questions yet")).toHaveCount(0);
  await page.getByRole("link", { name: `Practise ${FULL.name}` }).click();
  // Signed out, practice asks for a session first and comes back to the same course.
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a new student in an empty and a full course gets an honest dashboard, mocks, practice and onboarding", async ({ page }) => {
  const data = await seeded();
  const student = await createUser({ courses: [EMPTY.slug, FULL.slug] });
  await signIn(page, student);

  // Cards: nothing is due for a new student, but new flashcards are there to start (20 a day at most).
  const newCards = Math.min(20, data.fullFlashcards + data.emptyFlashcards);
  const cards = page.getByRole("term").filter({ hasText: "Cards to review" }).locator("..");
  await expect(cards.getByRole("definition").first()).toHaveText(String(newCards));
  await expect(cards).toContainText(`0 due today · ${newCards} new to start`);

  // Each course folds to a summary line; the one with questions starts open, the empty one closed.
  const full = page.getByRole("article", { name: FULL.name });
  const empty = page.getByRole("article", { name: EMPTY.name });
  await expect(full.locator("details")).toHaveAttribute("open", "");
  await expect(empty.locator("details")).not.toHaveAttribute("open", "");
  await expect(full.locator("summary")).toContainText("Not started · no predicted grade yet · 0 questions answered");
  await expect(empty.locator("summary")).toContainText("No questions yet");

  // The course with questions offers practice at once, on that course.
  await expect(full.getByRole("link", { name: `Practise ${FULL.name}` })).toHaveAttribute("href", `/practice?course=${FULL.slug}`);

  // The empty course does not ask for answers it cannot get, nor offer practice.
  await empty.locator("summary").click();
  await expect(empty.locator("details")).toHaveAttribute("open", "");
  await expect(empty.getByText("nothing to answer and no predicted grade yet")).toBeVisible();
  await expect(empty.getByText(/more (marked )?answers?|more questions/i)).toHaveCount(0);
  await expect(empty.getByRole("link", { name: /^Practise/ })).toHaveCount(0);

  // Mastery tiles carry the topic's name, not only its syllabus code.
  const tiles = full.getByRole("list", { name: "Mastery by topic" });
  const tile = tiles.getByRole("listitem").filter({ hasText: data.firstTopic.code }).first();
  await expect(tile).toContainText(data.firstTopic.title);
  await expect(tile.getByText(data.firstTopic.title)).toBeVisible();

  // Folding a course hides its detail.
  await full.locator("summary").click();
  await expect(full.locator("details")).not.toHaveAttribute("open", "");
  await expect(tiles).toBeHidden();

  // Mocks: a Start for the course with questions only, and a plain word about the other.
  await page.goto("/mocks");
  await expect(page.getByRole("group", { name: FULL.name })).toBeVisible();
  await expect(page.getByRole("group", { name: EMPTY.name })).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: `No questions yet for ${EMPTY.name}` })).toBeVisible();
  await expect(page.getByRole("button", { name: "Start mock" })).toBeVisible();

  // Onboarding marks the subject whose questions are still being written.
  await page.goto("/onboarding");
  await expect(page.getByRole("radiogroup", { name: EMPTY.subject, exact: true })).toHaveAccessibleDescription("No questions yet");
  await expect(page.getByRole("radiogroup", { name: "Physics", exact: true })).not.toHaveAccessibleDescription(/No questions yet$/);

  // Practice: the empty course is marked, and an error keeps the course the student chose.
  await page.goto("/practice");
  const course = page.getByLabel("Course");
  await expect(course).toHaveValue(FULL.slug); // the course with questions comes first
  await expect(course.locator("option", { hasText: `${EMPTY.name} (no questions yet)` })).toHaveCount(1);
  await course.selectOption(EMPTY.slug);
  await page.getByRole("button", { name: "Practise my weak topics" }).click();
  await expect(formAlert(page)).toContainText(`${EMPTY.name} has no questions yet`);
  await expect(course).toHaveValue(EMPTY.slug);
  await page.getByRole("button", { name: "Practise my weak topics" }).click();
  await expect(formAlert(page)).toContainText(`${EMPTY.name} has no questions yet`);
  await expect(page).toHaveURL(/\/practice$/); // no set was started in a course the student did not choose
  await expect(course).toHaveValue(EMPTY.slug);

  // The dashboard's links to a topic open practice on that course and topic.
  await page.goto(`/practice?course=${FULL.slug}&topic=${encodeURIComponent(data.firstTopic.code)}`);
  await expect(course).toHaveValue(FULL.slug);
  await expect(page.getByLabel("Topic")).toHaveValue(data.firstTopic.code);
});

test("the honest pages fit a phone and pass an axe scan", async ({ page }) => {
  const student = await createUser({ courses: [EMPTY.slug, FULL.slug] });
  await signIn(page, student);
  const paths = ["/dashboard", "/mocks", "/onboarding", "/courses", `/courses/${FULL.slug}`, `/courses/${EMPTY.slug}`];
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of paths) await expectFitsAndPassesAxe(page, path, 390);
  // The papers table turns into cards on a phone: no column headers squeezed together.
  await page.goto(`/courses/${FULL.slug}`);
  await expect(page.getByRole("table")).toBeHidden();
  await expect(page.getByRole("list", { name: "Exam papers" })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const path of ["/dashboard", `/courses/${EMPTY.slug}`]) await expectFitsAndPassesAxe(page, path, 1280);
});

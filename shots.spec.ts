import { test } from "@playwright/test";
import pg from "pg";
import { createUser } from "./e2e/fixtures/users";
import { signIn } from "./e2e/fixtures/test";

test("dashboard weak topics", async ({ page }) => {
  const student = await createUser({ courses: ["psychology-sl"] });
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  await client.query(
    `insert into topic_progress (user_id, topic_id, course_id, attempts, fully_correct, marks_awarded, marks_available, mastery, last_attempt_at)
     select $1, t.id, t.course_id, 3, 0, 1, 5, 0.2 + random() * 0.3, now() from topics t join courses c on c.id = t.course_id where c.slug = 'psychology-sl' and t.code in ('B.1','B.2','CG.3')`,
    [student.id],
  );
  await client.end();
  await signIn(page, student);
  for (const [w, h, tag] of [[1280, 900, "desktop"], [390, 844, "phone"]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.goto("/dashboard");
    await page.getByRole("heading", { name: "Weak topics" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `/tmp/shots/dash-weak-${tag}.png`, fullPage: false });
  }
});

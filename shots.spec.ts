import { test } from "@playwright/test";
import pg from "pg";
import { adminUser } from "./e2e/fixtures/users";
import { signIn } from "./e2e/fixtures/test";

test("admin note editor", async ({ page }) => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const { rows } = await client.query(`select t.id, t.course_id from topics t join courses c on c.id = t.course_id where c.slug = 'psychology-hl' and t.code = 'B.3'`);
  await client.end();
  await signIn(page, adminUser(), /\/admin/);
  await page.goto(`/admin/content/courses/${rows[0].course_id}/topics`);
  await page.screenshot({ path: `/tmp/shots/admin-topics-desktop.png`, fullPage: false });
  for (const [w, h, tag] of [[1280, 900, "desktop"], [390, 844, "phone"]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.goto(`/admin/content/courses/${rows[0].course_id}/topics/${rows[0].id}/note`);
    await page.getByRole("region", { name: "Note as visitors see it" }).waitFor();
    await page.screenshot({ path: `/tmp/shots/admin-note-${tag}.png`, fullPage: true });
  }
});

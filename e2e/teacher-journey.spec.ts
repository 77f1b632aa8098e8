import { expect, signIn, test } from "./fixtures/test";
import { expectAccessible } from "./fixtures/accessibility";
import { createUser, withClient, type TestUser } from "./fixtures/users";
import type { Browser, Page } from "@playwright/test";

/** A one-part written question (points, not markbands) and an MCQ of Physics SL, by their stored keys. */
async function physicsKeys(): Promise<{ written: string; mcq: string }> {
  return withClient(async (client) => {
    const pick = async (type: string) =>
      (
        await client.query<{ key: string }>(
          `select q.key from questions q join courses c on c.id = q.course_id
           where c.slug = 'physics-sl' and q.type = $1 and q.status = 'PUBLISHED' and q.group_id is null and q.markbands is null
           order by q.key limit 1`,
          [type],
        )
      ).rows[0]!.key;
    return { written: await pick("WRITTEN"), mcq: await pick("MCQ") };
  });
}

const localUtc = (at: Date) => at.toISOString().slice(0, 16);

async function studentPage(browser: Browser, user: TestUser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, user);
  return page;
}

async function joinWithCode(page: Page, code: string) {
  await page.goto("/settings");
  await page.getByLabel("Class code").fill(code.toLowerCase());
  await page.getByRole("button", { name: "Join", exact: true }).click();
  await expect(page.getByText(/You joined .*Physics SL, 12B/)).toBeVisible();
}

/** Starts the assignment from the student's list and answers its two questions; returns the practice set's address. */
async function doHomework(page: Page, answer: string): Promise<string> {
  await page.goto("/assignments");
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page).toHaveURL(/\/practice\/[0-9a-f-]{36}/);
  const setUrl = new URL(page.url()).pathname;
  for (let i = 0; i < 2; i++) {
    await expect(page.getByRole("heading", { name: `Question ${i + 1} of 2` })).toBeVisible();
    const radios = page.getByRole("radio");
    if (await radios.count()) await radios.first().check();
    else await page.getByRole("textbox", { name: "Your answer" }).fill(answer);
    await page.getByRole("button", { name: "Submit answer" }).click();
    // The answer is saved once its result shows (leaving before then can abandon the submission).
    const next = page.getByRole("button", { name: /^Next question/ });
    await expect(next).toBeVisible();
    if (i === 0) await next.click();
  }
  return setUrl;
}

test("a teacher sets written work, two students hand it in (one late), the teacher marks it from the queue, and the student sees the mark and comment", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const teacher = await createUser({ role: "TEACHER" });
  const onTime = await createUser({ courses: ["physics-sl"] });
  const late = await createUser({ courses: ["physics-sl"] });
  const keys = await physicsKeys();

  // The teacher creates the class and reads out its code.
  await signIn(page, teacher);
  await page.goto("/teach");
  await expectAccessible(page);
  await page.getByLabel("Class name").fill("Physics SL, 12B");
  await page.getByLabel("Course").selectOption("physics-sl");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { name: "Physics SL, 12B" })).toBeVisible();
  const code = (await page.getByLabel(/^Class code /).textContent())!.trim();
  const classUrl = new URL(page.url()).pathname;
  await expectAccessible(page);

  // Two students join with it from their settings.
  const first = await studentPage(browser, onTime);
  const second = await studentPage(browser, late);
  await joinWithCode(first, code);
  await joinWithCode(second, code);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Students (2)" })).toBeVisible();

  // Mixed work: an MCQ and a written question, due in an hour.
  await page.getByRole("link", { name: "Assignments" }).click();
  await page.getByRole("link", { name: "Set work" }).click();
  await expectAccessible(page);
  await page.getByLabel("Title").fill("Forces homework");
  await page.getByLabel("Questions", { exact: true }).selectOption("picked");
  await page.getByLabel("Question ids or keys").fill(`${keys.mcq}\n${keys.written}`);
  const now = Date.now();
  await page.getByLabel("Released").fill(localUtc(new Date(now - 60 * 60_000)));
  await page.getByLabel("Due").fill(localUtc(new Date(now + 60 * 60_000)));
  await page.getByLabel("Time zone").fill("UTC");
  await page.getByRole("button", { name: "Set work" }).click();
  await expect(page).toHaveURL(new RegExp(`${classUrl}/assignments$`));
  await expect(page.getByRole("link", { name: "Forces homework" })).toBeVisible();

  // One student hands it in on time; then the due time passes, and the other hands it in late.
  const firstSet = await doHomework(first, "The resultant force is the rate of change of momentum, F = ma, so a = 2.0 m s^-2.");
  await first.goto("/assignments");
  await expect(first.getByText("Submitted", { exact: true })).toBeVisible();
  await withClient((client) =>
    client.query(`update assignments set due_at = now() where title = 'Forces homework' and class_id = $1`, [classUrl.split("/").at(-1)]),
  );
  await doHomework(second, "Newton's second law.");
  await second.goto("/assignments");
  await expect(second.getByText("Submitted late")).toBeVisible();

  // The teacher sees both on the assignment's page and marks the first written answer from the queue.
  await page.getByRole("link", { name: "Forces homework" }).click();
  await expect(page.getByText("Submitted", { exact: true })).toBeVisible();
  await expect(page.getByText("Submitted late")).toBeVisible();
  await page.getByRole("link", { name: "Analytics" }).click();
  const heatMap = page.getByRole("table", { name: /^Mastery by student/ });
  const assignmentRow = page.getByRole("table", { name: "Completion and marks per assignment" }).getByRole("row").filter({ hasText: "Forces homework" });
  await expect(heatMap.getByRole("row")).toHaveCount(3);
  const heatBefore = await heatMap.textContent();
  const marksBefore = await assignmentRow.textContent();
  await page.getByRole("link", { name: "Marking" }).click();
  await expectAccessible(page);
  const form = page.getByRole("form", { name: /^Marks for / });
  await expect(form).toBeVisible();
  await form.getByRole("checkbox").first().check();
  await form.getByRole("textbox").fill("Good: you linked force to the rate of change of momentum.");
  // The next student's form was already there: wait for the save itself before leaving the page.
  const saved = page.waitForResponse((response) => response.request().method() === "POST" && response.ok());
  await form.getByRole("button", { name: "Save and next" }).click();
  await saved;
  await expect(page.getByRole("form", { name: /^Marks for / })).toBeVisible();

  // The class's analytics follow the teacher's mark, and export as CSV.
  await page.getByRole("link", { name: "Analytics" }).click();
  await expect(heatMap).not.toHaveText(heatBefore!);
  await expect(assignmentRow).not.toHaveText(marksBefore!);
  await expectAccessible(page);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const csv = await (await (await download).createReadStream()).toArray();
  const text = Buffer.concat(csv).toString("utf8");
  expect(text).toContain(onTime.email);
  expect(text).toContain(late.email);

  // The student who answered first sees the teacher's mark and comment on their set.
  await first.goto(firstSet);
  const marked = first.getByRole("listitem").filter({ hasText: "marked by your teacher" });
  await expect(marked).toHaveCount(1);
  await marked.getByRole("link", { name: /^Review/ }).click();
  const note = first.getByRole("region", { name: "Marked by your teacher" });
  await expect(note).toContainText(/Marked by your teacher: \d+ \/ \d+ marks?/);
  await expect(note).toContainText("Good: you linked force to the rate of change of momentum.");
  await expectAccessible(first);
});

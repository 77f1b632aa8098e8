import { randomUUID } from "node:crypto";
import { expect, signIn, test } from "./fixtures/test";
import { adminUser, createUser } from "./fixtures/users";

// The content side without touching the database: an admin adds a topic and a written question with a
// markscheme, sees it previewed as students will, publishes it, and a student finds and answers it.

test("an admin creates a topic and a question with a markscheme, publishes it, and a student answers it", async ({ browser }) => {
  // Two people and a dozen page loads: about 20 s alone, more beside another worker.
  test.setTimeout(60_000);
  const run = randomUUID().slice(0, 6);
  const topicCode = `X.${parseInt(run, 16) % 100_000}`;
  const topicTitle = `Exam technique ${run}`;
  const key = `e2e-admin-${run}`;

  const admin = await browser.newPage();
  await signIn(admin, adminUser(), /\/(dashboard|admin|onboarding)/);
  await admin.goto("/admin/content?q=physics-sl");
  await admin.getByRole("link", { name: "Physics SL", exact: true }).click();
  await admin.getByRole("link", { name: "Edit topics of Physics SL" }).click();
  await admin.getByLabel("Code").first().fill(topicCode);
  await admin.getByLabel("Title").first().fill(topicTitle);
  await admin.getByRole("button", { name: "Add topic" }).click();
  await expect(admin.getByRole("status").filter({ hasText: `Topic ${topicCode} added.` })).toBeVisible();
  await expect(admin.getByRole("button", { name: `Move ${topicCode} up` })).toBeVisible();

  await admin.getByRole("link", { name: "Physics SL", exact: true }).click();
  await admin.getByRole("link", { name: "Edit questions of Physics SL" }).click();
  await admin.getByRole("link", { name: "New question" }).click();
  const form = admin.getByRole("form", { name: "New question" });
  await form.getByLabel("Key").fill(key);
  await form.getByLabel("Topic").selectOption({ label: `${topicCode} ${topicTitle}` });
  await form.getByLabel("Type").selectOption("WRITTEN");
  await form.getByLabel("Marks", { exact: true }).first().fill("2");
  await form.getByLabel("Command term").selectOption("Explain");
  await form.getByLabel("Paper").selectOption("P2");
  await form.getByLabel("Stem").fill(`Explain why a ball thrown upwards has acceleration $g = 9.8\\,\\text{m s}^{-2}$ at the top of its path. (${run})`);

  // The live preview renders the stem with KaTeX as students will see it, and reports a broken formula.
  const preview = admin.getByRole("complementary", { name: "Live preview" });
  await expect(preview.locator(".katex").first()).toBeVisible();

  await form.getByRole("button", { name: "Add marking point" }).click();
  await form.getByRole("button", { name: "Add marking point" }).click();
  await form.getByLabel("Label").nth(0).fill("R1");
  await form.getByLabel("Kind").nth(0).selectOption("R");
  await form.getByLabel("Text").nth(0).fill("Only gravity acts on the ball");
  await form.getByLabel("Keywords").nth(0).fill("gravity");
  await form.getByLabel("Label").nth(1).fill("A1");
  await form.getByLabel("Kind").nth(1).selectOption("A");
  await form.getByLabel("Text").nth(1).fill("So the acceleration is g, downwards, even though the velocity is zero");
  await form.getByLabel("Keywords").nth(1).fill("downwards");
  await form.getByLabel("Worked solution").fill("The only force is the weight $mg$, so $a = g$ downwards at every point of the flight.");
  await form.getByRole("button", { name: "Create and publish" }).click();
  await expect(admin.getByText("Published", { exact: true }).first()).toBeVisible();

  const student = await browser.newPage();
  await signIn(student, await createUser({ courses: ["physics-sl"] }));
  await student.goto(`/questions?course=physics-sl&topic=${encodeURIComponent(topicCode)}`);
  const result = student.getByRole("article").filter({ hasText: run });
  await expect(result).toBeVisible();
  await result.getByRole("link", { name: "Practise this question" }).click();
  await student.getByRole("button", { name: "Practise this question" }).click();
  await student.getByRole("textbox", { name: "Your answer" }).fill("Only gravity acts, so it accelerates downwards at g even at the top.");
  await student.getByRole("button", { name: "Submit answer" }).click();
  await expect(student.getByRole("heading", { name: "Markscheme" })).toBeVisible();
  await expect(student.getByText("Only gravity acts on the ball")).toBeVisible();
  await student.getByRole("button", { name: "Save my marks" }).click();
  await expect(student.getByText(/\d \/ 2 marks/).first()).toBeVisible();

  // Archived, it leaves the bank (and the shared test database's course as it was).
  await admin.getByRole("button", { name: "Archive" }).click();
  await expect(admin.getByText("Archived", { exact: true }).first()).toBeVisible();
  await student.goto(`/questions?course=physics-sl&topic=${encodeURIComponent(topicCode)}`);
  await expect(student.getByRole("article").filter({ hasText: run })).toHaveCount(0);
});

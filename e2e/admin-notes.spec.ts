import { randomUUID } from "node:crypto";
import { expect, signIn, test } from "./fixtures/test";
import { adminUser } from "./fixtures/users";

const noteBody = (run: string) => `Revision note ${run}: the acceleration of a projectile is $g$ downwards at every point of its path.

### Key ideas

- Horizontal velocity stays constant (no air resistance): $x = u_x t$.
- Vertical motion is uniformly accelerated: $y = u_y t - \\frac{1}{2} g t^2$.
- At the top of the path the vertical velocity is zero, but the acceleration is still $g$.

### Exam tips

Resolve the initial velocity into components first, and state which direction you take as positive.`;

test("an admin writes a topic note, previews it, publishes it, and a visitor reads it", async ({ browser }) => {
  test.setTimeout(60_000);
  const run = randomUUID().slice(0, 6);
  const topicCode = `N.${parseInt(run, 16) % 100_000}`;
  const topicTitle = `Projectiles ${run}`;

  const admin = await browser.newPage();
  await signIn(admin, adminUser(), /\/(dashboard|admin|onboarding)/);
  await admin.goto("/admin/content?q=physics-sl");
  await admin.getByRole("link", { name: "Physics SL", exact: true }).click();
  await admin.getByRole("link", { name: "Edit topics of Physics SL" }).click();
  await admin.getByLabel("Code").first().fill(topicCode);
  await admin.getByLabel("Title").first().fill(topicTitle);
  await admin.getByRole("button", { name: "Add topic" }).click();
  await expect(admin.getByRole("status").filter({ hasText: `Topic ${topicCode} added.` })).toBeVisible();

  await admin.getByRole("link", { name: `Write a revision note for ${topicCode} ${topicTitle}` }).click();
  await expect(admin.getByRole("heading", { level: 1, name: `${topicCode} ${topicTitle}` })).toBeVisible();
  await admin.getByRole("textbox", { name: "Note" }).fill(noteBody(run));
  // The live preview typesets the note as visitors will see it.
  const preview = admin.getByRole("region", { name: "Note as visitors see it" });
  await expect(preview.getByRole("heading", { name: "Key ideas" })).toBeVisible();
  await expect(preview.locator(".katex").first()).toBeVisible();

  await admin.getByRole("button", { name: "Save and publish" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Published: visitors see it now." })).toBeVisible();
  await expect(admin.getByRole("button", { name: "Unpublish" })).toBeVisible();

  const visitor = await browser.newPage();
  await visitor.goto(`/courses/physics-sl/topics/${topicCode}`);
  await expect(visitor.getByRole("heading", { level: 1, name: topicTitle })).toBeVisible();
  await expect(visitor.getByText(`Revision note ${run}:`)).toBeVisible();
  await visitor.goto("/courses/physics-sl");
  await expect(visitor.getByRole("link", { name: topicTitle })).toHaveAttribute("href", `/courses/physics-sl/topics/${topicCode}`);

  // Unpublished, the page is gone again.
  await admin.getByRole("button", { name: "Unpublish" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Back to draft" })).toBeVisible();
  expect((await visitor.goto(`/courses/physics-sl/topics/${topicCode}`))?.status()).toBe(404);
});

import { randomUUID } from "node:crypto";
import type { Locator } from "@playwright/test";
import { expect, signIn, test } from "./fixtures/test";
import { adminUser, createUser } from "./fixtures/users";
import { idOfKey } from "./fixtures/questions";

// An admin writes a multi-part question in the editor: a shared context with an uploaded figure, two
// parts, published together; a student then practises it, the context above each part.

async function expectFigure(within: Locator | import("@playwright/test").Page, alt: RegExp) {
  const figure = within.getByRole("img", { name: alt });
  await expect(figure).toBeVisible();
  await expect.poll(() => figure.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
}

test("an admin creates a multi-part question with a figure, adds two parts, publishes it, and a student practises it", async ({ browser }) => {
  test.setTimeout(90_000);
  const run = randomUUID().slice(0, 8);
  const key = `e2e-group-${run}`;
  const admin = await browser.newPage();
  await signIn(admin, adminUser(), /\/(dashboard|admin|onboarding)/);
  await admin.goto("/admin/content?q=physics-sl");
  await admin.getByRole("link", { name: "Physics SL", exact: true }).click();
  await admin.getByRole("link", { name: "Edit questions of Physics SL" }).click();
  await admin.getByRole("link", { name: "New multi-part question" }).click();

  const form = admin.getByRole("form", { name: "New multi-part question" });
  await form.getByLabel("Key").fill(key);
  await form.getByLabel("Paper").selectOption("P2");
  await form.getByLabel("Calculator allowed").check();
  await form.getByLabel("Context").fill(`A trolley starts from rest and accelerates at $a = 2.0\\ \\text{m s}^{-2}$. (${run})`);
  const preview = admin.getByRole("complementary", { name: "Live preview" });
  await expect(preview.locator(".katex").first()).toBeVisible();

  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="200" viewBox="0 0 320 200"><line x1="40" y1="180" x2="300" y2="180" stroke="black"/><polyline points="40,180 300,40" fill="none" stroke="black"/><text x="8" y="16">v ${run}</text></svg>`;
  await form.getByLabel("SVG or PNG file").setInputFiles({ name: "trolley.svg", mimeType: "image/svg+xml", buffer: Buffer.from(svg) });
  await form.getByLabel("What the figure shows").fill("Velocity–time graph of the trolley: a straight line from the origin");
  await form.getByRole("button", { name: "Upload" }).click();
  // The upload sanitises the SVG on the server: give a busy machine time.
  await expect(form.getByText(/^Uploaded/)).toBeVisible({ timeout: 15_000 });
  await expect(form.getByLabel("Context")).toHaveValue(/!\[Velocity–time graph of the trolley[^\]]*\]\(\/figures\/[0-9a-f]{64}-320x200\.svg\)/);
  await expectFigure(preview, /Velocity–time graph of the trolley/);
  await form.getByRole("button", { name: "Create and add parts" }).click();
  await expect(admin.getByText("Multi-part question created as a draft.")).toBeVisible();

  for (const [label, stem, point] of [
    ["a", `State what the gradient of the graph represents. (${run})`, "Acceleration"],
    ["b", `Explain why the graph is a straight line. (${run})`, "The acceleration is constant"],
  ] as const) {
    await expect(admin.getByLabel("Label of the new part")).toHaveValue(label);
    await admin.getByRole("button", { name: "Add a part" }).click();
    const part = admin.getByRole("form", { name: "New question" });
    await expect(part.getByLabel("Part label")).toHaveValue(label);
    await part.getByLabel("Type").selectOption("WRITTEN");
    await part.getByLabel("Marks", { exact: true }).first().fill("1");
    await part.getByLabel("Command term").selectOption(label === "a" ? "State" : "Explain");
    await part.getByLabel("Stem").fill(stem);
    await part.getByRole("button", { name: "Add marking point" }).click();
    await part.getByLabel("Label", { exact: true }).fill("p1");
    await part.getByLabel("Kind").nth(0).selectOption("POINT");
    await part.getByLabel("Text").nth(0).fill(point);
    await part.getByLabel("Worked solution").fill(point);
    await part.getByRole("button", { name: "Save draft" }).click();
    await expect(admin.getByText("Question created as a draft.")).toBeVisible();
    await admin.getByRole("link", { name: key, exact: true }).click();
  }

  await expect(admin.getByRole("link", { name: "Edit (a)" })).toBeVisible();
  await expect(admin.getByRole("link", { name: "Edit (b)" })).toBeVisible();
  await admin.getByRole("button", { name: "Publish the question" }).click();
  await expect(admin.getByText("Published: students see every part now.")).toBeVisible();

  const student = await browser.newPage();
  await signIn(student, await createUser({ courses: ["physics-sl"] }));
  await student.goto(`/practice/new?questionIds=${await idOfKey(`${key}-b`)}`);
  await student.getByRole("button", { name: "Practise this question" }).click();
  await expect(student.getByText(`State what the gradient of the graph represents. (${run})`)).toBeVisible();
  await expect(student.getByText(/A trolley starts from rest/)).toBeVisible();
  await expectFigure(student, /Velocity–time graph of the trolley/);

  // Back to draft: the shared test database's course stays as it was for students.
  await admin.getByRole("button", { name: "Unpublish the question" }).click();
  await expect(admin.getByText("Back to draft: students no longer see it.")).toBeVisible();
});

import { randomUUID } from "node:crypto";
import type { Locator, Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures/test";
import { adminUser, createUser } from "./fixtures/users";
import { expectAccessible } from "./fixtures/accessibility";
import { idOfKey } from "./fixtures/questions";

// Questions as the papers print them: a figure in a question, a multi-part question whose later part
// follows through a wrong earlier answer, and an admin adding a figure of their own in the editor.

/** The figure is drawn (not a broken image) and says what it shows. */
async function expectFigure(within: Page | Locator, alt: RegExp) {
  const figure = within.getByRole("img", { name: alt });
  await expect(figure).toBeVisible();
  await expect.poll(() => figure.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  return figure;
}

test("a student answers a multi-part question beneath its context, and a wrong earlier value follows through", async ({ page }) => {
  test.setTimeout(90_000); // four answers and two axe scans
  const student = await createUser({ courses: ["physics-sl"] });
  // Choosing part (c) in the bank brings the whole question, from (a).
  const partC = await idOfKey("physics-mp-01-c-sl");
  await signIn(page, student);
  await page.goto(`/practice/new?questionIds=${partC}`);
  await page.getByRole("button", { name: "Practise this question" }).click();
  await expect(page.getByRole("heading", { name: "Question 1 of 4" })).toBeVisible();

  const context = /A cyclist starts from rest and accelerates uniformly/;
  const answers = ["12 m/s", "96 m", "336 m", "120 N"];
  for (const [index, answer] of answers.entries()) {
    await expect(page.getByRole("heading", { name: `Question ${index + 1} of 4` })).toBeVisible();
    const question = page.getByRole("article", { name: `Question ${index + 1}` });
    await expect(question.getByText(context)).toBeVisible();
    await expect(question.getByText(`(${"abcd"[index]})`, { exact: true })).toBeVisible();
    await page.getByRole("textbox", { name: "Your answer" }).fill(answer);
    await page.getByRole("button", { name: "Submit answer" }).click();
    const result = page.getByRole("region", { name: /correct/i });
    if (index === 1) await expect(result.getByText("0 / 2 marks")).toBeVisible();
    if (index === 2) {
      // 96 + 20 × 12 = 336: not the answer (288 m), but right for the student's own (b).
      await expect(result.getByText("2 / 2 marks")).toBeVisible();
      await expect(result.getByText(/Follow-through: .*right for your answer to \(a\) and \(b\)/)).toBeVisible();
      await expectAccessible(page);
    }
    if (index < answers.length - 1) await page.getByRole("button", { name: /^Next question/ }).click();
  }
});

test("a question shows its figure at its own size, served once and cached for good", async ({ page, request }) => {
  const student = await createUser({ courses: ["physics-sl"] });
  await signIn(page, student);
  await page.goto(`/practice/new?questionIds=${await idOfKey("physics-fig-01-sl")}`);
  await page.getByRole("button", { name: "Practise this question" }).click();
  const figure = await expectFigure(page, /circuit/i);
  const src = (await figure.getAttribute("src"))!;
  expect(src).toMatch(/^\/figures\/[0-9a-f]{64}-\d+x\d+\.svg$/);
  const [, width, height] = /-(\d+)x(\d+)\.svg$/.exec(src)!;
  expect([await figure.getAttribute("width"), await figure.getAttribute("height")]).toEqual([width, height]);
  const response = await request.get(src);
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(response.headers()["content-type"]).toBe("image/svg+xml");
  await expectAccessible(page);
});

test("an admin uploads an SVG figure in the editor, sanitised, and publishes a question that shows it", async ({ browser }) => {
  test.setTimeout(60_000);
  const run = randomUUID().slice(0, 8);
  const admin = await browser.newPage();
  await signIn(admin, adminUser(), /\/(dashboard|admin|onboarding)/);
  await admin.goto("/admin/content?q=physics-sl");
  await admin.getByRole("link", { name: "Physics SL", exact: true }).click();
  await admin.getByRole("link", { name: "Edit questions of Physics SL" }).click();
  await admin.getByRole("link", { name: "New question" }).click();
  const form = admin.getByRole("form", { name: "New question" });
  await form.getByLabel("Key").fill(`e2e-figure-${run}`);
  await form.getByLabel("Type").selectOption("WRITTEN");
  await form.getByLabel("Marks", { exact: true }).first().fill("1");
  await form.getByLabel("Command term").selectOption("State");
  await form.getByLabel("Paper").selectOption("P2");
  await form.getByLabel("Stem").fill(`State the quantity shown on the vertical axis of the graph. (${run})`);

  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="200" viewBox="0 0 320 200" onload="alert(1)"><script>alert(2)</script><line x1="40" y1="180" x2="300" y2="180" stroke="black"/><line x1="40" y1="180" x2="40" y2="20" stroke="black"/><text x="8" y="16" font-size="14">v / m s⁻¹ ${run}</text><polyline points="40,180 300,40" fill="none" stroke="black"/></svg>`;
  await form.getByLabel("SVG or PNG file").setInputFiles({ name: "graph.svg", mimeType: "image/svg+xml", buffer: Buffer.from(svg) });
  await form.getByLabel("What the figure shows").fill("Velocity–time graph: a straight line rising from the origin");
  await form.getByRole("button", { name: "Upload" }).click();
  await expect(form.getByText(/^Uploaded/)).toBeVisible();
  await expect(form.getByLabel("Stem")).toHaveValue(/!\[Velocity–time graph: a straight line rising from the origin\]\(\/figures\/[0-9a-f]{64}-320x200\.svg\)/);
  await expectFigure(admin.getByRole("complementary", { name: "Live preview" }), /Velocity–time graph/);

  await form.getByRole("button", { name: "Add marking point" }).click();
  await form.getByLabel("Label").nth(0).fill("p1");
  await form.getByLabel("Kind").nth(0).selectOption("POINT");
  await form.getByLabel("Text").nth(0).fill("Velocity");
  await form.getByLabel("Worked solution").fill("The axis is labelled $v$ in metres per second: velocity.");
  await form.getByRole("button", { name: "Create and publish" }).click();
  await expect(admin.getByText("Published", { exact: true }).first()).toBeVisible();

  // The stored file kept the drawing and lost the scripts.
  const src = (await admin
    .getByRole("img", { name: /Velocity–time graph/ })
    .first()
    .getAttribute("src"))!;
  const stored = await (await admin.request.get(src)).text();
  expect(stored).toContain(run);
  expect(stored).not.toMatch(/script|onload|alert/);

  const student = await browser.newPage();
  await signIn(student, await createUser({ courses: ["physics-sl"] }));
  await student.goto(`/practice/new?questionIds=${await idOfKey(`e2e-figure-${run}`)}`);
  await student.getByRole("button", { name: "Practise this question" }).click();
  await expectFigure(student, /Velocity–time graph/);

  await admin.getByRole("button", { name: "Archive" }).click();
  await expect(admin.getByText("Archived", { exact: true }).first()).toBeVisible();
});

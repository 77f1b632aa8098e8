import { test, expect } from "@playwright/test";
import { createUser } from "./e2e/fixtures/users";
import { signIn } from "./e2e/fixtures/test";

const widths = [1280, 390];
async function shoot(page: import("@playwright/test").Page, name: string) {
  for (const w of widths) {
    await page.setViewportSize({ width: w, height: 900 });
    await page.screenshot({ path: `shots/${name}-${w}.png`, fullPage: true });
  }
}

test("teacher and student", async ({ browser }) => {
  const anon = await browser.newPage();
  await anon.goto("/sign-up");
  await shoot(anon, "sign-up");

  const teacher = await createUser({ role: "TEACHER" });
  const tctx = await browser.newContext();
  const tp = await tctx.newPage();
  await signIn(tp, teacher);
  await tp.goto("/teach");
  await shoot(tp, "teach-empty");
  await tp.getByLabel("Class name").fill("Physics SL, 12B");
  await tp.getByLabel("Course").selectOption("physics-sl");
  await tp.getByLabel("Exam session (optional)").selectOption("MAY");
  await tp.getByLabel("Exam year").selectOption("2027");
  await tp.getByRole("button", { name: "Create class" }).click();
  await expect(tp).toHaveURL(/\/teach\/classes\//);
  const code = (await tp.locator("p.font-mono").textContent())!.trim();
  await shoot(tp, "class-empty");

  const student = await createUser({ courses: ["math-aa-hl"] });
  const sctx = await browser.newContext();
  const sp = await sctx.newPage();
  await signIn(sp, student);
  await sp.goto(`/join/${code.replace("-", "")}`);
  await shoot(sp, "join");
  await sp.getByRole("button", { name: /^Join / }).click();
  await expect(sp).toHaveURL(/settings\?joined=1/);
  await sp.locator("#classes").scrollIntoViewIfNeeded();
  await sp.setViewportSize({ width: 1280, height: 900 });
  await sp.locator("section[aria-labelledby=classes]").screenshot({ path: "shots/settings-classes-1280.png" });
  await sp.setViewportSize({ width: 390, height: 900 });
  await sp.locator("section[aria-labelledby=classes]").screenshot({ path: "shots/settings-classes-390.png" });

  await tp.reload();
  await shoot(tp, "class-roster");
  await tp.goto("/teach");
  await shoot(tp, "teach-list");
  await tp.goto(tp.url().replace(/\/teach$/, "") + "/teach");
  const classUrl = await tp.locator("main a[href^=\"/teach/classes/\"]").first().getAttribute("href");
  await tp.goto(`${classUrl}/assignments/new`);
  await shoot(tp, "assignment-new");
  await tp.goto(`${classUrl}/marking`);
  await shoot(tp, "marking-empty");
});

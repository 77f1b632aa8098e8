import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures/test";
import { createUser } from "./fixtures/users";

// Serious and critical axe findings fail the build; minor and moderate ones are reported by axe but
// are matters of polish, not of whether a student can use the page.
async function expectNoSeriousViolations(page: Page, path: string) {
  await page.goto(path, { waitUntil: "load" });
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map(
      (v) =>
        `${path}: ${v.id} (${v.impact}) ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    ),
  ).toEqual([]);
}

test.describe.configure({ timeout: 120_000 });

test("public pages pass an axe scan", async ({ page }) => {
  for (const path of ["/", "/courses", "/courses/math-aa-hl", "/sign-in", "/sign-up", "/forgot-password", "/no-such-page"]) {
    await expectNoSeriousViolations(page, path);
  }
});

test("student pages pass an axe scan, on a phone-sized screen too", async ({ page }) => {
  test.setTimeout(240_000); // fourteen scans, the dashboard's among the largest pages
  const student = await createUser({ courses: ["math-aa-hl", "physics-sl"] });
  await signIn(page, student);
  const paths = ["/dashboard", "/onboarding", "/settings/sessions", "/questions?course=physics-sl", "/practice", "/flashcards", "/mocks"];
  for (const path of paths) await expectNoSeriousViolations(page, path);
  await page.setViewportSize({ width: 375, height: 740 });
  for (const path of paths) {
    await expectNoSeriousViolations(page, path);
    // Nothing wider than the screen: the page scrolls vertically only.
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
  }
});

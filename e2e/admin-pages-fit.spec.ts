import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures/test";
import { adminUser } from "./fixtures/users";

// The admin's big pages are lists with a search and detail pages, or tabs: each fits a laptop screen or
// two, fits a phone's width, and passes an axe scan.

const MAX_HEIGHT = 2_500;
const PHONE = { width: 390, height: 844 };

async function expectAccessible(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map(
      (v) =>
        `${where}: ${v.id} ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    ),
  ).toEqual([]);
}

const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

test.describe.configure({ timeout: 120_000 });

test("the content admin is a searchable course list whose courses open on their topics", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, adminUser(), /\/admin$/);
  await page.goto("/admin/content");
  await expect(page.getByRole("heading", { name: "Content", level: 1 })).toBeVisible();
  expect(await pageHeight(page)).toBeLessThan(MAX_HEIGHT);
  await expectAccessible(page, "/admin/content");

  await page.getByLabel("Course or subject").fill("physics");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/[?&]q=physics/);
  const courses = page.getByRole("list", { name: "Courses" });
  await expect(courses.getByRole("link", { name: "Physics SL", exact: true })).toBeVisible();
  await expect(courses.getByRole("link", { name: /^Chemistry/ })).toHaveCount(0);

  await courses.getByRole("link", { name: "Physics SL", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/content\/courses\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "Physics SL", level: 1 })).toBeVisible();
  expect(await page.getByRole("list", { name: "Topics of Physics SL" }).getByRole("listitem").count()).toBeGreaterThan(0);
  await expect(page.getByRole("button", { name: "Save Physics SL" })).toBeVisible();
  await expectAccessible(page, "course page");
  const coursePath = new URL(page.url()).pathname;

  await page.getByRole("link", { name: "Physics", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Physics", level: 1 })).toBeVisible();
  await expect(page.getByRole("list", { name: "Courses of Physics" }).getByRole("link", { name: "Physics HL" })).toBeVisible();
  await expectAccessible(page, "subject page");
  const subjectPath = new URL(page.url()).pathname;

  // Filters and pages come from the URL: a bad value is named and ignored, never a server error.
  const bad = await page.goto("/admin/content?page=abc&level=XL&q=physics");
  expect(bad?.status()).toBe(200);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("level, page");
  await expect(courses.getByRole("link", { name: "Physics HL", exact: true })).toBeVisible();
  await page.goto("/admin/content?level=HL&questions=with&page=99");
  await expect(courses.getByRole("listitem").first()).toBeVisible();

  await page.setViewportSize(PHONE);
  for (const path of ["/admin/content", coursePath, subjectPath, "/admin/content/subjects/new"]) {
    await page.goto(path);
    expect(await pageWidth(page), path).toBeLessThanOrEqual(PHONE.width);
  }
  await page.goto("/admin/content");
  await expectAccessible(page, "/admin/content on a phone");
});

test("the analytics page is three tabs, each a screen or so, with whole lists a page at a time", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, adminUser(), /\/admin$/);
  const tabs = [
    ["activity", "Active students"],
    ["questions", "Low success questions"],
    ["coverage", "Coverage gaps"],
  ] as const;
  for (const [tab, heading] of tabs) {
    await page.goto(`/admin/analytics?tab=${tab}&days=365`);
    await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Analytics sections" }).getByRole("link", { name: new RegExp(tab, "i") })).toHaveAttribute(
      "aria-current",
      "page",
    );
    expect(await pageHeight(page), tab).toBeLessThan(MAX_HEIGHT);
    await expectAccessible(page, `analytics ${tab}`);
  }

  // The tabs are links: no script needed to move between them.
  await page.getByRole("link", { name: "Activity" }).click();
  await expect(page).toHaveURL(/tab=activity/);
  await page.getByRole("link", { name: /Daily figures, all 365 days/ }).click();
  await expect(page.getByRole("heading", { name: "Sign-ups, active students, attempts and marks per day" })).toBeVisible();
  await expect(page.getByText("Page 1 of 15")).toBeVisible();
  await page.getByRole("link", { name: "Next page" }).click();
  await expect(page.getByText("Page 2 of 15")).toBeVisible();
  expect(await pageHeight(page)).toBeLessThan(MAX_HEIGHT);
  await expectAccessible(page, "analytics daily list");

  for (const list of ["gap-topics", "low-success", "courses", "topics", "weeks", "months", "gap-courses"]) {
    const response = await page.goto(`/admin/analytics?list=${list}&page=2`);
    expect(response?.status(), list).toBe(200);
    await expect(page.getByRole("link", { name: "← Back to the overview" })).toBeVisible();
  }

  const bad = await page.goto("/admin/analytics?tab=nope&page=-1&list=secrets&days=0");
  expect(bad?.status()).toBe(200);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("days, tab, list, page");
  await expect(page.getByRole("heading", { name: "Active students", exact: true })).toBeVisible();

  await page.setViewportSize(PHONE);
  for (const [tab] of tabs) {
    await page.goto(`/admin/analytics?tab=${tab}`);
    expect(await pageWidth(page), tab).toBeLessThanOrEqual(PHONE.width);
  }
  await page.goto("/admin/analytics?list=daily");
  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
  await expectAccessible(page, "analytics daily list on a phone");
});

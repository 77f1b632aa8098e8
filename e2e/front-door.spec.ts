import { randomUUID } from "node:crypto";
import { expect, signIn, test } from "./fixtures/test";
import { adminUser, createUser } from "./fixtures/users";

test("signed-out visitors find Sign up and Sign in on the public pages, and course pages make no private request", async ({ page }) => {
  const unauthorised: string[] = [];
  page.on("response", (res) => res.status() === 401 && unauthorised.push(res.url()));
  page.on("console", (msg) => /401|Unauthorized/i.test(msg.text()) && unauthorised.push(msg.text()));

  for (const path of ["/", "/courses", "/courses/math-aa-hl"]) {
    await page.goto(path);
    const header = page.getByRole("navigation", { name: "Main" });
    await expect(header.getByRole("link", { name: "Sign in" }), path).toBeVisible();
    await expect(header.getByRole("link", { name: "Sign up" }), path).toBeVisible();
    await expect(header.getByRole("link", { name: "Dashboard" }), path).toHaveCount(0);
  }
  await page.waitForLoadState("networkidle");
  expect(unauthorised).toEqual([]);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign up" }).click();
  await expect(page).toHaveURL(/\/sign-up$/);
});

test("a signed-in student sees the dashboard link on public pages, and loses it on signing out", async ({ page }) => {
  const student = await createUser();
  await signIn(page, student);
  await page.goto("/courses/math-aa-hl");
  const header = page.getByRole("navigation", { name: "Main" });
  await expect(header.getByRole("link", { name: "Dashboard" })).toBeVisible();
  await expect(header.getByRole("link", { name: "Sign in" })).toHaveCount(0);

  await page.goto("/dashboard");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("an admin lands on /admin after signing in, unless a page asked for another", async ({ page }) => {
  await signIn(page, adminUser(), /\/admin$/);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/sign-in?callbackUrl=%2Fsettings");
  await page.getByLabel("Email").fill(adminUser().email);
  await page.getByLabel("Password").fill(adminUser().password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/settings$/);
});

test("unknown addresses answer 404 with a styled page and a way home", async ({ page }) => {
  for (const path of ["/no-such-page", "/courses/no-such-course"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
  }
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await page.getByRole("link", { name: "Go to the home page" }).click();
  await expect(page).toHaveURL(/\/$/);

  // Signed-in pages that look an id up keep their 404 too (no loading state streams a 200 first).
  const student = await createUser();
  await signIn(page, student);
  for (const path of [`/practice/${randomUUID()}`, `/mocks/${randomUUID()}`]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
  }
});

test("the site has a favicon and an app icon", async ({ page, request }) => {
  await page.goto("/");
  const icons = await page.locator('link[rel="icon"], link[rel="apple-touch-icon"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
  expect(icons.some((href) => href.includes("icon"))).toBe(true);
  expect(icons.some((href) => href.includes("apple-icon"))).toBe(true);
  for (const href of icons) expect((await request.get(href)).status(), href).toBe(200);
});

test("on a phone the navigation folds behind a Menu button", async ({ page }) => {
  const student = await createUser();
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, student);
  const menu = page.getByRole("button", { name: "Menu" });
  const flashcards = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Flashcards" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(flashcards).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await flashcards.click();
  await expect(page).toHaveURL(/\/flashcards/);
  await expect(page.getByRole("button", { name: "Menu" })).toHaveAttribute("aria-expanded", "false");

  // On a wide screen the links are in the bar and there is no Menu button.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
  await expect(flashcards).toBeVisible();
});

import { randomUUID } from "node:crypto";
import { expect, formAlert, signIn, test } from "./fixtures/test";
import { adminUser, createUser, latestEmailLink, userStatus } from "./fixtures/users";

test("a new student signs up, chooses courses and lands on their dashboard", async ({ page }) => {
  const email = `signup-${randomUUID()}@example.test`;
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Maya");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("revising every evening");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page).toHaveURL(/\/onboarding$/);
  const maths = page.getByRole("radiogroup", { name: "Mathematics: Analysis and Approaches" });
  await maths.getByLabel("HL").check();
  await page.getByLabel("Target grade for Mathematics: Analysis and Approaches").selectOption("7");
  await page.getByRole("radiogroup", { name: "Physics", exact: true }).getByLabel("SL").check();
  await page.getByLabel("Target grade for Physics").selectOption("6");
  await page.getByLabel("Month").selectOption("MAY");
  await page.getByLabel("Year").selectOption(String(new Date().getFullYear() + 1));
  await page.getByRole("button", { name: "Save and continue" }).click();

  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Maya");
  const courses = page.getByRole("region", { name: "My courses" });
  await expect(courses.getByRole("article", { name: "Mathematics: Analysis and Approaches HL" })).toBeVisible();
  await expect(courses.getByRole("link", { name: "Practise Mathematics: Analysis and Approaches HL" })).toHaveAttribute("href", "/practice?course=math-aa-hl");
  await expect(courses.getByText("Target grade 7")).toBeVisible();
  // Each course is a card; one starts open, the others fold to their summary line.
  await expect(courses.getByRole("article", { name: "Physics SL" })).toBeVisible();
});

test("a wrong password is refused with a message that does not reveal the account", async ({ page }) => {
  const user = await createUser();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(formAlert(page)).toHaveText("Incorrect email or password.");

  await page.getByLabel("Email").fill(`nobody-${randomUUID()}@example.test`);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(formAlert(page)).toHaveText("Incorrect email or password.");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("repeated wrong passwords block the account, even for the right password", async ({ page }) => {
  const user = await createUser();
  await page.goto("/sign-in");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(`wrong ${attempt}`);
    // Each answer looks the same, so wait for the submission and React's reset of the form after it
    // (which empties the password) before typing the next attempt.
    await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Sign in" }).click()]);
    await expect(page.getByLabel("Password")).toHaveValue("");
    await expect(formAlert(page)).toHaveText(attempt < 5 ? "Incorrect email or password." : /Too many failed sign-in attempts\. Try again in 15 minutes\./);
  }
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(formAlert(page)).toHaveText(/Too many failed sign-in attempts/);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("signing out of other devices ends the other browser's session on its next navigation", async ({ browser }) => {
  test.setTimeout(60_000); // two argon2 sign-ins
  const user = await createUser();
  const laptop = await browser.newContext();
  const phone = await browser.newContext();
  const laptopPage = await laptop.newPage();
  const phonePage = await phone.newPage();
  await signIn(laptopPage, user);
  await signIn(phonePage, user);

  await phonePage.goto("/settings/sessions");
  await expect(phonePage.getByRole("list", { name: "Signed-in devices" }).getByRole("listitem")).toHaveCount(2);
  await phonePage.getByRole("button", { name: "Sign out of all other devices" }).click();
  await expect(phonePage.getByRole("list", { name: "Signed-in devices" }).getByRole("listitem")).toHaveCount(1);

  await laptopPage.goto("/dashboard");
  await expect(laptopPage).toHaveURL(/\/sign-in\?callbackUrl=/);
  await phonePage.goto("/dashboard");
  await expect(phonePage).toHaveURL(/\/dashboard$/);
  await laptop.close();
  await phone.close();
});

test("a student opening an admin page is refused", async ({ page }) => {
  const user = await createUser();
  await signIn(page, user);
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/dashboard\?denied=1$/);
  await expect(page.getByText("That page is for administrators only.")).toBeVisible();
});

test("a signed-out visitor of a student page is sent to sign in and brought back", async ({ page }) => {
  const user = await createUser();
  await page.goto("/settings/sessions");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/settings\/sessions$/);
});

test("a student resets a forgotten password from the emailed link", async ({ page }) => {
  const user = await createUser();
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(user.email);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByRole("status")).toContainText(`If an account exists for ${user.email}`);

  await page.goto(await latestEmailLink(user.email, "password-reset"));
  await page.getByLabel("New password").fill("a completely new password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/sign-in\?notice=reset/);
  await signIn(page, { email: user.email, password: "a completely new password" });
});

test("an admin suspends a student, who is signed out at once", async ({ browser }) => {
  const student = await createUser();
  const studentContext = await browser.newContext();
  const studentPage = await studentContext.newPage();
  await signIn(studentPage, student);

  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, adminUser(), /\/admin$/);
  await adminPage.goto(`/admin/users?q=${encodeURIComponent(student.email)}`);
  await adminPage.getByRole("button", { name: `Suspend ${student.email}` }).click();
  await expect(adminPage.getByRole("status").filter({ hasText: "is suspended" })).toBeVisible();
  expect(await userStatus(student.email)).toBe("SUSPENDED");

  await studentPage.goto("/dashboard");
  await expect(studentPage).toHaveURL(/\/sign-in/);
  await studentPage.getByLabel("Email").fill(student.email);
  await studentPage.getByLabel("Password").fill(student.password);
  await studentPage.getByRole("button", { name: "Sign in" }).click();
  await expect(formAlert(studentPage)).toHaveText(/This account is suspended/);
  await studentContext.close();
  await adminContext.close();
});

test("without Google credentials configured, sign-in offers no Google button", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Continue with Google" })).toHaveCount(0);
});
